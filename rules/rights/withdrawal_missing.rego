# METADATA
# title: Withdrawal of consent not offered
# description: >-
#   Consent can be withdrawn at any time, as easily as it was given, and
#   people are told so before they consent (Art. 7(3), 13(2)(c)).
# related_resources:
#   - description: GDPR Article 7 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_7
# custom:
#   id: RGT-003
#   severity: error
#   severity_basis: >-
#     Art. 7(3) gives the right to withdraw consent at any time: a register
#     that lists the rights offered without it records a breach.
#   severity_basis_fr: >-
#     L'art. 7(3) donne le droit de retirer son consentement à tout moment :
#     un registre qui liste les droits offerts sans celui-ci consigne un
#     manquement.
#   description_fr: >-
#     Le consentement peut être retiré à tout moment, aussi simplement qu'il a
#     été donné, et les personnes en sont informées avant de consentir (art.
#     7(3), 13(2)(c)).
#   reference: GDPR Art. 7(3), 13(2)(c)
#   remediation: Add withdraw_consent to the activity's rights, and say how consent is withdrawn (consent.withdrawal).
#   title_fr: Retrait du consentement non prévu
#   remediation_fr: Ajoutez `withdraw_consent` aux droits de l'activité, et indiquez comment retirer son consentement (`consent.withdrawal`).
#   examples:
#     avoid: |
#       purposes:
#         - description: Lettre d'information interne
#           type: other
#           legal_basis: consent
#           consent: {collection: Case à cocher, withdrawal: Lien de désinscription, proof: Journal horodaté}
#       rights: [access, rectification]
#     prefer: |
#       purposes:
#         - description: Lettre d'information interne
#           type: other
#           legal_basis: consent
#           consent: {collection: Case à cocher, withdrawal: Lien de désinscription, proof: Journal horodaté}
#       rights: [access, rectification, withdraw_consent]
package ropa.rules.rights.withdrawal_missing

report contains finding if {
	some i, activity in input.activities
	data.ropa.lib.register.controller_like(activity)
	"consent" in data.ropa.lib.register.bases(activity)
	count(data.ropa.lib.register.rights(activity)) > 0
	not "withdraw_consent" in data.ropa.lib.register.rights(activity)
	finding := data.ropa.lib.result.finding(
		["activities", i, "rights"],
		"Activity \"%s\" relies on consent but does not offer its withdrawal (withdraw_consent; GDPR Art. 7(3)).",
		"L'activité \"%s\" repose sur le consentement mais ne prévoit pas son retrait (droit de retrait du consentement ; RGPD art. 7(3)).",
		[data.ropa.lib.register.label(activity)],
	)
}
