# METADATA
# title: Recipients not recorded
# description: >-
#   The record must state the categories of recipients to whom the data are or will be disclosed, including recipients in third countries (Art. 30(1)(d)). An activity with no recipient at all says so with an empty list; a missing field leaves the question unanswered.
# related_resources:
#   - description: GDPR Article 30 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_30
# custom:
#   id: COMP-005
#   covers:
#     - activity.recipients
#   severity: error
#   severity_basis: >-
#     Art. 30(1)(d) makes the categories of recipients part of the record:
#     mandatory.
#   severity_basis_fr: >-
#     L'art. 30(1)(d) fait des catégories de destinataires un élément de la
#     fiche : obligatoire.
#   description_fr: >-
#     Le registre indique les catégories de destinataires auxquels les données
#     sont ou seront communiquées, y compris dans des pays tiers (art.
#     30(1)(d)). Une activité sans destinataire le dit par une liste vide ; un
#     champ absent laisse la question sans réponse.
#   reference: GDPR Art. 30(1)(d)
#   remediation: Add recipients (an empty list [] when nobody receives the data).
#   title_fr: Destinataires non renseignés
#   remediation_fr: Ajoutez `recipients` (une liste vide [] si personne ne reçoit les données).
#   examples:
#     without: [recipients]
#     avoid: |
#       # (pas de clé recipients)
#       name: Paie des salariés
#     prefer: |
#       recipients: []  # personne ne reçoit les données
#     exceptions:
#       - case: "A processor's record: Art. 30(2) does not list the element Art. 30(1)(d) asks of a controller's."
#         case_fr: "Le registre d'un sous-traitant : l'art. 30(2) ne comprend pas l'élément que l'art. 30(1)(d) demande à celui d'un responsable."
#         source: GDPR Art. 30(2)
#         without: [recipients]
#         snippet: |
#           # (pas de clé recipients)
#           name: Paie des salariés
#           role: processor
#           controllers:
#             - {name: Client A, email: dpo@client-a.fr}
package ropa.rules.completeness.recipients_missing

_recorded(activity) if is_array(activity.recipients)

report contains finding if {
	some i, activity in input.activities
	not _recorded(activity)
	not data.ropa.lib.register.processor_record(activity)
	name := data.ropa.lib.register.label(activity)
	finding := data.ropa.lib.result.finding(
		["activities", i, "recipients"],
		"Activity \"%s\" does not say who receives the data: list the recipients, or write recipients: [] (%s).",
		"L'activité \"%s\" ne dit pas qui reçoit les données : listez les destinataires ou écrivez recipients: [] (%s).",
		[name, data.ropa.lib.law.cite("COMP-005", {"en": "GDPR Art. 30(1)(d)", "fr": "RGPD art. 30(1)(d)"})],
	)
}
