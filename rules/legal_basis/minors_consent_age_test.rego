package ropa.rules.legal_basis.minors_consent_age_test

import data.ropa.rules.legal_basis.minors_consent_age

_reg(country, collection) := {"organization": {"country": country}, "activities": [{"id": "a", "role": "controller", "data_subjects": ["minors"], "purposes": [{"description": "Jeu concours", "legal_basis": "consent", "consent": {"collection": collection}}]}]}

test_france_fifteen if {
	findings := minors_consent_age.report with input as _reg("FR", "case à cocher")
	count(findings) == 1
	{finding.path | some finding in findings} == {["activities", 0, "purposes", 0, "consent", "collection"]}
	some finding in findings
	contains(finding.message.en, "below 15")
}

test_default_sixteen if {
	findings := minors_consent_age.report with input as _reg("LI", "case à cocher")
	some finding in findings
	contains(finding.message.en, "below 16")
}

test_parental_consent_described_passes if {
	count(minors_consent_age.report) == 0 with input as _reg("FR", "Vérification de l'âge ; accord parental par courriel sous 15 ans")
}
