# METADATA
# title: Special-category data without an Art. 9(2) condition
# description: >-
#   Processing health, biometric, genetic data, or data revealing racial
#   or ethnic origin, political opinions, religious or philosophical
#   beliefs, trade-union membership, sex life or sexual orientation is
#   prohibited (Art. 9(1)) unless one of the conditions of Art. 9(2)
#   applies, in addition to an Art. 6 basis.
# related_resources:
#   - description: GDPR Article 9 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_9
# custom:
#   id: SPC-001
#   covers:
#     - activity.special_category_condition
#   severity: error
#   severity_basis: >-
#     Art. 9(1) prohibits processing special-category data unless an Art.
#     9(2) condition applies: mandatory.
#   severity_basis_fr: >-
#     L'art. 9(1) interdit le traitement des données sensibles sauf si une
#     condition de l'art. 9(2) s'applique : obligatoire.
#   description_fr: >-
#     Traiter des données de santé, biométriques, génétiques, ou des données
#     révélant l'origine raciale ou ethnique, les opinions politiques, les
#     convictions religieuses ou philosophiques, l'appartenance syndicale, la
#     vie ou l'orientation sexuelle est interdit (art. 9(1)) sauf si l'une des
#     conditions de l'art. 9(2) s'applique, en plus d'une base de l'art. 6.
#   reference: GDPR Art. 9(1), 9(2)
#   remediation: Give special_category_condition (explicit_consent, employment_social_security, health_care...) that allows this processing.
#   title_fr: Données sensibles sans condition de l'article 9(2)
#   remediation_fr: Indiquez `special_category_condition` (`explicit_consent`, `employment_social_security`, `health_care`...) qui permet ce traitement.
#   examples:
#     avoid: |
#       data_subjects: [members]
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
#     exceptions:
#       - case: "A processor's record: the Art. 9 condition is the controller's to establish, on whose instructions the processor acts (Art. 28(3)(a)); Art. 30(2) does not list it."
#         case_fr: "Le registre d'un sous-traitant : la condition de l'art. 9 incombe au responsable, sur les instructions duquel il agit (art. 28(3)(a)) ; l'art. 30(2) ne la comprend pas."
#         source: GDPR Art. 9, 28(3)(a), 30(2)
#         snippet: |
#           data_subjects: [members]
#           purposes:
#             - description: Délivrance des licences
#               type: other
#               legal_basis: contract
#           data_categories:
#             - name: Certificat médical
#               special_category: health
#               source: data_subject
#               retention: {active: P1Y, trigger: end_of_relationship}
#           security_measures: [access_control, encryption_at_rest]
#           role: processor
#           controllers:
#             - {name: Client A, email: dpo@client-a.fr}
package ropa.rules.special_category.condition_missing

report contains finding if {
	some i, activity in input.activities
	count(data.ropa.lib.register.special_categories(activity)) > 0
	count(data.ropa.lib.register.conditions(activity)) == 0
	not data.ropa.lib.register.processor_record(activity)
	kinds := data.ropa.lib.vocabulary.labels("special_category", data.ropa.lib.register.special_categories(activity))
	finding := data.ropa.lib.result.finding(
		["activities", i, "special_category_condition"],
		"Activity \"%s\" processes special-category data (%s) without an Art. 9(2) condition: processing them is prohibited unless one applies (GDPR Art. 9).",
		"L'activité \"%s\" traite des données sensibles (%s) sans condition de l'art. 9(2) : leur traitement est interdit sauf si l'une d'elles s'applique (RGPD art. 9).",
		[data.ropa.lib.register.label(activity), kinds],
	)
}
