package ropa.rules.legal_basis.legal_obligation_text_test

import data.ropa.rules.legal_basis.legal_obligation_text

_activity(purpose) := {"activities": [{"id": "a", "role": "controller", "purposes": [purpose]}]}

test_missing_text_fires if {
	findings := legal_obligation_text.report with input as _activity({"description": "Journaux", "legal_basis": "legal_obligation"})
	{finding.path | some finding in findings} == {["activities", 0, "purposes", 0, "legal_obligation"]}
}

test_blank_text_fires if {
	findings := legal_obligation_text.report with input as _activity({"description": "Journaux", "legal_basis": "legal_obligation", "legal_obligation": "  "})
	{finding.path | some finding in findings} == {["activities", 0, "purposes", 0, "legal_obligation"]}
}

test_text_passes if {
	count(legal_obligation_text.report) == 0 with input as _activity({"description": "Journaux", "legal_basis": "legal_obligation", "legal_obligation": "décret 2021-1362"})
}

test_vague_text_fires if {
	findings := legal_obligation_text.report with input as _activity({"description": "Journaux", "legal_basis": "legal_obligation", "legal_obligation": "L'obligation de respecter la loi."})
	{finding.path | some finding in findings} == {["activities", 0, "purposes", 0, "legal_obligation"]}
}

test_code_passes if {
	count(legal_obligation_text.report) == 0 with input as _activity({"description": "Factures", "legal_basis": "legal_obligation", "legal_obligation": "Code de commerce"})
}
