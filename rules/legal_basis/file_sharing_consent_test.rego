package ropa.rules.legal_basis.file_sharing_consent_test

import data.ropa.rules.legal_basis.file_sharing_consent

_sharing(basis, marketing) := {"activities": [{
	"id": "a", "role": "controller", "marketing": marketing,
	"purposes": [{"type": "file_sharing", "legal_basis": basis}],
}]}

test_sharing_for_email_prospecting_on_legitimate_interests_fires if {
	findings := file_sharing_consent.report with input as _sharing("legitimate_interests", {"channels": ["email", "post"]})
	{finding.path | some finding in findings} == {["activities", 0, "purposes", 0, "legal_basis"]}
	some finding in findings
	not finding.severity
	contains(finding.message.fr, "prospectent par courriel")
	not contains(finding.message.fr, "NS-48")
}

test_sharing_on_consent_passes if {
	count(file_sharing_consent.report) == 0 with input as _sharing("consent", {"channels": ["email"]})
}

test_postal_sharing_on_legitimate_interests_passes if {
	count(file_sharing_consent.report) == 0 with input as _sharing("legitimate_interests", {"channels": ["post"]})
}

test_professionals_about_their_profession_pass if {
	count(file_sharing_consent.report) == 0 with input as _sharing("legitimate_interests", {"channels": ["email"], "audience": "b2b", "related_to_profession": true})
}

test_no_channel_recorded_is_a_warning if {
	some finding in file_sharing_consent.report with input as {"activities": [{"id": "a", "role": "controller", "purposes": [{"type": "file_sharing", "legal_basis": "legitimate_interests"}]}]}
	finding.severity == "warning"
	contains(finding.message.fr, "`marketing.channels`")
}

test_a_processor_is_not_judged if {
	count(file_sharing_consent.report) == 0 with input as {"activities": [{"id": "a", "role": "processor", "marketing": {"channels": ["email"]}, "purposes": [{"type": "file_sharing", "legal_basis": "legitimate_interests"}]}]}
}
