package ropa.rules.completeness.security_measures_missing_test

import data.ropa.rules.completeness.security_measures_missing

test_missing_fires if {
	findings := security_measures_missing.report with input as {"activities": [{"id": "a", "name": "CRM"}]}
	count(findings) == 1
	some finding in findings
	finding.path == ["activities", 0, "security_measures"]
	contains(finding.message.en, "CRM")
}

test_missing_without_name_fires if {
	count(security_measures_missing.report) == 1 with input as {"activities": [{"id": "a"}]}
}

test_empty_list if {
	count(security_measures_missing.report) == 1 with input as {"activities": [{"id": "a", "security_measures": []}]}
}

test_present_passes if {
	count(security_measures_missing.report) == 0 with input as {"activities": [{"id": "a", "security_measures": ["x"]}]}
}
