# METADATA
# title: Explicit consent as Art. 9(2) condition while no purpose rests on consent
# description: >-
#   Explicit consent (Art. 9(2)(a)) can lift the prohibition of Art. 9(1)
#   only if the processing also rests on the data subject's consent; an
#   activity whose purposes rest on contract or legitimate interests
#   cannot rely on an explicit consent it never collects.
# related_resources:
#   - description: GDPR Article 9 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_9
#   - description: EDPB Guidelines 05/2020 on consent
#     ref: https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-052020-consent-under-regulation-2016679_en
# custom:
#   id: SPC-002
#   severity: error
#   severity_basis: >-
#     Art. 9(2)(a) explicit consent requires consent to be collected; a
#     register with no purpose on consent cannot be read as relying on it.
#   severity_basis_fr: >-
#     Le consentement explicite de l'art. 9(2)(a) suppose de recueillir un
#     consentement ; un registre sans finalité fondée sur le consentement ne
#     peut être lu comme s'y appuyant.
#   description_fr: >-
#     Le consentement explicite (art. 9(2)(a)) ne lève l'interdiction de
#     l'art. 9(1) que si le traitement repose aussi sur le consentement de la
#     personne ; une activité dont les finalités reposent sur un contrat ou
#     l'intérêt légitime ne peut invoquer un consentement explicite qu'elle ne
#     recueille jamais.
#   reference: GDPR Art. 9(2)(a), 6(1)(a), 7
#   remediation: Either base the purpose on consent (with how it is collected, withdrawn and proven), or choose the Art. 9(2) condition that really applies.
#   title_fr: Consentement explicite invoqué sans base légale de consentement
#   remediation_fr: Fondez la finalité sur le consentement (recueil, retrait, preuve) ou choisissez la condition de l'art. 9(2) qui s'applique réellement.
#   examples:
#     avoid: |
#       data_subjects: [members]
#       special_category_condition: explicit_consent
#       purposes:
#         - description: Délivrance des licences
#           type: other
#           legal_basis: contract
#       data_categories:
#         - name: Certificat médical
#           special_category: health
#           source: data_subject
#           retention: {active: P1Y, trigger: end_of_relationship}
#       security_measures: [access_control, encryption_at_rest]
#     prefer: |
#       data_subjects: [members]
#       special_category_condition: nonprofit_body
#       purposes:
#         - description: Délivrance des licences
#           type: other
#           legal_basis: contract
#       data_categories:
#         - name: Certificat médical
#           special_category: health
#           source: data_subject
#           retention: {active: P1Y, trigger: end_of_relationship}
#       security_measures: [access_control, encryption_at_rest]
package ropa.rules.special_category.explicit_consent_mismatch

report contains finding if {
	some i, activity in input.activities
	data.ropa.lib.register.controller_like(activity)
	"explicit_consent" in data.ropa.lib.register.conditions(activity)
	not "consent" in data.ropa.lib.register.bases(activity)
	finding := data.ropa.lib.result.finding(
		["activities", i, "special_category_condition"],
		"Activity \"%s\" relies on explicit consent for special-category data, but none of its purposes is based on consent (GDPR Art. 9(2)(a)).",
		"L'activité \"%s\" invoque le consentement explicite pour des données sensibles, mais aucune de ses finalités ne repose sur le consentement (RGPD art. 9(2)(a)).",
		[data.ropa.lib.register.label(activity)],
	)
}
