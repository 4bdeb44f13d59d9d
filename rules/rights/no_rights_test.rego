package ropa.rules.rights.no_rights_test

import data.ropa.rules.rights.no_rights

test_no_rights_warns if {
	findings := no_rights.report with input as {"activities": [{"id": "a", "role": "controller"}]}
	{finding.path | some finding in findings} == {["activities", 0, "rights"]}
}

test_rights_listed_pass if {
	count(no_rights.report) == 0 with input as {"activities": [{"id": "a", "role": "controller", "rights": ["access"]}]}
}

test_processor_is_left_out if {
	count(no_rights.report) == 0 with input as {"activities": [{"id": "a", "role": "processor"}]}
}

test_the_organisations_rights_are_every_activitys if {
	count(no_rights.report) == 0 with input as {"organization": {"rights": ["access", "erasure"]}, "activities": [{"id": "a", "role": "controller"}]}
}
