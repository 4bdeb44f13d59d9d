package ropa.rules.completeness.organization_contact_test

import data.ropa.rules.completeness.organization_contact

test_no_contact_fires if {
	findings := organization_contact.report with input as {"organization": {"name": "Acme"}}
	{finding.path | some finding in findings} == {["organization", "contact"]}
}

test_empty_contact_fires if {
	findings := organization_contact.report with input as {"organization": {"contact": {"email": " "}}}
	{finding.path | some finding in findings} == {["organization", "contact"]}
}

test_email_passes if {
	count(organization_contact.report) == 0 with input as {"organization": {"contact": {"email": "dpo@acme.fr"}}}
}

test_address_passes if {
	count(organization_contact.report) == 0 with input as {"organization": {"contact": {"address": "5 rue du golf, 21800 Quetigny"}}}
}
