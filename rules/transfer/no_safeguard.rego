# METADATA
# title: Transfer outside the EEA without adequacy or safeguard
# description: >-
#   A transfer to a third country is lawful only under an adequacy
#   decision (Art. 45), an appropriate safeguard (Art. 46: standard
#   contractual clauses, binding corporate rules, code of conduct,
#   certification, ad hoc clauses) or, for occasional transfers, a
#   derogation of Art. 49. A transfer whose safeguard is `none` is
#   reported, and one with no safeguard recorded unless its country has an
#   adequacy decision. A transfer inside the EEA (Norway, Iceland
#   and Liechtenstein included) is not a transfer and is never reported.
# related_resources:
#   - description: GDPR Chapter V, Articles 44-49 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#cpt_V
# custom:
#   id: TRF-001
#   covers:
#     - transfer.safeguard
#   severity: error
#   severity_basis: >-
#     Chapter V (Art. 44) allows a transfer only under adequacy, a safeguard
#     or a derogation: mandatory.
#   severity_basis_fr: >-
#     Le chapitre V (art. 44) n'admet un transfert que sous une adéquation,
#     une garantie ou une dérogation : obligatoire.
#   description_fr: >-
#     Un transfert vers un pays tiers n'est licite que sous une décision
#     d'adéquation (art. 45), une garantie appropriée (art. 46 : clauses
#     contractuelles types, règles d'entreprise contraignantes, code de
#     conduite, certification, clauses ad hoc) ou, pour des transferts
#     ponctuels, une dérogation de l'art. 49. Un transfert dont la garantie
#     est `none` est signalé, et celui dont aucune garantie n'est inscrite
#     sauf si son pays bénéficie d'une décision d'adéquation. Un envoi à
#     l'intérieur de l'EEE
#     (Norvège, Islande et Liechtenstein compris) n'est pas un transfert et
#     n'est jamais signalé. Pour un responsable monégasque, la loi n° 1.565
#     décide (art. 96 à 98).
#   reference: GDPR Art. 44, 45, 46, 49
#   remediation: Put the transfer under an adequacy decision, standard contractual clauses (Decision 2021/914) or another Art. 46 safeguard, or stop it.
#   title_fr: Transfert hors EEE sans adéquation ni garantie
#   remediation_fr: Encadrez le transfert par une décision d'adéquation, les clauses contractuelles types (décision 2021/914) ou une autre garantie de l'art. 46, ou cessez-le.
#   examples:
#     avoid: |
#       recipients:
#         - {name: Support informatique, type: processor, country: IN, dpa: Contrat S-9}
#       transfers:
#         - {recipient: Support informatique, country: IN, safeguard: none}
#     prefer: |
#       recipients:
#         - {name: Support informatique, type: processor, country: IN, dpa: Contrat S-9}
#       transfers:
#         - {recipient: Support informatique, country: IN, safeguard: scc}
package ropa.rules.transfer.no_safeguard

report contains finding if {
	some i, activity in input.activities
	some j, transfer in activity.transfers
	_unsafeguarded(transfer)
	country := transfer.country
	not data.ropa.lib.law.free_destination(country)
	not i in data.ropa.lib.register.anonymous_activities
	finding := data.ropa.lib.result.finding(
		["activities", i, "transfers", j, "safeguard"],
		"Transfer to %s (%s) leaves %s without adequacy or safeguard (%s).",
		"Le transfert vers %s (%s) quitte %s sans décision d'adéquation ni garantie (%s).",
		[
			data.ropa.lib.register.text(transfer, "recipient"), data.ropa.lib.vocabulary.country(transfer.country), data.ropa.lib.law.area,
			data.ropa.lib.law.cite("TRF-001", {"en": "GDPR Art. 44-46", "fr": "RGPD art. 44 à 46"}),
		],
	)
}

_unsafeguarded(transfer) if transfer.safeguard == "none"

# Nothing recorded: a country with an adequacy decision for every recipient
# needs no more; a partial one (the United States: certified recipients
# only) does.
_unsafeguarded(transfer) if {
	object.get(transfer, "safeguard", null) == null
	not _wholly_adequate(transfer.country)
}

_wholly_adequate(country) if {
	data.ropa.lib.law.adequate(country)
	not data.ropadata.reference.adequacy[country].scope
}
