# METADATA
# title: Data category without a retention period
# description: >-
#   Where possible the record states the envisaged time limits for erasure of
#   each category of data (Art. 30(1)(f)); storage limitation (Art. 5(1)(e))
#   makes it a duty in practice. A category with no `retention` at all leaves
#   the data kept forever by default.
# related_resources:
#   - description: GDPR Article 30 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_30
#   - description: CNIL, les durées de conservation des données
#     ref: https://www.cnil.fr/fr/les-durees-de-conservation-des-donnees
# custom:
#   id: COMP-007
#   covers:
#     - data_category.retention
#   severity: error
#   severity_basis: >-
#     Art. 30(1)(f) asks for time limits where possible, and Art. 5(1)(e)
#     limits storage in every case: a category with no retention at all
#     cannot be read as compliant.
#   severity_basis_fr: >-
#     L'art. 30(1)(f) demande les délais dans la mesure du possible, et l'art.
#     5(1)(e) limite la conservation dans tous les cas : une catégorie sans
#     aucune conservation ne peut être lue comme conforme.
#   description_fr: >-
#     Dans la mesure du possible, le registre indique les délais prévus pour
#     l'effacement de chaque catégorie de données (art. 30(1)(f)) ; la
#     limitation de la conservation (art. 5(1)(e)) en fait une obligation en
#     pratique. Une catégorie sans aucune conservation reste, par défaut,
#     conservée sans limite.
#   reference: GDPR Art. 30(1)(f), 5(1)(e)
#   remediation: Give the category a retention with an ISO 8601 active period (P3Y, P13M) and, where relevant, its trigger and archive period.
#   title_fr: Catégorie de données sans durée de conservation
#   remediation_fr: Donnez à la catégorie une `retention` avec une durée `active` ISO 8601 (P3Y, P13M) et, le cas échéant, son point de départ et sa durée d'archivage.
#   examples:
#     avoid: |
#       data_categories:
#         - name: identity
#           source: data_subject
#     prefer: |
#       data_categories:
#         - name: identity
#           source: data_subject
#           retention: {active: P5Y, trigger: end_of_contract}
#     exceptions:
#       - case: "A processor's record: Art. 30(2) does not list the element Art. 30(1)(f) asks of a controller's."
#         case_fr: "Le registre d'un sous-traitant : l'art. 30(2) ne comprend pas l'élément que l'art. 30(1)(f) demande à celui d'un responsable."
#         source: GDPR Art. 30(2)
#         snippet: |
#           data_categories:
#             - name: identity
#               source: data_subject
#           role: processor
#           controllers:
#             - {name: Client A, email: dpo@client-a.fr}
package ropa.rules.completeness.retention_missing

report contains finding if {
	some i, activity in input.activities
	some j, category in activity.data_categories
	not category.retention
	not [i, j] in data.ropa.lib.register.anonymised_categories
	not data.ropa.lib.register.processor_record(activity)
	finding := data.ropa.lib.result.finding(
		["activities", i, "data_categories", j, "retention"],
		"Data category \"%s\" of activity \"%s\" has no retention period (%s).",
		"La catégorie de données \"%s\" de l'activité \"%s\" n'a pas de durée de conservation (%s).",
		[data.ropa.lib.vocabulary.label("data_category", data.ropa.lib.register.text(category, "name")), data.ropa.lib.register.label(activity), data.ropa.lib.law.cite("COMP-007", {"en": "GDPR Art. 30(1)(f), 5(1)(e)", "fr": "RGPD art. 30(1)(f), 5(1)(e)"})],
	)
}
