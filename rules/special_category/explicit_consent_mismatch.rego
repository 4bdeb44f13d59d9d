# METADATA
# title: Explicit consent as Art. 9(2) condition without how it is collected
# description: >-
#   Explicit consent (Art. 9(2)(a)) lifts the prohibition of Art. 9(1) only
#   if it is given, and the controller must be able to show it (Art. 7(1)).
#   The Art. 6 basis of the purposes is a separate, cumulative condition and
#   need not be consent (CJEU C-667/21): a purpose on contract may process
#   health data under explicit consent. An activity that relies on explicit
#   consent but records nowhere how it is collected (no purpose carries
#   `consent`) is reported; where a purpose rests on consent, LB-003 asks
#   for its details.
# related_resources:
#   - description: GDPR Articles 7 and 9 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_9
#   - description: CJEU, C-667/21, Krankenversicherung Nordrhein (21 December 2023)
#     ref: https://curia.europa.eu/juris/liste.jsf?num=C-667/21
#   - description: EDPB Guidelines 05/2020 on consent
#     ref: https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-052020-consent-under-regulation-2016679_en
# custom:
#   id: SPC-002
#   severity: warning
#   severity_basis: >-
#     Art. 7(1) requires the controller to be able to demonstrate consent,
#     but Art. 30 does not make how it is collected part of the record: the
#     consent may exist where the register is silent. A document the
#     register need not hold is a warning.
#   severity_basis_fr: >-
#     L'art. 7(1) impose de pouvoir démontrer le consentement, mais l'art. 30
#     ne fait pas de son recueil un élément du registre : le consentement
#     peut exister là où le registre se tait. Un document que le registre n'a
#     pas à contenir relève de l'avertissement.
#   description_fr: >-
#     Le consentement explicite (art. 9(2)(a)) ne lève l'interdiction de
#     l'art. 9(1) que s'il est donné, et le responsable doit pouvoir le
#     démontrer (art. 7(1)). La base de l'art. 6 des finalités est une
#     condition distincte et cumulative, qui n'a pas à être le consentement
#     (CJUE C-667/21) : une finalité fondée sur le contrat peut traiter des
#     données de santé sous consentement explicite. Une activité qui invoque
#     le consentement explicite sans dire nulle part comment il est recueilli
#     (aucune finalité ne porte `consent`) est signalée ; lorsqu'une finalité
#     repose sur le consentement, LB-003 en demande le détail.
#   reference: GDPR Art. 9(2)(a), 7(1); CJEU C-667/21
#   remediation: Record how the explicit consent is collected, withdrawn and proven (consent on the purpose), or choose the Art. 9(2) condition that really applies.
#   title_fr: Consentement explicite invoqué sans dire comment il est recueilli
#   remediation_fr: Indiquez comment le consentement explicite est recueilli, retiré et prouvé (`consent` sur la finalité), ou choisissez la condition de l'art. 9(2) qui s'applique réellement.
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
#       special_category_condition: explicit_consent
#       purposes:
#         - description: Délivrance des licences
#           type: other
#           legal_basis: contract
#           consent: {collection: "Case distincte « J'accepte que mon certificat médical soit traité »", withdrawal: Courriel au club, proof: Formulaire signé}
#       data_categories:
#         - name: Certificat médical
#           special_category: health
#           source: data_subject
#           retention: {active: P1Y, trigger: end_of_relationship}
#       security_measures: [access_control, encryption_at_rest]
#     exceptions:
#       - case: "Explicit consent for the health data with another Art. 6 basis (contract): the two conditions are cumulative and need not match."
#         case_fr: "Consentement explicite pour les données de santé avec une autre base de l'art. 6 (contrat) : les deux conditions se cumulent sans devoir coïncider."
#         source: "CJEU C-667/21 (21 December 2023), GDPR Art. 6(1), 9(2)(a)"
#         snippet: |
#           data_subjects: [members]
#           special_category_condition: explicit_consent
#           purposes:
#             - description: Délivrance des licences
#               type: other
#               legal_basis: contract
#               consent: {collection: Case distincte sur le formulaire de licence, withdrawal: Courriel au club, proof: Formulaire signé}
#           data_categories:
#             - name: Certificat médical
#               special_category: health
#               source: data_subject
#               retention: {active: P1Y, trigger: end_of_relationship}
#           security_measures: [access_control, encryption_at_rest]
package ropa.rules.special_category.explicit_consent_mismatch

report contains finding if {
	some i, activity in input.activities
	"explicit_consent" in data.ropa.lib.register.conditions(activity)
	not "consent" in data.ropa.lib.register.bases(activity)
	not _collection_recorded(activity)
	data.ropa.lib.register.controller_like(activity)
	finding := data.ropa.lib.result.finding(
		["activities", i, "special_category_condition"],
		"Activity \"%s\" relies on explicit consent for special-category data but records nowhere how it is collected: its purposes may rest on another basis (CJEU C-667/21), the explicit consent must still be shown (GDPR Art. 9(2)(a), 7(1)).",
		"L'activité \"%s\" invoque le consentement explicite pour des données sensibles sans dire nulle part comment il est recueilli : ses finalités peuvent reposer sur une autre base (CJUE C-667/21), le consentement explicite doit tout de même pouvoir être démontré (RGPD art. 9(2)(a), 7(1)).",
		[data.ropa.lib.register.label(activity)],
	)
}

_collection_recorded(activity) if {
	some purpose in activity.purposes
	trim_space(purpose.consent.collection) != ""
}
