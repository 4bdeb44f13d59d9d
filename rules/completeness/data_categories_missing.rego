# METADATA
# title: Activity without categories of personal data
# description: >-
#   The record must describe the categories of personal data (Art. 30(1)(c)), each with its retention period (Art. 30(1)(f)).
# related_resources:
#   - description: GDPR Article 30 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_30
# custom:
#   id: COMP-004
#   covers:
#     - activity.data_categories
#   severity: error
#   severity_basis: >-
#     Art. 30(1)(c) makes the categories of personal data part of the
#     record: mandatory.
#   severity_basis_fr: >-
#     L'art. 30(1)(c) fait des catégories de données un élément de la fiche :
#     obligatoire.
#   description_fr: >-
#     Le registre décrit les catégories de données personnelles (art.
#     30(1)(c)), chacune avec sa durée de conservation (art. 30(1)(f)).
#   reference: GDPR Art. 30(1)(c)
#   remediation: List the categories of data under data_categories, each with its retention.
#   title_fr: Activité sans catégories de données
#   remediation_fr: Listez les catégories de données sous `data_categories`, chacune avec sa durée de conservation.
#   examples:
#     avoid: |
#       data_categories: []
#     prefer: |
#       data_categories:
#         - name: identity
#           source: data_subject
#           retention: {active: P5Y, trigger: end_of_contract}
#     exceptions:
#       - case: "A processor's record: Art. 30(2) does not list the element Art. 30(1)(c) asks of a controller's."
#         case_fr: "Le registre d'un sous-traitant : l'art. 30(2) ne comprend pas l'élément que l'art. 30(1)(c) demande à celui d'un responsable."
#         source: GDPR Art. 30(2)
#         snippet: |
#           data_categories: []
#           role: processor
#           controllers:
#             - {name: Client A, email: dpo@client-a.fr}
package ropa.rules.completeness.data_categories_missing

_recorded(activity) if count(activity.data_categories) > 0

report contains finding if {
	some i, activity in input.activities
	not _recorded(activity)
	not data.ropa.lib.register.processor_record(activity)
	name := data.ropa.lib.register.label(activity)
	finding := data.ropa.lib.result.finding(
		["activities", i, "data_categories"],
		"Activity \"%s\" lists no category of personal data (%s).",
		"L'activité \"%s\" ne liste aucune catégorie de données personnelles (%s).",
		[name, data.ropa.lib.law.cite("COMP-004", {"en": "GDPR Art. 30(1)(c)", "fr": "RGPD art. 30(1)(c)"})],
	)
}
