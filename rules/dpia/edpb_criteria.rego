# METADATA
# title: Two or more EDPB criteria without a DPIA
# description: >-
#   The EDPB-endorsed guidelines (WP248 rev.01) list nine criteria of high
#   risk: evaluation or scoring, automated decisions with legal or similar
#   effect, systematic monitoring, sensitive or highly personal data,
#   large scale, matching or combining datasets, vulnerable data subjects
#   (patients, employees, minors...), innovative technology, and
#   processing that prevents people from exercising a right or using a
#   service. Meeting two or more usually requires a DPIA; the controller
#   may document why one is not needed. Under French law an activity on the
#   CNIL's list of processing that needs no DPIA (délib. n° 2019-118) is
#   not reported: personnel management of an organisation under 250 without
#   profiling, an individual practitioner's patient care, a not-for-profit
#   body's members and donors, a works council, suppliers, access control.
# related_resources:
#   - description: WP29/EDPB Guidelines on DPIA (WP248 rev.01)
#     ref: https://ec.europa.eu/newsroom/article29/items/611236
#   - description: GDPR Article 35 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_35
# custom:
#   id: DPIA-002
#   severity: warning
#   severity_basis: >-
#     Warning: the EDPB guidelines say two criteria require a DPIA "in most
#     cases" and let the controller document why not; the CNIL's guidelines
#     (délib. n° 2018-326) take the same criteria, and its exemption list
#     (délib. n° 2019-118) spares activities that meet two. A risk
#     judgement under every law. The table rules/ropadata/reference/dpia.yaml
#     (two_criteria) decides.
#   severity_basis_fr: >-
#     Avertissement : selon les lignes directrices du CEPD, deux critères
#     exigent une AIPD « dans la plupart des cas », et le responsable peut
#     documenter pourquoi il n'en fait pas ; les lignes directrices de la
#     CNIL (délib. n° 2018-326) reprennent ces critères, et sa liste
#     d'exemption (délib. n° 2019-118) dispense des activités qui en
#     remplissent deux. Une appréciation du risque, sous toute loi. La table
#     rules/ropadata/reference/dpia.yaml (two_criteria) en décide.
#   description_fr: >-
#     Les lignes directrices approuvées par le CEPD (WP248 rév.01) retiennent
#     neuf critères de risque élevé : évaluation ou notation, décision
#     automatisée avec effet juridique ou similaire, surveillance
#     systématique, données sensibles ou à caractère hautement personnel,
#     grande échelle, croisement ou combinaison de données, personnes
#     vulnérables (patients, salariés, mineurs…), usage innovant de
#     technologies, et traitement qui empêche d'exercer un droit ou de
#     bénéficier d'un service. Deux critères ou plus exigent une AIPD dans
#     la plupart des cas ; le responsable peut documenter pourquoi elle n'est
#     pas nécessaire. En droit français, une activité de la liste CNIL des
#     traitements dispensés d'AIPD (délib. n° 2019-118) n'est pas signalée :
#     gestion du personnel d'un organisme de moins de 250 personnes sans
#     profilage, prise en charge des patients par un professionnel exerçant
#     à titre individuel, membres et donateurs d'un organisme sans but
#     lucratif, comité social et économique, fournisseurs, contrôle d'accès.
#   reference: GDPR Art. 35(1), 35(5); WP248 rev.01; CNIL délib. n° 2018-326, n° 2019-118
#   remediation: Carry out a DPIA, or record why the processing is not likely to result in a high risk despite the criteria.
#   title_fr: Deux critères du CEPD ou plus sans AIPD
#   remediation_fr: Réalisez une AIPD, ou documentez pourquoi le traitement ne présente pas de risque élevé malgré ces critères.
#   examples:
#     avoid: |
#       risk: {evaluation_scoring: true, innovative_technology: true}
#       dpia: {performed: false}
#     prefer: |
#       risk: {evaluation_scoring: true, innovative_technology: true}
#       dpia: {performed: true, reference: AIPD-2026-02, date: 2026-03-01}
#     exceptions:
#       - case: "A processor's record: the DPIA is the controller's duty (Art. 35(1)); the processor assists it (Art. 28(3)(f))."
#         case_fr: "Le registre d'un sous-traitant : l'AIPD incombe au responsable du traitement (art. 35(1)) ; le sous-traitant l'aide (art. 28(3)(f))."
#         source: GDPR Art. 35(1), 28(3)(f)
#         snippet: |
#           risk: {evaluation_scoring: true, innovative_technology: true}
#           dpia: {performed: false}
#           role: processor
#           controllers:
#             - {name: Client A, email: dpo@client-a.fr}
#       - case: "Personnel management only, by an organisation employing fewer than 250 people, without profiling (employees' health data for sick leave)."
#         case_fr: "Seule gestion du personnel d'un organisme employant moins de 250 personnes, sans profilage (données de santé des salariés pour les arrêts maladie)."
#         source: CNIL délib. n° 2019-118 (GDPR Art. 35(5))
#         organization: |
#           employees: 40
#         snippet: |
#           data_categories:
#             - {name: health, special_category: health, source: data_subject, retention: {active: P5Y, trigger: end_of_contract}}
#           special_category_condition: employment
#           security_measures: [access_control, authentication, encryption_at_rest]
#       - case: "Patient care by a health professional practising individually (patients and health data: two criteria)."
#         case_fr: "Prise en charge des patients par un professionnel de santé exerçant à titre individuel (patients et données de santé : deux critères)."
#         source: CNIL délib. n° 2019-118 (GDPR Art. 35(5))
#         organization: |
#           kind: individual_practice
#         snippet: |
#           name: Dossiers patients du cabinet de kinésithérapie
#           purposes:
#             - {description: Suivi des soins, type: health_care, legal_basis: contract}
#           data_subjects: [patients]
#           data_categories:
#             - {name: health, special_category: health, source: data_subject, retention: {active: P20Y, trigger: last_contact, basis: "C. santé publ. art. R1112-7"}}
#           special_category_condition: health_care
#           security_measures: [access_control, authentication, encryption_at_rest]
package ropa.rules.dpia.edpb_criteria

