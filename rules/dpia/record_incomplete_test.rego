package ropa.rules.dpia.record_incomplete_test

import data.ropa.rules.dpia.record_incomplete

test_missing_reference_and_date_fire if {
	findings := record_incomplete.report with input as {"activities": [{"id": "a", "dpia": {"performed": true}}]}
		with data.ropadata.context.today as "2026-11-23"
	{finding.path | some finding in findings} == {["activities", 0, "dpia"]}
	some finding in findings
	contains(finding.message.en, "without where it is kept and its date (missing under `dpia`: `reference`, `date`)")
}

test_old_dpia_fires if {
	findings := record_incomplete.report with input as {"activities": [{"id": "a", "dpia": {"performed": true, "reference": "AIPD-2019-01", "date": "2019-05-01"}}]}
		with data.ropadata.context.today as "2026-11-23"
	count(findings) == 1
}

test_recent_dpia_passes if {
	count(record_incomplete.report) == 0 with input as {"activities": [{"id": "a", "dpia": {"performed": true, "reference": "AIPD-2025-01", "date": "2025-05-01"}}]}
		with data.ropadata.context.today as "2026-11-23"
}

test_no_dpia_is_not_this_rule if {
	count(record_incomplete.report) == 0 with input as {"activities": [{"id": "a", "dpia": {"performed": false}}]}
		with data.ropadata.context.today as "2026-11-23"
}
