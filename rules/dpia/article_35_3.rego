# METADATA
# title: Processing listed in Art. 35(3) without a DPIA
# description: >-
#   A DPIA is required in the three cases of Art. 35(3): systematic and
#   extensive evaluation based on automated processing with legal or
#   similar effects (risk evaluation_scoring or profiling with
#   automated_decisions); large-scale processing of special-category or
#   criminal data; large-scale systematic monitoring of a publicly
#   accessible area (large_scale with systematic_monitoring).
# related_resources:
#   - description: GDPR Article 35 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_35
#   - description: WP29/EDPB Guidelines on DPIA (WP248 rev.01)
#     ref: https://ec.europa.eu/newsroom/article29/items/611236
# custom:
#   id: DPIA-001
#   severity: error
#   severity_basis: >-
#     Art. 35(3) lists processing for which a DPIA is required in every
#     case: mandatory.
#   severity_basis_fr: >-
#     L'art. 35(3) liste des traitements pour lesquels une AIPD est requise
#     dans tous les cas : obligatoire.
#   description_fr: >-
#     Une analyse d'impact est requise dans les trois cas de l'art. 35(3) :
#     évaluation systématique et approfondie fondée sur un traitement
#     automatisé produisant des effets juridiques ou similaires (risque
#     évaluation ou notation, ou profilage, avec décision automatisée) ;
#     traitement à grande échelle de données sensibles ou d'infraction ;
#     surveillance systématique à grande échelle d'une zone accessible au
#     public.
#   reference: GDPR Art. 35(1), 35(3)
#   remediation: 'Carry out the DPIA before the processing and record dpia.performed: true with its reference and date.'
#   title_fr: Traitement de l'article 35(3) sans AIPD
#   remediation_fr: 'Réalisez l''AIPD avant le traitement et indiquez `dpia.performed`: true avec sa référence et sa `date`.'
#   examples:
#     also: [DPIA-002, DPIA-003]
#     avoid: |
#       risk: {large_scale: true, systematic_monitoring: true}
#       security_measures: [access_control, encryption_at_rest]
#       dpia: {performed: false}
#     prefer: |
#       risk: {large_scale: true, systematic_monitoring: true}
#       security_measures: [access_control, encryption_at_rest]
#       dpia: {performed: true, reference: AIPD-2026-01, date: 2026-03-01}
#     exceptions:
#       - case: "A processor's record: the DPIA is the controller's duty (Art. 35(1)); the processor assists it (Art. 28(3)(f))."
#         case_fr: "Le registre d'un sous-traitant : l'AIPD incombe au responsable du traitement (art. 35(1)) ; le sous-traitant l'aide (art. 28(3)(f))."
#         source: GDPR Art. 35(1), 28(3)(f)
#         snippet: |
#           risk: {large_scale: true, systematic_monitoring: true}
#           security_measures: [access_control, encryption_at_rest]
#           dpia: {performed: false}
#           role: processor
#           controllers:
#             - {name: Client A, email: dpo@client-a.fr}
package ropa.rules.dpia.article_35_3

_cases := {
	"a": ["systematic and extensive automated evaluation with legal or similar effects (Art. 35(3)(a))", "évaluation systématique et approfondie fondée sur un traitement automatisé, avec effets juridiques ou similaires (art. 35(3)(a))"],
	"b": ["large-scale special-category or criminal data (Art. 35(3)(b))", "données sensibles ou d'infraction à grande échelle (art. 35(3)(b))"],
	"c": ["large-scale systematic monitoring (Art. 35(3)(c))", "surveillance systématique à grande échelle (art. 35(3)(c))"],
}

_applies(activity, "a") if {
	data.ropa.lib.register.risk(activity, "automated_decisions")
	_evaluates(activity)
}

_applies(activity, "b") if {
	data.ropa.lib.register.risk(activity, "large_scale")
	_sensitive(activity)
}

_applies(activity, "c") if {
	data.ropa.lib.register.risk(activity, "large_scale")
	data.ropa.lib.register.risk(activity, "systematic_monitoring")
}

_evaluates(activity) if data.ropa.lib.register.risk(activity, "evaluation_scoring")

_evaluates(activity) if data.ropa.lib.register.risk(activity, "profiling")

_sensitive(activity) if count(data.ropa.lib.register.special_categories(activity)) > 0

_sensitive(activity) if {
	some category in activity.data_categories
	category.criminal == true
}

report contains finding if {
	some i, activity in input.activities
	not activity.dpia.performed == true

	# Each case of Art. 35(3) needs a risk flag: an activity with none is
	# not looked at case by case.
	count(object.get(activity, "risk", {})) > 0
	some letter, case in _cases
	_applies(activity, letter)
	not data.ropa.lib.register.processor_record(activity)
	finding := data.ropa.lib.result.finding(
		["activities", i, "dpia"],
		"Activity \"%s\" is %s: a DPIA is required before it starts (GDPR Art. 35(3)).",
		"L'activité \"%s\" relève de l'art. 35(3) : %s ; une AIPD est obligatoire avant sa mise en œuvre.",
		[data.ropa.lib.register.label(activity), {"en": case[0], "fr": case[1]}],
	)
}
