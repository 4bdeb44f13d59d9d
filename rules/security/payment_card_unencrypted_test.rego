package ropa.rules.security.payment_card_unencrypted_test

import data.ropa.rules.security.payment_card_unencrypted

test_card_without_encryption_fires if {
	findings := payment_card_unencrypted.report with input as {"activities": [{"id": "a", "security_measures": ["access_control"], "data_categories": [{"name": "payment_card"}]}]}
	{finding.path | some finding in findings} == {["activities", 0, "security_measures"]}
}

test_card_encrypted_passes if {
	count(payment_card_unencrypted.report) == 0 with input as {"activities": [{"id": "a", "security_measures": ["encryption_at_rest"], "data_categories": [{"name": "payment_card"}]}]}
}

_shop(measures, extra) := {"activities": [object.union({"id": "a", "security_measures": measures, "data_categories": [{"name": "payment_card"}]}, extra)]}

test_card_behind_access_control_is_a_warning if {
	some finding in payment_card_unencrypted.report with input as _shop(["access_control"], {})
	finding.severity == "warning"
}

test_card_with_no_protection_is_an_error if {
	some finding in payment_card_unencrypted.report with input as _shop(["backup"], {})
	finding.severity == "error"
}

test_card_at_large_scale_is_an_error if {
	some finding in payment_card_unencrypted.report with input as _shop(["access_control"], {"risk": {"large_scale": true}})
	finding.severity == "error"
}
