# METADATA
# title: Purpose without a legal basis
# description: >-
#   Processing is lawful only on one of the six bases of Art. 6(1). Each
#   purpose of a controller or joint controller must name its basis; a
#   processor acts on its controllers' bases and records none.
# related_resources:
#   - description: GDPR Article 6 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_6
#   - description: CNIL, les bases légales
#     ref: https://www.cnil.fr/fr/les-bases-legales
# custom:
#   id: LB-001
#   covers:
#     - activity.purposes.legal_basis
#   severity: warning
#   severity_basis: >-
#     Art. 6(1) makes every processing rest on one of its six bases, but
#     Art. 30(1) does not list the basis among what the record holds (the
#     CNIL's own register model has no line for it): a register silent on it
#     may describe lawful processing. A warning, as for every document the
#     register need not hold.
#   severity_basis_fr: >-
#     L'art. 6(1) exige que tout traitement repose sur l'une de ses six bases,
#     mais l'art. 30(1) ne compte pas la base parmi ce que contient le
#     registre (le modèle de registre de la CNIL n'a pas de ligne pour elle) :
#     un registre qui la tait peut décrire un traitement licite. Un
#     avertissement, comme pour tout document que le registre n'a pas à
#     contenir.
#   description_fr: >-
#     Un traitement n'est licite que sur l'une des six bases de l'art. 6(1).
#     Chaque finalité d'un responsable ou d'un responsable conjoint indique sa
#     base ; un sous-traitant agit sur les bases de ses responsables et n'en
#     indique aucune.
#   reference: GDPR Art. 6(1)
#   remediation: Give the purpose a legal_basis (consent, contract, legal_obligation, vital_interests, public_task or legitimate_interests) with the detail that basis requires.
#   title_fr: Finalité sans base légale
#   remediation_fr: Donnez à la finalité une `legal_basis` (`consent`, `contract`, `legal_obligation`, `vital_interests`, `public_task` ou `legitimate_interests`) avec le détail qu'elle exige.
#   examples:
#     avoid: |
#       purposes:
#         - description: Établissement des bulletins de paie
#           type: payroll
#     prefer: |
#       purposes:
#         - description: Établissement des bulletins de paie
#           type: payroll
#           legal_basis: legal_obligation
#           legal_obligation: Code du travail, art. L3243-2
package ropa.rules.legal_basis.purpose_without_basis

report contains finding if {
	some i, activity in input.activities
	some j, purpose in activity.purposes
	not purpose.legal_basis
	data.ropa.lib.register.controller_like(activity)
	finding := data.ropa.lib.result.finding(
		["activities", i, "purposes", j, "legal_basis"],
		"Purpose \"%s\" of activity \"%s\" has no legal basis: name one of the six bases of GDPR Art. 6(1).",
		"La finalité \"%s\" de l'activité \"%s\" n'a pas de base légale : indiquez l'une des six bases de l'art. 6(1) du RGPD.",
		[data.ropa.lib.register.text(purpose, "description"), data.ropa.lib.register.label(activity)],
	)
}
