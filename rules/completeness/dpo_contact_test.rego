package ropa.rules.completeness.dpo_contact_test

import data.ropa.rules.completeness.dpo_contact

test_dpo_without_contact_fires if {
	count(dpo_contact.report) == 1 with input as {"organization": {"dpo": {"name": "Claire Martin"}}}
}

test_dpo_with_email_passes if {
	count(dpo_contact.report) == 0 with input as {"organization": {"dpo": {"name": "Claire Martin", "email": "dpo@exemple.fr"}}}
}

test_no_dpo_is_not_this_rule if {
	count(dpo_contact.report) == 0 with input as {"organization": {"name": "Exemple"}}
}
