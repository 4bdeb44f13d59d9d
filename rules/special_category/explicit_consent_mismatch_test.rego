package ropa.rules.special_category.explicit_consent_mismatch_test

import data.ropa.rules.special_category.explicit_consent_mismatch

test_explicit_consent_with_contract_and_no_collection_fires if {
	findings := explicit_consent_mismatch.report with input as {"activities": [{"id": "a", "role": "controller", "special_category_condition": "explicit_consent", "purposes": [{"legal_basis": "contract"}]}]}
	{finding.path | some finding in findings} == {["activities", 0, "special_category_condition"]}
}

test_explicit_consent_with_consent_passes if {
	count(explicit_consent_mismatch.report) == 0 with input as {"activities": [{"id": "a", "role": "controller", "special_category_condition": "explicit_consent", "purposes": [{"legal_basis": "consent"}]}]}
}

test_other_condition_passes if {
	count(explicit_consent_mismatch.report) == 0 with input as {"activities": [{"id": "a", "role": "controller", "special_category_condition": "health_care", "purposes": [{"legal_basis": "contract"}]}]}
}

test_explicit_consent_recorded_on_a_contract_purpose_passes if {
	count(explicit_consent_mismatch.report) == 0 with input as {"activities": [{"id": "a", "role": "controller", "special_category_condition": "explicit_consent", "purposes": [{"legal_basis": "contract", "consent": {"collection": "Case distincte"}}]}]}
}

test_a_blank_collection_says_nothing if {
	count(explicit_consent_mismatch.report) == 1 with input as {"activities": [{"id": "a", "role": "controller", "special_category_condition": ["explicit_consent"], "purposes": [{"legal_basis": "contract", "consent": {"collection": " "}}]}]}
}
