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

test_age_alone_or_a_word_containing_age_says_nothing_of_parents if {
	count(minors_consent_age.report) == 1 with input as _reg("BE", "Case à cocher sur la page d'inscription")
	count(minors_consent_age.report) == 1 with input as _reg("BE", "Message de confirmation")
	count(minors_consent_age.report) == 1 with input as _reg("BE", "Âge déclaré par l'utilisateur")
}

test_a_denied_parental_consent_is_reported if {
	count(minors_consent_age.report) == 1 with input as _reg("FR", "Inscription en ligne sans accord parental")
	count(minors_consent_age.report) == 1 with input as _reg("FR", "Accord parental, sans vérification de l'âge")
}

test_under_fifteen_in_france_consent_is_joint if {
	some finding in minors_consent_age.report with input as _reg("FR", "case à cocher")
	contains(finding.message.fr, "consentir conjointement (loi n° 78-17, art. 45)")
}

test_elsewhere_a_parent_gives_or_authorises if {
	some finding in minors_consent_age.report with input as _reg("BE", "case à cocher")
	contains(finding.message.en, "below 13 here, a parent must give or authorise it (GDPR Art. 8)")
}

test_a_legal_representative_takes_part if {
	count(minors_consent_age.report) == 0 with input as _reg("BE", "Signed by the child's legal representative")
}
