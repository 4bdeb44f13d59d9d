package ropa.rules.completeness.processor_controllers_test

import data.ropa.rules.completeness.processor_controllers

test_processor_without_controllers_fires if {
	findings := processor_controllers.report with input as {"activities": [{"id": "a", "role": "processor"}]}
	{finding.path | some finding in findings} == {["activities", 0, "controllers"]}
}

test_processor_with_empty_controllers_fires if {
	findings := processor_controllers.report with input as {"activities": [{"id": "a", "role": "processor", "controllers": []}]}
	{finding.path | some finding in findings} == {["activities", 0, "controllers"]}
}

test_processor_with_controllers_passes if {
	count(processor_controllers.report) == 0 with input as {"activities": [{"id": "a", "role": "processor", "controllers": [{"name": "Opticiens clients"}]}]}
}

test_controller_needs_none if {
	count(processor_controllers.report) == 0 with input as {"activities": [{"id": "a", "role": "controller"}]}
}
