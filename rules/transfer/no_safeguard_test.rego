package ropa.rules.transfer.no_safeguard_test

import data.ropa.rules.transfer.no_safeguard

test_us_without_safeguard_fires if {
	findings := no_safeguard.report with input as {"activities": [{"id": "a", "transfers": [{"recipient": "CRM SaaS", "country": "US", "safeguard": "none"}]}]}
	{finding.path | some finding in findings} == {["activities", 0, "transfers", 0, "safeguard"]}
}

test_norway_is_not_a_transfer if {
	count(no_safeguard.report) == 0 with input as {"activities": [{"id": "a", "transfers": [{"recipient": "Hébergeur", "country": "NO", "safeguard": "none"}]}]}
}

test_scc_passes if {
	count(no_safeguard.report) == 0 with input as {"activities": [{"id": "a", "transfers": [{"recipient": "Support", "country": "IN", "safeguard": "scc"}]}]}
}

test_a_transfer_without_a_recorded_safeguard_is_reported if {
	findings := no_safeguard.report with input as {"organization": {"country": "FR"}, "activities": [{"id": "a", "transfers": [{"recipient": "Hébergeur", "country": "US"}]}]}
	count(findings) == 1
	count(no_safeguard.report) == 0 with input as {"organization": {"country": "FR"}, "activities": [{"id": "a", "transfers": [{"recipient": "Hébergeur", "country": "CH"}]}]}
}
