# METADATA
# title: Standard contractual clauses that need the authority's authorisation
# description: >-
#   Under Monaco's Law No. 1.565, a transfer to a country that is not
#   adequate in Monaco's eyes (art. 97) rests on appropriate safeguards
#   (art. 98) or, failing them, on the APDP's prior authorisation
#   (art. 100). The APDP holds that the European Commission's standard
#   contractual clauses are not the clauses of art. 98 but specific clauses
#   under art. 100 (délibération n° 2025-002 of 22 January 2025): the
#   transfer needs its authorisation. Which clauses are used is not in the
#   register, hence a warning: record the authorisation, or say that the
#   clauses are ones the APDP has approved.
# related_resources:
#   - description: APDP, « L'autorisation préalable de l'APDP »
#     ref: https://apdp.mc/faq/lautorisation-prealable-de-lapdp/
#   - description: APDP délibération n° 2025-002 (commentary, 99 Avocats)
#     ref: https://99avocats.com/publications/transferts-internationaux-de-donnees-personnelles-clauses-contractuelles-type-ctt-de-lue-et-conformite-a-la-loi-1-565-deliberation-apdp-monaco
# custom:
#   id: TRF-006
#   severity: warning
#   severity_basis: Mandatory for the Commission's clauses, not for clauses the APDP approved; the register does not say which, so it depends on what it does not record.
#   severity_basis_fr: >-
#     Obligatoire pour les clauses de la Commission, non pour des clauses
#     approuvées par l'APDP ; le registre ne dit pas lesquelles : cela dépend
#     de ce qu'il n'enregistre pas.
#   description_fr: >-
#     Selon la loi monégasque n° 1.565, un transfert vers un pays qui n'est
#     pas adéquat aux yeux de Monaco (art. 97) repose sur des garanties
#     appropriées (art. 98) ou, à défaut, sur l'autorisation préalable de
#     l'APDP (art. 100). L'APDP considère que les clauses contractuelles types
#     de la Commission européenne ne sont pas les clauses de l'art. 98 mais
#     des clauses spécifiques relevant de l'art. 100 (délibération n° 2025-002
#     du 22 janvier 2025) : le transfert requiert son autorisation. Le
#     registre ne dit pas quelles clauses sont utilisées : d'où un
#     avertissement ; indiquez l'autorisation, ou précisez que les clauses
#     sont approuvées par l'APDP.
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
package ropa.rules.transfer.clauses_authorisation

report contains finding if {
	data.ropa.lib.law.national.scc_need_authorisation == true
	some i, activity in input.activities
	some j, transfer in activity.transfers
	transfer.safeguard == "scc"
	not data.ropa.lib.law.free_destination(transfer.country)
	not is_string(object.get(transfer, "authorisation", null))
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
