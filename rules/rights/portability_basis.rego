# METADATA
# title: Portability claimed where the basis is neither consent nor contract
# description: >-
#   The right to data portability applies only where processing rests on
#   consent or on a contract and is carried out by automated means (Art.
#   20(1)). Announcing it for an activity on legal obligation or
#   legitimate interests misinforms people.
# related_resources:
#   - description: GDPR Article 20 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_20
# custom:
#   id: RGT-004
#   severity: warning
#   severity_basis: >-
#     Art. 20(1) limits portability to consent and contract; offering it
#     beyond is not unlawful, only inaccurate: a recommendation.
#   severity_basis_fr: >-
#     L'art. 20(1) limite la portabilité au consentement et au contrat ;
#     l'offrir au-delà n'est pas illicite, seulement inexact : une
#     recommandation.
#   description_fr: >-
#     Le droit à la portabilité ne s'applique que si le traitement repose sur
#     le consentement ou un contrat et est effectué à l'aide de procédés
#     automatisés (art. 20(1)). L'annoncer pour une activité fondée sur une
#     obligation légale ou l'intérêt légitime informe mal les personnes.
#   reference: GDPR Art. 20(1)
#   remediation: Remove portability from this activity's rights, or check its legal bases.
#   title_fr: Portabilité annoncée hors consentement ou contrat
#   remediation_fr: Retirez `portability` des droits de cette activité, ou vérifiez ses bases légales.
#   examples:
#     avoid: |
#       rights: [access, rectification, portability]
#     prefer: |
#       rights: [access, rectification]
package ropa.rules.rights.portability_basis

report contains finding if {
	some i, activity in input.activities

	# Its own list: the organisation's, for every activity, names portability
	# for those it applies to.
	"portability" in data.ropa.lib.register.own_rights(activity)
	count(data.ropa.lib.register.bases(activity)) > 0
	count(data.ropa.lib.register.bases(activity) & {"consent", "contract"}) == 0
	finding := data.ropa.lib.result.finding(
		["activities", i, "rights"],
		"Activity \"%s\" announces data portability, which applies only to processing based on consent or a contract (GDPR Art. 20(1)).",
		"L'activité \"%s\" annonce la portabilité, qui ne s'applique qu'aux traitements fondés sur le consentement ou un contrat (RGPD art. 20(1)).",
		[data.ropa.lib.register.label(activity)],
	)
}
