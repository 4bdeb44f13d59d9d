# METADATA
# title: DPO named without contact details
# description: >-
#   When a data protection officer is designated, the record gives their
#   name and contact details (Art. 30(1)(a)), and the controller publishes
#   the contact details (Art. 37(7)).
# related_resources:
#   - description: GDPR Article 30 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_30
#   - description: GDPR Article 37 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_37
# custom:
#   id: COMP-010
#   unit: organization
#   covers:
#     - organization.dpo.email
#     - organization.dpo.phone
#     - organization.dpo.address
#     - organization.dpo.contact
#     - organization.dpo.contact.email
#     - organization.dpo.contact.phone
#     - organization.dpo.contact.address
#   severity: error
#   severity_basis: >-
#     Art. 37(7) requires the DPO's contact details to be published and Art.
#     30(1)(a) to be recorded: mandatory.
#   severity_basis_fr: >-
#     L'art. 37(7) impose de publier les coordonnées du DPO et l'art. 30(1)(a)
#     de les inscrire : obligatoire.
#   description_fr: >-
#     Lorsqu'un délégué à la protection des données est désigné, le registre
#     indique son nom et ses coordonnées (art. 30(1)(a)), et le responsable
#     publie ces coordonnées (art. 37(7)).
#   reference: GDPR Art. 30(1)(a), 37(7)
#   remediation: Give organization.dpo an email, a phone or a postal address.
#   title_fr: DPO désigné sans coordonnées
#   remediation_fr: Indiquez pour `organization.dpo` un courriel, un téléphone ou une adresse postale.
#   examples:
#     at: organization
#     avoid: |
#       dpo:
#         name: Claire Martin
#     prefer: |
#       dpo:
#         name: Claire Martin
#         email: dpo@atelier-exemple.fr
package ropa.rules.completeness.dpo_contact

report contains finding if {
	dpo := input.organization.dpo
	not data.ropa.lib.register.reachable(dpo)
	finding := data.ropa.lib.result.finding(
		["organization", "dpo"],
		"The DPO (%s) is named without contact details (%s).",
		"Le DPO (%s) est désigné sans coordonnées (%s).",
		[data.ropa.lib.register.text(dpo, "name"), data.ropa.lib.law.cite("COMP-010", {"en": "GDPR Art. 30(1)(a), 37(7)", "fr": "RGPD art. 30(1)(a), 37(7)"})],
	)
}
