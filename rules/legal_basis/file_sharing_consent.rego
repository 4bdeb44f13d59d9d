# METADATA
# title: Cession, rental or exchange of customer files not based on consent
# description: >-
#   Handing customer or prospect files to other organisations for their
#   own marketing (file_sharing) goes beyond what customers expect; for
#   electronic prospecting by the receiving organisation their prior
#   consent is required (CPCE art. L34-5), and the CNIL's NS-48 framework
#   makes it conditional on consent for sensitive-revealing data.
# related_resources:
#   - description: CNIL NS-48 (Légifrance)
#     ref: https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000033117877
# custom:
#   id: LB-005
#   severity: error
#   severity_basis: >-
#     CPCE art. L34-5 and the CNIL's simplified norm NS-48 require the prior
#     consent of the persons to the sharing of their data for prospecting:
#     mandatory.
#   severity_basis_fr: >-
#     L'art. L34-5 du CPCE et la norme simplifiée NS-48 de la CNIL exigent le
#     consentement préalable des personnes à la cession de leurs données pour
#     la prospection : obligatoire.
#   description_fr: >-
#     Remettre des fichiers de clients ou de prospects à d'autres organismes
#     pour leur propre prospection dépasse ce que les clients attendent ; pour
#     une prospection électronique par l'organisme qui les reçoit, leur
#     consentement préalable est requis (CPCE art. L34-5), et la norme NS-48
#     de la CNIL le subordonne au consentement pour les données révélant des
#     informations sensibles.
#   reference: GDPR Art. 6(1)(a), 7; CPCE art. L34-5; CNIL NS-48
#   remediation: Base the file sharing on consent (collected before the sharing, withdrawable, proven).
#   title_fr: Cession, location ou échange de fichiers sans consentement
#   remediation_fr: Fondez la cession sur le consentement (recueilli avant la cession, révocable, prouvé).
#   examples:
#     avoid: |
#       purposes:
#         - description: Location du fichier à des partenaires
#           type: file_sharing
#           legal_basis: legitimate_interests
#           legitimate_interest: {interest: Connaître l'absentéisme, assessment: Mise en balance LIA-2026-02}
#       data_subjects: [customers]
#       data_categories:
#         - name: contact
#           source: data_subject
#           retention: {active: P3Y, trigger: last_contact}
#       rights: [access, rectification, objection]
#     prefer: |
#       purposes:
#         - description: Location du fichier à des partenaires
#           type: file_sharing
#           legal_basis: consent
#           consent: {collection: Case à cocher, withdrawal: Lien de désinscription, proof: Journal horodaté}
#       data_subjects: [customers]
#       data_categories:
#         - name: contact
#           source: data_subject
#           retention: {active: P3Y, trigger: last_contact}
#       rights: [access, rectification, withdraw_consent]
package ropa.rules.legal_basis.file_sharing_consent

report contains finding if {
	some i, activity in input.activities
	some j, purpose in activity.purposes
	purpose.type == "file_sharing"
	purpose.legal_basis != "consent"
	data.ropa.lib.register.controller_like(activity)
	finding := data.ropa.lib.result.finding(
		["activities", i, "purposes", j, "legal_basis"],
		"Customer files are ceded, rented or exchanged on %s: base it on the people's consent (CPCE art. L34-5; CNIL NS-48).",
		"Le fichier est cédé, loué ou échangé sur le fondement de %s : fondez-le sur le consentement des personnes (CPCE art. L34-5 ; CNIL NS-48).",
		[data.ropa.lib.vocabulary.label("legal_basis", purpose.legal_basis)],
	)
}
