# METADATA
# title: Legitimate interests without the interest or its balancing test
# description: >-
#   Legitimate interests (Art. 6(1)(f)) are a basis only after a three-step
#   test: the interest pursued, the necessity of the processing, and a
#   balancing against the data subjects' interests and rights. The record
#   names the interest and where the assessment is kept, so that the
#   controller can demonstrate it (Art. 5(2)).
# related_resources:
#   - description: GDPR Article 6(1)(f) (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_6
#   - description: EDPB Guidelines 1/2024 on legitimate interest
#     ref: https://www.edpb.europa.eu/our-work-tools/documents/public-consultations/2024/guidelines-12024-processing-personal-data-based_en
# custom:
#   id: LB-002
#   covers:
#     - purpose.legitimate_interest
#   severity: warning
#   severity_basis: >-
#     Art. 6(1)(f) requires the balancing of interests and Art. 5(2) the
#     ability to show it, but Art. 30 does not make the interest or the
#     balancing test part of the record: they may exist where the register
#     is silent. A document the register need not hold is a warning (an
#     error until issue 31).
#   severity_basis_fr: >-
#     L'art. 6(1)(f) exige la mise en balance et l'art. 5(2) la capacité de la
#     démontrer, mais l'art. 30 ne fait ni de l'intérêt ni de la mise en
#     balance un élément du registre : elles peuvent exister là où le
#     registre se tait. Un document que le registre n'a pas à contenir relève
#     de l'avertissement.
#   description_fr: >-
#     L'intérêt légitime (art. 6(1)(f)) n'est une base qu'après un test en
#     trois étapes : l'intérêt poursuivi, la nécessité du traitement, et la
#     mise en balance avec les intérêts et droits des personnes. Le registre
#     indique l'intérêt et où la mise en balance est conservée, pour que le
#     responsable puisse la démontrer (art. 5(2)).
#   reference: GDPR Art. 6(1)(f), 5(2)
#   remediation: Under legitimate_interest give the interest pursued (interest) and where the balancing test is documented (assessment).
#   title_fr: Intérêt légitime sans l'intérêt poursuivi ou sa mise en balance
#   remediation_fr: Sous `legitimate_interest`, indiquez l'intérêt poursuivi (`interest`) et où la mise en balance est documentée (`assessment`).
#   examples:
#     avoid: |
#       purposes:
#         - description: Statistiques d'absentéisme
#           type: other
#           legal_basis: legitimate_interests
#       rights: [access, rectification, objection]
#     prefer: |
#       purposes:
#         - description: Statistiques d'absentéisme
#           type: other
#           legal_basis: legitimate_interests
#           legitimate_interest: {interest: Connaître l'absentéisme, assessment: Mise en balance LIA-2026-02}
#       rights: [access, rectification, objection]
package ropa.rules.legal_basis.legitimate_interest_detail

_needed := [
	["interest", "the interest pursued", "l'intérêt poursuivi"],
	["assessment", "where the balancing test is kept", "où est conservée la mise en balance"],
]

_given(purpose, field) if purpose.legitimate_interest[field]

# One finding per purpose, naming everything missing there.
report contains finding if {
	some i, activity in input.activities
	some j, purpose in activity.purposes
	purpose.legal_basis == "legitimate_interests"
	missing := [item | some item in _needed; not _given(purpose, item[0])]
	count(missing) > 0
	data.ropa.lib.register.controller_like(activity)
	finding := data.ropa.lib.result.finding(
		["activities", i, "purposes", j, "legitimate_interest"],
		"Purpose \"%s\" relies on legitimate interests without stating %s (missing under `legitimate_interest`: %s; GDPR Art. 6(1)(f)).",
		"La finalité \"%s\" repose sur l'intérêt légitime sans préciser %s (à renseigner sous `legitimate_interest` : %s ; RGPD art. 6(1)(f)).",
		[
			data.ropa.lib.register.text(purpose, "description"),
			data.ropa.lib.result.words([[m[1], m[2]] | some m in missing]),
			concat(", ", [sprintf("`%s`", [m[0]]) | some m in missing]),
		],
	)
}
