# METADATA
# title: Adequacy claimed for a country without an adequacy decision
# description: >-
#   Only the Commission's adequacy decisions in force
#   (rules/ropadata/reference/adequacy.yaml, each with its decision) allow
#   a transfer without further safeguard. Monaco, for one, has none: the
#   WP29 favourable opinion of 2012 was never followed by a decision.
# related_resources:
#   - description: European Commission, adequacy decisions
#     ref: https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/adequacy-decisions_en
# custom:
#   id: TRF-002
#   severity: error
#   severity_basis: >-
#     Art. 45 allows a transfer without safeguard only under an adequacy
#     decision in force: claiming one that does not exist leaves the
#     transfer without basis.
#   severity_basis_fr: >-
#     L'art. 45 ne permet un transfert sans garantie que sous une décision
#     d'adéquation en vigueur : en invoquer une qui n'existe pas laisse le
#     transfert sans fondement.
#   description_fr: >-
#     Seules les décisions d'adéquation de la Commission en vigueur
#     (rules/ropadata/reference/adequacy.yaml, chacune avec sa décision)
#     permettent un transfert sans autre garantie. Monaco, par exemple, n'en a
#     pas : l'avis favorable du G29 de 2012 n'a jamais été suivi d'une
#     décision. Pour un responsable monégasque, ce sont les États membres de
#     l'Union et la liste monégasque (art. 97).
#   reference: GDPR Art. 45
#   remediation: Use another Art. 46 safeguard (standard contractual clauses) for this country.
#   title_fr: Adéquation invoquée pour un pays sans décision d'adéquation
#   remediation_fr: Utilisez une autre garantie de l'art. 46 (clauses contractuelles types) pour ce pays.
#   examples:
#     avoid: |
#       recipients:
#         - {name: Support informatique, type: processor, country: IN, dpa: Contrat S-9}
#       transfers:
#         - {recipient: Support informatique, country: IN, safeguard: adequacy}
#     prefer: |
#       recipients:
#         - {name: Support informatique, type: processor, country: IN, dpa: Contrat S-9}
#       transfers:
#         - {recipient: Support informatique, country: IN, safeguard: scc}
package ropa.rules.transfer.adequacy_without_decision

report contains finding if {
	some i, activity in input.activities
	some j, transfer in activity.transfers
	transfer.safeguard == "adequacy"
	country := transfer.country
	not data.ropa.lib.law.adequate(country)
	not i in data.ropa.lib.register.anonymous_activities
	finding := data.ropa.lib.result.finding(
		["activities", i, "transfers", j, "safeguard"],
		"Transfer to %s claims adequacy, but that country (%s) is not recognised as adequate under %s (%s): use another safeguard.",
		"Le transfert vers %s invoque l'adéquation, mais ce pays (%s) n'est pas reconnu adéquat selon %s (%s) : utilisez une autre garantie.",
		[
			data.ropa.lib.register.text(transfer, "recipient"), data.ropa.lib.vocabulary.country(transfer.country), data.ropa.lib.law.name,
			data.ropa.lib.law.cite("TRF-002", {"en": "GDPR Art. 45", "fr": "RGPD art. 45"}),
		],
	)
}
