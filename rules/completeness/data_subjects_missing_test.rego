package ropa.rules.completeness.data_subjects_missing_test

import data.ropa.rules.completeness.data_subjects_missing

test_missing_fires if {
	findings := data_subjects_missing.report with input as {"activities": [{"id": "a", "name": "CRM"}]}
	count(findings) == 1
	some finding in findings
	finding.path == ["activities", 0, "data_subjects"]
	contains(finding.message.en, "CRM")
}

test_missing_without_name_fires if {
	count(data_subjects_missing.report) == 1 with input as {"activities": [{"id": "a"}]}
}

test_empty_list if {
	count(data_subjects_missing.report) == 1 with input as {"activities": [{"id": "a", "data_subjects": []}]}
}

test_present_passes if {
	count(data_subjects_missing.report) == 0 with input as {"activities": [{"id": "a", "data_subjects": ["x"]}]}
}
