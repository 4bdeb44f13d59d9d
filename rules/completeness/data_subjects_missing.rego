# METADATA
# title: Activity without categories of data subjects
# description: >-
#   The record must describe the categories of data subjects (Art. 30(1)(c)): customers, employees, patients, minors... It drives the DPIA criteria and the information duties.
# related_resources:
#   - description: GDPR Article 30 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_30
# custom:
#   id: COMP-003
#   covers:
#     - activity.data_subjects
#   severity: error
#   severity_basis: >-
#     Art. 30(1)(c) makes the categories of data subjects part of the
#     record: mandatory.
#   severity_basis_fr: >-
#     L'art. 30(1)(c) fait des catégories de personnes concernées un élément
#     de la fiche : obligatoire.
#   description_fr: >-
#     Le registre décrit les catégories de personnes concernées (art.
#     30(1)(c)) : clients, salariés, patients, mineurs… Elles commandent les
#     critères d'analyse d'impact et les obligations d'information.
#   reference: GDPR Art. 30(1)(c)
#   remediation: List the categories of people concerned under data_subjects.
#   title_fr: Activité sans catégories de personnes concernées
#   remediation_fr: Listez les catégories de personnes concernées sous `data_subjects`.
#   examples:
#     avoid: |
#       data_subjects: []
#     prefer: |
#       data_subjects: [employees]
#     exceptions:
#       - case: "A processor's record: Art. 30(2) does not list the element Art. 30(1)(c) asks of a controller's."
#         case_fr: "Le registre d'un sous-traitant : l'art. 30(2) ne comprend pas l'élément que l'art. 30(1)(c) demande à celui d'un responsable."
#         source: GDPR Art. 30(2)
#         snippet: |
#           data_subjects: []
#           role: processor
#           controllers:
#             - {name: Client A, email: dpo@client-a.fr}
package ropa.rules.completeness.data_subjects_missing

_recorded(activity) if count(activity.data_subjects) > 0

report contains finding if {
	some i, activity in input.activities
	not _recorded(activity)
	not data.ropa.lib.register.processor_record(activity)
	name := data.ropa.lib.register.label(activity)
	finding := data.ropa.lib.result.finding(
		["activities", i, "data_subjects"],
		"Activity \"%s\" names no category of data subjects: say whose data are processed (%s).",
		"L'activité \"%s\" ne nomme aucune catégorie de personnes concernées : précisez de qui les données sont traitées (%s).",
		[name, data.ropa.lib.law.cite("COMP-003", {"en": "GDPR Art. 30(1)(c)", "fr": "RGPD art. 30(1)(c)"})],
	)
}
