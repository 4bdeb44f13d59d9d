package ropa.rules.rights.withdrawal_missing_test

import data.ropa.rules.rights.withdrawal_missing

test_consent_without_withdrawal_fires if {
	findings := withdrawal_missing.report with input as {"activities": [{"id": "a", "role": "controller", "rights": ["access"], "purposes": [{"legal_basis": "consent"}]}]}
	{finding.path | some finding in findings} == {["activities", 0, "rights"]}
}

test_withdrawal_offered_passes if {
	count(withdrawal_missing.report) == 0 with input as {"activities": [{"id": "a", "role": "controller", "rights": ["withdraw_consent"], "purposes": [{"legal_basis": "consent"}]}]}
}

test_withdrawal_offered_by_the_organisation_passes if {
	register := {"organization": {"rights": ["access", "withdraw_consent"]}, "activities": [{"id": "a", "role": "controller", "purposes": [{"legal_basis": "consent"}]}]}
	count(withdrawal_missing.report) == 0 with input as register
}
