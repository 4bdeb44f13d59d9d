# METADATA
# title: Waiver without a reason
# description: >-
#   A waiver is a documented decision to accept a finding for a time
#   (accountability, Art. 5(2)); without a reason it silences nothing.
# related_resources:
#   - description: ropa-lint register format
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_30
# custom:
#   id: HYG-005
#   severity: error
#   severity_basis: >-
#     A waiver without a reason cannot show why a finding is accepted (Art.
#     5(2)); it hides nothing, so the register cannot be read as compliant
#     with it.
#   severity_basis_fr: >-
#     Une dérogation sans motif ne peut montrer pourquoi un constat est
#     accepté (art. 5(2)) ; elle ne masque rien, et le registre ne peut être
#     lu comme conforme avec elle.
#   description_fr: >-
#     Une dérogation est une décision documentée d'accepter un constat pour un
#     temps (responsabilité, art. 5(2)) ; sans motif, elle ne lève rien.
#   reference: ropa-lint register format (waivers); GDPR Art. 5(2)
#   remediation: Give the waiver a reason (and approved_by).
#   title_fr: Dérogation sans motif
#   remediation_fr: Donnez un motif à la dérogation (et `approved_by`).
#   examples:
#     at: register
#     avoid: |
#       waivers:
#         - rule: RGT-001
#           activity: paie
#           reason: " "
#           expires: 2027-06-30
#     prefer: |
#       waivers:
#         - rule: RGT-001
#           activity: paie
#           reason: Droits en cours de rédaction
#           approved_by: DPO
#           expires: 2027-06-30
package ropa.rules.hygiene.waiver_without_reason

report contains finding if {
	some k, waiver in input.waivers
	not data.ropa.lib.waivers.explained(waiver)
	finding := data.ropa.lib.result.finding(
		["waivers", k, "reason"],
		"The waiver of %s has no reason, so it silences nothing.",
		"La dérogation à %s n'a pas de motif : elle ne masque rien.",
		[data.ropa.lib.register.text(waiver, "rule")],
	)
}
