package ropa.rules.completeness.small_organisation_test

import data.ropa.rules.completeness.small_organisation

test_small_organisation_informs if {
	findings := small_organisation.report with input as {"organization": {"employees": 12}, "activities": [{"id": "a", "name": "Clients"}]}
	count(findings) == 1
	{finding.path | some finding in findings} == {["organization", "employees"]}
	some finding in findings
	contains(finding.message.en, "not occasional")
}

test_large_organisation_passes if {
	count(small_organisation.report) == 0 with input as {"organization": {"employees": 300}, "activities": [{"id": "a"}]}
}

test_headcount_unknown_passes if {
	count(small_organisation.report) == 0 with input as {"organization": {}, "activities": [{"id": "a"}]}
}

test_one_employee_in_the_singular if {
	some finding in small_organisation.report with input as {"organization": {"employees": 1}, "activities": [{"id": "a", "name": "Patients", "data_categories": [{"name": "health", "special_category": "health"}]}]}
	contains(finding.message.fr, "Avec 1 salarié,")
	contains(finding.message.en, "With 1 employee the")
}
