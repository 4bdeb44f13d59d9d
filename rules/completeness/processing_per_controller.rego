# METADATA
# title: Processor acting for several controllers without the processing done for each
# description: >-
#   A processor's record gives, besides each controller, the categories of
#   processing carried out on behalf of each (Art. 30(2)(b)). An activity is
#   one category of processing: where it describes what it does (its
#   description, or a purpose's), that is what is done for each of its
#   controllers. Only an activity carried out for several controllers that
#   says nothing of what it does needs each controller's entry to say it
#   (controllers[].processing).
# related_resources:
#   - description: GDPR Article 30(2) (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_30
# custom:
#   id: COMP-014
#   severity: error
#   severity_basis: >-
#     Art. 30(2)(b) makes the categories of processing carried out on behalf
#     of each controller part of a processor's record: mandatory, and missing
#     altogether when neither the activity nor the controller's entry says it.
#   severity_basis_fr: >-
#     L'art. 30(2)(b) fait des catégories de traitements effectués pour chaque
#     responsable un élément du registre du sous-traitant : obligatoire, et
#     absent dès que ni l'activité ni l'entrée du responsable ne le dit.
#   description_fr: >-
#     Le registre d'un sous-traitant indique, outre chaque responsable, les
#     catégories de traitements effectués pour le compte de chacun (art.
#     30(2)(b)). Une activité est une catégorie de traitement : si elle
#     décrit ce qu'elle fait (sa description, ou celle d'une finalité), c'est
#     ce qui est fait pour chacun de ses responsables. Seule une activité
#     menée pour plusieurs responsables qui ne dit rien de ce qu'elle fait
#     doit le préciser dans l'entrée de chacun (`controllers[].processing`).
#   reference: GDPR Art. 30(2)(b)
#   remediation: Describe what the activity does (description), or give each controller the categories of processing carried out on its behalf (controllers[].processing).
#   title_fr: Sous-traitant agissant pour plusieurs responsables sans le détail des traitements de chacun
#   remediation_fr: Décrivez ce que fait l'activité (`description`), ou indiquez pour chaque responsable les catégories de traitements effectués pour son compte (`controllers[].processing`).
#   examples:
#     without: [purposes]
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
#     exceptions:
#       - case: "The activity describes what it does: that is the category of processing carried out for each of its controllers."
#         case_fr: "L'activité décrit ce qu'elle fait : c'est la catégorie de traitement effectuée pour chacun de ses responsables."
#         source: GDPR Art. 30(2)(b)
#         without: [purposes]
#         snippet: |
#           role: processor
#           description: Bulletins de paie et déclarations sociales des salariés des clients
#           controllers:
#             - {name: Client A, email: dpo@client-a.fr}
#             - {name: Client B, email: dpo@client-b.fr}
#       - case: "A purpose of the activity says what is done."
#         case_fr: "Une finalité de l'activité dit ce qui est fait."
#         source: GDPR Art. 30(2)(b)
#         snippet: |
#           role: processor
#           controllers:
#             - {name: Client A, email: dpo@client-a.fr}
#             - {name: Client B, email: dpo@client-b.fr}
package ropa.rules.completeness.processing_per_controller

report contains finding if {
	some i, activity in input.activities
	activity.role == "processor"
	count(activity.controllers) > 1
	not _says_what_it_does(activity)
	some k, party in activity.controllers
	not is_string(object.get(party, "processing", null))
	finding := data.ropa.lib.result.finding(
		["activities", i, "controllers", k],
		"Activity \"%s\" is carried out for several controllers but says nothing of what it does, nor what is done for %s (GDPR Art. 30(2)(b)).",
		"L'activité \"%s\" est menée pour plusieurs responsables du traitement sans dire ce qu'elle fait, ni ce qui est fait pour le compte de %s (RGPD art. 30(2)(b)).",
		[data.ropa.lib.register.label(activity), data.ropa.lib.register.text(party, "name")],
	)
}

_says_what_it_does(activity) if trim_space(activity.description) != ""

_says_what_it_does(activity) if {
	some purpose in activity.purposes
	trim_space(purpose.description) != ""
}
