package ropa.rules.retention.not_a_duration_test

import data.ropa.rules.retention.not_a_duration

test_description_only_fires if {
	findings := not_a_duration.report with input as {"activities": [{"id": "rdv", "data_categories": [{"name": "identity", "retention": {"description": "le temps nécessaire"}}]}]}
	count(findings) == 1
	{finding.path | some finding in findings} == {["activities", 0, "data_categories", 0, "retention", "active"]}
	some finding in findings
	contains(finding.message.fr, "le temps nécessaire")
}

test_duration_passes if {
	count(not_a_duration.report) == 0 with input as {"activities": [{"id": "a", "data_categories": [{"name": "identity", "retention": {"active": "P3Y"}}]}]}
}

test_missing_retention_is_another_rule if {
	count(not_a_duration.report) == 0 with input as {"activities": [{"id": "a", "data_categories": [{"name": "identity"}]}]}
}

test_categories_sharing_a_phrase_are_one_finding if {
	findings := not_a_duration.report with input as {"activities": [{"id": "a", "name": "Paie", "data_categories": [
		{"name": "identity", "retention": {"description": "5 ans après le départ"}},
		{"name": "contact", "retention": {"description": "5 ans après le départ"}},
		{"name": "financial", "retention": {"description": "le temps nécessaire"}},
	]}]}
	count(findings) == 2
	some finding in findings
	finding.path == ["activities", 0, "data_categories", 0, "retention", "active"]
	contains(finding.message.fr, "de \"état civil et identité\" et \"coordonnées\"")
}
