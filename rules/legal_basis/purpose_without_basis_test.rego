package ropa.rules.legal_basis.purpose_without_basis_test

import data.ropa.rules.legal_basis.purpose_without_basis

test_controller_purpose_without_basis_fires if {
	findings := purpose_without_basis.report with input as {"activities": [{"id": "crm", "role": "controller", "purposes": [
		{"description": "Gestion des commandes", "legal_basis": "contract"},
		{"description": "Statistiques commerciales"},
	]}]}
	count(findings) == 1
	some finding in findings
	finding.path == ["activities", 0, "purposes", 1, "legal_basis"]
	contains(finding.message.fr, "Statistiques commerciales")
}

test_joint_controller_fires if {
	count(purpose_without_basis.report) == 1 with input as {"activities": [{"id": "a", "role": "joint_controller", "purposes": [{}]}]}
}

test_processor_needs_no_basis if {
	count(purpose_without_basis.report) == 0 with input as {"activities": [{"id": "a", "role": "processor", "purposes": [{"description": "Prise de rendez-vous"}]}]}
}
