package ropa.rules.hygiene.waiver_unknown_rule_test

import data.ropa.rules.hygiene.waiver_unknown_rule

test_unknown_rule_fires if {
	findings := waiver_unknown_rule.report with input as {"waivers": [{"rule": "LB-999", "reason": "x"}]}
		with data.ropadata.context.rules as ["LB-001"]
	{finding.path | some finding in findings} == {["waivers", 0, "rule"]}
}

test_known_rule_passes if {
	count(waiver_unknown_rule.report) == 0 with input as {"waivers": [{"rule": "LB-001", "reason": "x"}]}
		with data.ropadata.context.rules as ["LB-001"]
}
