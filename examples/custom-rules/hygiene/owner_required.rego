# METADATA
# title: Activity without an accountable owner
# description: >-
#   Company policy (Acme, data governance charter §4): every processing
#   activity names the team answerable for it, so that reviews, rights requests
#   and incidents reach someone. GDPR Art. 5(2) and 24(1) make the controller
#   accountable; the charter makes a team accountable for each activity.
# related_resources:
#   - description: GDPR Article 24 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_24
# custom:
#   id: ACME-001
#   severity: warning
#   reference: GDPR Art. 5(2), 24(1); Acme data governance charter §4
#   remediation: Name the accountable team under owner.
#   title_fr: Activité sans responsable désigné
#   remediation_fr: Indiquez l'équipe responsable sous owner.
package ropa.rules.hygiene.owner_required

report contains finding if {
	some i, activity in input.activities
	not _named(object.get(activity, "owner", ""))
	finding := {
		"path": ["activities", i, "owner"],
		"message": {
			"en": sprintf("Activity \"%s\" names no accountable team (owner).", [data.ropa.lib.register.label(activity)]),
			"fr": sprintf("L'activité \"%s\" ne désigne pas d'équipe responsable (owner).", [data.ropa.lib.register.label(activity)]),
		},
	}
}

_named(owner) if trim_space(owner) != ""
