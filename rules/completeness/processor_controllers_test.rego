package ropa.rules.completeness.processor_controllers_test

import data.ropa.rules.completeness.processor_controllers

test_processor_without_controllers_fires if {
	count(processor_controllers.report) == 1 with input as {"activities": [{"id": "a", "role": "processor"}]}
}

test_processor_with_empty_controllers_fires if {
	count(processor_controllers.report) == 1 with input as {"activities": [{"id": "a", "role": "processor", "controllers": []}]}
}

test_processor_with_controllers_passes if {
	count(processor_controllers.report) == 0 with input as {"activities": [{"id": "a", "role": "processor", "controllers": [{"name": "Opticiens clients"}]}]}
}

test_controller_needs_none if {
	count(processor_controllers.report) == 0 with input as {"activities": [{"id": "a", "role": "controller"}]}
}
