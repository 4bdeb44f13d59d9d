package ropa.rules.hygiene.contact_format_test

import data.ropa.rules.hygiene.contact_format

test_bad_email_and_phone_fire if {
	findings := contact_format.report with input as {"organization": {"contact": {"email": "dpo-at-mairie.fr", "phone": "appeler l'accueil"}, "dpo": {"name": "DPO", "email": "dpo@mairie"}}}
	{finding.path | some finding in findings} == {["organization", "contact", "email"], ["organization", "contact", "phone"], ["organization", "dpo", "email"]}
}

test_usable_contacts_pass if {
	count(contact_format.report) == 0 with input as {"organization": {"contact": {"email": "dpo@mairie-lyon.fr", "phone": "+33 4 72 10 30 30"}, "dpo": {"name": "DPO", "contact": {"phone": "04 72 10 30 30"}}}}
}

test_template_text_is_left_to_hyg_008 if {
	count(contact_format.report) == 0 with input as {"organization": {"contact": {"email": "[email@commune.be]"}}}
}
