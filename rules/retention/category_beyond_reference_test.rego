package ropa.rules.retention.category_beyond_reference_test

import data.ropa.rules.retention.category_beyond_reference

_reg(retention) := {"organization": {"country": "FR"}, "activities": [{"id": "a", "role": "controller", "data_categories": [{"name": "payment_card", "retention": retention}]}]}

test_card_archived_ten_years_fires if {
	findings := category_beyond_reference.report with input as _reg({"active": "P0D", "archive": "P10Y"})
	{finding.path | some finding in findings} == {["activities", 0, "data_categories", 0, "retention"]}
}

test_card_thirteen_months_passes if {
	count(category_beyond_reference.report) == 0 with input as _reg({"active": "P13M"})
}

test_card_kept_with_consent_passes if {
	count(category_beyond_reference.report) == 0 with input as {"organization": {"country": "FR"}, "activities": [{"id": "a", "role": "controller", "purposes": [{"legal_basis": "consent"}], "data_categories": [{"name": "payment_card", "retention": {"active": "P3Y"}}]}]}
}

test_the_reference_in_words if {
	some finding in category_beyond_reference.report with input as _reg({"active": "P0D", "archive": "P10Y"})
	contains(finding.message.fr, "référence de 15 mois")
}
