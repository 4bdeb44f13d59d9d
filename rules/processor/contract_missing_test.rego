package ropa.rules.processor.contract_missing_test

import data.ropa.rules.processor.contract_missing

test_processor_without_dpa_fires if {
	findings := contract_missing.report with input as {"activities": [{"id": "a", "recipients": [{"name": "Prestataire de maintenance", "type": "processor"}]}]}
	{finding.path | some finding in findings} == {["activities", 0, "recipients", 0, "dpa"]}
}

test_processor_with_dpa_passes if {
	count(contract_missing.report) == 0 with input as {"activities": [{"id": "a", "recipients": [{"name": "Routeur", "type": "processor", "dpa": "DPA-2025-007"}]}]}
}

test_internal_recipient_passes if {
	count(contract_missing.report) == 0 with input as {"activities": [{"id": "a", "recipients": [{"name": "Service commercial", "type": "internal"}]}]}
}
