package ropa.rules.transfer.no_safeguard_test

import data.ropa.rules.transfer.no_safeguard

test_us_without_safeguard_fires if {
	count(no_safeguard.report) == 1 with input as {"activities": [{"id": "a", "transfers": [{"recipient": "CRM SaaS", "country": "US", "safeguard": "none"}]}]}
}

test_norway_is_not_a_transfer if {
	count(no_safeguard.report) == 0 with input as {"activities": [{"id": "a", "transfers": [{"recipient": "Hébergeur", "country": "NO", "safeguard": "none"}]}]}
}

test_scc_passes if {
	count(no_safeguard.report) == 0 with input as {"activities": [{"id": "a", "transfers": [{"recipient": "Support", "country": "IN", "safeguard": "scc"}]}]}
}
