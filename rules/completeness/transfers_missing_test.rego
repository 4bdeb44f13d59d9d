package ropa.rules.completeness.transfers_missing_test

import data.ropa.rules.completeness.transfers_missing

test_missing_fires if {
	findings := transfers_missing.report with input as {"activities": [{"id": "a", "name": "CRM"}]}
	count(findings) == 1
	some finding in findings
	finding.path == ["activities", 0, "transfers"]
	contains(finding.message.en, "CRM")
}

test_missing_without_name_fires if {
	count(transfers_missing.report) == 1 with input as {"activities": [{"id": "a"}]}
}

test_empty_list if {
	count(transfers_missing.report) == 0 with input as {"activities": [{"id": "a", "transfers": []}]}
}

test_present_passes if {
	count(transfers_missing.report) == 0 with input as {"activities": [{"id": "a", "transfers": ["x"]}]}
}
