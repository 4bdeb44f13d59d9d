package ropa.rules.hygiene.review_overdue_test

import data.ropa.rules.hygiene.review_overdue

test_old_review_warns if {
	findings := review_overdue.report with input as {"activities": [{"id": "a", "last_review": "2025-06-01"}]}
		with data.ropadata.context.today as "2026-11-23"
	{finding.path | some finding in findings} == {["activities", 0, "last_review"]}
}

test_recent_review_passes if {
	count(review_overdue.report) == 0 with input as {"activities": [{"id": "a", "last_review": "2026-01-15"}]}
		with data.ropadata.context.today as "2026-11-23"
}

test_the_date_in_words if {
	some finding in review_overdue.report with input as {"activities": [{"id": "a", "last_review": "2024-01-05"}]}
		with data.ropadata.context.today as "2026-11-23"
	contains(finding.message.fr, "le 5 janvier 2024")
}
