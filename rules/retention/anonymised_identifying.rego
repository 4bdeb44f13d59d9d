# METADATA
# title: Category said to be anonymised that identifies people by itself
# description: >-
#   Anonymous information is outside the GDPR only when nobody can be
#   identified from it by any means reasonably likely to be used (recital 26);
#   a name, an identification number, location data or an online identifier
#   identify a person (Art. 4(1)), and so do contact details. A category of
#   that kind marked `anonymised: true` is at best pseudonymised, which is
#   still personal data (WP29 Opinion 05/2014): the retention and transfer
#   rules the claim switched off may apply after all. Whether the claim holds
#   depends on how it was done, which the register may not record, so this is
#   a warning.
# related_resources:
#   - description: GDPR recital 26 and Article 4(1) (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#   - description: WP29 Opinion 05/2014 on anonymisation techniques (WP216)
#     ref: https://ec.europa.eu/justice/article-29/documentation/opinion-recommendation/files/2014/wp216_en.pdf
# custom:
#   id: RET-005
#   severity: warning
#   severity_basis: >-
#     Recital 26 and WP29 Opinion 05/2014: data that identify are not
#     anonymous; whether the method truly anonymises is a risk judgement the
#     register does not record.
#   severity_basis_fr: >-
#     Considérant 26 et avis 05/2014 du G29 : des données qui identifient ne
#     sont pas anonymes ; l'efficacité de la méthode est une appréciation du
#     risque que le registre n'enregistre pas.
#   description_fr: >-
#     Une information anonyme ne sort du RGPD que si personne ne peut être
#     identifié par des moyens raisonnablement susceptibles d'être utilisés
#     (considérant 26) ; un nom, un numéro d'identification, des données de
#     localisation ou un identifiant en ligne identifient une personne (art.
#     4(1)), tout comme des coordonnées. Une catégorie de ce genre marquée
#     `anonymised: true` est au mieux pseudonymisée, donc toujours une donnée
#     personnelle (avis 05/2014 du G29) : les règles de conservation et de
#     transfert que l'affirmation écartait peuvent s'appliquer. Cela dépend de
#     la méthode, que le registre peut ne pas décrire : d'où un avertissement.
#   reference: GDPR recital 26, Art. 4(1); WP29 Opinion 05/2014
#   remediation: Keep the category as personal data with its retention, or describe what is really kept (aggregated counts, generalised values) as a category of its own, with the method.
#   title_fr: Catégorie dite anonymisée qui identifie à elle seule
#   remediation_fr: Conservez la catégorie comme donnée personnelle avec sa durée, ou décrivez ce qui est réellement conservé (comptages agrégés, valeurs généralisées) comme une catégorie à part, avec sa méthode.
#   examples:
#     avoid: |
#       data_categories:
#         - name: identity
#           anonymised: true
#           method: suppression du prénom
#           retention: {description: Illimitée (données anonymes)}
#     prefer: |
#       data_categories:
#         - name: Effectifs par service et par mois
#           anonymised: true
#           method: agrégation par service et par mois
#           retention: {description: Illimitée (données anonymes)}
package ropa.rules.retention.anonymised_identifying

_identifying := data.ropadata.reference.anonymisation.identifying

report contains finding if {
	some [i, j] in data.ropa.lib.register.anonymised_categories
	activity := input.activities[i]
	category := activity.data_categories[j]
	row := object.get(_identifying, category.name, null)
	row != null
	finding := data.ropa.lib.result.finding(
		["activities", i, "data_categories", j, "anonymised"],
		"Category \"%s\" of activity \"%s\" is said to be anonymised, but %s identify a person by themselves: kept under that name, it is at best pseudonymised, still personal data (GDPR recital 26, Art. 4(1)).",
		"La catégorie \"%s\" de l'activité \"%s\" est dite anonymisée, mais %s identifient une personne à eux seuls : conservée sous ce nom, elle est au mieux pseudonymisée, donc toujours une donnée personnelle (RGPD considérant 26, art. 4(1)).",
		[data.ropa.lib.vocabulary.label("data_category", category.name), data.ropa.lib.register.label(activity), {"en": row.words[0], "fr": row.words[1]}],
	)
}
