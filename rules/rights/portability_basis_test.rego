package ropa.rules.rights.portability_basis_test

import data.ropa.rules.rights.portability_basis

test_portability_on_legal_obligation_warns if {
	findings := portability_basis.report with input as {"activities": [{"id": "a", "rights": ["portability"], "purposes": [{"legal_basis": "legal_obligation"}]}]}
	{finding.path | some finding in findings} == {["activities", 0, "rights"]}
}

test_portability_on_contract_passes if {
	count(portability_basis.report) == 0 with input as {"activities": [{"id": "a", "rights": ["portability"], "purposes": [{"legal_basis": "contract"}, {"legal_basis": "legal_obligation"}]}]}
}

test_the_organisations_portability_is_not_claimed_for_every_activity if {
	register := {"organization": {"rights": ["access", "portability"]}, "activities": [{"id": "a", "purposes": [{"legal_basis": "legal_obligation"}]}]}
	count(portability_basis.report) == 0 with input as register
}
