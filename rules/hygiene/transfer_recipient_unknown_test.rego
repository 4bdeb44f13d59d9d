package ropa.rules.hygiene.transfer_recipient_unknown_test

import data.ropa.rules.hygiene.transfer_recipient_unknown

test_unlisted_recipient_warns if {
	findings := transfer_recipient_unknown.report with input as {"activities": [{"id": "a", "recipients": [], "transfers": [{"recipient": "Mailer Inc.", "country": "US", "safeguard": "scc"}]}]}
	{finding.path | some finding in findings} == {["activities", 0, "transfers", 0, "recipient"]}
}

test_listed_recipient_passes if {
	count(transfer_recipient_unknown.report) == 0 with input as {"activities": [{"id": "a", "recipients": [{"name": "Mailer Inc.", "type": "processor"}], "transfers": [{"recipient": "mailer inc.", "country": "US", "safeguard": "scc"}]}]}
}
