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

test_an_old_register_review_is_said_once_where_it_is_written if {
	register := {"organization": {"last_review": "2025-01-10"}, "activities": [{"id": "a"}, {"id": "b"}, {"id": "c", "last_review": "2026-10-01"}]}
	findings := review_overdue.report with input as register
		with data.ropadata.context.today as "2026-11-23"
	[finding.path | some finding in findings] == [["organization", "last_review"]]
	some finding in findings
	contains(finding.message.en, "the review date of the activities that have none")
}

test_an_old_register_review_no_activity_takes_is_not_reported if {
	register := {"organization": {"last_review": "2025-01-10"}, "activities": [{"id": "a", "last_review": "2026-10-01"}]}
	count(review_overdue.report) == 0 with input as register
		with data.ropadata.context.today as "2026-11-23"
}
