# METADATA
# title: Legal obligation without the text that imposes it
# description: >-
#   A legal obligation (Art. 6(1)(c)) must be laid down by Union or Member
#   State law (Art. 6(3)). The record names that text, e.g. "Code de commerce,
#   art. L123-22" or "décret 2021-1362"; "the obligation to comply with the
#   law" names none.
# related_resources:
#   - description: GDPR Article 6(3) (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_6
# custom:
#   id: LB-004
#   covers:
#     - purpose.legal_obligation
#   severity: error
#   severity_basis: >-
#     Art. 6(3) requires the obligation to be laid down by Union or Member
#     State law: the basis cannot be read as valid without the text.
#   severity_basis_fr: >-
#     L'art. 6(3) exige que l'obligation soit prévue par le droit de l'Union
#     ou d'un État membre : la base ne peut être lue comme valable sans le
#     texte.
#   description_fr: >-
#     Une obligation légale (art. 6(1)(c)) doit être prévue par le droit de
#     l'Union ou d'un État membre (art. 6(3)). Le registre cite ce texte, par
#     exemple « Code de commerce, art. L123-22 » ou « décret 2021-1362 » ; «
#     l'obligation de respecter la loi » n'en cite aucun.
#   reference: GDPR Art. 6(1)(c), 6(3)
#   remediation: Give legal_obligation the article of law that imposes the processing.
#   title_fr: Obligation légale sans le texte qui l'impose
#   remediation_fr: Indiquez dans `legal_obligation` l'article de loi qui impose le traitement.
#   examples:
#     avoid: |
#       purposes:
#         - description: Établissement des bulletins de paie
#           type: payroll
#           legal_basis: legal_obligation
#           legal_obligation: L'obligation de respecter la loi
#     prefer: |
#       purposes:
#         - description: Établissement des bulletins de paie
#           type: payroll
#           legal_basis: legal_obligation
#           legal_obligation: Code du travail, art. L3243-2
package ropa.rules.legal_basis.legal_obligation_text

report contains finding if {
	some i, activity in input.activities
	some j, purpose in activity.purposes
	purpose.legal_basis == "legal_obligation"
	not data.ropa.lib.register.cites_a_text(object.get(purpose, "legal_obligation", null))
	data.ropa.lib.register.controller_like(activity)
	finding := data.ropa.lib.result.finding(
		["activities", i, "purposes", j, "legal_obligation"],
		"Purpose \"%s\" relies on a legal obligation without naming the law that imposes it (GDPR Art. 6(3)).",
		"La finalité \"%s\" repose sur une obligation légale sans citer le texte qui l'impose (RGPD art. 6(3)).",
		[data.ropa.lib.register.text(purpose, "description")],
	)
}
