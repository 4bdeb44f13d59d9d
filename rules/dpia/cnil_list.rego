# METADATA
# title: Processing on the CNIL list that always requires a DPIA
# description: >-
#   Under Art. 35(4) the CNIL published the list of processing operations
#   for which a DPIA is always required (délibération 2018-327): health
#   data processed for patient care in establishments, HR profiling,
#   constant monitoring of employees, professional whistleblowing, large-
#   scale location data, biometric or genetic data of vulnerable people,
#   profiling that may exclude from a contract, among others. Applies
#   where the jurisdiction is France, except to an activity on the CNIL's
#   list of processing that needs no DPIA (délibération 2019-118): a health
#   professional practising individually is not an establishment.
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
#     contrat, entre autres. S'applique lorsque la juridiction est la France,
#     sauf à une activité de la liste des traitements dispensés d'AIPD
#     (délibération n° 2019-118) : un professionnel de santé exerçant à titre
#     individuel n'est pas un établissement.
#   reference: GDPR Art. 35(4), 35(5); CNIL délib. 2018-327, 2019-118
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
#     exceptions:
#       - case: "A processor's record: the DPIA is the controller's duty (Art. 35(1)); the processor assists it (Art. 28(3)(f))."
#         case_fr: "Le registre d'un sous-traitant : l'AIPD incombe au responsable du traitement (art. 35(1)) ; le sous-traitant l'aide (art. 28(3)(f))."
#         source: GDPR Art. 35(1), 28(3)(f)
#         snippet: |
#           purposes:
#             - description: Recueil des alertes professionnelles
#               type: whistleblowing
#               legal_basis: legal_obligation
#               legal_obligation: Loi n° 2016-1691, art. 8
#           dpia: {performed: false}
#           role: processor
#           controllers:
#             - {name: Client A, email: dpo@client-a.fr}
#       - case: "Patient files of a health professional practising individually: not an establishment, and on the list of processing that needs no DPIA."
#         case_fr: "Dossiers patients d'un professionnel de santé exerçant à titre individuel : ce n'est pas un établissement, et le traitement figure sur la liste des traitements dispensés d'AIPD."
#         source: CNIL délib. n° 2018-327, n° 2019-118
#         organization: |
#           kind: individual_practice
#         snippet: |
#           name: Dossiers patients du cabinet médical
#           purposes:
#             - {description: Suivi des soins, type: health_care, legal_basis: contract}
#           data_subjects: [patients]
#           data_categories:
#             - {name: health, special_category: health, source: data_subject, retention: {active: P20Y, trigger: last_contact, basis: "C. santé publ. art. R1112-7"}}
#           special_category_condition: health_care
#           security_measures: [access_control, authentication, encryption_at_rest]
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

# Each row is looked up by one of its conditions, the one of the field an
# activity is least likely to meet: an activity is compared with a row only
# if it meets that condition, so that most are ruled out by a few look-ups
# instead of building their tokens and comparing them with every row.
_rarest := ["risk", "special_category", "data_category", "purpose_type", "data_subject"]

# [field, value, row index] of each row's key; a row whose fields are none of
# these could never match (`_tokens` knows no other), and has no key.
_keyed contains [field, value, n] if {
	some n, pair in _rows
	field := [f | some f in _rarest; object.get(pair[0], f, null) != null][0]
	value := _values(pair[0][field])[0]
}

# field → value → the indices of the rows keyed by it.
_by[field] := table if {
	some field in {k[0] | some k in _keyed}
	table := {value: _keyed_rows(field, value) | some value in _keyed_values(field)}
}

_keyed_values(field) := {k[1] | some k in _keyed; k[0] == field}

_keyed_rows(field, value) := {k[2] | some k in _keyed; k[0] == field; k[1] == value}

# [i, n]: activity i meets the key of row n. Each field's table of keys is
# looked up before the activities are walked: a field no row is keyed by
# costs nothing.
_candidates contains [i, n] if {
	keyed := _by.risk
	some i, activity in input.activities
	some flag, on in object.get(activity, "risk", {})
	on == true
	some n in keyed[flag]
}

_candidates contains [i, n] if {
	keyed := _by.special_category
	some i, activity in input.activities
	some category in activity.data_categories
	some n in keyed[category.special_category]
}

_candidates contains [i, n] if {
	keyed := _by.data_category
	some i, activity in input.activities
	some category in activity.data_categories
	some n in keyed[category.name]
}

_candidates contains [i, n] if {
	keyed := _by.purpose_type
	some i, activity in input.activities
	some purpose in activity.purposes
	some n in keyed[purpose.type]
}

_candidates contains [i, n] if {
	keyed := _by.data_subject
	some i, activity in input.activities
	some subject in activity.data_subjects
	some n in keyed[subject]
}

report contains finding if {
	data.ropa.lib.register.jurisdiction == "FR"
	some candidate in _candidates
	i := candidate[0]
	activity := input.activities[i]
	not activity.dpia.performed == true
	pair := _rows[candidate[1]]
	count(pair[1] - _tokens(activity)) == 0
	not data.ropa.lib.register.processor_record(activity)
	not data.ropa.lib.dpia.exempt(activity)
	row := pair[0]
	finding := data.ropa.lib.result.finding(
		["activities", i, "dpia"],
		"Activity \"%s\" is on the CNIL list of processing that always requires a DPIA (%s; délib. 2018-327).",
		"L'activité \"%s\" figure sur la liste CNIL des traitements soumis à AIPD obligatoire (%s ; délib. 2018-327).",
		[data.ropa.lib.register.label(activity), row.text],
	)
}
