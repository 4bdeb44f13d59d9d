package ropa.rules.hygiene.template_text_activity_test

import data.ropa.rules.hygiene.template_text_activity

test_todo_and_na_fire if {
	findings := template_text_activity.report with input as {"activities": [{
		"id": "a",
		"name": "Paie",
		"purposes": [{"description": "TODO"}],
		"data_categories": [{"name": "identity", "retention": {"description": "n/a"}}],
	}]}
	{finding.path | some finding in findings} == {
		["activities", 0, "purposes", 0, "description"],
		["activities", 0, "data_categories", 0, "retention", "description"],
	}
}

test_real_text_passes if {
	count(template_text_activity.report) == 0 with input as {"activities": [{"id": "a", "name": "Paie", "purposes": [{"description": "Bulletins de paie"}]}]}
}
