# METADATA
# title: Electronic prospecting of individuals without consent
# description: >-
#   Prospecting individuals by email or SMS needs their prior consent
#   (CPCE art. L34-5; ePrivacy Directive art. 13), except when their
#   details were collected in a sale and the messages concern analogous
#   products of the same seller, with a free opt-out at collection and in
#   every message (`existing_customers_only: true`). Applies to activities
#   with a marketing block whose channels include email or sms and whose
#   audience is b2c.
# related_resources:
#   - description: CNIL, la prospection commerciale par courrier électronique
#     ref: https://www.cnil.fr/fr/la-prospection-commerciale-par-courrier-electronique
#   - description: Directive 2002/58/EC (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/dir/2002/58/oj
# custom:
#   id: MKT-001
#   severity: error
#   severity_basis: >-
#     CPCE art. L34-5 requires prior consent for electronic prospecting of
#     individuals: mandatory.
#   severity_basis_fr: >-
#     L'art. L34-5 du CPCE exige le consentement préalable à la prospection
#     électronique des particuliers : obligatoire.
#   description_fr: >-
#     La prospection de particuliers par courriel ou SMS exige leur
#     consentement préalable (CPCE art. L34-5 ; directive « vie privée et
#     communications électroniques », art. 13), sauf si leurs coordonnées ont
#     été recueillies lors d'une vente et que les messages portent sur des
#     produits analogues du même vendeur, avec une opposition gratuite à la
#     collecte et dans chaque message (`existing_customers_only: true`).
#     S'applique aux activités dont le bloc de prospection vise des
#     particuliers par courriel ou SMS.
#   reference: CPCE art. L34-5; Directive 2002/58/EC art. 13
#   remediation: 'Base the prospecting on consent (with how it is collected, withdrawn and proven), or restrict it to existing customers for similar products and set existing_customers_only: true.'
#   title_fr: Prospection électronique de particuliers sans consentement
#   remediation_fr: 'Fondez la prospection sur le consentement (recueil, retrait, preuve), ou limitez-la aux clients existants pour des produits analogues et indiquez `existing_customers_only`: true.'
#   examples:
#     avoid: |
#       marketing: {channels: [email], audience: b2c}
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
#       marketing: {channels: [email], audience: b2c}
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
package ropa.rules.marketing.electronic_without_consent

_electronic := {c | some c in data.ropadata.reference.marketing.electronic_channels}

report contains finding if {
	some i, activity in input.activities
	object.get(activity.marketing, "audience", "b2c") == "b2c"
	channels := {c | some c in activity.marketing.channels} & _electronic
	count(channels) > 0
	not activity.marketing.existing_customers_only == true
	some j, purpose in activity.purposes
	purpose.type == "prospecting"
	purpose.legal_basis != "consent"
	data.ropa.lib.register.controller_like(activity)
	names := data.ropa.lib.vocabulary.labels("channel", channels)
	finding := data.ropa.lib.result.finding(
		["activities", i, "purposes", j, "legal_basis"],
		"Prospecting individuals by %s rests on %s: it needs their prior consent unless limited to existing customers for similar products (CPCE art. L34-5).",
		"La prospection de particuliers par %s repose sur %s : elle exige leur consentement préalable, sauf si elle vise des clients existants pour des produits analogues (CPCE art. L34-5).",
		[names, data.ropa.lib.vocabulary.the("legal_basis", purpose.legal_basis)],
	)
}
