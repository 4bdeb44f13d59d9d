package ropa.rules.completeness.dpo_contact_test

import data.ropa.rules.completeness.dpo_contact

test_dpo_without_contact_fires if {
	findings := dpo_contact.report with input as {"organization": {"dpo": {"name": "Claire Martin"}}}
	{finding.path | some finding in findings} == {["organization", "dpo"]}
}

test_dpo_with_email_passes if {
	count(dpo_contact.report) == 0 with input as {"organization": {"dpo": {"name": "Claire Martin", "email": "dpo@exemple.fr"}}}
}

test_no_dpo_is_not_this_rule if {
	count(dpo_contact.report) == 0 with input as {"organization": {"name": "Exemple"}}
}
