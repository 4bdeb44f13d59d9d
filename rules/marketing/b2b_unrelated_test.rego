package ropa.rules.marketing.b2b_unrelated_test

import data.ropa.rules.marketing.b2b_unrelated

test_b2b_unrelated_warns if {
	count(b2b_unrelated.report) == 1 with input as {"activities": [{"id": "a", "role": "controller", "marketing": {"channels": ["email"], "audience": "b2b"}, "purposes": [{"legal_basis": "legitimate_interests"}]}]}
}

test_b2b_related_passes if {
	count(b2b_unrelated.report) == 0 with input as {"activities": [{"id": "a", "role": "controller", "marketing": {"channels": ["email"], "audience": "b2b", "related_to_profession": true}, "purposes": [{"legal_basis": "legitimate_interests"}]}]}
}
