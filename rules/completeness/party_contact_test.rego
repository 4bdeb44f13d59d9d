package ropa.rules.completeness.party_contact_test

import data.ropa.rules.completeness.party_contact

_one(activity) := {"activities": [object.union({"id": "a", "name": "Paie"}, activity)]}

test_processor_controller_without_contact_fires if {
	findings := party_contact.report with input as _one({"role": "processor", "controllers": [{"name": "Client A"}]})
	{f.path | some f in findings} == {["activities", 0, "controllers", 0]}
	some f in findings
	contains(f.message.fr, "Le responsable du traitement Client A")
	contains(f.message.en, "30(2)(a)")
}

test_joint_controller_without_contact_fires if {
	findings := party_contact.report with input as _one({"role": "joint_controller", "joint_controllers": [{"name": "Partenaire", "arrangement": "Accord 26"}]})
	{f.path | some f in findings} == {["activities", 0, "joint_controllers", 0]}
	some f in findings
	contains(f.message.en, "30(1)(a)")
}

test_joint_controllers_of_an_activity_without_role_are_read if {
	count(party_contact.report) == 1 with input as _one({"joint_controllers": [{"name": "Partenaire"}]})
}

test_any_contact_detail_passes if {
	count(party_contact.report) == 0 with input as _one({"role": "processor", "controllers": [
		{"name": "A", "email": "dpo@a.fr"},
		{"name": "B", "phone": "01 02 03 04 05"},
		{"name": "C", "contact": {"address": "1 rue C"}},
	]})
}

test_blank_details_are_no_contact if {
	count(party_contact.report) == 2 with input as _one({"role": "processor", "controllers": [
		{"name": "A", "email": "  "},
		{"name": "B", "contact": {"phone": ""}},
	]})
}

test_a_controllers_own_controllers_list_is_not_read if {
	count(party_contact.report) == 0 with input as _one({"role": "controller", "controllers": [{"name": "Groupe"}]})
}

test_contact_details_in_the_name_cell_pass if {
	count(party_contact.report) == 0 with input as _one({"role": "processor", "controllers": [
		{"name": "Example Bakery Ltd, privacy@bakery.example"},
		{"name": "Another Client plc, +44 20 7946 0000"},
	]})
	count(party_contact.report) == 1 with input as _one({"role": "processor", "controllers": [{"name": "Client 42"}]})
}
