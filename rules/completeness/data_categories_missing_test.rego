package ropa.rules.completeness.data_categories_missing_test

import data.ropa.rules.completeness.data_categories_missing

test_missing_fires if {
	findings := data_categories_missing.report with input as {"activities": [{"id": "a", "name": "CRM"}]}
	count(findings) == 1
	some finding in findings
	finding.path == ["activities", 0, "data_categories"]
	contains(finding.message.en, "CRM")
}

test_missing_without_name_fires if {
	count(data_categories_missing.report) == 1 with input as {"activities": [{"id": "a"}]}
}

test_empty_list if {
	count(data_categories_missing.report) == 1 with input as {"activities": [{"id": "a", "data_categories": []}]}
}

test_present_passes if {
	count(data_categories_missing.report) == 0 with input as {"activities": [{"id": "a", "data_categories": ["x"]}]}
}
