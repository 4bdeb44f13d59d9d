package ropa.rules.completeness.processing_per_controller_test

import data.ropa.rules.completeness.processing_per_controller

_processor(controllers) := {"activities": [{"id": "paie", "role": "processor", "controllers": controllers}]}

test_second_controller_without_processing_fires if {
	findings := processing_per_controller.report with input as _processor([
		{"name": "Client A", "processing": "paie mensuelle"},
		{"name": "Client B"},
	])
	{finding.path | some finding in findings} == {["activities", 0, "controllers", 1]}
}

test_every_controller_described_passes if {
	count(processing_per_controller.report) == 0 with input as _processor([
		{"name": "Client A", "processing": "paie mensuelle"},
		{"name": "Client B", "processing": "déclarations sociales"},
	])
}

test_one_controller_is_described_by_the_activity if {
	count(processing_per_controller.report) == 0 with input as _processor([{"name": "Client A"}])
}

test_an_activity_that_describes_itself_says_it_for_each_controller if {
	count(processing_per_controller.report) == 0 with input as {"activities": [{
		"id": "paie", "role": "processor", "description": "Paie des salariés des clients",
		"controllers": [{"name": "Client A"}, {"name": "Client B"}],
	}]}
}

test_a_described_purpose_says_it_for_each_controller if {
	count(processing_per_controller.report) == 0 with input as {"activities": [{
		"id": "paie", "role": "processor", "purposes": [{"description": "Bulletins de paie"}],
		"controllers": [{"name": "Client A"}, {"name": "Client B"}],
	}]}
}

test_blank_descriptions_say_nothing if {
	count(processing_per_controller.report) == 1 with input as {"activities": [{
		"id": "paie", "role": "processor", "description": "  ", "purposes": [{"description": ""}],
		"controllers": [{"name": "Client A", "processing": "paie"}, {"name": "Client B"}],
	}]}
}
