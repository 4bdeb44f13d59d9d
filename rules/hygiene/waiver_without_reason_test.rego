package ropa.rules.hygiene.waiver_without_reason_test

import data.ropa.rules.hygiene.waiver_without_reason

test_no_reason_fires if {
	count(waiver_without_reason.report) == 1 with input as {"waivers": [{"rule": "LB-001", "expires": "2027-01-31"}]}
}

test_reason_passes if {
	count(waiver_without_reason.report) == 0 with input as {"waivers": [{"rule": "LB-001", "reason": "Analyse en cours", "expires": "2027-01-31"}]}
}
