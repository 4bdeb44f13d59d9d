# METADATA
# title: Derogation used for a regular transfer
# description: >-
#   The derogations of Art. 49(1) are exceptions, to be read
#   restrictively: transfers necessary for a contract or for legal claims
#   must be occasional (EDPB Guidelines 2/2018). A transfer recorded in
#   the register as part of an ongoing activity is presumed regular unless
#   marked `occasional: true`; a regular transfer needs an Art. 46
#   safeguard.
# related_resources:
#   - description: GDPR Chapter V, Articles 44-49 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#cpt_V
#   - description: EDPB Guidelines 2/2018 on derogations of Article 49
#     ref: https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-22018-derogations-article-49-under-regulation_en
# custom:
#   id: TRF-004
#   severity: warning
#   severity_basis: >-
#     Art. 49(1) derogations are for occasional transfers (EDPB Guidelines
#     2/2018): a recommendation where the register does not mark the
#     transfer occasional.
#   severity_basis_fr: >-
#     Les dérogations de l'art. 49(1) sont réservées aux transferts ponctuels
#     (lignes directrices 2/2018 du CEPD) : une recommandation, lorsque le
#     registre ne marque pas le transfert comme ponctuel.
#   description_fr: >-
#     Les dérogations de l'art. 49(1) sont des exceptions d'interprétation
#     stricte : les transferts nécessaires à un contrat ou à des droits en
#     justice doivent être ponctuels (lignes directrices 2/2018 du CEPD). Un
#     transfert inscrit au registre pour une activité continue est présumé
#     régulier, sauf s'il est marqué `occasional: true` ; un transfert
#     régulier exige une garantie de l'art. 46.
#   reference: GDPR Art. 49(1); EDPB Guidelines 2/2018
#   remediation: 'Use an Art. 46 safeguard (standard contractual clauses) for a regular transfer, or mark the transfer occasional: true if it really is.'
#   title_fr: Dérogation utilisée pour un transfert régulier
#   remediation_fr: 'Utilisez une garantie de l''art. 46 (clauses contractuelles types) pour un transfert régulier, ou indiquez `occasional`: true s''il est réellement ponctuel.'
#   examples:
#     avoid: |
#       recipients:
#         - {name: Support informatique, type: processor, country: IN, dpa: Contrat S-9}
#       transfers:
#         - {recipient: Support informatique, country: IN, safeguard: derogation, derogation: contract_performance}
#     prefer: |
#       recipients:
#         - {name: Support informatique, type: processor, country: IN, dpa: Contrat S-9}
#       transfers:
#         - {recipient: Support informatique, country: IN, safeguard: derogation, derogation: contract_performance, occasional: true}
package ropa.rules.transfer.derogation_regular

_occasional_only := {"contract_performance", "contract_in_interest", "legal_claims", "compelling_legitimate_interests"}

report contains finding if {
	some i, activity in input.activities
	some j, transfer in activity.transfers
	transfer.safeguard == "derogation"
	transfer.derogation in _occasional_only
	not transfer.occasional == true
	not i in data.ropa.lib.register.anonymous_activities
	finding := data.ropa.lib.result.finding(
		["activities", i, "transfers", j, "derogation"],
		"Transfer to %s rests on the derogation %s, which covers occasional transfers only; a regular transfer needs an Art. 46 safeguard (GDPR Art. 49(1)).",
		"Le transfert vers %s repose sur la dérogation %s, réservée aux transferts ponctuels ; un transfert régulier exige une garantie de l'art. 46 (RGPD art. 49(1)).",
		[data.ropa.lib.register.text(transfer, "recipient"), data.ropa.lib.vocabulary.label("derogation", transfer.derogation)],
	)
}
