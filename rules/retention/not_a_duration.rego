# METADATA
# title: Retention that is not a duration
# description: >-
#   Storage limitation (Art. 5(1)(e)) needs a time limit that someone can
#   apply: "as long as necessary" (le temps nécessaire) or "the duration
#   of the prescription" sets none. The record gives an ISO 8601 period
#   (P3Y, P13M) and, where it does not start at collection, the event it
#   runs from. Categories of one activity that share a phrase are one
#   finding, at the first of them.
# related_resources:
#   - description: GDPR Article 5 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_5
#   - description: CNIL, les durées de conservation des données
#     ref: https://www.cnil.fr/fr/les-durees-de-conservation-des-donnees
# custom:
#   id: RET-001
#   covers:
#     - retention.active
#   severity: warning
#   severity_basis: >-
#     Art. 30(1)(f) asks for time limits 'where possible' and accepts
#     criteria otherwise: a period in words is allowed by the text but
#     cannot be checked; a recommendation to state a duration.
#   severity_basis_fr: >-
#     L'art. 30(1)(f) demande des délais « dans la mesure du possible » et
#     admet des critères sinon : une durée en mots est permise par le texte
#     mais ne peut être vérifiée ; une recommandation de donner une durée.
#   description_fr: >-
#     La limitation de la conservation (art. 5(1)(e)) demande un délai que
#     l'on puisse appliquer : « le temps nécessaire » ou « la durée de la
#     prescription » n'en fixent aucun. Le registre donne une durée ISO 8601
#     (P3Y, P13M) et, si elle ne court pas de la collecte, l'événement dont
#     elle court.
#     Les catégories d'une activité qui partagent une formule font un seul
#     constat, à la première d'entre elles.
#   reference: GDPR Art. 5(1)(e), 30(1)(f)
#   remediation: Write retention.active as an ISO 8601 duration (P3Y, P13M) with its trigger (collection, last_contact, end_of_relationship...), and keep the words in description.
#   title_fr: Durée de conservation qui n'est pas une durée
#   remediation_fr: Écrivez `retention.active` en durée ISO 8601 (P3Y, P13M) avec son point de départ (`collection`, `last_contact`, `end_of_relationship`...), et gardez le texte dans `description`.
#   examples:
#     avoid: |
#       data_categories:
#         - name: identity
#           source: data_subject
#           retention: {description: Le temps nécessaire}
#     prefer: |
#       data_categories:
#         - name: identity
#           source: data_subject
#           retention: {active: P5Y, trigger: end_of_contract}
package ropa.rules.retention.not_a_duration

# One finding per activity and phrase: categories that share a retention
# ("5 ans après le départ", written once for five categories) are one fault
# to fix, said once at the first of them.
report contains finding if {
	some i, activity in input.activities
	some phrase in {_phrase(category) | some j, category in activity.data_categories; _vague(i, j, category)}
	same := [j | some j, category in activity.data_categories; _vague(i, j, category); _phrase(category) == phrase]
	names := [data.ropa.lib.vocabulary.label("data_category", data.ropa.lib.register.text(activity.data_categories[j], "name")) | some j in same]
	finding := data.ropa.lib.result.finding(
		["activities", i, "data_categories", min(same), "retention", "active"],
		"Retention of %s in activity \"%s\" is not a duration (\"%s\"): give an ISO 8601 period such as P3Y and when it starts (GDPR Art. 5(1)(e)).",
		"La conservation de %s dans l'activité \"%s\" n'est pas une durée (\"%s\") : indiquez une durée ISO 8601 telle que P3Y et son point de départ (RGPD art. 5(1)(e)).",
		[_quoted(names), data.ropa.lib.register.label(activity), phrase],
	)
}

_vague(i, j, category) if {
	category.retention
	not category.retention.active
	not [i, j] in data.ropa.lib.register.anonymised_categories
}

_phrase(category) := data.ropa.lib.register.text(category.retention, "description")

_quoted(names) := {
	"en": data.ropa.lib.result.listing([sprintf("\"%s\"", [n.en]) | some n in names], "en"),
	"fr": data.ropa.lib.result.listing([sprintf("\"%s\"", [n.fr]) | some n in names], "fr"),
}
