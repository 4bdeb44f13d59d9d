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
