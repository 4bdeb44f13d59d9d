package ropa.rules.dpia.edpb_criteria_test

import data.ropa.rules.dpia.edpb_criteria

test_patients_and_health_warn if {
	findings := edpb_criteria.report with input as {"activities": [{"id": "rdv", "data_subjects": ["patients"], "data_categories": [{"name": "motif", "special_category": "health"}]}]}
	{finding.path | some finding in findings} == {["activities", 0, "dpia"]}
}

test_one_criterion_passes if {
	count(edpb_criteria.report) == 0 with input as {"activities": [{"id": "paie", "data_subjects": ["employees"], "data_categories": [{"name": "identity"}]}]}
}

test_dpia_done_passes if {
	count(edpb_criteria.report) == 0 with input as {"activities": [{"id": "rdv", "dpia": {"performed": true}, "data_subjects": ["patients"], "data_categories": [{"name": "motif", "special_category": "health"}]}]}
}

test_profiling_and_scoring_count_once if {
	count(edpb_criteria.report) == 0 with input as {"activities": [{"id": "a", "risk": {"profiling": true, "evaluation_scoring": true}}]}
}

# Credit scoring of customers at large scale, no DPIA (issue 11's case).
_scoring(country) := {
	"organization": {"country": country},
	"activities": [{"id": "score", "data_subjects": ["customers"], "risk": {"evaluation_scoring": true, "large_scale": true}, "dpia": {"performed": false}}],
}

test_two_criteria_is_a_warning_under_the_cnil_too if {
	some finding in edpb_criteria.report with input as _scoring("FR")
	finding.severity == "warning"
	contains(finding.message.fr, "dans la plupart des cas (lignes directrices de la CNIL, délib. n° 2018-326)")
	contains(finding.message.fr, "grande échelle, évaluation ou notation")
}

test_two_criteria_is_a_warning_under_the_edpb_default if {
	some finding in edpb_criteria.report with input as _scoring("BE")
	finding.severity == "warning"
	contains(finding.message.en, "evaluation or scoring, large scale")
}

test_an_activity_the_cnil_exempts_is_not_reported if {
	care := {
		"organization": {"country": "FR", "kind": "individual_practice"},
		"activities": [{
			"id": "dossiers", "role": "controller",
			"purposes": [{"type": "health_care"}], "data_subjects": ["patients"],
			"data_categories": [{"name": "health", "special_category": "health"}],
		}],
	}
	count(edpb_criteria.report) == 0 with input as care
	count(edpb_criteria.report) == 1 with input as object.union(care, {"organization": {"country": "FR", "kind": "company"}})
	count(edpb_criteria.report) == 1 with input as object.union(care, {"organization": {"country": "BE", "kind": "individual_practice"}})
}
