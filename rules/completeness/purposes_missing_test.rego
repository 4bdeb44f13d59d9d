package ropa.rules.completeness.purposes_missing_test

import data.ropa.rules.completeness.purposes_missing

test_missing_fires if {
	findings := purposes_missing.report with input as {"activities": [{"id": "a", "name": "CRM"}]}
	count(findings) == 1
	some finding in findings
	finding.path == ["activities", 0, "purposes"]
	contains(finding.message.en, "CRM")
}

test_missing_without_name_fires if {
	count(purposes_missing.report) == 1 with input as {"activities": [{"id": "a"}]}
}

test_empty_list if {
	count(purposes_missing.report) == 1 with input as {"activities": [{"id": "a", "purposes": []}]}
}

test_present_passes if {
	count(purposes_missing.report) == 0 with input as {"activities": [{"id": "a", "purposes": ["x"]}]}
}
