# METADATA
# title: Data category kept beyond its own reference
# description: >-
#   Some data have a limit of their own whatever the purpose: payment card
#   data are kept until the transaction completes, then 13 months after
#   the debit (15 for deferred debit) for disputes, and the card
#   verification code never (CNIL délib. 2018-303). The limit applies to
#   the whole life of the data, active and archived.
# related_resources:
#   - description: CNIL, les durées de conservation des données
#     ref: https://www.cnil.fr/fr/les-durees-de-conservation-des-donnees
# custom:
#   id: RET-003
#   severity: error
#   severity_basis: >-
#     Art. 5(1)(e) and the CNIL's recommendation on the category (e.g.
#     payment cards, délib. 2018-303, kept only for the transaction and its
#     disputes): beyond it is non-compliant.
#   severity_basis_fr: >-
#     L'art. 5(1)(e) et la recommandation de la CNIL sur la catégorie (par
#     exemple les cartes de paiement, délib. 2018-303, conservées pour la
#     transaction et ses contestations) : au-delà, le traitement n'est pas
#     conforme.
#   description_fr: >-
#     Certaines données ont une limite propre, quelle que soit la finalité :
#     les données de carte bancaire sont conservées jusqu'à la réalisation de
#     la transaction, puis 13 mois après le débit (15 en débit différé) pour
#     les contestations, et le cryptogramme jamais (CNIL délib. 2018-303). La
#     limite vaut pour toute la vie des données, active et archivée.
#   reference: GDPR Art. 5(1)(e); CNIL délib. 2018-303
#   remediation: Delete or archive the category within its reference; archive card numbers no longer than 13 (15) months after the debit.
#   title_fr: Catégorie de données conservée au-delà de sa référence
#   remediation_fr: Supprimez ou archivez la catégorie dans sa durée de référence ; n'archivez pas les numéros de carte au-delà de 13 (15) mois après le débit.
#   examples:
#     avoid: |
#       data_categories:
#         - name: payment_card
#           source: data_subject
#           retention: {active: P5Y, trigger: collection}
#       security_measures: [access_control, encryption_at_rest]
#     prefer: |
#       data_categories:
#         - name: payment_card
#           source: data_subject
#           retention: {active: P13M, trigger: collection}
#       security_measures: [access_control, encryption_at_rest]
package ropa.rules.retention.category_beyond_reference

_table := data.ropadata.reference.retention[data.ropa.lib.register.jurisdiction].by_category

report contains finding if {
	some i, activity in input.activities
	some j, category in activity.data_categories
	reference := _table[category.name]
	days := data.ropa.lib.register.retention_days
	total := object.get(days, object.get(category.retention, "active", ""), 0) + object.get(days, object.get(category.retention, "archive", ""), 0)
	total > data.ropa.lib.duration.days(reference.total)
	not [i, j] in data.ropa.lib.register.anonymised_categories
	data.ropa.lib.register.controller_like(activity)
	finding := data.ropa.lib.result.finding(
		["activities", i, "data_categories", j, "retention"],
		"\"%s\" is kept about %d months in all (active and archive), beyond its reference of %s: %s.",
		"\"%s\" est conservé environ %d mois au total (actif et archive), au-delà de sa référence de %s : %s.",
		[data.ropa.lib.vocabulary.label("data_category", category.name), round(total / 30.4375), reference.total, {"en": reference.text, "fr": object.get(reference, "text_fr", reference.text)}],
	)
}
