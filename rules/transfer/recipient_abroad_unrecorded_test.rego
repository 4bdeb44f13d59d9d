package ropa.rules.transfer.recipient_abroad_unrecorded_test

import data.ropa.rules.transfer.recipient_abroad_unrecorded

test_us_recipient_without_transfer_fires if {
	findings := recipient_abroad_unrecorded.report with input as {"organization": {"country": "FR"}, "activities": [{"id": "a", "recipients": [{"name": "Mailer Inc.", "type": "processor", "country": "US"}], "transfers": []}]}
	{finding.path | some finding in findings} == {["activities", 0, "recipients", 0, "country"]}
}

test_recorded_transfer_passes if {
	count(recipient_abroad_unrecorded.report) == 0 with input as {"organization": {"country": "FR"}, "activities": [{"id": "a", "recipients": [{"name": "Mailer Inc.", "type": "processor", "country": "US"}], "transfers": [{"recipient": "Mailer Inc.", "country": "US", "safeguard": "scc"}]}]}
}

test_own_country_outside_eea_passes if {
	count(recipient_abroad_unrecorded.report) == 0 with input as {"organization": {"country": "MC"}, "activities": [{"id": "a", "recipients": [{"name": "Service commercial", "type": "internal", "country": "MC"}]}]}
}

test_norway_recipient_passes if {
	count(recipient_abroad_unrecorded.report) == 0 with input as {"organization": {"country": "FR"}, "activities": [{"id": "a", "recipients": [{"name": "Hébergeur", "type": "processor", "country": "NO"}]}]}
}

test_subprocessor_abroad_without_transfer_fires if {
	findings := recipient_abroad_unrecorded.report with input as {
		"organization": {"country": "FR"},
		"activities": [{"id": "a", "recipients": [{"name": "Hébergeur", "type": "processor", "country": "FR", "subprocessors": [{"name": "Support 24/7", "country": "IN"}]}], "transfers": []}],
	}
	{finding.path | some finding in findings} == {["activities", 0, "recipients", 0, "subprocessors", 0, "country"]}
}

test_subprocessor_abroad_with_transfer_passes if {
	count(recipient_abroad_unrecorded.report) == 0 with input as {
		"organization": {"country": "FR"},
		"activities": [{"id": "a", "recipients": [{"name": "Hébergeur", "type": "processor", "country": "FR", "subprocessors": [{"name": "Support 24/7", "country": "IN"}]}], "transfers": [{"recipient": "Support 24/7", "country": "IN", "safeguard": "scc"}]}],
	}
}
