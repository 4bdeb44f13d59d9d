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
#   severity_basis: >-
#     Warning under the EDPB guidelines, which say two criteria usually
#     require a DPIA; error under French jurisdiction, where the CNIL's
#     guidelines (délib. n° 2018-326) say the processing must have one.
#     The table rules/ropadata/reference/dpia.yaml (two_criteria) decides.
#   severity_basis_fr: >-
#     Avertissement selon les lignes directrices du CEPD, pour qui deux
#     critères exigent en général une AIPD ; erreur sous juridiction
#     française, où les lignes directrices de la CNIL (délib. n° 2018-326)
#     l'imposent. La table rules/ropadata/reference/dpia.yaml (two_criteria)
#     en décide.
#   description_fr: >-
#     Les lignes directrices approuvées par le CEPD (WP248 rév.01) retiennent
#     neuf critères de risque élevé : évaluation ou notation, décision
#     automatisée avec effet juridique ou similaire, surveillance
#     systématique, données sensibles ou à caractère hautement personnel,
#     grande échelle, croisement ou combinaison de données, personnes
#     vulnérables (patients, salariés, mineurs…), usage innovant de
#     technologies, et traitement qui empêche d'exercer un droit ou de
#     bénéficier d'un service. Deux critères ou plus exigent en général une
#     AIPD ; la CNIL l'exige dès deux critères (délibération n° 2018-326).
#   reference: GDPR Art. 35(1); WP248 rev.01; CNIL délib. n° 2018-326
#   remediation: Carry out a DPIA, or record why the processing is not likely to result in a high risk despite the criteria.
#   title_fr: Deux critères du CEPD ou plus sans AIPD
#   remediation_fr: Réalisez une AIPD, ou documentez pourquoi le traitement ne présente pas de risque élevé malgré ces critères.
#   examples:
#     avoid: |
#       risk: {evaluation_scoring: true, innovative_technology: true}
#       dpia: {performed: false}
#     prefer: |
#       risk: {evaluation_scoring: true, innovative_technology: true}
#       dpia: {performed: true, reference: AIPD-2026-02, date: 2026-03-01}
package ropa.rules.dpia.edpb_criteria

_vulnerable := {s | some s in data.ropadata.reference.dpia.vulnerable_subjects}

_two := data.ropadata.reference.dpia.two_criteria

# The severity and its words under the authority whose text applies.
_key := data.ropa.lib.register.jurisdiction if _national

_key := "default" if not _national

_national if object.get(_two.severity, data.ropa.lib.register.jurisdiction, null) != null

# Criteria as their labels; profiling and scoring are one criterion.
_criteria(flags) := {data.ropa.lib.vocabulary.label("risk", c).en: data.ropa.lib.vocabulary.label("risk", c) | some c in flags}

# The flags the activity sets, walked rather than each looked up: most
# activities set none.
_flags(activity) := {flag | some flag, on in object.get(activity, "risk", {}); on == true; flag in _risk_flags} | _data_flags(activity)

_risk_flags := {
	"evaluation_scoring", "profiling", "automated_decisions", "systematic_monitoring",
	"large_scale", "data_matching", "innovative_technology", "prevents_rights",
}

# Written out rather than through register.special_categories and
# register.subjects: building those sets for each of 5,000 activities took
# this rule from 55-70 ms to 72-97 ms (benchmarks/rules_ab.py).
_data_flags(activity) := sensitive | vulnerable if {
	sensitive := {"sensitive_data" | some category in activity.data_categories; category.special_category != null}
	vulnerable := {"vulnerable_subjects" | some subject in activity.data_subjects; subject in _vulnerable}
}

report contains finding if {
	some i, activity in input.activities
	not activity.dpia.performed == true
	flags := _flags(activity)
	count(flags) >= 2
	criteria := _criteria(flags)
	count(criteria) >= 2
	listed := {
		"en": concat(", ", sort([c.en | some c in criteria])),
		"fr": concat(", ", sort([c.fr | some c in criteria])),
	}
	finding := data.ropa.lib.result.graded(
		["activities", i, "dpia"],
		_two.severity[_key],
		"Activity \"%s\" meets %d criteria of high risk (%s) and has no DPIA: %s.",
		"L'activité \"%s\" remplit %d critères de risque élevé (%s) sans AIPD : %s.",
		[data.ropa.lib.register.label(activity), count(criteria), listed, _two.words[_key]],
	)
}
