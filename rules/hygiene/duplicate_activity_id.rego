# METADATA
# title: Duplicate activity id
# description: >-
#   Activity ids identify entries across files, waivers and reports; two
#   activities with one id make waivers and history ambiguous. Reported on
#   each repetition after the first.
# related_resources:
#   - description: ropa-lint register format
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_30
# custom:
#   id: HYG-001
#   severity: error
#   severity_basis: >-
#     Findings and waivers name activities by id: with two activities under
#     one id the register cannot be read unambiguously.
#   severity_basis_fr: >-
#     Constats et dérogations désignent les activités par leur identifiant :
#     avec deux activités sous un même identifiant, le registre ne peut être
#     lu sans ambiguïté.
#   description_fr: >-
#     Les identifiants d'activité relient les fiches entre fichiers,
#     dérogations et rapports ; deux activités sous un même identifiant
#     rendent les dérogations et l'historique ambigus. Signalé à chaque
#     répétition après la première.
#   reference: ropa-lint register format; GDPR Art. 5(2)
#   remediation: Give each activity its own id.
#   title_fr: Identifiant d'activité en double
#   remediation_fr: Donnez à chaque activité son propre identifiant.
#   examples:
#     at: activities
#     avoid: |
#       - id: paie
#         name: Paie des intérimaires
#         role: controller
#         last_review: 2026-09-15
#         purposes: [{description: Paie des intérimaires, type: payroll, legal_basis: legal_obligation, legal_obligation: "Code du travail, art. L3243-2"}]
#         data_subjects: [employees]
#         data_categories: [{name: identity, source: data_subject, retention: {active: P5Y, trigger: end_of_contract}}]
#         recipients: []
#         transfers: []
#         security_measures: [access_control, authentication]
#         rights: [access, rectification]
#         dpia: {performed: false}
#     prefer: |
#       - id: paie-interimaires
#         name: Paie des intérimaires
#         role: controller
#         last_review: 2026-09-15
#         purposes: [{description: Paie des intérimaires, type: payroll, legal_basis: legal_obligation, legal_obligation: "Code du travail, art. L3243-2"}]
#         data_subjects: [employees]
#         data_categories: [{name: identity, source: data_subject, retention: {active: P5Y, trigger: end_of_contract}}]
#         recipients: []
#         transfers: []
#         security_measures: [access_control, authentication]
#         rights: [access, rectification]
#         dpia: {performed: false}
package ropa.rules.hygiene.duplicate_activity_id

# Sorting finds repeated ids in n log n; registers hold thousands of activities.
_ids := sort([activity.id | some activity in input.activities])

_repeated contains id if {
	some k in numbers.range(1, count(_ids) - 1)
	id := _ids[k]
	id == _ids[k - 1]
}

report contains finding if {
	some id in _repeated
	first := min({i | some i, activity in input.activities; activity.id == id})
	some i, activity in input.activities
	activity.id == id
	i != first
	finding := data.ropa.lib.result.finding(
		["activities", i, "id"],
		"Activity id \"%s\" is already used by activity %d: give each activity its own id.",
		"L'identifiant \"%s\" est déjà utilisé par l'activité %d : donnez à chaque activité son propre identifiant.",
		[id, first],
	)
}
