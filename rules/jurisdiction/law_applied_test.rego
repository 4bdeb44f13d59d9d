package ropa.rules.jurisdiction.law_applied_test

import data.ropa.rules.jurisdiction.law_applied

_gated := ["COMP-001", "LB-002", "SEC-001"]

test_monaco_lists_rules_left_out if {
	some finding in law_applied.report with input as {"organization": {"country": "MC"}}
		with data.ropadata.context.law_gated as _gated
	contains(finding.message.en, "Monaco Law No. 1.565")
	contains(finding.message.en, "2 rules")
	contains(finding.message.en, "LB-002, SEC-001")
	contains(finding.message.fr, "loi n° 1.565 du 3 décembre 2024")
}

test_gdpr_register_passes if {
	count(law_applied.report) == 0 with input as {"organization": {"country": "FR"}}
		with data.ropadata.context.law_gated as _gated
}

test_no_country_passes if {
	count(law_applied.report) == 0 with input as {"organization": {}}
		with data.ropadata.context.law_gated as _gated
}
