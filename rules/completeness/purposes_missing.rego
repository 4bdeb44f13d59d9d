# METADATA
# title: Activity without a purpose
# description: >-
#   Each processing activity must state its purposes (Art. 30(1)(b)); a processor states the categories of processing carried out for each controller (Art. 30(2)(b)). Without a purpose nothing else in the record (basis, retention, minimisation) can be judged.
# related_resources:
#   - description: GDPR Article 30 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_30
# custom:
#   id: COMP-002
#   covers:
#     - activity.purposes
#   severity: error
#   severity_basis: >-
#     Art. 30(1)(b) makes the purposes part of the record: mandatory.
#   severity_basis_fr: >-
#     L'art. 30(1)(b) fait des finalités un élément de la fiche : obligatoire.
#   description_fr: >-
#     Chaque activité de traitement indique ses finalités (art. 30(1)(b)) ; un
#     sous-traitant indique les catégories de traitements effectués pour
#     chaque responsable (art. 30(2)(b)). Sans finalité, rien d'autre dans la
#     fiche (base légale, conservation, minimisation) ne peut être apprécié.
#   reference: GDPR Art. 30(1)(b), 30(2)(b)
#   remediation: List the purposes under purposes, each with a description.
#   title_fr: Activité sans finalité
#   remediation_fr: Listez les finalités sous `purposes`, chacune avec une `description`.
#   examples:
#     avoid: |
#       purposes: []
#     prefer: |
#       purposes:
#         - description: Établissement des bulletins de paie
#           type: payroll
#           legal_basis: legal_obligation
#           legal_obligation: Code du travail, art. L3243-2
#     exceptions:
#       - case: "A processor's record: Art. 30(2) does not list the element Art. 30(1)(b) asks of a controller's."
#         case_fr: "Le registre d'un sous-traitant : l'art. 30(2) ne comprend pas l'élément que l'art. 30(1)(b) demande à celui d'un responsable."
#         source: GDPR Art. 30(2)
#         snippet: |
#           purposes: []
#           role: processor
#           controllers:
#             - {name: Client A, email: dpo@client-a.fr}
package ropa.rules.completeness.purposes_missing

_recorded(activity) if count(activity.purposes) > 0

report contains finding if {
	some i, activity in input.activities
	not _recorded(activity)
	not data.ropa.lib.register.processor_record(activity)
	name := data.ropa.lib.register.label(activity)
	finding := data.ropa.lib.result.finding(
		["activities", i, "purposes"],
		"Activity \"%s\" states no purpose: list what the data are processed for (%s).",
		"L'activité \"%s\" n'indique aucune finalité : précisez pourquoi les données sont traitées (%s).",
		[name, data.ropa.lib.law.cite("COMP-002", {"en": "GDPR Art. 30(1)(b)", "fr": "RGPD art. 30(1)(b)"})],
	)
}
