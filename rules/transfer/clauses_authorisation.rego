# METADATA
# title: Standard contractual clauses that need the authority's authorisation
# description: >-
#   Under Monaco's Law No. 1.565, a transfer to a country that is not
#   adequate in Monaco's eyes (art. 97) rests on appropriate safeguards
#   (art. 98) or, failing them, on the APDP's prior authorisation
#   (art. 100). The APDP holds that the European Commission's standard
#   contractual clauses are not the clauses of art. 98 but specific clauses
#   under art. 100 (délibération n° 2025-002 of 22 January 2025): the
#   transfer needs its authorisation. A register that records `scc` says it
#   uses the Commission's clauses (the format's label): without the
#   authorisation recorded, the transfer is reported. Clauses the APDP has
#   approved, said so in `documentation`, are not.
# related_resources:
#   - description: APDP, « L'autorisation préalable de l'APDP »
#     ref: https://apdp.mc/faq/lautorisation-prealable-de-lapdp/
#   - description: APDP délibération n° 2025-002 (commentary, 99 Avocats)
#     ref: https://99avocats.com/publications/transferts-internationaux-de-donnees-personnelles-clauses-contractuelles-type-ctt-de-lue-et-conformite-a-la-loi-1-565-deliberation-apdp-monaco
# custom:
#   id: TRF-006
#   severity: error
#   severity_basis: >-
#     Law No. 1.565 art. 100, as the APDP reads it (délib. n° 2025-002),
#     makes the authorisation mandatory for the Commission's clauses, which
#     `scc` names; clauses the APDP approved are an exception the register
#     states in `documentation`. (A warning until issue 31.)
#   severity_basis_fr: >-
#     L'art. 100 de la loi n° 1.565, tel que l'APDP le lit (délib. n°
#     2025-002), rend l'autorisation obligatoire pour les clauses de la
#     Commission, que `scc` désigne ; des clauses approuvées par l'APDP sont
#     une exception que le registre indique dans `documentation`.
#   description_fr: >-
#     Selon la loi monégasque n° 1.565, un transfert vers un pays qui n'est
#     pas adéquat aux yeux de Monaco (art. 97) repose sur des garanties
#     appropriées (art. 98) ou, à défaut, sur l'autorisation préalable de
#     l'APDP (art. 100). L'APDP considère que les clauses contractuelles types
#     de la Commission européenne ne sont pas les clauses de l'art. 98 mais
#     des clauses spécifiques relevant de l'art. 100 (délibération n° 2025-002
#     du 22 janvier 2025) : le transfert requiert son autorisation. Un
#     registre qui indique `scc` dit utiliser les clauses de la Commission
#     (c'est le libellé du format) : sans autorisation indiquée, le transfert
#     est signalé. Des clauses approuvées par l'APDP, dites comme telles dans
#     `documentation`, ne le sont pas.
#   reference: Monaco Law No. 1.565, Art. 98 and 100
#   remediation: Record the APDP's authorisation of the transfer (`transfers`[].authorisation), or state in `documentation` that the clauses are ones the APDP has approved.
#   title_fr: Clauses contractuelles types soumises à l'autorisation de l'autorité
#   remediation_fr: Indiquez l'autorisation de l'APDP pour ce transfert (`transfers`[].authorisation), ou précisez dans `documentation` que les clauses sont approuvées par l'APDP.
#   examples:
#     also: [JUR-001]
#     jurisdiction: MC
#     avoid: |
#       recipients:
#         - {name: Éditeur du logiciel de paie, type: processor, country: US, dpa: Contrat E-4}
#       transfers:
#         - {recipient: Éditeur du logiciel de paie, country: US, safeguard: scc}
#     prefer: |
#       recipients:
#         - {name: Éditeur du logiciel de paie, type: processor, country: US, dpa: Contrat E-4}
#       transfers:
#         - {recipient: Éditeur du logiciel de paie, country: US, safeguard: scc, authorisation: APDP délib. n° 2026-031}
#     exceptions:
#       - case: "Clauses the APDP has approved, said so in the transfer's documentation."
#         case_fr: "Clauses approuvées par l'APDP, indiquées comme telles dans la documentation du transfert."
#         source: Monaco Law No. 1.565, Art. 98; APDP délib. n° 2025-002
#         jurisdiction: MC
#         snippet: |
#           recipients:
#             - {name: Éditeur du logiciel de paie, type: processor, country: US, dpa: Contrat E-4}
#           transfers:
#             - {recipient: Éditeur du logiciel de paie, country: US, safeguard: scc, documentation: Clauses approuvées par l'APDP (délib. n° 2026-012)}
package ropa.rules.transfer.clauses_authorisation

report contains finding if {
	data.ropa.lib.law.national.scc_need_authorisation == true
	some i, activity in input.activities
	some j, transfer in activity.transfers
	transfer.safeguard == "scc"
	not data.ropa.lib.law.free_destination(transfer.country)
	not is_string(object.get(transfer, "authorisation", null))
	not _approved_by_the_authority(transfer)
	not i in data.ropa.lib.register.anonymous_activities
	finding := data.ropa.lib.result.finding(
		["activities", i, "transfers", j, "safeguard"],
		"Transfer to %s (%s) rests on standard contractual clauses: under %s the Commission's clauses need the authority's prior authorisation (%s), and none is recorded.",
		"Le transfert vers %s (%s) repose sur des clauses contractuelles types : selon %s, celles de la Commission européenne exigent l'autorisation préalable de l'autorité (%s), et aucune n'est indiquée.",
		[
			data.ropa.lib.register.text(transfer, "recipient"), data.ropa.lib.vocabulary.country(transfer.country), data.ropa.lib.law.name,
			data.ropa.lib.law.cite("TRF-006", {"en": "Law No. 1.565, Art. 98 and 100", "fr": "loi n° 1.565, art. 98 et 100"}),
		],
	)
}

_approved_by_the_authority(transfer) if contains(lower(transfer.documentation), "apdp")
