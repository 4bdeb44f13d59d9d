package ropa.rules.hygiene.duplicate_activity_id_test

import data.ropa.rules.hygiene.duplicate_activity_id

test_duplicate_fires_once if {
	findings := duplicate_activity_id.report with input as {"activities": [{"id": "a"}, {"id": "b"}, {"id": "a"}]}
	count(findings) == 1
	some finding in findings
	finding.path == ["activities", 2, "id"]
}

test_triplicate_fires_twice if {
	count(duplicate_activity_id.report) == 2 with input as {"activities": [{"id": "a"}, {"id": "a"}, {"id": "a"}]}
}

test_unique_passes if {
	count(duplicate_activity_id.report) == 0 with input as {"activities": [{"id": "a"}, {"id": "b"}]}
}

test_single_passes if {
	count(duplicate_activity_id.report) == 0 with input as {"activities": [{"id": "a"}]}
}
