# METADATA
# title: Activity not reviewed for more than 12 months
# description: >-
#   The register must reflect processing as it is (Art. 5(2), 24(1)):
#   entries are reviewed at least yearly. An entry whose last_review is
#   more than 12 months old may describe processing that has changed.
# related_resources:
#   - description: ropa-lint register format
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_30
# custom:
#   id: HYG-002
#   severity: warning
#   severity_basis: >-
#     Art. 24(1) asks that measures be reviewed and updated where necessary;
#     a 12-month review is the CNIL's and the EDPB's recommended practice,
#     not a legal term.
#   severity_basis_fr: >-
#     L'art. 24(1) demande de réexaminer et d'actualiser les mesures si
#     nécessaire ; une revue annuelle est la pratique recommandée par la CNIL
#     et le CEPD, non un délai légal.
#   description_fr: >-
#     Le registre doit refléter les traitements tels qu'ils sont (art. 5(2),
#     24(1)) : les fiches sont revues au moins une fois par an. Une fiche dont
#     la dernière revue (`last_review`) date de plus de 12 mois peut décrire
#     un traitement qui a changé.
#   reference: GDPR Art. 5(2), 24(1), 30
#   remediation: Review the entry with its owner and update last_review.
#   title_fr: Activité non revue depuis plus de 12 mois
#   remediation_fr: Revoyez la fiche avec son responsable et mettez à jour `last_review`.
#   examples:
#     avoid: |
#       last_review: 2025-06-01
#     prefer: |
#       last_review: 2026-09-15
package ropa.rules.hygiene.review_overdue

report contains finding if {
	some i, activity in input.activities
	_overdue(activity.last_review)
	finding := data.ropa.lib.result.finding(
		["activities", i, "last_review"],
		"Activity \"%s\" was last reviewed on %s, more than 12 months ago.",
		"L'activité \"%s\" a été revue pour la dernière fois le %s, il y a plus de 12 mois.",
		[data.ropa.lib.register.label(activity), data.ropa.lib.vocabulary.date(activity.last_review)],
	)
}

# The register's own review date, which the activities without theirs take:
# said once, where it is written.
report contains finding if {
	_overdue(input.organization.last_review)
	some activity in input.activities
	not activity.last_review
	finding := data.ropa.lib.result.finding(
		["organization", "last_review"],
		"The register was last reviewed on %s, more than 12 months ago: it is the review date of the activities that have none of their own.",
		"Le registre a été revu pour la dernière fois le %s, il y a plus de 12 mois : c'est la date de revue des activités qui n'en ont pas.",
		[data.ropa.lib.vocabulary.date(input.organization.last_review)],
	)
}

_overdue(date) if time.add_date(data.ropa.lib.register.date_ns(date), 1, 0, 0) < data.ropa.lib.register.today_ns
