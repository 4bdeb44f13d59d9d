package ropa.rules.transfer.adequacy_without_decision_test

import data.ropa.rules.transfer.adequacy_without_decision

test_monaco_adequacy_fires if {
	count(adequacy_without_decision.report) == 1 with input as {"activities": [{"id": "a", "transfers": [{"recipient": "Filiale", "country": "MC", "safeguard": "adequacy"}]}]}
}

test_switzerland_passes if {
	count(adequacy_without_decision.report) == 0 with input as {"activities": [{"id": "a", "transfers": [{"recipient": "Filiale", "country": "CH", "safeguard": "adequacy"}]}]}
}
