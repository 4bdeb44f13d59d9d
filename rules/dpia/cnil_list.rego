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
#   reference: GDPR Art. 35(4); CNIL délib. 2018-327
#   remediation: Carry out the DPIA and record it under dpia (performed, reference, date).
#   title_fr: Traitement figurant sur la liste CNIL des AIPD obligatoires
#   remediation_fr: Réalisez l'AIPD et renseignez-la sous dpia (performed, reference, date).
package ropa.rules.dpia.cnil_list

# Each row's conditions (every one must hold), computed once.
_conditions := [[row, object.remove(row, ["id", "text"])] | some row in data.ropadata.reference.dpia.cnil_list]

_holds(activity, "purpose_type", value) if {
	some purpose in activity.purposes
	purpose.type == value
}

_holds(activity, "data_subject", value) if value in activity.data_subjects

_holds(activity, "special_category", value) if {
	some category in activity.data_categories
	category.special_category == value
}

_holds(activity, "data_category", value) if {
	some category in activity.data_categories
	category.name == value
}

_holds(activity, "risk", value) if activity.risk[value] == true

_holds(activity, "risk", value) if {
	is_array(value)
	every flag in value {
		activity.risk[flag] == true
	}
}

report contains finding if {
	data.ropa.lib.register.jurisdiction == "FR"
	some i, activity in input.activities
	not activity.dpia.performed == true
	some pair in _conditions
	row := pair[0]
	every field, value in pair[1] {
		_holds(activity, field, value)
	}
	finding := {
		"path": ["activities", i, "dpia"],
		"message": {
			"en": sprintf("Activity \"%s\" is on the CNIL list of processing that always requires a DPIA (%s; délib. 2018-327).", [data.ropa.lib.register.label(activity), row.text]),
			"fr": sprintf("L'activité \"%s\" figure sur la liste CNIL des traitements soumis à AIPD obligatoire (%s ; délib. 2018-327).", [data.ropa.lib.register.label(activity), row.text]),
		},
	}
}
