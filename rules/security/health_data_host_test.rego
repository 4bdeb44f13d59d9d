package ropa.rules.security.health_data_host_test

import data.ropa.rules.security.health_data_host

_care(country, recipient) := {
	"organization": {"country": country},
	"activities": [{
		"id": "dossiers", "role": "controller",
		"purposes": [{"type": "health_care"}],
		"data_categories": [{"name": "health", "special_category": "health"}],
		"recipients": [recipient],
	}],
}

_host := {"name": "Hébergeur", "type": "processor", "hosting": true}

test_a_host_not_certified_is_an_error if {
	findings := health_data_host.report with input as _care("FR", object.union(_host, {"hds": false}))
	{finding.path | some finding in findings} == {["activities", 0, "recipients", 0]}
	some finding in findings
	not finding.severity
	contains(finding.message.fr, "sans être hébergeur certifié")
}

test_a_host_not_said_is_a_warning if {
	some finding in health_data_host.report with input as _care("FR", _host)
	finding.severity == "warning"
}

test_a_certified_host_passes if {
	count(health_data_host.report) == 0 with input as _care("FR", object.union(_host, {"hds": true}))
}

test_hosting_ones_own_data_passes if {
	count(health_data_host.report) == 0 with input as _care("FR", object.union(_host, {"type": "internal"}))
}

test_outside_france_is_not_this_rule if {
	count(health_data_host.report) == 0 with input as _care("BE", object.union(_host, {"hds": false}))
}

test_health_data_outside_care_is_not_this_rule if {
	count(health_data_host.report) == 0 with input as {"organization": {"country": "FR"}, "activities": [{
		"id": "rh", "role": "controller", "purposes": [{"type": "hr_management"}],
		"data_categories": [{"name": "health", "special_category": "health"}],
		"recipients": [object.union(_host, {"hds": false})],
	}]}
}
