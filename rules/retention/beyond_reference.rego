# METADATA
# title: Retention beyond the reference for the purpose
# description: >-
#   Each national table (rules/ropadata/reference/retention.yaml, chosen
#   by organization.jurisdiction) gives, per purpose type, the longest
#   active period and archive period the reference texts allow: prospects
#   3 years from the last contact, customers the relationship then
#   archives up to the prescription, accounting records 10 years,
#   connection logs 1 year, video surveillance 1 month, unsuccessful
#   candidates 2 years, badge logs 3 months, personnel files and payslips
#   5 years, patient
#   records 20 years, cookies 13 months, audience-measurement data 25
#   months. Where the reference is a total limit (a prospect's 3 years, a
#   recording's month), an archive phase does not extend it: active and
#   archive together are held to it. Beyond a legal maximum (video
#   surveillance) the finding is an error and no basis lifts it; beyond a
#   recommendation or a minimum obligation it is a warning, and a
#   `retention.basis` that cites a text (an article, a code, a law, a
#   decree) explains a longer period on purpose: a duration written there
#   ("3 ans") cites nothing. A processor keeps data as its controllers
#   instruct, so processor activities are left out.
# related_resources:
#   - description: CNIL, les durées de conservation des données
#     ref: https://www.cnil.fr/fr/les-durees-de-conservation-des-donnees
#   - description: Code de la sécurité intérieure, art. L252-5 (Légifrance)
#     ref: https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000025503132
# custom:
#   id: RET-002
#   severity: warning
#   severity_basis: >-
#     Art. 5(1)(e) forbids keeping data longer than necessary. Most national
#     references are recommendations (CNIL referentials) or obligations to
#     keep at least so long (codes), from which the controller may depart
#     with a reason: a warning. Where a text of law sets a maximum (video
#     surveillance, C. sécurité intérieure art. L252-5), beyond it is
#     unlawful: an error. The table's `binding` decides.
#   severity_basis_fr: >-
#     L'art. 5(1)(e) interdit de conserver plus longtemps que nécessaire. La
#     plupart des références nationales sont des recommandations
#     (référentiels de la CNIL) ou des obligations de conserver au moins tant
#     (codes), dont le responsable peut s'écarter avec une raison :
#     avertissement. Lorsqu'un texte de loi fixe un maximum
#     (vidéosurveillance, C. sécurité intérieure art. L252-5), le dépasser
#     est illicite : erreur. La colonne `binding` de la table en décide.
#   description_fr: >-
#     Chaque table nationale (rules/ropadata/reference/retention.yaml, choisie
#     par `organization.jurisdiction`) donne, par type de finalité, la plus
#     longue durée active et la plus longue durée d'archive que permettent les
#     textes de référence : prospects 3 ans après le dernier contact, clients
#     la durée de la relation puis l'archive jusqu'à la prescription, pièces
#     comptables 10 ans, journaux de connexion 1 an, vidéosurveillance 1
#     mois, candidats non retenus 2 ans, badges 3 mois, dossiers du personnel
#     et bulletins de paie 5
#     ans, dossiers patients 20 ans, cookies 13 mois, données de mesure
#     d'audience 25 mois. Lorsque la référence est une limite totale (les 3
#     ans d'un prospect, le mois d'un enregistrement), une phase d'archive ne
#     la prolonge pas : actif et archive ensemble y sont tenus. Au-delà d'un
#     maximum légal (vidéosurveillance), le constat est une erreur qu'aucun
#     fondement ne lève ; au-delà d'une recommandation ou d'une durée
#     minimale, c'est un avertissement, et un `retention.basis` qui cite un
#     texte (un article, un code, une loi, un décret) justifie une durée plus
#     longue : une durée écrite là (« 3 ans ») ne cite rien. Un sous-traitant
#     conserve comme ses responsables l'instruisent : ses activités sont
#     écartées.
#   reference: GDPR Art. 5(1)(e); national references (CNIL, codes)
#   remediation: Shorten the period to the reference, or record in retention.basis the text that requires longer (a company table can also be supplied with --data).
#   title_fr: Conservation au-delà de la référence pour la finalité
#   remediation_fr: Réduisez la durée à la référence, ou indiquez dans `retention.basis` le texte qui impose plus long (une table propre à l'organisme peut être fournie avec --data).
#   examples:
#     avoid: |
#       data_categories:
#         - name: identity
#           source: data_subject
#           retention: {active: P10Y, trigger: end_of_contract}
#     prefer: |
#       data_categories:
#         - name: identity
#           source: data_subject
#           retention: {active: P5Y, trigger: end_of_contract}
package ropa.rules.retention.beyond_reference

_table := data.ropadata.reference.retention[data.ropa.lib.register.jurisdiction].by_purpose

_phases := {"active": ["active", "conservation active"], "archive": ["archive", "archivage"]}

