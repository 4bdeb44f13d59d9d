# METADATA
# title: Waiver naming an unknown rule
# description: >-
#   A waiver that names a rule id the pack does not have (a typo, or a
#   rule since renamed) silences nothing and misleads whoever reads the
#   register.
# related_resources:
#   - description: ropa-lint register format
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_30
# custom:
#   id: HYG-006
#   severity: error
#   severity_basis: >-
#     A waiver naming no rule hides nothing and cannot be read: the register
#     says something it does not do.
#   severity_basis_fr: >-
#     Une dérogation qui ne désigne aucune règle ne masque rien et ne peut
#     être lue : le registre dit quelque chose qu'il ne fait pas.
#   description_fr: >-
#     Une dérogation qui vise un identifiant de règle inconnu du jeu de règles
#     (une faute de frappe, ou une règle renommée depuis) ne lève rien et
#     trompe le lecteur du registre.
#   reference: ropa-lint register format (waivers)
#   remediation: Correct the rule id (ropa-lint rules lists them) or remove the waiver.
#   title_fr: Dérogation visant une règle inconnue
#   remediation_fr: Corrigez l'identifiant de règle (ropa-lint rules les liste) ou supprimez la dérogation.
#   examples:
#     at: register
#     avoid: |
#       waivers:
#         - rule: RGT-01
#           reason: Droits en cours de rédaction
#           expires: 2027-06-30
#     prefer: |
#       waivers:
#         - rule: RGT-001
#           reason: Droits en cours de rédaction
#           expires: 2027-06-30
package ropa.rules.hygiene.waiver_unknown_rule

report contains finding if {
	known := {r | some r in data.ropadata.context.rules}
	some k, waiver in input.waivers
	rule := waiver.rule
	not rule in known
	finding := data.ropa.lib.result.finding(
		["waivers", k, "rule"],
		"The waiver names rule %s, which does not exist: it silences nothing.",
		"La dérogation vise la règle %s, qui n'existe pas : elle ne masque rien.",
		[data.ropa.lib.register.text(waiver, "rule")],
	)
}
