# METADATA
# title: Processor record without the controllers it acts for
# description: >-
#   A processor's record names each controller on whose behalf it acts, with
#   their contact details (Art. 30(2)(a)). Without them the record cannot show
#   on whose instructions (Art. 28(3)(a)) the data are processed.
# related_resources:
#   - description: GDPR Article 30(2) (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_30
# custom:
#   id: COMP-009
#   covers:
#     - activity.controllers
#   severity: error
#   severity_basis: >-
#     Art. 30(2)(a) makes the controllers a processor acts for part of its
#     record: mandatory.
#   severity_basis_fr: >-
#     L'art. 30(2)(a) fait des responsables pour lesquels agit un
#     sous-traitant un élément de son registre : obligatoire.
#   description_fr: >-
#     Le registre d'un sous-traitant nomme chaque responsable du traitement
#     pour le compte duquel il agit, avec ses coordonnées (art. 30(2)(a)).
#     Sans eux, il ne peut montrer sur les instructions de qui (art. 28(3)(a))
#     les données sont traitées.
#   reference: GDPR Art. 30(2)(a)
#   remediation: Under controllers, list each controller (or category of controllers, e.g. the client opticians) with a contact.
#   title_fr: Registre de sous-traitant sans les responsables de traitement
#   remediation_fr: Sous `controllers`, listez chaque responsable de traitement (ou catégorie de clients, par exemple les opticiens clients) avec ses coordonnées.
#   examples:
#     avoid: |
#       role: processor
#     prefer: |
#       role: processor
#       controllers:
#         - {name: Client A, email: dpo@client-a.fr}
package ropa.rules.completeness.processor_controllers

report contains finding if {
	some i, activity in input.activities
	activity.role == "processor"
	not _names_controllers(activity)
	finding := data.ropa.lib.result.finding(
		["activities", i, "controllers"],
		"Activity \"%s\" is carried out as processor but names no controller it acts for (GDPR Art. 30(2)(a)).",
		"L'activité \"%s\" est menée en sous-traitant mais ne nomme aucun responsable de traitement pour le compte duquel elle agit (RGPD art. 30(2)(a)).",
		[data.ropa.lib.register.label(activity)],
	)
}

_names_controllers(activity) if count(activity.controllers) > 0
