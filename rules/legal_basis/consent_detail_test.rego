package ropa.rules.legal_basis.consent_detail_test

import data.ropa.rules.legal_basis.consent_detail

_activity(purpose) := {"activities": [{"id": "a", "role": "controller", "purposes": [purpose]}]}

test_no_detail_fires_three_times if {
	count(consent_detail.report) == 3 with input as _activity({"description": "Fidélité", "legal_basis": "consent"})
}

test_proof_missing_fires if {
	findings := consent_detail.report with input as _activity({"description": "Fidélité", "legal_basis": "consent", "consent": {"collection": "case à cocher", "withdrawal": "lien de désinscription"}})
	count(findings) == 1
	some finding in findings
	finding.path[5] == "proof"
}

test_complete_passes if {
	count(consent_detail.report) == 0 with input as _activity({"description": "Fidélité", "legal_basis": "consent", "consent": {"collection": "case à cocher", "withdrawal": "lien", "proof": "journal horodaté"}})
}
