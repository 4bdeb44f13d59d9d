# METADATA
# title: Objection not offered for legitimate interests or prospecting
# description: >-
#   Where processing rests on legitimate interests, people may object on
#   grounds relating to their situation (Art. 21(1)); to direct marketing
#   they may object at any time, without reason (Art. 21(2), 21(3)).
# related_resources:
#   - description: GDPR Article 21 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_21
# custom:
#   id: RGT-002
#   severity: error
#   severity_basis: >-
#     Art. 21 gives the right to object to processing on legitimate
#     interests and to prospecting in every case: a register that lists the
#     rights offered without it records a breach.
#   severity_basis_fr: >-
#     L'art. 21 donne dans tous les cas le droit de s'opposer à un traitement
#     fondé sur l'intérêt légitime et à la prospection : un registre qui liste
#     les droits offerts sans celui-ci consigne un manquement.
#   description_fr: >-
#     Lorsque le traitement repose sur l'intérêt légitime, les personnes
#     peuvent s'y opposer pour des raisons tenant à leur situation (art.
#     21(1)) ; à la prospection, elles peuvent s'opposer à tout moment, sans
#     motif (art. 21(2), 21(3)).
#   reference: GDPR Art. 21
#   remediation: Add objection to the activity's rights, and say how people object (a link in each message, an address).
#   title_fr: Droit d'opposition non prévu (intérêt légitime ou prospection)
#   remediation_fr: Ajoutez `objection` aux droits de l'activité, et indiquez comment s'opposer (lien dans chaque message, adresse).
#   examples:
#     avoid: |
#       purposes:
#         - description: Statistiques d'absentéisme
#           type: other
#           legal_basis: legitimate_interests
#           legitimate_interest: {interest: Connaître l'absentéisme, assessment: Mise en balance LIA-2026-02}
#       rights: [access, rectification]
#     prefer: |
#       purposes:
#         - description: Statistiques d'absentéisme
#           type: other
#           legal_basis: legitimate_interests
#           legitimate_interest: {interest: Connaître l'absentéisme, assessment: Mise en balance LIA-2026-02}
#       rights: [access, rectification, objection]
package ropa.rules.rights.objection_missing

_triggers(activity) := {["legitimate interests", "l'intérêt légitime"] | "legitimate_interests" in data.ropa.lib.register.bases(activity)} | {["prospecting", "la prospection"] | "prospecting" in data.ropa.lib.register.purpose_types(activity)}

report contains finding if {
	some i, activity in input.activities
	data.ropa.lib.register.controller_like(activity)
	count(data.ropa.lib.register.rights(activity)) > 0
	not "objection" in data.ropa.lib.register.rights(activity)
	why := _triggers(activity)
	count(why) > 0
	reason := data.ropa.lib.result.words(sort([w | some w in why]))
	finding := data.ropa.lib.result.finding(
		["activities", i, "rights"],
		"Activity \"%s\" involves %s but does not offer the right to object (GDPR Art. 21).",
		"L'activité \"%s\" repose sur %s mais ne prévoit pas le droit d'opposition (RGPD art. 21).",
		[data.ropa.lib.register.label(activity), reason],
	)
}
