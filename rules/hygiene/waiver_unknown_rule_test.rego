package ropa.rules.hygiene.waiver_unknown_rule_test

import data.ropa.rules.hygiene.waiver_unknown_rule

test_unknown_rule_fires if {
	count(waiver_unknown_rule.report) == 1 with input as {"waivers": [{"rule": "LB-999", "reason": "x"}]}
		with data.ropadata.context.rules as ["LB-001"]
}

test_known_rule_passes if {
	count(waiver_unknown_rule.report) == 0 with input as {"waivers": [{"rule": "LB-001", "reason": "x"}]}
		with data.ropadata.context.rules as ["LB-001"]
}
