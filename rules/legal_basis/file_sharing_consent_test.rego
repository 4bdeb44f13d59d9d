package ropa.rules.legal_basis.file_sharing_consent_test

import data.ropa.rules.legal_basis.file_sharing_consent

test_sharing_on_legitimate_interests_fires if {
	findings := file_sharing_consent.report with input as {"activities": [{"id": "a", "role": "controller", "purposes": [{"type": "file_sharing", "legal_basis": "legitimate_interests"}]}]}
	{finding.path | some finding in findings} == {["activities", 0, "purposes", 0, "legal_basis"]}
}

test_sharing_on_consent_passes if {
	count(file_sharing_consent.report) == 0 with input as {"activities": [{"id": "a", "role": "controller", "purposes": [{"type": "file_sharing", "legal_basis": "consent"}]}]}
}
