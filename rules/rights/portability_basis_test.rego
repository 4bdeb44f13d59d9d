package ropa.rules.rights.portability_basis_test

import data.ropa.rules.rights.portability_basis

test_portability_on_legal_obligation_warns if {
	count(portability_basis.report) == 1 with input as {"activities": [{"id": "a", "rights": ["portability"], "purposes": [{"legal_basis": "legal_obligation"}]}]}
}

test_portability_on_contract_passes if {
	count(portability_basis.report) == 0 with input as {"activities": [{"id": "a", "rights": ["portability"], "purposes": [{"legal_basis": "contract"}, {"legal_basis": "legal_obligation"}]}]}
}
