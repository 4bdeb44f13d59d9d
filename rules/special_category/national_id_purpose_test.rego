package ropa.rules.special_category.national_id_purpose_test

import data.ropa.rules.special_category.national_id_purpose

_reg(activity) := {"organization": {"country": "FR"}, "activities": [activity]}

test_nir_in_customer_file_fires if {
	findings := national_id_purpose.report with input as _reg({"id": "crm", "purposes": [{"type": "customer_management"}], "data_categories": [{"name": "identity", "national_id": true}]})
	{finding.path | some finding in findings} == {["activities", 0, "data_categories", 0, "national_id"]}
}

test_nir_in_payroll_passes if {
	count(national_id_purpose.report) == 0 with input as _reg({"id": "paie", "purposes": [{"type": "payroll", "legal_basis": "legal_obligation"}], "data_categories": [{"name": "identity", "national_id": true}]})
}

test_outside_france_is_not_this_rule if {
	count(national_id_purpose.report) == 0 with input as {"organization": {"country": "DE"}, "activities": [{"id": "crm", "purposes": [{"type": "customer_management"}], "data_categories": [{"name": "identity", "national_id": true}]}]}
}

test_nir_in_accounts_fires if {
	count(national_id_purpose.report) == 1 with input as _reg({"id": "compta", "purposes": [{"type": "accounting", "legal_basis": "legal_obligation"}], "data_categories": [{"name": "identity", "national_id": true}]})
}

test_an_untyped_purpose_is_not_judged if {
	count(national_id_purpose.report) == 0 with input as {"organization": {"country": "FR"}, "activities": [{"id": "a", "role": "controller", "purposes": [{"description": "Gestion de la paie"}], "data_categories": [{"name": "identity", "national_id": true}]}]}
	count(national_id_purpose.report) == 1 with input as {"organization": {"country": "FR"}, "activities": [{"id": "a", "role": "controller", "purposes": [{"description": "Gestion de la paie", "type": "customer_management"}], "data_categories": [{"name": "identity", "national_id": true}]}]}
}
