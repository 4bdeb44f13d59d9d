package ropa.rules.dpia.article_35_3_test

import data.ropa.rules.dpia.article_35_3

test_large_scale_health_without_dpia_fires if {
	findings := article_35_3.report with input as {"activities": [{"id": "a", "risk": {"large_scale": true}, "data_categories": [{"name": "x", "special_category": "health"}]}]}
	{finding.path | some finding in findings} == {["activities", 0, "dpia"]}
}

test_dpia_performed_passes if {
	count(article_35_3.report) == 0 with input as {"activities": [{"id": "a", "risk": {"large_scale": true}, "dpia": {"performed": true}, "data_categories": [{"name": "x", "special_category": "health"}]}]}
}

test_small_scale_health_is_not_35_3 if {
	count(article_35_3.report) == 0 with input as {"activities": [{"id": "a", "data_categories": [{"name": "x", "special_category": "health"}]}]}
}

test_monitoring_fires if {
	findings := article_35_3.report with input as {"activities": [{"id": "a", "risk": {"large_scale": true, "systematic_monitoring": true}}]}
	{finding.path | some finding in findings} == {["activities", 0, "dpia"]}
}

test_scoring_with_decisions_fires if {
	findings := article_35_3.report with input as {"activities": [{"id": "a", "risk": {"profiling": true, "automated_decisions": true}}]}
	{finding.path | some finding in findings} == {["activities", 0, "dpia"]}
}

test_two_cases_two_findings if {
	findings := article_35_3.report with input as {"activities": [{"id": "a", "risk": {"large_scale": true, "systematic_monitoring": true}, "data_categories": [{"name": "x", "special_category": "biometric"}]}]}
	count(findings) == 2
	{finding.path | some finding in findings} == {["activities", 0, "dpia"]}
}
