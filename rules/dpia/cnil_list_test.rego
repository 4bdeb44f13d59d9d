package ropa.rules.dpia.cnil_list_test

import data.ropa.rules.dpia.cnil_list

_fr(activity) := {"organization": {"country": "FR"}, "activities": [activity]}

test_whistleblowing_fires if {
	findings := cnil_list.report with input as _fr({"id": "alertes", "purposes": [{"type": "whistleblowing"}]})
	{finding.path | some finding in findings} == {["activities", 0, "dpia"]}
}

test_patient_care_fires if {
	findings := cnil_list.report with input as _fr({"id": "dossier", "purposes": [{"type": "health_care"}], "data_subjects": ["patients"], "data_categories": [{"name": "dossier", "special_category": "health"}]})
	{finding.path | some finding in findings} == {["activities", 0, "dpia"]}
}

test_employee_monitoring_fires if {
	findings := cnil_list.report with input as _fr({"id": "suivi", "data_subjects": ["employees"], "risk": {"systematic_monitoring": true}})
	{finding.path | some finding in findings} == {["activities", 0, "dpia"]}
}

test_payroll_passes if {
	count(cnil_list.report) == 0 with input as _fr({"id": "paie", "purposes": [{"type": "payroll"}], "data_subjects": ["employees"]})
}

test_dpia_done_passes if {
	count(cnil_list.report) == 0 with input as _fr({"id": "alertes", "purposes": [{"type": "whistleblowing"}], "dpia": {"performed": true}})
}

test_other_jurisdiction_passes if {
	count(cnil_list.report) == 0 with input as {"organization": {"country": "BE"}, "activities": [{"id": "alertes", "purposes": [{"type": "whistleblowing"}]}]}
}

test_biometric_badges_of_employees_fire if {
	findings := cnil_list.report with input as _fr({"id": "badges", "data_subjects": ["employees"], "data_categories": [{"name": "empreinte", "special_category": "biometric"}]})
	{finding.path | some finding in findings} == {["activities", 0, "dpia"]}
}

test_profiling_needs_both_flags if {
	count(cnil_list.report) == 0 with input as _fr({"id": "scoring", "risk": {"profiling": true}})
	findings := cnil_list.report with input as _fr({"id": "scoring", "risk": {"profiling": true, "data_matching": true}})
	{finding.path | some finding in findings} == {["activities", 0, "dpia"]}
}

# Each row is looked up by one of its conditions: a row without one would
# never be compared with an activity.
test_every_row_of_the_list_has_a_key if {
	count(cnil_list._keyed) == count(cnil_list._rows)
	count({k[2] | some k in cnil_list._keyed}) == count(cnil_list._rows)
}

# Looked up by its risk flag, the row is met only with the location data too.
test_large_scale_location_needs_both if {
	count(cnil_list.report) == 0 with input as _fr({"id": "geo", "data_categories": [{"name": "location"}]})
	count(cnil_list.report) == 0 with input as _fr({"id": "geo", "data_categories": [{"name": "nom"}], "risk": {"large_scale": true}})
	findings := cnil_list.report with input as _fr({"id": "geo", "data_categories": [{"name": "location"}], "risk": {"large_scale": true}})
	{finding.path | some finding in findings} == {["activities", 0, "dpia"]}
}
