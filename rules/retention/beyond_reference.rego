# METADATA
# title: Retention beyond the reference for the purpose
# description: >-
#   Each national table (rules/ropadata/reference/retention.yaml, chosen
#   by organization.jurisdiction) gives, per purpose type, the longest
#   active period and archive period the reference texts allow: prospects
#   3 years from the last contact, customers the relationship then
#   archives up to the prescription (10 years for accounting records),
#   connection logs 1 year, video surveillance 1 month, unsuccessful
#   candidates 2 years, badge logs 3 months, payslips 5 years, patient
#   records 20 years, cookies 13 months. A processor keeps data as its
#   controllers instruct, so processor activities are left out.
# related_resources:
#   - description: CNIL, les durées de conservation des données
#     ref: https://www.cnil.fr/fr/les-durees-de-conservation-des-donnees
# custom:
#   id: RET-002
#   severity: error
#   severity_basis: >-
#     Art. 5(1)(e) forbids keeping data longer than necessary; the national
#     reference (CNIL referential, code) sets what is necessary for the
#     purpose: beyond it without a basis is non-compliant.
#   severity_basis_fr: >-
#     L'art. 5(1)(e) interdit de conserver plus longtemps que nécessaire ; la
#     référence nationale (référentiel CNIL, code) fixe ce qui est nécessaire
#     pour la finalité : au-delà sans fondement, le traitement n'est pas
#     conforme.
#   description_fr: >-
#     Chaque table nationale (rules/ropadata/reference/retention.yaml, choisie
#     par `organization.jurisdiction`) donne, par type de finalité, la plus
#     longue durée active et la plus longue durée d'archive que permettent les
#     textes de référence : prospects 3 ans après le dernier contact, clients
#     la durée de la relation puis l'archive jusqu'à la prescription (10 ans
#     pour les pièces comptables), journaux de connexion 1 an,
#     vidéosurveillance 1 mois, candidats non retenus 2 ans, badges 3 mois,
#     bulletins de paie 5 ans, dossiers patients 20 ans, cookies 13 mois. Un
#     sous-traitant conserve comme ses responsables l'instruisent : ses
#     activités sont écartées.
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

# A category may be kept as long as the most permissive purpose of its
# activity allows; a purpose without a reference (or without that phase)
# leaves the phase unbounded, so nothing is reported for it. A basis that
# cites a text explains a longer period on purpose.
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
	not data.ropa.lib.register.cites_a_text(object.get(category.retention, "basis", null))
	kind := min({purpose.type | some purpose in activity.purposes; _limits[purpose.type][phase] == limit})
	reference := _table[kind]
	not [i, j] in data.ropa.lib.register.anonymised_categories
	finding := data.ropa.lib.result.finding(
		["activities", i, "data_categories", j, "retention", phase],
		"\"%s\" is kept %s (%s) for %s, beyond the reference of %s (%s). Shorten it, or name the text that requires longer in `retention.basis`.",
		"\"%s\" est conservé %s (%s) pour %s, au-delà de la référence de %s (%s). Réduisez la durée ou citez dans `retention.basis` le texte qui impose plus long.",
		[data.ropa.lib.vocabulary.label("data_category", data.ropa.lib.register.text(category, "name")), category.retention[phase], {"en": words[0], "fr": words[1]}, data.ropa.lib.vocabulary.label("purpose_type", kind), reference[phase], {"en": reference.text, "fr": object.get(reference, "text_fr", reference.text)}],
	)
}
