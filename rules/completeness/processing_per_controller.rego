# METADATA
# title: Processor acting for several controllers without the processing done for each
# description: >-
#   A processor's record gives, besides each controller, the categories of
#   processing carried out on behalf of each (Art. 30(2)(b)). For an
#   activity carried out for one controller the activity itself says it;
#   for several, each controller's entry says what is done for it
#   (controllers[].processing).
# related_resources:
#   - description: GDPR Article 30(2) (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_30
# custom:
#   id: COMP-014
#   severity: error
#   severity_basis: >-
#     Art. 30(2)(b) makes the categories of processing carried out on behalf
#     of each controller part of a processor's record: mandatory.
#   severity_basis_fr: >-
#     L'art. 30(2)(b) fait des catégories de traitements effectués pour chaque
#     responsable un élément du registre du sous-traitant : obligatoire.
#   description_fr: >-
#     Le registre d'un sous-traitant indique, outre chaque responsable, les
#     catégories de traitements effectués pour le compte de chacun (art.
#     30(2)(b)). Pour une activité menée pour un seul responsable, l'activité
#     elle-même le dit ; pour plusieurs, l'entrée de chaque responsable dit ce
#     qui est fait pour lui (`controllers[].processing`).
#   reference: GDPR Art. 30(2)(b)
#   remediation: Give each controller the categories of processing carried out on its behalf (controllers[].processing).
#   title_fr: Sous-traitant agissant pour plusieurs responsables sans le détail des traitements de chacun
#   remediation_fr: Indiquez pour chaque responsable les catégories de traitements effectués pour son compte (`controllers[].processing`).
#   examples:
#     avoid: |
#       role: processor
#       controllers:
#         - {name: Client A, email: dpo@client-a.fr, processing: Paie mensuelle}
#         - {name: Client B, email: dpo@client-b.fr}
#     prefer: |
#       role: processor
#       controllers:
#         - {name: Client A, email: dpo@client-a.fr, processing: Paie mensuelle}
#         - {name: Client B, email: dpo@client-b.fr, processing: Déclarations sociales}
package ropa.rules.completeness.processing_per_controller

report contains finding if {
	some i, activity in input.activities
	activity.role == "processor"
	count(activity.controllers) > 1
	some k, party in activity.controllers
	not is_string(object.get(party, "processing", null))
	finding := data.ropa.lib.result.finding(
		["activities", i, "controllers", k],
		"Activity \"%s\" is carried out for several controllers, but not what is done for %s (GDPR Art. 30(2)(b)).",
		"L'activité \"%s\" est menée pour plusieurs responsables du traitement, sans préciser ce qui est fait pour le compte de %s (RGPD art. 30(2)(b)).",
		[data.ropa.lib.register.label(activity), data.ropa.lib.register.text(party, "name")],
	)
}
