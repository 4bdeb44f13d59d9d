package ropa.rules.transfer.adequacy_without_decision_test

import data.ropa.rules.transfer.adequacy_without_decision

test_monaco_adequacy_fires if {
	findings := adequacy_without_decision.report with input as {"activities": [{"id": "a", "transfers": [{"recipient": "Filiale", "country": "MC", "safeguard": "adequacy"}]}]}
	{finding.path | some finding in findings} == {["activities", 0, "transfers", 0, "safeguard"]}
}

test_switzerland_passes if {
	count(adequacy_without_decision.report) == 0 with input as {"activities": [{"id": "a", "transfers": [{"recipient": "Filiale", "country": "CH", "safeguard": "adequacy"}]}]}
}
