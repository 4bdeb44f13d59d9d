# METADATA
# title: Advertising trackers on legitimate interests instead of consent
# description: >-
#   Reading or writing information on a user's device needs the user's
#   consent, except for trackers whose sole purpose is to enable an
#   electronic communication or that are strictly necessary for a service
#   the user expressly asked for (ePrivacy Directive art. 5(3); in France
#   loi n° 78-17 art. 82). Advertising trackers are neither: a cookies
#   purpose that serves advertising (its activity prospects or profiles
#   for marketing, or its description says advertising or targeting) and
#   rests on legitimate interests is reported. Strictly necessary trackers
#   on legitimate interests are not.
# related_resources:
#   - description: Directive 2002/58/EC, art. 5(3) (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/dir/2002/58/oj
#   - description: CNIL, cookies et autres traceurs
#     ref: https://www.cnil.fr/fr/cookies-et-autres-traceurs
# custom:
#   id: MKT-004
#   severity: error
#   severity_basis: >-
#     ePrivacy Directive art. 5(3) and loi n° 78-17 art. 82 require the
#     user's consent to trackers that are not strictly necessary: mandatory
#     for advertising trackers.
#   severity_basis_fr: >-
#     L'art. 5(3) de la directive « vie privée et communications
#     électroniques » et l'art. 82 de la loi n° 78-17 exigent le consentement
#     de l'utilisateur aux traceurs qui ne sont pas strictement nécessaires :
#     obligatoire pour les traceurs publicitaires.
#   description_fr: >-
#     Lire ou écrire des informations sur le terminal d'un utilisateur exige
#     son consentement, sauf pour les traceurs qui ont pour seule finalité de
#     permettre une communication électronique ou qui sont strictement
#     nécessaires à un service qu'il a expressément demandé (directive « vie
#     privée et communications électroniques », art. 5(3) ; en France, loi n°
#     78-17, art. 82). Les traceurs publicitaires ne sont ni l'un ni l'autre :
#     une finalité de cookies au service de la publicité (son activité
#     prospecte ou profile à des fins commerciales, ou sa description parle
#     de publicité ou de ciblage) qui repose sur l'intérêt légitime est
#     signalée. Les traceurs strictement nécessaires sur l'intérêt légitime
#     ne le sont pas.
#   reference: Directive 2002/58/EC art. 5(3); loi n° 78-17 art. 82
#   remediation: Base advertising trackers on the user's consent, collected before they are set (consent on the purpose).
#   title_fr: Traceurs publicitaires sur l'intérêt légitime au lieu du consentement
#   remediation_fr: Fondez les traceurs publicitaires sur le consentement de l'utilisateur, recueilli avant leur dépôt (`consent` sur la finalité).
#   examples:
#     avoid: |
#       purposes:
#         - description: Cookies de ciblage publicitaire
#           type: cookies
#           legal_basis: legitimate_interests
#           legitimate_interest: {interest: Financement du site par la publicité, assessment: Mise en balance LIA-2026-09}
#       data_subjects: [website_visitors]
#       data_categories:
#         - name: online_identifiers
#           source: generated
#           retention: {active: P13M, trigger: collection}
#       rights: [access, objection]
#     prefer: |
#       purposes:
#         - description: Cookies de ciblage publicitaire
#           type: cookies
#           legal_basis: consent
#           consent: {collection: Bandeau cookies (accepter ou refuser), withdrawal: Lien « Gérer mes cookies », proof: Journal horodaté}
#       data_subjects: [website_visitors]
#       data_categories:
#         - name: online_identifiers
#           source: generated
#           retention: {active: P13M, trigger: collection}
#       rights: [access, withdraw_consent]
#     exceptions:
#       - case: "Trackers strictly necessary for the service the user asked for (session, basket), on legitimate interests."
#         case_fr: "Traceurs strictement nécessaires au service demandé par l'utilisateur (session, panier), sur l'intérêt légitime."
#         source: Directive 2002/58/EC art. 5(3); loi n° 78-17 art. 82
#         snippet: |
#           purposes:
#             - description: Cookies de session et de panier
#               type: cookies
#               legal_basis: legitimate_interests
#               legitimate_interest: {interest: Fonctionnement du site, assessment: Mise en balance LIA-2026-10}
#           data_subjects: [website_visitors]
#           data_categories:
#             - name: online_identifiers
#               source: generated
#               retention: {active: P13M, trigger: collection}
#           rights: [access, objection]
package ropa.rules.marketing.trackers_without_consent

_marketing_types := {"prospecting", "marketing_statistics", "loyalty_program", "file_sharing"}

_advertising_words := ["publicit", "advertis", "ciblage", "targeting", "retargeting", "reciblage"]

# The trackers serve advertising: the activity markets, or a purpose's words
# say so.
_advertising(activity) if count(data.ropa.lib.register.purpose_types(activity) & _marketing_types) > 0

_advertising(activity) if {
	some purpose in activity.purposes
	lowered := lower(purpose.description)
	some word in _advertising_words
	contains(lowered, word)
}

report contains finding if {
	some i, activity in input.activities
	some j, purpose in activity.purposes
	purpose.type == "cookies"
	purpose.legal_basis == "legitimate_interests"
	_advertising(activity)
	data.ropa.lib.register.controller_like(activity)
	finding := data.ropa.lib.result.finding(
		["activities", i, "purposes", j, "legal_basis"],
		"Purpose \"%s\" sets advertising trackers on legitimate interests: trackers that are not strictly necessary need the user's prior consent (%s).",
		"La finalité \"%s\" dépose des traceurs publicitaires sur le fondement de l'intérêt légitime : les traceurs qui ne sont pas strictement nécessaires exigent le consentement préalable de l'utilisateur (%s).",
		[
			data.ropa.lib.register.text(purpose, "description"),
			{"en": "ePrivacy Directive art. 5(3); in France loi n° 78-17 art. 82", "fr": "directive 2002/58/CE, art. 5(3) ; loi n° 78-17, art. 82"},
		],
	)
}
