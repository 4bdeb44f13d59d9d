package ropa.lib.register_test

import data.ropa.lib.register

test_jurisdiction_defaults_to_country if {
	register.jurisdiction == "MC" with input as {"organization": {"country": "MC"}}
}

test_jurisdiction_overrides_country if {
	register.jurisdiction == "FR" with input as {"organization": {"country": "MC", "jurisdiction": "FR"}}
}

test_label_falls_back_to_id if {
	data.ropa.lib.register.label({"id": "crm"}) == "crm"
	data.ropa.lib.register.label({"id": "crm", "name": "Fichier clients"}) == "Fichier clients"
	data.ropa.lib.register.text({}, "description") == "?"
}

test_controller_like if {
	data.ropa.lib.register.controller_like({"role": "joint_controller"})
	not data.ropa.lib.register.controller_like({"role": "processor"})
}

test_processor_record if {
	data.ropa.lib.register.processor_record({"role": "processor"})
	not data.ropa.lib.register.processor_record({"role": "controller"})
	not data.ropa.lib.register.processor_record({})
}

test_run_configuration_forces_jurisdiction if {
	register.jurisdiction == "FR" with input as {"organization": {"country": "MC"}}
		with data.ropadata.context.jurisdiction as "FR"
}

test_cites_a_text if {
	data.ropa.lib.register.cites_a_text("Code de commerce, art. L123-22")
	data.ropa.lib.register.cites_a_text("décret 2021-1362")
	not data.ropa.lib.register.cites_a_text("L'obligation de respecter la loi.")
	not data.ropa.lib.register.cites_a_text(42)
}

test_retention_days_once_per_text if {
	days := data.ropa.lib.register.retention_days with input as {"activities": [
		{"data_categories": [{"retention": {"active": "P1Y", "archive": "P5Y"}}, {"retention": {"active": "P1Y"}}]},
		{"data_categories": [{"retention": {"description": "le temps nécessaire"}}]},
	]}
	days == {"P1Y": 365.25, "P5Y": 1826.25}
}

test_cites_a_law if {
	data.ropa.lib.register.cites_a_law("Code de commerce, art. L123-22")
	data.ropa.lib.register.cites_a_law("Décret n° 2021-1362")
	data.ropa.lib.register.cites_a_law("Loi n° 78-17")
	not data.ropa.lib.register.cites_a_law("3 ans après la fin du contrat")
	not data.ropa.lib.register.cites_a_law("Politique interne 2024")
	not data.ropa.lib.register.cites_a_law(null)
}
