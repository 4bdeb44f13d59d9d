# METADATA
# title: Not-for-profit condition used beyond members and regular contacts
# description: >-
#   Art. 9(2)(d) covers processing by a foundation, association or other
#   not-for-profit body with a political, philosophical, religious or
#   trade-union aim, and only for its members, former members or persons
#   in regular contact with it; the data are not disclosed outside without
#   consent.
# related_resources:
#   - description: GDPR Article 9 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_9
# custom:
#   id: SPC-005
#   severity: warning
#   severity_basis: >-
#     Art. 9(2)(d) covers members, former members and regular contacts only;
#     whether the other persons are such contacts the register does not say:
#     a risk judgement.
#   severity_basis_fr: >-
#     L'art. 9(2)(d) ne couvre que les membres, anciens membres et contacts
#     réguliers ; que les autres personnes soient de tels contacts, le
#     registre ne le dit pas : une appréciation du risque.
#   description_fr: >-
#     L'art. 9(2)(d) vise les traitements d'une fondation, d'une association
#     ou d'un autre organisme à but non lucratif poursuivant une finalité
#     politique, philosophique, religieuse ou syndicale, et seulement pour ses
#     membres, anciens membres ou personnes en contact régulier avec lui ; les
#     données ne sont pas communiquées à l'extérieur sans consentement.
#   reference: GDPR Art. 9(2)(d)
#   remediation: Limit the activity to members and regular contacts, or rely on another Art. 9(2) condition (explicit consent) for the other people.
#   title_fr: Condition des organismes à but non lucratif au-delà des membres
#   remediation_fr: Limitez l'activité aux membres et contacts réguliers, ou fondez-vous sur une autre condition de l'art. 9(2) (consentement explicite) pour les autres personnes.
#   examples:
#     avoid: |
#       data_subjects: [members, customers]
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
#           data_subjects: [members, customers]
#           special_category_condition: nonprofit_body
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
package ropa.rules.special_category.nonprofit_scope

_covered := {s | some s in data.ropadata.reference.special_categories.nonprofit_subjects}

report contains finding if {
	some i, activity in input.activities
	"nonprofit_body" in data.ropa.lib.register.conditions(activity)
	not data.ropa.lib.register.processor_record(activity)
	outside := data.ropa.lib.register.subjects(activity) - _covered
	count(outside) > 0
	names := data.ropa.lib.vocabulary.labels("data_subject", outside)
	finding := data.ropa.lib.result.finding(
		["activities", i, "data_subjects"],
		"Activity \"%s\" relies on the not-for-profit condition (Art. 9(2)(d)), which covers members and regular contacts only, but also concerns: %s.",
		"L'activité \"%s\" invoque la condition des organismes à but non lucratif (art. 9(2)(d)), limitée aux membres et contacts réguliers, mais concerne aussi : %s.",
		[data.ropa.lib.register.label(activity), names],
	)
}