# Table limits in days, computed once per register.
# (One key level per rule head: regorus rejects `_limits[kind][phase]`.)
_limits[kind] := limits if {
	some kind, reference in _table
	limits := {phase: data.ropa.lib.duration.days(text) |
		some phase in ["active", "archive"]
		text := reference[phase]
	}
}

# The whole life, in days, of a purpose whose reference is a total limit
# (a reference with an active and an archive period bounds each phase, which
# the rule above holds it to).
_whole[kind] := _limits[kind].active if {
	some kind, reference in _table
	reference.total == true
}

# A category may be kept as long as the most permissive purpose of its
# activity allows; a purpose without a reference (or without that phase)
# leaves the phase unbounded, so nothing is reported for it.
report contains finding if {
	some i, activity in input.activities
	data.ropa.lib.register.controller_like(activity)
	some phase, words in _phases
	allowed := [_limits[purpose.type][phase] | some purpose in activity.purposes]
	count(allowed) > 0
	count(allowed) == count(activity.purposes)
	limit := max(allowed)
	some j, category in activity.data_categories
	data.ropa.lib.register.retention_days[category.retention[phase]] > limit
	kind := min({purpose.type | some purpose in activity.purposes; _limits[purpose.type][phase] == limit})
	reference := _table[kind]
	not _justified(category, reference)
	not [i, j] in data.ropa.lib.register.anonymised_categories
	finding := data.ropa.lib.result.graded(
		["activities", i, "data_categories", j, "retention", phase],
		_severity(reference),
		"\"%s\" is kept %s (%s) for %s, beyond the reference of %s (%s). %s",
		"\"%s\" est conservé %s (%s) pour %s, au-delà de la référence de %s (%s). %s",
		[
			data.ropa.lib.vocabulary.label("data_category", data.ropa.lib.register.text(category, "name")),
			data.ropa.lib.duration.words(category.retention[phase]), {"en": words[0], "fr": words[1]},
			data.ropa.lib.vocabulary.label("purpose_type", kind), data.ropa.lib.duration.words(reference[phase]),
			{"en": reference.text, "fr": object.get(reference, "text_fr", reference.text)}, _advice(reference),
		],
	)
}

# Active and archive together, where every purpose's reference bounds the
# whole life and the category has an archive phase (the active phase alone
# is the rule above's).
report contains finding if {
	some i, activity in input.activities
	data.ropa.lib.register.controller_like(activity)
	allowed := [_whole[purpose.type] | some purpose in activity.purposes]
	count(allowed) > 0
	count(allowed) == count(activity.purposes)
	limit := max(allowed)
	some j, category in activity.data_categories
	days := data.ropa.lib.register.retention_days
	archive := days[category.retention.archive]
	archive > 0
	active := object.get(days, object.get(category.retention, "active", ""), 0)
	active <= limit
	active + archive > limit
	kind := min({purpose.type | some purpose in activity.purposes; _whole[purpose.type] == limit})
	reference := _table[kind]
	not _justified(category, reference)
	not [i, j] in data.ropa.lib.register.anonymised_categories
	finding := _archived(["activities", i, "data_categories", j, "retention", "archive"], category, kind, reference)
}

_archived(path, category, kind, reference) := data.ropa.lib.result.graded(
	path,
	_severity(reference),
	"\"%s\" is kept %s, then archived %s, for %s: beyond the reference of %s in all, archives included (%s). %s",
	"\"%s\" est conservé %s, puis archivé %s, pour %s : au-delà de la référence de %s au total, archives comprises (%s). %s",
	[
		data.ropa.lib.vocabulary.label("data_category", data.ropa.lib.register.text(category, "name")),
		data.ropa.lib.duration.words(object.get(category.retention, "active", "P0D")),
		data.ropa.lib.duration.words(category.retention.archive),
		data.ropa.lib.vocabulary.label("purpose_type", kind), data.ropa.lib.duration.words(reference.active),
		{"en": reference.text, "fr": object.get(reference, "text_fr", reference.text)}, _advice(reference),
	],
)

# A basis that cites a law explains a longer period, except beyond a legal
# maximum.
_justified(category, reference) if {
	not reference.binding
	data.ropa.lib.register.cites_a_law(object.get(category.retention, "basis", null))
}

_severity(reference) := "error" if reference.binding == true

_severity(reference) := "warning" if not reference.binding

_advice(reference) := words if {
	reference.binding == true
	words := {"en": "A legal maximum: shorten it.", "fr": "C'est un maximum légal : réduisez la durée."}
}

_advice(reference) := words if {
	not reference.binding
	words := {
		"en": "Shorten it, or name the text that requires longer in `retention.basis`.",
		"fr": "Réduisez la durée ou citez dans `retention.basis` le texte qui impose plus long.",
	}
}
