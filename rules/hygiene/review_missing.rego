# METADATA
# title: Activity without a review date
# description: >-
#   Without last_review nobody can tell whether the entry still describes
#   the processing. Recording the date of each review is how the register
#   shows it is kept up to date (Art. 5(2)).
# related_resources:
#   - description: ropa-lint register format
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_30
# custom:
#   id: HYG-003
#   severity: info
#   severity_basis: >-
#     A review date is good practice for showing accountability (Art. 5(2));
#     no text requires it.
#   severity_basis_fr: >-
#     Dater les revues est une bonne pratique pour démontrer la responsabilité
#     (art. 5(2)) ; aucun texte ne l'impose.
#   description_fr: >-
#     Sans date de revue (`last_review`), personne ne peut dire si la fiche
#     décrit encore le traitement. Dater chaque revue est la façon dont le
#     registre montre qu'il est tenu à jour (art. 5(2)).
#   reference: GDPR Art. 5(2), 30
#   remediation: Record last_review (YYYY-MM-DD) when the entry is reviewed.
#   title_fr: Activité sans date de revue
#   remediation_fr: Indiquez `last_review` (AAAA-MM-JJ) à chaque revue de la fiche.
#   examples:
#     without: [last_review]
#     avoid: |
#       # (pas de clé last_review)
#       name: Paie des salariés
#     prefer: |
#       last_review: 2026-09-15
package ropa.rules.hygiene.review_missing

report contains finding if {
	some i, activity in input.activities
	not data.ropa.lib.register.review_date(activity)
	finding := data.ropa.lib.result.finding(
		["activities", i, "last_review"],
		"Activity \"%s\" has no review date (`last_review`).",
		"L'activité \"%s\" n'a pas de date de revue (`last_review`).",
		[data.ropa.lib.register.label(activity)],
	)
}
