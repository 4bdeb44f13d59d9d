# METADATA
# title: Two or more EDPB criteria without a DPIA
# description: >-
#   The EDPB-endorsed guidelines (WP248 rev.01) list nine criteria of high
#   risk: evaluation or scoring, automated decisions with legal or similar
#   effect, systematic monitoring, sensitive or highly personal data,
#   large scale, matching or combining datasets, vulnerable data subjects
#   (patients, employees, minors...), innovative technology, and
#   processing that prevents people from exercising a right or using a
#   service. Meeting two or more usually requires a DPIA.
# related_resources:
#   - description: WP29/EDPB Guidelines on DPIA (WP248 rev.01)
#     ref: https://ec.europa.eu/newsroom/article29/items/611236
#   - description: GDPR Article 35 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_35
# custom:
#   id: DPIA-002
#   severity: warning
#   reference: GDPR Art. 35(1); WP248 rev.01
#   remediation: Carry out a DPIA, or record why the processing is not likely to result in a high risk despite the criteria.
#   title_fr: Deux critères du CEPD ou plus sans AIPD
#   remediation_fr: Réalisez une AIPD, ou documentez pourquoi le traitement ne présente pas de risque élevé malgré ces critères.
package ropa.rules.dpia.edpb_criteria

_vulnerable := {s | some s in data.ropadata.reference.dpia.vulnerable_subjects}

_criteria(activity) := {c | some c in _risk_criteria(activity)} | {c | some c in _data_criteria(activity)}

_risk_criteria(activity) := {name |
	some flag, name in {
		"evaluation_scoring": "evaluation or scoring",
		"profiling": "evaluation or scoring",
		"automated_decisions": "automated decisions",
		"systematic_monitoring": "systematic monitoring",
		"large_scale": "large scale",
		"data_matching": "matching of datasets",
		"innovative_technology": "innovative technology",
		"prevents_rights": "prevents exercising a right",
	}
	activity.risk[flag] == true
}

_data_criteria(activity) := {"sensitive data" | count(data.ropa.lib.register.special_categories(activity)) > 0} | {"vulnerable data subjects" | count(data.ropa.lib.register.subjects(activity) & _vulnerable) > 0}

report contains finding if {
	some i, activity in input.activities
	not activity.dpia.performed == true
	criteria := _criteria(activity)
	count(criteria) >= 2
	listed := concat(", ", sort([c | some c in criteria]))
	finding := data.ropa.lib.result.finding(
		["activities", i, "dpia"],
		"Activity \"%s\" meets %d criteria of high risk (%s) and has no DPIA: two or more usually require one (WP248).",
		"L'activité \"%s\" remplit %d critères de risque élevé (%s) sans AIPD : deux critères ou plus en exigent généralement une (lignes directrices WP248).",
		[data.ropa.lib.register.label(activity), count(criteria), listed],
	)
}
