package ropa.lib.register_test

import data.ropa.lib.register

test_jurisdiction_defaults_to_country if {
	register.jurisdiction == "MC" with input as {"organization": {"country": "MC"}}
}

test_jurisdiction_overrides_country if {
	register.jurisdiction == "FR" with input as {"organization": {"country": "MC", "jurisdiction": "FR"}}
}

test_label_falls_back_to_id if {
	register.label({"id": "crm"}) == "crm"
	register.label({"id": "crm", "name": "Fichier clients"}) == "Fichier clients"
	register.text({}, "description") == "?"
}

test_controller_like if {
	register.controller_like({"role": "joint_controller"})
	not register.controller_like({"role": "processor"})
}
