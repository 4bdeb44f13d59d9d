package ropa.rules.completeness.representative_missing_test

import data.ropa.rules.completeness.representative_missing

test_monaco_without_representative_warns if {
	findings := representative_missing.report with input as {"organization": {"country": "MC"}}
	{finding.path | some finding in findings} == {["organization", "representative"]}
}

test_representative_named_passes if {
	count(representative_missing.report) == 0 with input as {"organization": {"country": "MC", "representative": {"name": "Rep SAS", "email": "rep@exemple.fr"}}}
}

test_eea_organisation_passes if {
	count(representative_missing.report) == 0 with input as {"organization": {"country": "NO"}}
}
