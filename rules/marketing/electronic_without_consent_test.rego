package ropa.rules.marketing.electronic_without_consent_test

import data.ropa.rules.marketing.electronic_without_consent

_activity(marketing, basis) := {"activities": [{"id": "a", "role": "controller", "marketing": marketing, "purposes": [{"type": "prospecting", "legal_basis": basis}]}]}

test_email_on_legitimate_interests_fires if {
	findings := electronic_without_consent.report with input as _activity({"channels": ["email"], "audience": "b2c"}, "legitimate_interests")
	{finding.path | some finding in findings} == {["activities", 0, "purposes", 0, "legal_basis"]}
}

test_existing_customers_pass if {
	count(electronic_without_consent.report) == 0 with input as _activity({"channels": ["email"], "audience": "b2c", "existing_customers_only": true}, "legitimate_interests")
}

test_consent_passes if {
	count(electronic_without_consent.report) == 0 with input as _activity({"channels": ["email", "sms"]}, "consent")
}

test_post_needs_no_consent if {
	count(electronic_without_consent.report) == 0 with input as _activity({"channels": ["post"]}, "legitimate_interests")
}

test_b2b_is_another_rule if {
	count(electronic_without_consent.report) == 0 with input as _activity({"channels": ["email"], "audience": "b2b"}, "legitimate_interests")
}
