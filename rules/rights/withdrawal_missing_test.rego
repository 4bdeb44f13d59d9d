package ropa.rules.rights.withdrawal_missing_test

import data.ropa.rules.rights.withdrawal_missing

test_consent_without_withdrawal_fires if {
	count(withdrawal_missing.report) == 1 with input as {"activities": [{"id": "a", "role": "controller", "rights": ["access"], "purposes": [{"legal_basis": "consent"}]}]}
}

test_withdrawal_offered_passes if {
	count(withdrawal_missing.report) == 0 with input as {"activities": [{"id": "a", "role": "controller", "rights": ["withdraw_consent"], "purposes": [{"legal_basis": "consent"}]}]}
}
