# METADATA
# title: Processor recipient without a contract reference
# description: >-
#   Processing by a processor is governed by a contract or other legal act
#   with the content Art. 28(3) lists. A recipient of type processor
#   without `dpa` gives no evidence that such a contract exists.
# related_resources:
#   - description: GDPR Article 28 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_28
#   - description: CNIL, guide du sous-traitant
#     ref: https://www.cnil.fr/fr/reglement-europeen-protection-donnees/chapitre4#Article28
# custom:
#   id: PROC-001
#   severity: warning
#   severity_basis: >-
#     Art. 28(3) requires processing by a processor to be governed by a
#     contract, but Art. 30 does not make the contract's reference part of
#     the record: it may exist where the register is silent. A document the
#     register need not hold is a warning (an error until issue 31).
#   severity_basis_fr: >-
#     L'art. 28(3) exige que le traitement par un sous-traitant soit régi par
#     un contrat, mais l'art. 30 ne fait pas de sa référence un élément du
#     registre : il peut exister là où le registre se tait. Un document que le
#     registre n'a pas à contenir relève de l'avertissement.
#   description_fr: >-
#     Le traitement par un sous-traitant est régi par un contrat ou un autre
#     acte juridique au contenu listé par l'art. 28(3). Un destinataire
#     sous-traitant sans `dpa` ne montre pas qu'un tel contrat existe.
#   reference: GDPR Art. 28(3)
#   remediation: 'Give the recipient''s dpa: the reference of the Art. 28 contract or clauses.'
#   title_fr: Sous-traitant destinataire sans référence de contrat
#   remediation_fr: 'Indiquez le `dpa` du destinataire : la référence du contrat ou des clauses de l''art. 28.'
#   examples:
#     avoid: |
#       recipients:
#         - {name: Prestataire de paie, type: processor, country: FR}
#     prefer: |
#       recipients:
#         - {name: Prestataire de paie, type: processor, country: FR, dpa: Contrat P-12}
package ropa.rules.processor.contract_missing

report contains finding if {
	some i, activity in input.activities
	some j, recipient in activity.recipients
	recipient.type == "processor"
	not _documented(recipient)
	finding := data.ropa.lib.result.finding(
		["activities", i, "recipients", j, "dpa"],
		"Processor %s has no contract reference (dpa): an Art. 28 contract must bind it (GDPR Art. 28(3)).",
		"Le sous-traitant %s n'a pas de référence de contrat (dpa) : un contrat de l'art. 28 doit le lier (RGPD art. 28(3)).",
		[data.ropa.lib.register.text(recipient, "name")],
	)
}

_documented(recipient) if trim_space(recipient.dpa) != ""
