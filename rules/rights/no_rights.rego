# METADATA
# title: No way to exercise rights recorded
# description: >-
#   People must be able to exercise their rights (Art. 12(2)) and be told
#   how (Art. 13(2)(b), 14(2)(c)). An activity of a controller that lists
#   no right leaves the DPO unable to show which rights apply and how
#   requests are met.
# related_resources:
#   - description: GDPR Articles 12-22 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#cpt_III
# custom:
#   id: RGT-001
#   severity: warning
#   severity_basis: >-
#     No article requires rights to be recorded in the register; the CNIL's
#     register model asks for them: a recommendation.
#   severity_basis_fr: >-
#     Aucun article n'impose d'inscrire les droits au registre ; le modèle de
#     registre de la CNIL les demande : une recommandation.
#   description_fr: >-
#     Les personnes doivent pouvoir exercer leurs droits (art. 12(2)) et être
#     informées de la façon de le faire (art. 13(2)(b), 14(2)(c)). Une
#     activité d'un responsable qui ne liste aucun droit ne permet pas au DPO
#     de montrer quels droits s'appliquent et comment les demandes sont
#     traitées.
#   reference: GDPR Art. 12(2), 13(2)(b), 15-22
#   remediation: List under rights the rights people can exercise for this activity (access, rectification, erasure, objection...).
#   title_fr: Aucune modalité d'exercice des droits
#   remediation_fr: Listez sous `rights` les droits que les personnes peuvent exercer pour cette activité (`access`, rectification, `erasure`, `objection`...).
#   examples:
#     avoid: |
#       rights: []
#     prefer: |
#       rights: [access, rectification]
package ropa.rules.rights.no_rights

report contains finding if {
	some i, activity in input.activities
	data.ropa.lib.register.controller_like(activity)
	count(data.ropa.lib.register.rights(activity)) == 0
	finding := data.ropa.lib.result.finding(
		["activities", i, "rights"],
		"Activity \"%s\" records no right that people can exercise (%s).",
		"L'activité \"%s\" n'indique aucun droit que les personnes peuvent exercer (%s).",
		[data.ropa.lib.register.label(activity), data.ropa.lib.law.cite("RGT-001", {"en": "GDPR Art. 12-22", "fr": "RGPD art. 12 à 22"})],
	)
}
