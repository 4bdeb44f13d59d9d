# METADATA
# title: Business-to-business prospecting not tied to the person's profession
# description: >-
#   A professional email address may be used for prospecting without
#   consent only when the message relates to the recipient's profession
#   (CNIL doctrine on L34-5); otherwise the rules for individuals apply.
#   The register shows it with `marketing.related_to_profession: true`.
# related_resources:
#   - description: CNIL, la prospection commerciale par courrier électronique
#     ref: https://www.cnil.fr/fr/la-prospection-commerciale-par-courrier-electronique
# custom:
#   id: MKT-002
#   severity: warning
#   severity_basis: >-
#     The CNIL admits B2B prospecting without consent when tied to the
#     person's profession; whether it is, the register says only through
#     `related_to_profession`: a recommendation.
#   severity_basis_fr: >-
#     La CNIL admet la prospection B2B sans consentement si elle est en
#     rapport avec la profession ; le registre ne le dit que par
#     `related_to_profession` : une recommandation.
#   description_fr: >-
#     Une adresse électronique professionnelle peut servir à la prospection
#     sans consentement seulement si le message est en rapport avec la
#     profession du destinataire (doctrine de la CNIL sur l'art. L34-5) ;
#     sinon, les règles applicables aux particuliers s'appliquent. Le registre
#     le montre par `marketing.related_to_profession: true`.
#   reference: CPCE art. L34-5; CNIL
#   remediation: 'Check that the messages concern the recipients'' profession and set marketing.related_to_profession: true, or collect consent.'
#   title_fr: Prospection B2B sans lien avec la profession
#   remediation_fr: 'Vérifiez que les messages concernent la profession des destinataires et indiquez `marketing.related_to_profession`: true, ou recueillez le consentement.'
#   examples:
#     avoid: |
#       marketing: {channels: [email], audience: b2b}
#       purposes:
#         - description: Prospection commerciale
#           type: prospecting
#           legal_basis: legitimate_interests
#           legitimate_interest: {interest: Connaître l'absentéisme, assessment: Mise en balance LIA-2026-02}
#       data_subjects: [prospects]
#       data_categories:
#         - name: contact
#           source: data_subject
#           retention: {active: P3Y, trigger: last_contact}
#       rights: [access, rectification, objection, withdraw_consent]
#     prefer: |
#       marketing: {channels: [email], audience: b2b, related_to_profession: true}
#       purposes:
#         - description: Prospection commerciale
#           type: prospecting
#           legal_basis: legitimate_interests
#           legitimate_interest: {interest: Connaître l'absentéisme, assessment: Mise en balance LIA-2026-02}
#       data_subjects: [prospects]
#       data_categories:
#         - name: contact
#           source: data_subject
#           retention: {active: P3Y, trigger: last_contact}
#       rights: [access, rectification, objection, withdraw_consent]
package ropa.rules.marketing.b2b_unrelated

report contains finding if {
	some i, activity in input.activities
	activity.marketing.audience == "b2b"
	count({c | some c in activity.marketing.channels} & {c | some c in data.ropadata.reference.marketing.electronic_channels}) > 0
	not activity.marketing.related_to_profession == true
	not "consent" in data.ropa.lib.register.bases(activity)
	data.ropa.lib.register.controller_like(activity)
	finding := data.ropa.lib.result.finding(
		["activities", i, "marketing"],
		"Business-to-business prospecting of activity \"%s\" is electronic and without consent: it is allowed only when the message relates to the recipient's profession (marketing.related_to_profession).",
		"La prospection B2B de l'activité \"%s\" est électronique et sans consentement : elle n'est admise que si le message est en rapport avec la profession du destinataire (marketing.related_to_profession).",
		[data.ropa.lib.register.label(activity)],
	)
}
