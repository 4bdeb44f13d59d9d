package ropa.rules.marketing.b2b_unrelated_test

import data.ropa.rules.marketing.b2b_unrelated

test_b2b_unrelated_warns if {
	findings := b2b_unrelated.report with input as {"activities": [{"id": "a", "role": "controller", "marketing": {"channels": ["email"], "audience": "b2b"}, "purposes": [{"legal_basis": "legitimate_interests"}]}]}
	{finding.path | some finding in findings} == {["activities", 0, "marketing"]}
}

test_b2b_related_passes if {
	count(b2b_unrelated.report) == 0 with input as {"activities": [{"id": "a", "role": "controller", "marketing": {"channels": ["email"], "audience": "b2b", "related_to_profession": true}, "purposes": [{"legal_basis": "legitimate_interests"}]}]}
}
