# METADATA
# title: Payment card data without encryption
# description: >-
#   Card numbers are a prime target for fraud; the CNIL recommendation on
#   payment cards (délib. 2018-303) requires them to be protected by
#   encryption (or tokenisation) and never stored with the verification
#   code.
# related_resources:
#   - description: GDPR Article 32 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_32
#   - description: CNIL, guide de la sécurité des données personnelles
#     ref: https://www.cnil.fr/fr/securite-des-donnees
# custom:
#   id: SEC-002
#   severity: warning
#   severity_basis: >-
#     Art. 32 leaves measures to the risk; the CNIL recommends encrypting or
#     tokenising card numbers (délib. 2018-303): a warning, raised to an
#     error where the register records neither access control nor any such
#     measure, large scale or a transfer.
#   severity_basis_fr: >-
#     L'art. 32 laisse les mesures à l'appréciation du risque ; la CNIL
#     recommande de chiffrer ou de tokeniser les numéros de carte (délib.
#     2018-303) : un avertissement, porté à l'erreur si le registre
#     n'enregistre ni contrôle d'accès, ni une telle mesure, ou fait état
#     d'une grande échelle ou d'un transfert.
#   description_fr: >-
#     Les numéros de carte sont une cible de choix pour la fraude ; la
#     recommandation de la CNIL sur les cartes de paiement (délib. 2018-303)
#     demande de les protéger par chiffrement (ou tokenisation) et de ne
#     jamais les conserver avec le cryptogramme.
#   reference: GDPR Art. 32(1); CNIL délib. 2018-303
#   remediation: Add encryption_at_rest (or pseudonymisation by tokenisation) for the card data, and keep no card verification code.
#   title_fr: Données de carte bancaire sans chiffrement
#   remediation_fr: Ajoutez `encryption_at_rest` (ou une pseudonymisation par tokenisation) pour les données de carte, et ne conservez pas le cryptogramme.
#   examples:
#     avoid: |
#       data_categories:
#         - name: payment_card
#           source: data_subject
#           retention: {active: P13M, trigger: collection}
#       security_measures: [access_control]
#     prefer: |
#       data_categories:
#         - name: payment_card
#           source: data_subject
#           retention: {active: P13M, trigger: collection}
#       security_measures: [access_control, encryption_at_rest]
package ropa.rules.security.payment_card_unencrypted

_grade(activity) := "error" if not "access_control" in data.ropa.lib.register.measures(activity)

_grade(activity) := "error" if {
	"access_control" in data.ropa.lib.register.measures(activity)
	data.ropa.lib.register.aggravated(activity)
}

_grade(activity) := "warning" if {
	"access_control" in data.ropa.lib.register.measures(activity)
	not data.ropa.lib.register.aggravated(activity)
}

report contains finding if {
	some i, activity in input.activities
	"payment_card" in data.ropa.lib.register.category_names(activity)
	count(data.ropa.lib.register.measures(activity) & {"encryption_at_rest", "pseudonymisation"}) == 0
	finding := data.ropa.lib.result.graded(
		["activities", i, "security_measures"],
		_grade(activity),
		"Activity \"%s\" keeps payment card data without encryption at rest or tokenisation (GDPR Art. 32; CNIL délib. 2018-303).",
		"L'activité \"%s\" conserve des données de carte bancaire sans chiffrement ni tokenisation (RGPD art. 32 ; CNIL délib. 2018-303).",
		[data.ropa.lib.register.label(activity)],
	)
}
