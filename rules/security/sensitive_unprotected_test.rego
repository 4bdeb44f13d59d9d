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

# A small sports club keeping members' medical certificates (issue 11's case).
_club(extra) := {"activities": [object.union(
	{
		"id": "licences", "role": "controller", "data_subjects": ["members"],
		"security_measures": ["access_control", "backup"],
		"data_categories": [{"name": "certificat", "special_category": "health"}],
	},
	extra,
)]}

test_club_without_encryption_is_a_warning if {
	some finding in sensitive_unprotected.report with input as _club({})
	finding.severity == "warning"
	contains(finding.message.fr, "sans chiffrement")
}

test_no_measure_at_all_is_an_error if {
	some finding in sensitive_unprotected.report with input as _club({"security_measures": ["backup"]})
	finding.severity == "error"
	contains(finding.message.en, "without access control and encryption")
}

test_transfer_raises_to_error if {
	some finding in sensitive_unprotected.report with input as _club({"transfers": [{"recipient": "x", "country": "US", "safeguard": "scc"}]})
	finding.severity == "error"
}

test_large_scale_raises_to_error if {
	some finding in sensitive_unprotected.report with input as _club({"risk": {"large_scale": true}})
	finding.severity == "error"
}

test_health_hosted_for_others_raises_to_error if {
	some finding in sensitive_unprotected.report with input as _club({"role": "processor"})
	finding.severity == "error"
}
