# METADATA
# title: Telephone prospecting of consumers without consent (France, from 2026-08-11)
# description: >-
#   In France, telephone prospecting of consumers requires their prior
#   consent from 11 August 2026 (C. consom. art. L223-1 as amended by loi
#   n° 2025-594). The date and the jurisdiction come from the marketing
#   table.
# related_resources:
#   - description: Code de la consommation (Légifrance)
#     ref: https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006069565
# custom:
#   id: MKT-003
#   severity: error
#   severity_basis: >-
#     C. consom. art. L223-1 as amended by loi n° 2025-594 requires prior
#     consent from 11 August 2026: mandatory.
#   severity_basis_fr: >-
#     L'art. L223-1 du Code de la consommation, modifié par la loi n°
#     2025-594, exige le consentement préalable à compter du 11 août 2026 :
#     obligatoire.
#   description_fr: >-
#     En France, le démarchage téléphonique des consommateurs exige leur
#     consentement préalable à compter du 11 août 2026 (C. consom. art. L223-1
#     modifié par la loi n° 2025-594). La date et la juridiction viennent de
#     la table de prospection.
#   reference: C. consom. art. L223-1 (loi n° 2025-594)
#   remediation: Collect the consumers' prior consent to telephone prospecting, or stop calling them.
#   title_fr: Démarchage téléphonique de consommateurs sans consentement (France, depuis le 11 août 2026)
#   remediation_fr: Recueillez le consentement préalable des consommateurs au démarchage téléphonique, ou cessez de les appeler.
#   examples:
#     avoid: |
#       marketing: {channels: [phone], audience: b2c}
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
#       marketing: {channels: [phone], audience: b2c}
#       purposes:
#         - description: Prospection commerciale
#           type: prospecting
#           legal_basis: consent
#           consent: {collection: Case à cocher, withdrawal: Lien de désinscription, proof: Journal horodaté}
#       data_subjects: [prospects]
#       data_categories:
#         - name: contact
#           source: data_subject
#           retention: {active: P3Y, trigger: last_contact}
#       rights: [access, rectification, objection, withdraw_consent]
package ropa.rules.marketing.phone_opt_in

report contains finding if {
	rule := data.ropadata.reference.marketing.phone_opt_in[data.ropa.lib.register.jurisdiction]
	data.ropadata.context.today >= rule.from
	some i, activity in input.activities
	"phone" in activity.marketing.channels
	object.get(activity.marketing, "audience", "b2c") == "b2c"
	some j, purpose in activity.purposes
	purpose.type == "prospecting"
	purpose.legal_basis != "consent"
	data.ropa.lib.register.controller_like(activity)
	finding := data.ropa.lib.result.finding(
		["activities", i, "purposes", j, "legal_basis"],
		"Telephone prospecting of consumers rests on %s: since %s it needs their prior consent (C. consom. art. L223-1).",
		"Le démarchage téléphonique de consommateurs repose sur %s : depuis le %s il exige leur consentement préalable (C. consom. art. L223-1).",
		[data.ropa.lib.vocabulary.label("legal_basis", purpose.legal_basis), rule.from],
	)
}
