package ropa.rules.completeness.joint_arrangement_test

import data.ropa.rules.completeness.joint_arrangement

_activity(extra) := {"activities": [object.union({"id": "a", "name": "Jeu-concours", "role": "joint_controller"}, extra)]}

test_joint_controller_naming_nobody_fires if {
	findings := joint_arrangement.report with input as _activity({})
	{finding.path | some finding in findings} == {["activities", 0, "joint_controllers"]}
}

test_empty_list_fires if {
	findings := joint_arrangement.report with input as _activity({"joint_controllers": []})
	{finding.path | some finding in findings} == {["activities", 0, "joint_controllers"]}
}

test_partner_without_arrangement_fires if {
	findings := joint_arrangement.report with input as _activity({"joint_controllers": [{"name": "Partenaire"}]})
	{finding.path | some finding in findings} == {["activities", 0, "joint_controllers", 0, "arrangement"]}
}

test_partner_with_arrangement_passes if {
	count(joint_arrangement.report) == 0 with input as _activity({"joint_controllers": [{"name": "Partenaire", "arrangement": "Accord art. 26 du 2026-01-15"}]})
}

test_sole_controller_passes if {
	count(joint_arrangement.report) == 0 with input as {"activities": [{"id": "a", "role": "controller"}]}
}
