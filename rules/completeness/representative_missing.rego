# METADATA
# title: Organisation outside the EEA without an EU representative
# description: >-
#   A controller or processor not established in the Union that offers
#   goods or services to people in the Union, or monitors their behaviour
#   (Art. 3(2)), designates a representative in the Union (Art. 27), named
#   in the record (Art. 30(1)(a), 30(2)(a)). Whether Art. 3(2) applies the
#   register cannot tell, hence a warning.
# related_resources:
#   - description: GDPR Article 30 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_30
#   - description: GDPR Article 27 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_27
# custom:
#   id: COMP-011
#   unit: organization
#   severity: warning
#   severity_basis: >-
#     Art. 27 requires a representative only where Art. 3(2) applies
#     (targeting or monitoring people in the Union), which the register does
#     not record: a risk judgement.
#   severity_basis_fr: >-
#     L'art. 27 n'exige un représentant que si l'art. 3(2) s'applique (ciblage
#     ou suivi de personnes dans l'Union), ce que le registre n'indique pas :
#     une appréciation du risque.
#   description_fr: >-
#     Un responsable ou un sous-traitant non établi dans l'Union qui offre des
#     biens ou des services à des personnes dans l'Union, ou suit leur
#     comportement (art. 3(2)), désigne un représentant dans l'Union (art.
#     27), nommé dans le registre (art. 30(1)(a), 30(2)(a)). Le registre ne
#     dit pas si l'art. 3(2) s'applique : d'où un avertissement.
#   reference: GDPR Art. 3(2), 27, 30(1)(a)
#   remediation: If the organisation targets or monitors people in the Union, designate a representative and record it under organization.representative; otherwise waive this rule with the reason.
#   title_fr: Organisme hors EEE sans représentant dans l'Union
#   remediation_fr: Si l'organisme cible ou suit des personnes dans l'Union, désignez un représentant et indiquez-le sous `organization.representative` ; sinon levez cette règle en en donnant la raison.
#   examples:
#     at: organization
#     avoid: |
#       country: CH
#     prefer: |
#       country: CH
#       representative:
#         name: Représentant UE SARL
#         email: rep@representant-ue.fr
package ropa.rules.completeness.representative_missing

report contains finding if {
	country := input.organization.country
	not data.ropa.lib.register.in_eea(country)
	not input.organization.representative
	finding := data.ropa.lib.result.finding(
		["organization", "representative"],
		"The organisation is established outside the EEA (%s) and names no representative in the Union: one is required if it targets or monitors people there (GDPR Art. 3(2), 27).",
		"L'organisme est établi hors de l'EEE (%s) et ne nomme pas de représentant dans l'Union : il en faut un s'il cible ou suit des personnes qui s'y trouvent (RGPD art. 3(2), 27).",
		[data.ropa.lib.vocabulary.country(country)],
	)
}
