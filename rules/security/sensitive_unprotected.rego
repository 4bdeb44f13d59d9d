# METADATA
# title: Sensitive or large-scale data without access control and encryption
# description: >-
#   Security must match the risk (Art. 32(1)). Special-category data and
#   large-scale processing call at least for access control and encryption
#   (at rest or in transit), the two measures the CNIL security guide
#   treats as a baseline for them. Art. 32(1) names encryption "as
#   appropriate", so the grade follows the risk the register records:
#   neither measure at all is an error; one of the two missing is a
#   warning, raised to an error where the register records large scale,
#   health data processed for others (a processor's activity), or a
#   transfer.
# related_resources:
#   - description: GDPR Article 32 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_32
#   - description: CNIL, guide de la sécurité des données personnelles
#     ref: https://www.cnil.fr/fr/securite-des-donnees
# custom:
#   id: SEC-001
#   severity: error
#   severity_basis: >-
#     Error where no confidentiality measure protects special-category data,
#     or one is missing and the register records large scale, health data
#     processed for others or a transfer (Art. 32(1)(a), 32(2)); warning
#     where access control or encryption is in place and the register
#     records none of these, since Art. 32 leaves encryption to a risk
#     judgement it does not record.
#   severity_basis_fr: >-
#     Erreur si aucune mesure de confidentialité ne protège des données
#     sensibles, ou s'il en manque une et que le registre fait état d'une
#     grande échelle, de données de santé traitées pour d'autres ou d'un
#     transfert (art. 32(1)(a), 32(2)) ; avertissement si le contrôle d'accès
#     ou le chiffrement est en place et que le registre ne fait état d'aucun
#     de ces éléments, l'art. 32 laissant le chiffrement à une appréciation du
#     risque qu'il n'enregistre pas.
#   description_fr: >-
#     La sécurité doit être adaptée au risque (art. 32(1)). Les données
#     sensibles et les traitements à grande échelle appellent au moins un
#     contrôle d'accès et un chiffrement (au repos ou en transit), les deux
#     mesures que le guide de sécurité de la CNIL tient pour un socle. L'art.
#     32(1) cite le chiffrement « selon les besoins » : la gravité suit donc
#     le risque que le registre enregistre. Aucune des deux mesures est une
#     erreur ; l'une des deux manquante est un avertissement, porté à l'erreur
#     si le registre fait état d'une grande échelle, de données de santé
#     traitées pour d'autres (activité d'un sous-traitant) ou d'un transfert.
#   reference: GDPR Art. 32(1)
#   remediation: Add access_control and encryption_at_rest (and encryption_in_transit for data sent over networks) to security_measures.
#   title_fr: Données sensibles ou à grande échelle sans contrôle d'accès ni chiffrement
#   remediation_fr: Ajoutez `access_control` et `encryption_at_rest` (et `encryption_in_transit` pour les données transmises) à `security_measures`.
#   examples:
#     avoid: |
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
#       security_measures: [access_control]
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
package ropa.rules.security.sensitive_unprotected

_why(activity) := {"en": "special-category data", "fr": "des données sensibles"} if count(data.ropa.lib.register.special_categories(activity)) > 0

_why(activity) := {"en": "large-scale processing", "fr": "un traitement à grande échelle"} if {
	count(data.ropa.lib.register.special_categories(activity)) == 0
	data.ropa.lib.register.risk(activity, "large_scale")
}

_missing(activity) := {m | some m in ["access_control", "encryption"]; not _has(activity, m)}

_grade(_, missing) := "error" if count(missing) == 2

_grade(activity, missing) := "error" if {
	count(missing) == 1
	data.ropa.lib.register.aggravated(activity)
}

_grade(activity, missing) := "warning" if {
	count(missing) == 1
	not data.ropa.lib.register.aggravated(activity)
}

_names := {"access_control": {"en": "access control", "fr": "contrôle d'accès"}, "encryption": {"en": "encryption", "fr": "chiffrement"}}

_has(activity, "access_control") if "access_control" in data.ropa.lib.register.measures(activity)

_has(activity, "encryption") if count(data.ropa.lib.register.measures(activity) & {"encryption_at_rest", "encryption_in_transit"}) > 0

report contains finding if {
	some i, activity in input.activities
	why := _why(activity)
	missing := _missing(activity)
	count(missing) > 0
	names := data.ropa.lib.result.words([[_names[k].en, _names[k].fr] | some k in sort(missing)])
	finding := data.ropa.lib.result.graded(
		["activities", i, "security_measures"],
		_grade(activity, missing),
		"Activity \"%s\" involves %s without %s (GDPR Art. 32(1)).",
		"L'activité \"%s\" porte sur %s sans %s (RGPD art. 32(1)).",
		[data.ropa.lib.register.label(activity), why, names],
	)
}
