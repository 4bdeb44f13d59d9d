# METADATA
# title: Activity without security measures
# description: >-
#   The record must give a general description of the technical and organisational security measures of Art. 32(1) (Art. 30(1)(g), 30(2)(d)).
# related_resources:
#   - description: GDPR Article 30 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_30
# custom:
#   id: COMP-008
#   covers:
#     - activity.security_measures
#   severity: error
#   severity_basis: >-
#     Art. 30(1)(g) asks for a general description of the measures of Art.
#     32(1), which are mandatory: a record with none cannot be read as
#     compliant.
#   severity_basis_fr: >-
#     L'art. 30(1)(g) demande une description générale des mesures de l'art.
#     32(1), qui sont obligatoires : une fiche sans aucune mesure ne peut être
#     lue comme conforme.
#   description_fr: >-
#     Le registre donne une description générale des mesures de sécurité
#     techniques et organisationnelles de l'art. 32(1) (art. 30(1)(g),
#     30(2)(d)).
#   reference: GDPR Art. 30(1)(g), 30(2)(d), 32(1)
#   remediation: List the measures under security_measures (access_control, encryption_at_rest, backup...).
#   title_fr: Activité sans mesures de sécurité
#   remediation_fr: Listez les mesures sous `security_measures` (`access_control`, `encryption_at_rest`, `backup`...).
#   examples:
#     avoid: |
#       security_measures: []
#     prefer: |
#       security_measures: [access_control, authentication]
package ropa.rules.completeness.security_measures_missing

_recorded(activity) if count(activity.security_measures) > 0

report contains finding if {
	some i, activity in input.activities
	not _recorded(activity)
	name := data.ropa.lib.register.label(activity)
	finding := data.ropa.lib.result.finding(
		["activities", i, "security_measures"],
		"Activity \"%s\" describes no security measure (%s).",
		"L'activité \"%s\" ne décrit aucune mesure de sécurité (%s).",
		[name, data.ropa.lib.law.cite("COMP-008", {"en": "GDPR Art. 30(1)(g), 32(1)", "fr": "RGPD art. 30(1)(g), 32(1)"})],
	)
}
