package ropa.rules.security.payment_card_unencrypted_test

import data.ropa.rules.security.payment_card_unencrypted

test_card_without_encryption_fires if {
	findings := payment_card_unencrypted.report with input as {"activities": [{"id": "a", "security_measures": ["access_control"], "data_categories": [{"name": "payment_card"}]}]}
	{finding.path | some finding in findings} == {["activities", 0, "security_measures"]}
}

test_card_encrypted_passes if {
	count(payment_card_unencrypted.report) == 0 with input as {"activities": [{"id": "a", "security_measures": ["encryption_at_rest"], "data_categories": [{"name": "payment_card"}]}]}
}
