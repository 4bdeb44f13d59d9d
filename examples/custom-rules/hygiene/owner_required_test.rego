package ropa.rules.hygiene.owner_required_test

import data.ropa.rules.hygiene.owner_required

test_missing_owner_fires if {
	count(owner_required.report) == 1 with input as {"activities": [{"id": "crm", "name": "CRM"}]}
}

test_blank_owner_fires if {
	count(owner_required.report) == 1 with input as {"activities": [{"id": "crm", "owner": " "}]}
}

test_owner_named_passes if {
	count(owner_required.report) == 0 with input as {"activities": [{"id": "crm", "owner": "Service client"}]}
}
