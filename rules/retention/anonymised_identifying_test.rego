package ropa.rules.retention.anonymised_identifying_test

import data.ropa.rules.retention.anonymised_identifying

_activity(category) := {"activities": [{"id": "stats", "name": "Statistiques", "data_categories": [category]}]}

test_anonymised_identity_warns if {
	findings := anonymised_identifying.report with input as _activity({"name": "identity", "anonymised": true})
	{finding.path | some finding in findings} == {["activities", 0, "data_categories", 0, "anonymised"]}
}

test_anonymised_counts_pass if {
	count(anonymised_identifying.report) == 0 with input as _activity({"name": "Fréquentation agrégée", "anonymised": true, "method": "agrégation par jour"})
}

test_identity_not_claimed_anonymised_passes if {
	count(anonymised_identifying.report) == 0 with input as _activity({"name": "identity"})
}
