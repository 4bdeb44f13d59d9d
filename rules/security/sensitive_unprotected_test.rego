package ropa.rules.security.sensitive_unprotected_test

import data.ropa.rules.security.sensitive_unprotected

test_health_without_encryption_fires if {
	findings := sensitive_unprotected.report with input as {"activities": [{"id": "rdv", "security_measures": ["access_control"], "data_categories": [{"name": "x", "special_category": "health"}]}]}
	count(findings) == 1
	some finding in findings
	contains(finding.message.en, "encryption")
}

test_protected_passes if {
	count(sensitive_unprotected.report) == 0 with input as {"activities": [{"id": "rdv", "security_measures": ["access_control", {"measure": "encryption_at_rest"}], "data_categories": [{"name": "x", "special_category": "health"}]}]}
}

test_large_scale_fires if {
	findings := sensitive_unprotected.report with input as {"activities": [{"id": "a", "risk": {"large_scale": true}, "security_measures": ["backup"]}]}
	{finding.path | some finding in findings} == {["activities", 0, "security_measures"]}
}

test_ordinary_data_passes if {
	count(sensitive_unprotected.report) == 0 with input as {"activities": [{"id": "a", "security_measures": ["backup"], "data_categories": [{"name": "identity"}]}]}
}
