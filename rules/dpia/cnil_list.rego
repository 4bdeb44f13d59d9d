# METADATA
# title: Processing on the CNIL list that always requires a DPIA
# description: >-
#   Under Art. 35(4) the CNIL published the list of processing operations
#   for which a DPIA is always required (délibération 2018-327): health
#   data processed for patient care in establishments, HR profiling,
#   constant monitoring of employees, professional whistleblowing, large-
#   scale location data, biometric or genetic data of vulnerable people,
#   profiling that may exclude from a contract, among others. Applies
#   where the jurisdiction is France.
# related_resources:
#   - description: GDPR Article 35 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_35
#   - description: CNIL, analyse d'impact relative à la protection des données
#     ref: https://www.cnil.fr/fr/analyse-dimpact-relative-la-protection-des-donnees-aipd
# custom:
#   id: DPIA-003
#   severity: error
#   severity_basis: >-
#     Art. 35(4): the CNIL's list (délib. n° 2018-327) names the processing
#     that requires a DPIA in France: mandatory under French jurisdiction.
#   severity_basis_fr: >-
#     Art. 35(4) : la liste de la CNIL (délib. n° 2018-327) nomme les
#     traitements soumis à AIPD en France : obligatoire sous juridiction
#     française.
#   description_fr: >-
#     En application de l'art. 35(4), la CNIL a publié la liste des
#     traitements pour lesquels une AIPD est toujours requise (délibération n°
#     2018-327) : données de santé traitées pour la prise en charge des
#     patients dans les établissements, profilage en gestion des ressources
#     humaines, surveillance constante des salariés, alertes professionnelles,
#     données de localisation à grande échelle, données biométriques ou
#     génétiques de personnes vulnérables, profilage pouvant exclure d'un
#     contrat, entre autres. S'applique lorsque la juridiction est la France.
#   reference: GDPR Art. 35(4); CNIL délib. 2018-327
#   remediation: Carry out the DPIA and record it under dpia (performed, reference, date).
#   title_fr: Traitement figurant sur la liste CNIL des AIPD obligatoires
#   remediation_fr: Réalisez l'AIPD et renseignez-la sous `dpia` (`performed`, `reference`, `date`).
#   examples:
#     avoid: |
#       purposes:
#         - description: Recueil des alertes professionnelles
#           type: whistleblowing
#           legal_basis: legal_obligation
#           legal_obligation: Loi n° 2016-1691, art. 8
#       dpia: {performed: false}
#     prefer: |
#       purposes:
#         - description: Recueil des alertes professionnelles
#           type: whistleblowing
#           legal_basis: legal_obligation
#           legal_obligation: Loi n° 2016-1691, art. 8
#       dpia: {performed: true, reference: AIPD-2026-03, date: 2026-03-01}
package ropa.rules.dpia.cnil_list

# Conditions as "field:value" tokens: a row applies when all of its tokens
# are among the activity's, one set difference per row (faster on regorus than
# a function call per condition).
_rows := [[row, tokens] |
	some row in data.ropadata.reference.dpia.cnil_list
	tokens := {concat(":", [field, value]) |
		some field, condition in object.remove(row, ["id", "text"])
		some value in _values(condition)
	}
]

_values(condition) := condition if is_array(condition)

_values(condition) := [condition] if not is_array(condition)

_tokens(activity) := (((purposes | subjects) | categories) | names) | risks if {
	purposes := {concat(":", ["purpose_type", purpose.type]) | some purpose in activity.purposes}
	subjects := {concat(":", ["data_subject", subject]) | some subject in activity.data_subjects}
	categories := {concat(":", ["special_category", category.special_category]) |
		some category in activity.data_categories
	}
	names := {concat(":", ["data_category", category.name]) | some category in activity.data_categories}
	risks := {concat(":", ["risk", flag]) | some flag, on in activity.risk; on == true}
}

report contains finding if {
	data.ropa.lib.register.jurisdiction == "FR"
	some i, activity in input.activities
	not activity.dpia.performed == true
	tokens := _tokens(activity)
	some pair in _rows
	count(pair[1] - tokens) == 0
	row := pair[0]
	finding := data.ropa.lib.result.finding(
		["activities", i, "dpia"],
		"Activity \"%s\" is on the CNIL list of processing that always requires a DPIA (%s; délib. 2018-327).",
		"L'activité \"%s\" figure sur la liste CNIL des traitements soumis à AIPD obligatoire (%s ; délib. 2018-327).",
		[data.ropa.lib.register.label(activity), row.text],
	)
}
