# METADATA
# title: Retention beyond the reference for the purpose
# description: >-
#   Each national table (rules/ropadata/reference/retention.yaml, chosen
#   by organization.jurisdiction) gives, per purpose type, the longest
#   active period and archive period the reference texts allow: prospects
#   3 years from the last contact, customers the relationship then
#   archives up to the prescription, accounting records 10 years,
#   connection logs 1 year, video surveillance 1 month, unsuccessful
#   candidates 3 months after the recruitment (2 years from the last
#   contact with their consent, which a purpose on consent shows), badge
#   logs 3 months, personnel files and payslips
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
#   instruct, so processor activities are left out. A purpose the table has
#   no reference for does not silence the others: the finding names it, is
#   a warning, and a basis citing a text explains the longer period.
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
#     mois, candidats non retenus 3 mois après le recrutement (2 ans après le
#     dernier contact avec leur consentement, qu'une finalité fondée sur le
#     consentement atteste), badges 3 mois, dossiers du personnel
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
#     écartées. Une finalité sans référence dans la table ne fait plus taire
#     les autres : le constat la nomme, est un avertissement, et un
#     fondement qui cite un texte justifie la durée plus longue.
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
#     exceptions:
#       - case: "An unsuccessful candidate's file kept 2 years after the last contact, with the candidate's consent."
#         case_fr: "Dossier d'un candidat non retenu conservé 2 ans après le dernier contact, avec son consentement."
#         source: CNIL, guide du recrutement (2023)
#         snippet: |
#           purposes:
#             - description: Vivier de candidats pour des offres ultérieures
#               type: recruitment
#               legal_basis: consent
#               consent: {collection: Case à cocher du formulaire de candidature, withdrawal: Lien de désinscription, proof: Journal horodaté}
#           data_subjects: [candidates]
#           data_categories:
#             - name: identity
#               source: data_subject
#               retention: {active: P2Y, trigger: last_contact}
#           rights: [access, rectification, withdraw_consent]
#       - case: "Invoices kept 10 years as accounting records in a customer activity, the code cited."
#         case_fr: "Factures conservées 10 ans comme pièces comptables dans une activité clients, le code cité."
#         source: Code de commerce art. L123-22
#         snippet: |
#           data_categories:
#             - name: transaction
#               source: data_subject
#               retention: {active: P3Y, trigger: end_of_relationship, archive: P7Y, basis: "Code de commerce, art. L123-22"}
package ropa.rules.retention.beyond_reference

_table := data.ropadata.reference.retention[data.ropa.lib.register.jurisdiction].by_purpose

_phases := {"active": ["active", "conservation active"], "archive": ["archive", "archivage"]}

# The references an activity is held to, one per purpose whose type has a row
# in the table. Where a row bounds the period by the data subject's consent
# (`without_consent`: a candidate's file kept for later offers) and no
# purpose of the activity rests on consent, the shorter period the text
# allows without it replaces the row's.
_references(activity) := [object.union(_reference(activity, row), {"kind": purpose.type}) |
	some purpose in activity.purposes
	row := _table[object.get(purpose, "type", "")]
]

_reference(activity, row) := row if not _consent_bound(activity, row)

_reference(activity, row) := object.union(row, row.without_consent) if _consent_bound(activity, row)

_consent_bound(activity, row) if {
	row.without_consent
	not "consent" in data.ropa.lib.register.bases(activity)
}

# Purposes without a reference (no type, or a type the table lacks). They
# do not bound a phase and no longer silence the others: the finding names
# them, is a warning, and a basis citing a text explains a longer period.
_unreferenced(activity) := sort([data.ropa.lib.register.text(purpose, "description") |
	some purpose in activity.purposes
	not _table[object.get(purpose, "type", "")]
])

_days(reference, phase) := data.ropa.lib.duration.days(reference[phase])

