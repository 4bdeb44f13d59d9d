package ropa.rules.transfer.derogation_regular_test

import data.ropa.rules.transfer.derogation_regular

test_regular_contract_derogation_warns if {
	findings := derogation_regular.report with input as {"activities": [{"id": "a", "transfers": [{"recipient": "Hôtel", "country": "TH", "safeguard": "derogation", "derogation": "contract_performance"}]}]}
	{finding.path | some finding in findings} == {["activities", 0, "transfers", 0, "derogation"]}
}

test_occasional_passes if {
	count(derogation_regular.report) == 0 with input as {"activities": [{"id": "a", "transfers": [{"recipient": "Hôtel", "country": "TH", "safeguard": "derogation", "derogation": "contract_performance", "occasional": true}]}]}
}

test_explicit_consent_is_not_limited_here if {
	count(derogation_regular.report) == 0 with input as {"activities": [{"id": "a", "transfers": [{"recipient": "X", "country": "TH", "safeguard": "derogation", "derogation": "explicit_consent"}]}]}
}
