# METADATA
# title: Archive period without a basis
# description: >-
#   Intermediate archiving keeps data beyond their active use only for a
#   reason: proving a right or a contract until the prescription, or a
#   legal duty to keep records. The record says which, so that the archive
#   period can be checked against it.
# related_resources:
#   - description: CNIL, les durées de conservation des données
#     ref: https://www.cnil.fr/fr/les-durees-de-conservation-des-donnees
# custom:
#   id: RET-004
#   severity: warning
#   severity_basis: >-
#     An archive period needs a reason (Art. 5(1)(e); the CNIL's guide on
#     retention periods, intermediate archiving); whether one exists
#     elsewhere the register does not say: a recommendation.
#   severity_basis_fr: >-
#     Une durée d'archive demande une raison (art. 5(1)(e) ; guide de la CNIL
#     sur les durées de conservation, archivage intermédiaire) ; qu'elle
#     existe ailleurs, le registre ne le dit pas : une recommandation.
#   description_fr: >-
#     L'archivage intermédiaire ne garde les données au-delà de leur usage
#     actif que pour une raison : prouver un droit ou un contrat jusqu'à la
#     prescription, ou une obligation légale de conservation. Le registre dit
#     laquelle, pour que la durée d'archive puisse être rapprochée de son
#     fondement.
#   reference: GDPR Art. 5(1)(e); CNIL, guide des durées de conservation (archivage intermédiaire)
#   remediation: 'Give retention.basis: the text or the reason for the archive period (e.g. Code civil art. 2224, Code de commerce art. L123-22).'
#   title_fr: Archivage sans fondement
#   remediation_fr: 'Indiquez `retention.basis` : le texte ou le motif de l''archivage (par exemple Code civil art. 2224, Code de commerce art. L123-22).'
#   examples:
#     avoid: |
#       data_categories:
#         - name: identity
#           source: data_subject
#           retention: {active: P5Y, trigger: end_of_contract, archive: P1Y}
#     prefer: |
#       data_categories:
#         - name: identity
#           source: data_subject
#           retention: {active: P5Y, trigger: end_of_contract, archive: P1Y, basis: C. civ. art. 2224}
package ropa.rules.retention.archive_without_basis

report contains finding if {
	some i, activity in input.activities
	some j, category in activity.data_categories
	data.ropa.lib.register.retention_days[category.retention.archive] > 0
	not category.retention.basis
	not [i, j] in data.ropa.lib.register.anonymised_categories
	finding := data.ropa.lib.result.finding(
		["activities", i, "data_categories", j, "retention", "archive"],
		"\"%s\" is archived %s without a basis: say which text or claim requires keeping it (retention.basis).",
		"\"%s\" est archivé %s sans fondement : indiquez le texte ou le motif qui impose de le conserver (retention.basis).",
		[data.ropa.lib.vocabulary.label("data_category", data.ropa.lib.register.text(category, "name")), category.retention.archive],
	)
}