_vulnerable := {s | some s in data.ropadata.reference.dpia.vulnerable_subjects}

_two := data.ropadata.reference.dpia.two_criteria

# The severity and its words under the authority whose text applies.
_key := data.ropa.lib.register.jurisdiction if _national

_key := "default" if not _national

_national if object.get(_two.severity, data.ropa.lib.register.jurisdiction, null) != null

# Criteria as their labels; profiling and scoring are one criterion.
_criteria(flags) := {data.ropa.lib.vocabulary.label("risk", c).en: data.ropa.lib.vocabulary.label("risk", c) | some c in flags}

# The flags the activity sets, walked rather than each looked up: most
# activities set none.
_flags(activity) := {flag | some flag, on in object.get(activity, "risk", {}); on == true; flag in _risk_flags} | _data_flags(activity)

_risk_flags := {
	"evaluation_scoring", "profiling", "automated_decisions", "systematic_monitoring",
	"large_scale", "data_matching", "innovative_technology", "prevents_rights",
}

# Written out rather than through register.special_categories and
# register.subjects: building those sets for each of 5,000 activities took
# this rule from 55-70 ms to 72-97 ms (benchmarks/rules_ab.py).
_data_flags(activity) := sensitive | vulnerable if {
	sensitive := {"sensitive_data" | some category in activity.data_categories; category.special_category != null}
	vulnerable := {"vulnerable_subjects" | some subject in activity.data_subjects; subject in _vulnerable}
}

report contains finding if {
	some i, activity in input.activities
	not activity.dpia.performed == true
	flags := _flags(activity)
	count(flags) >= 2
	not data.ropa.lib.register.processor_record(activity)
	not data.ropa.lib.dpia.exempt(activity)
	criteria := _criteria(flags)
	count(criteria) >= 2
	listed := {
		"en": concat(", ", sort([c.en | some c in criteria])),
		"fr": concat(", ", sort([c.fr | some c in criteria])),
	}
	finding := data.ropa.lib.result.graded(
		["activities", i, "dpia"],
		_two.severity[_key],
		"Activity \"%s\" meets %d criteria of high risk (%s) and has no DPIA: %s.",
		"L'activité \"%s\" remplit %d critères de risque élevé (%s) sans AIPD : %s.",
		[data.ropa.lib.register.label(activity), count(criteria), listed, _two.words[_key]],
	)
}
