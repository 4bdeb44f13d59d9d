package ropa.rules.hygiene.review_missing_test

import data.ropa.rules.hygiene.review_missing

test_missing_review_informs if {
	findings := review_missing.report with input as {"activities": [{"id": "a"}]}
	{finding.path | some finding in findings} == {["activities", 0, "last_review"]}
}

test_review_given_passes if {
	count(review_missing.report) == 0 with input as {"activities": [{"id": "a", "last_review": "2026-01-15"}]}
}

test_the_registers_review_date_is_every_activitys if {
	count(review_missing.report) == 0 with input as {"organization": {"last_review": "2026-10-01"}, "activities": [{"id": "a"}]}
}
