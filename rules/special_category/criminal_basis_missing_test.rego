package ropa.rules.special_category.criminal_basis_missing_test

import data.ropa.rules.special_category.criminal_basis_missing

test_criminal_without_basis_fires if {
	findings := criminal_basis_missing.report with input as {"activities": [{"id": "a", "data_categories": [{"name": "casier", "criminal": true}]}]}
	{finding.path | some finding in findings} == {["activities", 0, "criminal_data_basis"]}
}

test_criminal_with_basis_passes if {
	count(criminal_basis_missing.report) == 0 with input as {"activities": [{"id": "a", "criminal_data_basis": "Code monétaire et financier, art. L561-2", "data_categories": [{"name": "casier", "criminal": true}]}]}
}

test_not_criminal_passes if {
	count(criminal_basis_missing.report) == 0 with input as {"activities": [{"id": "a", "data_categories": [{"name": "identity", "criminal": false}]}]}
}

test_an_interest_is_not_a_law if {
	findings := criminal_basis_missing.report with input as {"activities": [{"id": "a", "criminal_data_basis": "Intérêt légitime de l'employeur", "data_categories": [{"name": "casier", "criminal": true}]}]}
	count(findings) == 1
	some finding in findings
	contains(finding.message.fr, "ne cite ni texte ni autorité publique")
}

test_official_authority_is_a_basis if {
	count(criminal_basis_missing.report) == 0 with input as {"activities": [{"id": "a", "criminal_data_basis": "Sous le contrôle de l'autorité publique (préfecture)", "data_categories": [{"name": "casier", "criminal": true}]}]}
}
