package ropa.rules.hygiene.template_text_organization_test

import data.ropa.rules.hygiene.template_text_organization

test_bracketed_name_and_email_fire_once_each if {
	findings := template_text_organization.report with input as {"organization": {"name": "[Commune de ...]", "contact": {"email": "[email@commune.be]"}}}
	{finding.path | some finding in findings} == {["organization", "name"], ["organization", "contact", "email"]}
}

test_example_domain_fires if {
	findings := template_text_organization.report with input as {"organization": {"name": "Mairie", "contact": {"email": "dpo@exemple.fr"}}}
	{finding.path | some finding in findings} == {["organization", "contact", "email"]}
}

test_real_details_pass if {
	count(template_text_organization.report) == 0 with input as {"organization": {"name": "Mairie de Lyon", "contact": {"email": "dpo@mairie-lyon.fr", "phone": "+33 4 72 10 30 30"}}}
}
