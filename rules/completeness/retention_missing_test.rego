package ropa.rules.completeness.retention_missing_test

import data.ropa.rules.completeness.retention_missing

test_category_without_retention_fires if {
	findings := retention_missing.report with input as {"activities": [{"id": "a", "data_categories": [
		{"name": "identity", "retention": {"active": "P3Y"}},
		{"name": "contact"},
	]}]}
	count(findings) == 1
	some finding in findings
	finding.path == ["activities", 0, "data_categories", 1, "retention"]
}

test_description_only_is_not_missing if {
	count(retention_missing.report) == 0 with input as {"activities": [{"id": "a", "data_categories": [{"name": "identity", "retention": {"description": "le temps nécessaire"}}]}]}
}
