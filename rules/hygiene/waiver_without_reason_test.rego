package ropa.rules.hygiene.waiver_without_reason_test

import data.ropa.rules.hygiene.waiver_without_reason

test_no_reason_fires if {
	findings := waiver_without_reason.report with input as {"waivers": [{"rule": "LB-001", "expires": "2027-01-31"}]}
	{finding.path | some finding in findings} == {["waivers", 0, "reason"]}
}

test_reason_passes if {
	count(waiver_without_reason.report) == 0 with input as {"waivers": [{"rule": "LB-001", "reason": "Analyse en cours", "expires": "2027-01-31"}]}
}
