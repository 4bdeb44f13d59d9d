# METADATA
# title: Consent without how it is collected, withdrawn and proven
# description: >-
#   Where processing rests on consent, the controller must be able to
#   demonstrate it (Art. 7(1)) and withdrawing must be as easy as giving it
#   (Art. 7(3)). The record says how consent is collected, how it is withdrawn
#   and where the proof is kept.
# related_resources:
#   - description: GDPR Article 7 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_7
#   - description: EDPB Guidelines 05/2020 on consent
#     ref: https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-052020-consent-under-regulation-2016679_en
# custom:
#   id: LB-003
#   covers:
#     - purpose.consent
#   severity: warning
#   severity_basis: >-
#     Art. 7(1) requires the controller to be able to demonstrate consent
#     and Art. 7(3) to make withdrawal as easy as giving it, but Art. 30 does
#     not make how consent is collected, withdrawn and proven part of the
#     record. A document the register need not hold is a warning (an error
#     until issue 31).
#   severity_basis_fr: >-
#     L'art. 7(1) exige de pouvoir démontrer le consentement et l'art. 7(3) un
#     retrait aussi simple que le don, mais l'art. 30 ne fait pas du recueil,
#     du retrait et de la preuve du consentement un élément du registre. Un
#     document que le registre n'a pas à contenir relève de l'avertissement.
#   description_fr: >-
#     Lorsque le traitement repose sur le consentement, le responsable doit
#     pouvoir le démontrer (art. 7(1)) et le retrait doit être aussi simple
#     que le don (art. 7(3)). Le registre dit comment le consentement est
#     recueilli, comment il est retiré et où la preuve est conservée.
#   reference: GDPR Art. 7(1), 7(3)
#   remediation: Under consent give collection (how it is asked), withdrawal (how it is withdrawn) and proof (where it is recorded).
#   title_fr: Consentement sans modalités de recueil, de retrait et de preuve
#   remediation_fr: Sous `consent`, indiquez `collection` (comment il est recueilli), `withdrawal` (comment il est retiré) et `proof` (où sa preuve est conservée).
#   examples:
#     avoid: |
#       purposes:
#         - description: Lettre d'information interne
#           type: other
#           legal_basis: consent
#       rights: [access, rectification, withdraw_consent]
#     prefer: |
#       purposes:
#         - description: Lettre d'information interne
#           type: other
#           legal_basis: consent
#           consent: {collection: Case à cocher, withdrawal: Lien de désinscription, proof: Journal horodaté}
#       rights: [access, rectification, withdraw_consent]
package ropa.rules.legal_basis.consent_detail

# In the order a DPO reads them: how consent is asked, withdrawn, proven.
_needed := [
	["collection", "how it is collected", "comment il est recueilli"],
	["withdrawal", "how it is withdrawn", "comment il est retiré"],
	["proof", "where it is proven", "où sa preuve est conservée"],
]

_given(purpose, field) if purpose.consent[field]

# One finding per purpose, naming everything missing there.
report contains finding if {
	some i, activity in input.activities
	some j, purpose in activity.purposes
	purpose.legal_basis == "consent"
	missing := [item | some item in _needed; not _given(purpose, item[0])]
	count(missing) > 0
	data.ropa.lib.register.controller_like(activity)
	finding := data.ropa.lib.result.finding(
		["activities", i, "purposes", j, "consent"],
		"Purpose \"%s\" relies on consent without saying %s (missing under `consent`: %s; GDPR Art. 7).",
		"La finalité \"%s\" repose sur le consentement sans préciser %s (à renseigner sous `consent` : %s ; RGPD art. 7).",
		[
			data.ropa.lib.register.text(purpose, "description"),
			data.ropa.lib.result.words([[m[1], m[2]] | some m in missing]),
			concat(", ", [sprintf("`%s`", [m[0]]) | some m in missing]),
		],
	)
}
