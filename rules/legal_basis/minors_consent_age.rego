# METADATA
# title: Consent of minors without the age of digital consent
# description: >-
#   For information society services offered directly to a child, consent
#   is lawful only from the age of digital consent of the Member State (16
#   by default, 13 to 16 by national law; 15 in France), below which the
#   holder of parental responsibility gives or authorises it (Art. 8). The
#   rule reminds the age of the jurisdiction.
# related_resources:
#   - description: GDPR Article 8 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_8
# custom:
#   id: LB-006
#   severity: warning
#   severity_basis: >-
#     Art. 8(1) applies only to information society services offered
#     directly to a child, which the register does not record: a risk
#     judgement.
#   severity_basis_fr: >-
#     L'art. 8(1) ne vise que les services de la société de l'information
#     proposés directement à un enfant, ce que le registre n'indique pas : une
#     appréciation du risque.
#   description_fr: >-
#     Pour les services de la société de l'information proposés directement à
#     un enfant, le consentement n'est licite qu'à partir de l'âge fixé par
#     l'État membre (16 ans par défaut, 13 à 16 ans selon la loi nationale ;
#     15 ans en France), en dessous duquel le titulaire de l'autorité
#     parentale le donne ou l'autorise (art. 8). La règle rappelle l'âge de la
#     juridiction.
#   reference: GDPR Art. 8(1)
#   remediation: Record in consent.collection how the age is checked and how parental consent is obtained below the national age.
#   title_fr: Consentement de mineurs sans l'âge du consentement numérique
#   remediation_fr: Indiquez dans `consent.collection` comment l'âge est vérifié et comment le consentement parental est recueilli sous l'âge légal.
#   examples:
#     avoid: |
#       data_subjects: [minors]
#       purposes:
#         - description: Inscription au club des jeunes
#           type: other
#           legal_basis: consent
#           consent: {collection: Case à cocher, withdrawal: Lien de désinscription, proof: Journal horodaté}
#       rights: [access, rectification, withdraw_consent]
#     prefer: |
#       data_subjects: [minors]
#       purposes:
#         - description: Inscription au club des jeunes
#           type: other
#           legal_basis: consent
#           consent: {collection: Accord parental sous 15 ans (âge vérifié), withdrawal: Lien de désinscription, proof: Journal horodaté}
#       rights: [access, rectification, withdraw_consent]
package ropa.rules.legal_basis.minors_consent_age

# (A rule, not a negated index: with no jurisdiction, `not table[undefined]`
# is true on regorus and undefined on OPA.)
_national_age := data.ropadata.reference.consent_age.by_country[data.ropa.lib.register.jurisdiction].age

_age := data.ropadata.reference.consent_age.by_country[data.ropa.lib.register.jurisdiction].age

_age := data.ropadata.reference.consent_age.gdpr_default.age if not _national_age

report contains finding if {
	some i, activity in input.activities
	"minors" in data.ropa.lib.register.subjects(activity)
	some j, purpose in activity.purposes
	purpose.legal_basis == "consent"
	not regex.match(`(?i)parent|âge|age`, object.get(object.get(purpose, "consent", {}), "collection", ""))
	data.ropa.lib.register.controller_like(activity)
	finding := data.ropa.lib.result.finding(
		["activities", i, "purposes", j, "consent", "collection"],
		"Purpose \"%s\" relies on the consent of minors: below %d here, a parent must give or authorise it; say how age and parental consent are checked (GDPR Art. 8).",
		"La finalité \"%s\" repose sur le consentement de mineurs : en dessous de %d ans ici, un parent doit le donner ou l'autoriser ; indiquez comment l'âge et l'accord parental sont vérifiés (RGPD art. 8).",
		[data.ropa.lib.register.text(purpose, "description"), _age],
	)
}