# A category may be kept as long as the most permissive referenced purpose of
# its activity allows; a referenced purpose without that phase leaves the
# phase unbounded, so nothing is reported for it.
report contains finding if {
	some i, activity in input.activities
	data.ropa.lib.register.controller_like(activity)
	references := _references(activity)
	count(references) > 0
	some phase, words in _phases
	allowed := [_days(reference, phase) | some reference in references]
	count(allowed) == count(references)
	limit := max(allowed)
	some j, category in activity.data_categories
	data.ropa.lib.register.retention_days[category.retention[phase]] > limit
	kind := min({reference.kind | some reference in references; _days(reference, phase) == limit})
	reference := [r | some r in references; r.kind == kind][0]
	open := _unreferenced(activity)
	not _justified(category, reference, open)
	not [i, j] in data.ropa.lib.register.anonymised_categories
	finding := data.ropa.lib.result.graded(
		["activities", i, "data_categories", j, "retention", phase],
		_severity(reference, open),
		"\"%s\" is kept %s (%s) for %s, beyond the reference of %s (%s). %s",
		"\"%s\" est conservé %s (%s) pour %s, au-delà de la référence de %s (%s). %s",
		[
			data.ropa.lib.vocabulary.label("data_category", data.ropa.lib.register.text(category, "name")),
			data.ropa.lib.duration.words(category.retention[phase]), {"en": words[0], "fr": words[1]},
			data.ropa.lib.vocabulary.label("purpose_type", kind), data.ropa.lib.duration.words(reference[phase]),
			{"en": reference.text, "fr": object.get(reference, "text_fr", reference.text)}, _advice(reference, open),
		],
	)
}

# Active and archive together, where every referenced purpose bounds the
# whole life and the category has an archive phase (the active phase alone
# is the rule above's).
report contains finding if {
	some i, activity in input.activities
	data.ropa.lib.register.controller_like(activity)
	references := _references(activity)
	count(references) > 0
	allowed := [_days(reference, "active") | some reference in references; reference.total == true]
	count(allowed) == count(references)
	limit := max(allowed)
	some j, category in activity.data_categories
	days := data.ropa.lib.register.retention_days
	archive := days[category.retention.archive]
	archive > 0
	active := object.get(days, object.get(category.retention, "active", ""), 0)
	active <= limit
	active + archive > limit
	kind := min({reference.kind | some reference in references; _days(reference, "active") == limit})
	reference := [r | some r in references; r.kind == kind][0]
	open := _unreferenced(activity)
	not _justified(category, reference, open)
	not [i, j] in data.ropa.lib.register.anonymised_categories
	finding := _archived(["activities", i, "data_categories", j, "retention", "archive"], category, kind, reference, open)
}

_archived(path, category, kind, reference, open) := data.ropa.lib.result.graded(
	path,
	_severity(reference, open),
	"\"%s\" is kept %s, then archived %s, for %s: beyond the reference of %s in all, archives included (%s). %s",
	"\"%s\" est conservé %s, puis archivé %s, pour %s : au-delà de la référence de %s au total, archives comprises (%s). %s",
	[
		data.ropa.lib.vocabulary.label("data_category", data.ropa.lib.register.text(category, "name")),
		data.ropa.lib.duration.words(object.get(category.retention, "active", "P0D")),
		data.ropa.lib.duration.words(category.retention.archive),
		data.ropa.lib.vocabulary.label("purpose_type", kind), data.ropa.lib.duration.words(reference.active),
		{"en": reference.text, "fr": object.get(reference, "text_fr", reference.text)}, _advice(reference, open),
	],
)

# A basis that cites a law explains a longer period, except beyond a legal
# maximum that governs every purpose of the activity.
_justified(category, reference, open) if {
	_liftable(reference, open)
	data.ropa.lib.register.cites_a_law(object.get(category.retention, "basis", null))
}

_liftable(reference, _) if not reference.binding

_liftable(_, open) if count(open) > 0

_severity(reference, open) := "error" if not _liftable(reference, open)

_severity(reference, open) := "warning" if _liftable(reference, open)

_advice(reference, open) := words if {
	not _liftable(reference, open)
	words := {"en": "A legal maximum: shorten it.", "fr": "C'est un maximum légal : réduisez la durée."}
}

_advice(reference, open) := words if {
	_liftable(reference, open)
	count(open) == 0
	words := {
		"en": "Shorten it, or name the text that requires longer in `retention.basis`.",
		"fr": "Réduisez la durée ou citez dans `retention.basis` le texte qui impose plus long.",
	}
}

_advice(_, open) := words if {
	count(open) > 0
	words := {
		"en": sprintf("The activity's other purposes (%s) have no reference: shorten it, or name in `retention.basis` the text that requires longer for them.", [data.ropa.lib.result.listing(open, "en")]),
		"fr": sprintf("Les autres finalités de l'activité (%s) n'ont pas de référence : réduisez la durée ou citez dans `retention.basis` le texte qui impose plus long pour elles.", [data.ropa.lib.result.listing(open, "fr")]),
	}
}
