# METADATA
# title: Data category kept beyond its own reference
# description: >-
#   Some data have a limit of their own whatever the purpose: payment card
#   data are kept until the transaction completes, then 13 months after
#   the debit (15 for deferred debit) for disputes, and the card
#   verification code never (CNIL délib. 2018-303). The limit applies to
#   the whole life of the data, active and archived, counted from its
#   trigger: for a subscription, from the end of the contract (`trigger:
#   end_of_contract`), since the card is needed for each instalment. Card
#   data kept with the customer's consent for later purchases (a purpose
#   on consent) are not held to it.
# related_resources:
#   - description: CNIL, les durées de conservation des données
#     ref: https://www.cnil.fr/fr/les-durees-de-conservation-des-donnees
# custom:
#   id: RET-003
#   severity: warning
#   severity_basis: >-
#     Art. 5(1)(e) limits storage; the limit for the category is the CNIL's
#     recommendation (payment cards, délib. 2018-303, kept for the
#     transaction and its disputes), from which a controller may depart
#     with a reason: a warning.
#   severity_basis_fr: >-
#     L'art. 5(1)(e) limite la conservation ; la limite de la catégorie est
#     la recommandation de la CNIL (cartes de paiement, délib. 2018-303,
#     conservées pour la transaction et ses contestations), dont le
#     responsable peut s'écarter avec une raison : avertissement.
#   description_fr: >-
#     Certaines données ont une limite propre, quelle que soit la finalité :
#     les données de carte bancaire sont conservées jusqu'à la réalisation de
#     la transaction, puis 13 mois après le débit (15 en débit différé) pour
#     les contestations, et le cryptogramme jamais (CNIL délib. 2018-303). La
#     limite vaut pour toute la vie des données, active et archivée, à
#     compter de leur point de départ : pour un abonnement, la fin du contrat
#     (`trigger: end_of_contract`), la carte servant à chaque échéance. Les
#     données de carte conservées avec le consentement du client pour des
#     achats ultérieurs (une finalité fondée sur le consentement) n'y sont
#     pas tenues.
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
#     exceptions:
#       - case: "Card data kept with the customer's consent for later purchases."
#         case_fr: "Données de carte conservées avec le consentement du client pour des achats ultérieurs."
#         source: CNIL délib. n° 2018-303
#         snippet: |
#           purposes:
#             - description: Paiement en un clic des achats suivants
#               type: customer_management
#               legal_basis: consent
#               consent: {collection: Case « Mémoriser ma carte », withdrawal: Espace client, proof: Journal horodaté}
#           data_subjects: [customers]
#           data_categories:
#             - name: payment_card
#               source: data_subject
#               retention: {active: P3Y, trigger: collection}
#           security_measures: [access_control, authentication, encryption_at_rest]
#           rights: [access, rectification, withdraw_consent]
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
	not "consent" in data.ropa.lib.register.bases(activity)
	data.ropa.lib.register.controller_like(activity)
	finding := data.ropa.lib.result.finding(
		["activities", i, "data_categories", j, "retention"],
		"\"%s\" is kept about %d months in all (active and archive), beyond its reference of %s: %s.",
		"\"%s\" est conservé environ %d mois au total (actif et archive), au-delà de sa référence de %s : %s.",
		[data.ropa.lib.vocabulary.label("data_category", category.name), round(total / 30.4375), data.ropa.lib.duration.words(reference.total), {"en": reference.text, "fr": object.get(reference, "text_fr", reference.text)}],
	)
}
