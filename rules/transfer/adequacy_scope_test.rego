package ropa.rules.transfer.adequacy_scope_test

import data.ropa.rules.transfer.adequacy_scope

test_us_adequacy_warns if {
	findings := adequacy_scope.report with input as {"activities": [{"id": "a", "transfers": [{"recipient": "Cloud Inc.", "country": "US", "safeguard": "adequacy"}]}]}
	count(findings) == 1
	{finding.path | some finding in findings} == {["activities", 0, "transfers", 0, "safeguard"]}
	some finding in findings
	contains(finding.message.en, "Data Privacy Framework")
}

test_swiss_adequacy_is_unlimited if {
	count(adequacy_scope.report) == 0 with input as {"activities": [{"id": "a", "transfers": [{"recipient": "AG", "country": "CH", "safeguard": "adequacy"}]}]}
}

test_a_recipient_outside_the_scope_is_an_error if {
	some finding in adequacy_scope.report with input as {"activities": [{"id": "a", "transfers": [{"recipient": "Cloud Inc.", "country": "US", "safeguard": "adequacy", "in_scope": false}]}]}
	finding.severity == "error"
	contains(finding.message.fr, "ne repose sur aucune garantie")
	contains(finding.message.fr, "États-Unis")
}

test_a_recipient_within_the_scope_passes if {
	count(adequacy_scope.report) == 0 with input as {"activities": [{"id": "a", "transfers": [{"recipient": "Cloud Inc.", "country": "US", "safeguard": "adequacy", "in_scope": true}]}]}
}
