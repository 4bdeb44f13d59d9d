# METADATA
# title: Expired waiver
# description: >-
#   A waiver silences a rule until it expires; after that date it silences
#   nothing, and the finding it covered is back. Renew it with a new
#   reason, or remove it.
# related_resources:
#   - description: ropa-lint register format
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_30
# custom:
#   id: HYG-004
#   severity: warning
#   severity_basis: >-
#     An expired waiver no longer hides its finding, which is then reported
#     in its own right; the stale waiver is a recommendation to tidy up.
#   severity_basis_fr: >-
#     Une dérogation expirée ne masque plus son constat, qui est alors signalé
#     pour lui-même ; la dérogation périmée est une invitation à faire le
#     ménage.
#   description_fr: >-
#     Une dérogation lève une règle jusqu'à son expiration ; après cette date,
#     elle ne lève plus rien et le constat qu'elle couvrait revient.
#     Renouvelez-la avec un nouveau motif, ou retirez-la.
#   reference: ropa-lint register format (waivers)
#   remediation: Fix the finding, or renew the waiver with a new reason and date.
#   title_fr: Dérogation expirée
#   remediation_fr: Corrigez le constat, ou renouvelez la dérogation avec un nouveau motif et une nouvelle `date`.
#   examples:
#     at: register
#     avoid: |
#       waivers:
#         - rule: RGT-001
#           activity: paie
#           reason: Droits en cours de rédaction
#           approved_by: DPO
#           expires: 2026-01-31
#     prefer: |
#       waivers:
#         - rule: RGT-001
#           activity: paie
#           reason: Droits en cours de rédaction
#           approved_by: DPO
#           expires: 2027-06-30
package ropa.rules.hygiene.waiver_expired

report contains finding if {
	some k, waiver in input.waivers
	data.ropa.lib.waivers.expired(waiver)
	finding := data.ropa.lib.result.finding(
		["waivers", k, "expires"],
		"The waiver of %s expired on %s and no longer silences it.",
		"La dérogation à %s a expiré le %s et ne masque plus le constat.",
		[data.ropa.lib.register.text(waiver, "rule"), data.ropa.lib.vocabulary.date(waiver.expires)],
	)
}
