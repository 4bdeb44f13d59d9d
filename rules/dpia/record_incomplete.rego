# METADATA
# title: DPIA without reference or date, or older than three years
# description: >-
#   A DPIA the register cannot point to cannot be produced to the
#   supervisory authority (Art. 35(7), 36), and a DPIA is a living
#   document: the guidelines ask to reassess it when the risk changes and
#   at least every three years.
# related_resources:
#   - description: GDPR Article 35 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_35
#   - description: WP29/EDPB Guidelines on DPIA (WP248 rev.01)
#     ref: https://ec.europa.eu/newsroom/article29/items/611236
# custom:
#   id: DPIA-004
#   severity: warning
#   severity_basis: >-
#     Art. 35(11) asks for review where the risk changes; WP248 recommends
#     re-assessing at least every three years: a recommendation.
#   severity_basis_fr: >-
#     L'art. 35(11) demande un réexamen quand le risque change ; le WP248
#     recommande de réévaluer au moins tous les trois ans : une
#     recommandation.
#   description_fr: >-
#     Une AIPD que le registre ne permet pas de retrouver ne peut être
#     produite à l'autorité de contrôle (art. 35(7), 36), et une AIPD vit avec
#     le traitement : les lignes directrices demandent de la réexaminer quand
#     le risque change, et au moins tous les trois ans.
#   reference: GDPR Art. 35(7), 35(11); WP248 rev.01
#   remediation: Record dpia.reference (where the DPIA is kept) and dpia.date; review a DPIA older than three years.
#   title_fr: AIPD sans référence ni date, ou de plus de trois ans
#   remediation_fr: Indiquez `dpia.reference` (où l'AIPD est conservée) et `dpia.date` ; réexaminez une AIPD de plus de trois ans.
#   examples:
#     avoid: |
#       dpia: {performed: true}
#     prefer: |
#       dpia: {performed: true, reference: AIPD-2026-04, date: 2026-03-01}
package ropa.rules.dpia.record_incomplete

_needed := [
	["reference", "where it is kept", "où elle est conservée"],
	["date", "its date", "sa date"],
]

_given(dpia, field) if dpia[field]

# One finding per DPIA, naming everything missing there.
report contains finding if {
	some i, activity in input.activities
	activity.dpia.performed == true
	missing := [item | some item in _needed; not _given(activity.dpia, item[0])]
	count(missing) > 0
	finding := data.ropa.lib.result.finding(
		["activities", i, "dpia"],
		"The DPIA of activity \"%s\" is recorded without %s (missing under `dpia`: %s).",
		"L'AIPD de l'activité \"%s\" est renseignée sans %s (à renseigner sous `dpia` : %s).",
		[
			data.ropa.lib.register.label(activity),
			data.ropa.lib.result.words([[m[1], m[2]] | some m in missing]),
			concat(", ", [sprintf("`%s`", [m[0]]) | some m in missing]),
		],
	)
}

report contains finding if {
	some i, activity in input.activities
	activity.dpia.performed == true
	years := 3
	time.add_date(data.ropa.lib.register.date_ns(activity.dpia.date), years, 0, 0) < data.ropa.lib.register.today_ns
	finding := data.ropa.lib.result.finding(
		["activities", i, "dpia", "date"],
		"The DPIA of activity \"%s\" dates from %s, more than %d years ago: review it.",
		"L'AIPD de l'activité \"%s\" date du %s, il y a plus de %d ans : réexaminez-la.",
		[data.ropa.lib.register.label(activity), data.ropa.lib.vocabulary.date(activity.dpia.date), years],
	)
}
