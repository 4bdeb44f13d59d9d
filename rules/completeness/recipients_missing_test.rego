package ropa.rules.completeness.recipients_missing_test

import data.ropa.rules.completeness.recipients_missing

test_missing_fires if {
	findings := recipients_missing.report with input as {"activities": [{"id": "a", "name": "CRM"}]}
	count(findings) == 1
	some finding in findings
	finding.path == ["activities", 0, "recipients"]
	contains(finding.message.en, "CRM")
}

test_missing_without_name_fires if {
	count(recipients_missing.report) == 1 with input as {"activities": [{"id": "a"}]}
}

test_empty_list if {
	count(recipients_missing.report) == 0 with input as {"activities": [{"id": "a", "recipients": []}]}
}

test_present_passes if {
	count(recipients_missing.report) == 0 with input as {"activities": [{"id": "a", "recipients": ["x"]}]}
}
