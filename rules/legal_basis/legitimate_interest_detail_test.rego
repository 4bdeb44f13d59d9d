package ropa.rules.legal_basis.legitimate_interest_detail_test

import data.ropa.rules.legal_basis.legitimate_interest_detail

_activity(purpose) := {"activities": [{"id": "a", "role": "controller", "purposes": [purpose]}]}

test_nothing_given_fires_once_naming_both if {
	findings := legitimate_interest_detail.report with input as _activity({"description": "Prospection", "legal_basis": "legitimate_interests"})
	{finding.path | some finding in findings} == {["activities", 0, "purposes", 0, "legitimate_interest"]}
	some finding in findings
	contains(finding.message.en, "the interest pursued and where the balancing test is kept")
	contains(finding.message.fr, "l'intérêt poursuivi et où est conservée la mise en balance")
}

test_assessment_missing_fires if {
	findings := legitimate_interest_detail.report with input as _activity({"description": "Prospection", "legal_basis": "legitimate_interests", "legitimate_interest": {"interest": "développer la clientèle"}})
	{finding.path | some finding in findings} == {["activities", 0, "purposes", 0, "legitimate_interest"]}
	some finding in findings
	contains(finding.message.en, "(missing under `legitimate_interest`: `assessment`")
}

test_complete_passes if {
	count(legitimate_interest_detail.report) == 0 with input as _activity({"description": "Prospection", "legal_basis": "legitimate_interests", "legitimate_interest": {"interest": "développer la clientèle", "assessment": "LIA-2024-03"}})
}

test_other_basis_ignored if {
	count(legitimate_interest_detail.report) == 0 with input as _activity({"description": "Commandes", "legal_basis": "contract"})
}
