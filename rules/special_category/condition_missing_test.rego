package ropa.rules.special_category.condition_missing_test

import data.ropa.rules.special_category.condition_missing

test_health_without_condition_fires if {
	findings := condition_missing.report with input as {"activities": [{"id": "rdv", "data_categories": [{"name": "motif", "special_category": "health"}]}]}
	count(findings) == 1
	{finding.path | some finding in findings} == {["activities", 0, "special_category_condition"]}
	some finding in findings
	contains(finding.message.en, "health")
}

test_condition_given_passes if {
	count(condition_missing.report) == 0 with input as {"activities": [{"id": "rdv", "special_category_condition": "health_care", "data_categories": [{"name": "motif", "special_category": "health"}]}]}
}

test_condition_list_passes if {
	count(condition_missing.report) == 0 with input as {"activities": [{"id": "rdv", "special_category_condition": ["health_care"], "data_categories": [{"name": "motif", "special_category": "health"}]}]}
}

test_no_special_data_passes if {
	count(condition_missing.report) == 0 with input as {"activities": [{"id": "crm", "data_categories": [{"name": "identity"}]}]}
}
