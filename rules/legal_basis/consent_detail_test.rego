package ropa.rules.legal_basis.consent_detail_test

import data.ropa.rules.legal_basis.consent_detail

_activity(purpose) := {"activities": [{"id": "a", "role": "controller", "purposes": [purpose]}]}

test_no_detail_fires_once_naming_all_three if {
	findings := consent_detail.report with input as _activity({"description": "Fidélité", "legal_basis": "consent"})
	{finding.path | some finding in findings} == {["activities", 0, "purposes", 0, "consent"]}
	some finding in findings
	contains(finding.message.en, "how it is collected, how it is withdrawn and where it is proven")
	contains(finding.message.en, "missing under `consent`: `collection`, `withdrawal`, `proof`")
	contains(finding.message.fr, "comment il est recueilli, comment il est retiré et où sa preuve est conservée")
}

test_proof_missing_fires if {
	findings := consent_detail.report with input as _activity({"description": "Fidélité", "legal_basis": "consent", "consent": {"collection": "case à cocher", "withdrawal": "lien de désinscription"}})
	{finding.path | some finding in findings} == {["activities", 0, "purposes", 0, "consent"]}
	some finding in findings
	contains(finding.message.en, "without saying where it is proven (missing under `consent`: `proof`")
}

test_complete_passes if {
	count(consent_detail.report) == 0 with input as _activity({"description": "Fidélité", "legal_basis": "consent", "consent": {"collection": "case à cocher", "withdrawal": "lien", "proof": "journal horodaté"}})
}
