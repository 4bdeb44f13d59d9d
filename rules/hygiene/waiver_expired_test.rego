package ropa.rules.hygiene.waiver_expired_test

import data.ropa.rules.hygiene.waiver_expired

test_expired_warns if {
	findings := waiver_expired.report with input as {"waivers": [{"rule": "LB-001", "reason": "x", "expires": "2026-01-31"}]}
		with data.ropadata.context.today as "2026-11-23"
	{finding.path | some finding in findings} == {["waivers", 0, "expires"]}
}

test_valid_passes if {
	count(waiver_expired.report) == 0 with input as {"waivers": [{"rule": "LB-001", "reason": "x", "expires": "2027-01-31"}]}
		with data.ropadata.context.today as "2026-11-23"
}
