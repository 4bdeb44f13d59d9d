# METADATA
# title: Controller or joint controller named without contact details
# description: >-
#   A controller's record gives the name and contact details of each joint
#   controller (Art. 30(1)(a)); a processor's record those of each
#   controller it acts for (Art. 30(2)(a)). A name alone does not say how
#   to reach the party: give an email, a phone or a postal address (or,
#   for a category of client controllers, where their details are kept).
# related_resources:
#   - description: GDPR Article 30 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_30
#   - description: GDPR Article 26 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_26
# custom:
#   id: COMP-015
#   severity: error
#   severity_basis: >-
#     Art. 30(1)(a) and 30(2)(a) make the contact details of each joint
#     controller, and of each controller a processor acts for, part of the
#     record: mandatory.
#   severity_basis_fr: >-
#     L'art. 30(1)(a) et l'art. 30(2)(a) font des coordonnées de chaque
#     responsable conjoint, et de chaque responsable pour lequel agit un
#     sous-traitant, un élément du registre : obligatoire.
#   description_fr: >-
#     Le registre d'un responsable indique le nom et les coordonnées de chaque
#     responsable conjoint (art. 30(1)(a)) ; celui d'un sous-traitant, ceux de
#     chaque responsable pour le compte duquel il agit (art. 30(2)(a)). Un nom
#     seul ne dit pas comment joindre cet organisme : indiquez un courriel, un
#     téléphone ou une adresse postale (ou, pour une catégorie de clients
#     responsables, où leurs coordonnées sont tenues).
#   reference: GDPR Art. 30(1)(a), 30(2)(a)
#   remediation: Give each controller or joint controller an email, a phone or a postal address (email, phone, address or contact).
#   title_fr: Responsable ou responsable conjoint nommé sans coordonnées
#   remediation_fr: Indiquez pour chaque responsable ou responsable conjoint un courriel, un téléphone ou une adresse postale (`email`, `phone`, `address` ou `contact`).
#   examples:
#     avoid: |
#       role: processor
#       controllers:
#         - {name: Client A}
#     prefer: |
#       role: processor
#       controllers:
#         - {name: Client A, email: dpo@client-a.fr}
#     exceptions:
#       - case: "Contact details given as a contact block."
#         case_fr: "Coordonnées données sous forme de bloc de contact."
#         source: GDPR Art. 30(2)(a)
#         snippet: |
#           role: processor
#           controllers:
#             - name: Client A
#               contact: {address: 3 rue des Clients, 69002 Lyon}
#       - case: "Name and contact details written in one cell, as the ICO's template asks."
#         case_fr: "Nom et coordonnées écrits dans une même cellule, comme le demande le modèle de l'ICO."
#         source: GDPR Art. 30(2)(a)
#         snippet: |
#           role: processor
#           controllers:
#             - {name: "Example Bakery Ltd, 1 High Street, Leeds LS1 4AB, privacy@bakery.example"}
#       - case: "A controller's own activity: its controllers list is not read (Art. 30(1) names the joint controllers only)."
#         case_fr: "L'activité propre d'un responsable : sa liste `controllers` n'est pas lue (l'art. 30(1) ne nomme que les responsables conjoints)."
#         source: GDPR Art. 30(1)(a)
#         snippet: |
#           role: controller
#           controllers:
#             - {name: Groupe Exemple}
package ropa.rules.completeness.party_contact

_reachable(party) if data.ropa.lib.register.reachable(party)

# A spreadsheet's "Name and contact details" column (the ICO's templates)
# lands in `name`: an email or a number of five digits or more (a phone, a
# postcode) there is a contact detail.
_reachable(party) if contains(party.name, "@")

_reachable(party) if {
	digits := [c | some c in split(party.name, ""); c >= "0"; c <= "9"]
	count(digits) >= 5
}

# [list, article, who in English, who in French] of the parties a record
# names with their contact details.
_lists(activity) := [["controllers", "30(2)(a)", "Controller", "Le responsable du traitement"]] if {
	activity.role == "processor"
}

_lists(activity) := [["joint_controllers", "30(1)(a)", "Joint controller", "Le responsable conjoint"]] if {
	object.get(activity, "role", null) != "processor"
}

report contains finding if {
	some i, activity in input.activities
	some [key, article, en, fr] in _lists(activity)
	some k, party in object.get(activity, key, [])
	not _reachable(party)
	finding := data.ropa.lib.result.finding(
		["activities", i, key, k],
		"%s %s of activity \"%s\" is named without contact details (GDPR Art. %s).",
		"%s %s de l'activité \"%s\" est nommé sans coordonnées (RGPD art. %s).",
		[{"en": en, "fr": fr}, data.ropa.lib.register.text(party, "name"), data.ropa.lib.register.label(activity), article],
	)
}
