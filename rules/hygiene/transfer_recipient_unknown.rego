# METADATA
# title: Transfer to a recipient not listed among the recipients
# description: >-
#   Every transfer goes to someone who receives the data, so its recipient
#   should appear among the activity's recipients (Art. 30(1)(d) and (e)
#   describe the same flows). A mismatch usually means one of the two
#   lists is out of date.
# related_resources:
#   - description: ropa-lint register format
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_30
# custom:
#   id: HYG-007
#   severity: warning
#   severity_basis: >-
#     Art. 30(1)(d) and (e) record recipients and transfers; a transfer to
#     an unlisted recipient is an inconsistency to check, not a missing
#     element.
#   severity_basis_fr: >-
#     L'art. 30(1)(d) et (e) inscrivent destinataires et transferts ; un
#     transfert vers un destinataire non listé est une incohérence à vérifier,
#     non un élément manquant.
#   description_fr: >-
#     Tout transfert va à quelqu'un qui reçoit les données : son destinataire
#     devrait figurer parmi les destinataires de l'activité (l'art. 30(1)(d)
#     et (e) décrivent les mêmes flux). Un écart signifie en général que l'une
#     des deux listes n'est pas à jour.
#   reference: GDPR Art. 30(1)(d), 30(1)(e)
#   remediation: Add the transfer's recipient to recipients (with its type and country), or correct the name.
#   title_fr: Transfert vers un destinataire absent des destinataires
#   remediation_fr: Ajoutez le destinataire du transfert à `recipients` (avec son type et son pays), ou corrigez le nom.
#   examples:
#     avoid: |
#       transfers:
#         - {recipient: Prestataire de paie, country: CH, safeguard: adequacy}
#     prefer: |
#       recipients:
#         - {name: Prestataire de paie, type: processor, country: CH, dpa: Contrat P-12}
#       transfers:
#         - {recipient: Prestataire de paie, country: CH, safeguard: adequacy}
package ropa.rules.hygiene.transfer_recipient_unknown

report contains finding if {
	some i, activity in input.activities
	names := {lower(trim_space(r.name)) | some r in activity.recipients}
	some j, transfer in activity.transfers
	recipient := transfer.recipient
	not lower(trim_space(recipient)) in names
	finding := data.ropa.lib.result.finding(
		["activities", i, "transfers", j, "recipient"],
		"Transfer recipient %s is not among the recipients of activity \"%s\".",
		"Le destinataire du transfert %s ne figure pas parmi les destinataires de l'activité \"%s\".",
		[transfer.recipient, data.ropa.lib.register.label(activity)],
	)
}
