package ropa.lib.dpia_test

_org(extra) := object.union({"country": "FR"}, extra)

_in(org, activity) := {"organization": _org(org), "activities": [activity]}

_hr := {
	"purposes": [{"type": "hr_management"}, {"type": "payroll"}],
	"data_subjects": ["employees"],
	"data_categories": [{"name": "health", "special_category": "health"}],
}

# Built in the body (here with an id): regorus does not evaluate a package
# constant passed as is to a function under `with input`.
test_hr_under_250_without_profiling if {
	hr := object.union(_hr, {"id": "paie"})
	data.ropa.lib.dpia.exempt(hr).id == "hr-under-250" with input as _in({"employees": 40}, hr)
}

test_hr_needs_the_headcount if {
	not data.ropa.lib.dpia.exempt(_hr) with input as _in({}, _hr)
	not data.ropa.lib.dpia.exempt(_hr) with input as _in({"employees": 250}, _hr)
}

test_hr_with_profiling_or_monitoring_is_not_exempt if {
	not data.ropa.lib.dpia.exempt(object.union(_hr, {"risk": {"profiling": true}})) with input as _in({"employees": 40}, object.union(_hr, {"risk": {"profiling": true}}))
	not data.ropa.lib.dpia.exempt(object.union(_hr, {"risk": {"systematic_monitoring": true}})) with input as _in({"employees": 40}, object.union(_hr, {"risk": {"systematic_monitoring": true}}))
}

test_hr_with_another_purpose_is_not_exempt if {
	not data.ropa.lib.dpia.exempt(object.union(_hr, {"purposes": [{"type": "hr_management"}, {"type": "recruitment"}]})) with input as _in({"employees": 40}, object.union(_hr, {"purposes": [{"type": "hr_management"}, {"type": "recruitment"}]}))
}

test_suppliers_only if {
	data.ropa.lib.dpia.exempt({"purposes": [{"type": "accounting"}], "data_subjects": ["suppliers"]}).id == "suppliers" with input as _in({}, {"purposes": [{"type": "accounting"}], "data_subjects": ["suppliers"]})
	not data.ropa.lib.dpia.exempt({"purposes": [{"type": "accounting"}], "data_subjects": ["suppliers", "customers"]}) with input as _in({}, {"purposes": [{"type": "accounting"}], "data_subjects": ["suppliers", "customers"]})
}

test_works_council if {
	data.ropa.lib.dpia.exempt({"data_subjects": ["employees"]}).id == "works-council" with input as _in({"kind": "works_council"}, {"data_subjects": ["employees"]})
}

test_nonprofit_members_without_sensitive_data if {
	members := {"data_subjects": ["members", "donors"], "data_categories": [{"name": "identity"}]}
	data.ropa.lib.dpia.exempt(members).id == "nonprofit-members-donors" with input as _in({"kind": "nonprofit"}, members)
	not data.ropa.lib.dpia.exempt(members) with input as _in({"kind": "company"}, members)
	not data.ropa.lib.dpia.exempt(object.union(members, {"data_categories": [{"name": "x", "special_category": "religion"}]})) with input as _in({"kind": "nonprofit"}, object.union(members, {"data_categories": [{"name": "x", "special_category": "religion"}]}))
}

_care := {
	"purposes": [{"type": "health_care"}],
	"data_subjects": ["patients"],
	"data_categories": [{"name": "health", "special_category": "health"}],
}

test_individual_health_practice if {
	care := object.union(_care, {"id": "dossiers"})
	data.ropa.lib.dpia.exempt(care).id == "individual-health-practice" with input as _in({"kind": "individual_practice"}, care)
	not data.ropa.lib.dpia.exempt(_care) with input as _in({}, _care)
}

test_access_control_without_biometrics if {
	badges := {"purposes": [{"type": "access_control"}], "data_subjects": ["employees"]}
	data.ropa.lib.dpia.exempt(badges).id == "access-working-time" with input as _in({}, badges)
	not data.ropa.lib.dpia.exempt(object.union(badges, {"data_categories": [{"name": "x", "special_category": "biometric"}]})) with input as _in({}, object.union(badges, {"data_categories": [{"name": "x", "special_category": "biometric"}]}))
}

test_only_under_french_law if {
	not data.ropa.lib.dpia.exempt(_care) with input as {"organization": {"country": "BE", "kind": "individual_practice"}, "activities": [_care]}
}

test_every_row_names_a_condition if {
	conditions := {"purpose_types", "data_subjects", "organization_kind"}
	every row in data.ropadata.reference.dpia.cnil_exempt {
		count(object.keys(row) & conditions) > 0
		row.text.en
		row.text.fr
	}
}
