package ropa.rules.legal_basis.legitimate_interest_detail_test

import data.ropa.rules.legal_basis.legitimate_interest_detail

_activity(purpose) := {"activities": [{"id": "a", "role": "controller", "purposes": [purpose]}]}

test_nothing_given_fires_twice if {
	count(legitimate_interest_detail.report) == 2 with input as _activity({"description": "Prospection", "legal_basis": "legitimate_interests"})
}

test_assessment_missing_fires if {
	findings := legitimate_interest_detail.report with input as _activity({"description": "Prospection", "legal_basis": "legitimate_interests", "legitimate_interest": {"interest": "développer la clientèle"}})
	count(findings) == 1
	some finding in findings
	finding.path == ["activities", 0, "purposes", 0, "legitimate_interest", "assessment"]
}

test_complete_passes if {
	count(legitimate_interest_detail.report) == 0 with input as _activity({"description": "Prospection", "legal_basis": "legitimate_interests", "legitimate_interest": {"interest": "développer la clientèle", "assessment": "LIA-2024-03"}})
}

test_other_basis_ignored if {
	count(legitimate_interest_detail.report) == 0 with input as _activity({"description": "Commandes", "legal_basis": "contract"})
}
