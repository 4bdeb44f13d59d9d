# METADATA
# title: Recipient outside the EEA with no transfer recorded
# description: >-
#   A recipient located in a third country receives a transfer, which the
#   record must list with its safeguard (Art. 30(1)(e)). A recipient in
#   the organisation's own country (for an organisation established
#   outside the EEA) or inside the EEA is not a transfer. The same holds for
#   a recipient's own sub-processors (recipients[].subprocessors): data
#   reaching one abroad through a processor are transferred all the same.
# related_resources:
#   - description: GDPR Chapter V, Articles 44-49 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#cpt_V
# custom:
#   id: TRF-005
#   severity: error
#   severity_basis: >-
#     Art. 30(1)(e) requires transfers to be recorded, and a recipient
#     abroad outside the EEA receives by transfer: the record is missing an
#     element.
#   severity_basis_fr: >-
#     L'art. 30(1)(e) exige d'inscrire les transferts, et un destinataire hors
#     de l'EEE reçoit par transfert : il manque un élément à la fiche.
#   description_fr: >-
#     Un destinataire situé dans un pays tiers reçoit un transfert, que le
#     registre doit lister avec sa garantie (art. 30(1)(e)). Un destinataire
#     dans le pays de l'organisme (pour un organisme établi hors de l'EEE) ou
#     dans l'EEE ne reçoit pas de transfert. Il en va de même des
#     sous-traitants ultérieurs d'un destinataire
#     (`recipients[].subprocessors`) : des données qui en atteignent un à
#     l'étranger par un sous-traitant sont transférées tout de même.
#   reference: GDPR Art. 30(1)(d), 30(1)(e), 44
#   remediation: Add a transfers entry for this recipient's country with its safeguard.
#   title_fr: Destinataire hors EEE sans transfert renseigné
#   remediation_fr: Ajoutez sous `transfers` une entrée pour le pays de ce destinataire, avec sa garantie.
#   examples:
#     avoid: |
#       recipients:
#         - {name: Support informatique, type: processor, country: IN, dpa: Contrat S-9}
#     prefer: |
#       recipients:
#         - {name: Support informatique, type: processor, country: IN, dpa: Contrat S-9}
#       transfers:
#         - {recipient: Support informatique, country: IN, safeguard: scc}
package ropa.rules.transfer.recipient_abroad_unrecorded

report contains finding if {
	some i, activity in input.activities
	some j, recipient in activity.recipients
	country := recipient.country
	not data.ropa.lib.register.in_eea(country)
	country != input.organization.country
	not _recorded(activity, country)
	not i in data.ropa.lib.register.anonymous_activities
	finding := data.ropa.lib.result.finding(
		["activities", i, "recipients", j, "country"],
		"Recipient %s is established outside the EEA (%s), but no transfer to that country is recorded (GDPR Art. 30(1)(e)).",
		"Le destinataire %s est établi hors EEE (%s), mais aucun transfert vers ce pays n'est renseigné (RGPD art. 30(1)(e)).",
		[data.ropa.lib.register.text(recipient, "name"), data.ropa.lib.vocabulary.country(country)],
	)
}

report contains finding if {
	some i, activity in input.activities
	some j, recipient in activity.recipients
	some k, sub in recipient.subprocessors
	country := sub.country
	not data.ropa.lib.register.in_eea(country)
	country != input.organization.country
	not _recorded(activity, country)
	not i in data.ropa.lib.register.anonymous_activities
	finding := data.ropa.lib.result.finding(
		["activities", i, "recipients", j, "subprocessors", k, "country"],
		"%s, sub-processor of %s, is established outside the EEA (%s), but no transfer to that country is recorded (GDPR Art. 28(4), 30(1)(e), 44).",
		"%s, sous-traitant ultérieur de %s, est établi hors EEE (%s), mais aucun transfert vers ce pays n'est renseigné (RGPD art. 28(4), 30(1)(e), 44).",
		[data.ropa.lib.register.text(sub, "name"), data.ropa.lib.register.text(recipient, "name"), data.ropa.lib.vocabulary.country(country)],
	)
}

_recorded(activity, country) if {
	some transfer in activity.transfers
	transfer.country == country
}
