package ropa.rules.special_category.nonprofit_scope_test

import data.ropa.rules.special_category.nonprofit_scope

test_members_only_passes if {
	count(nonprofit_scope.report) == 0 with input as {"activities": [{"id": "paroisse", "special_category_condition": "nonprofit_body", "data_subjects": ["members", "donors"]}]}
}

test_website_visitors_fire if {
	findings := nonprofit_scope.report with input as {"activities": [{"id": "paroisse", "special_category_condition": "nonprofit_body", "data_subjects": ["members", "website_visitors"]}]}
	{finding.path | some finding in findings} == {["activities", 0, "data_subjects"]}
}

test_relatives_and_partners_are_not_members if {
	findings := nonprofit_scope.report with input as {"activities": [{"id": "paroisse", "special_category_condition": "nonprofit_body", "data_subjects": ["members", "relatives", "partners"]}]}
	count(findings) == 1
	some finding in findings
	contains(finding.message.fr, "proches")
}
