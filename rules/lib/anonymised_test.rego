package ropa.lib.anonymised_test

test_anonymised_categories_leave_the_retention_and_transfer_rules if {
	activity := {"id": "stats", "role": "controller", "data_categories": [{"name": "Fréquentation", "anonymised": true, "retention": {"description": "Illimitée (données anonymes)"}}], "transfers": [{"recipient": "Outil", "country": "US", "safeguard": "none"}]}
	count(data.ropa.rules.retention.not_a_duration.report) == 0 with input as {"activities": [activity]}
	count(data.ropa.rules.transfer.no_safeguard.report) == 0 with input as {"activities": [activity]}
}

test_a_personal_category_beside_keeps_the_transfer_rules if {
	activity := {"id": "stats", "role": "controller", "data_categories": [{"name": "Fréquentation", "anonymised": true}, {"name": "identity"}], "transfers": [{"recipient": "Outil", "country": "US", "safeguard": "none"}]}
	count(data.ropa.rules.transfer.no_safeguard.report) == 1 with input as {"activities": [activity]}
}
