# METADATA
# title: Organisation without contact details
# description: >-
#   The record must give the name and contact details of the controller or
#   processor (Art. 30(1)(a), 30(2)(a)). A register whose organisation has no
#   email, phone or postal address tells neither the data subjects nor the
#   supervisory authority whom to reach.
# related_resources:
#   - description: GDPR Article 30 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_30
# custom:
#   id: COMP-001
#   unit: organization
#   covers:
#     - organization.contact
#     - organization.contact.email
#     - organization.contact.phone
#     - organization.contact.address
#   severity: error
#   severity_basis: >-
#     Art. 30(1)(a) and 30(2)(a) make the controller's or processor's name
#     and contact details part of every record: mandatory.
#   severity_basis_fr: >-
#     L'art. 30(1)(a) et 30(2)(a) font du nom et des coordonnées du
#     responsable ou du sous-traitant un élément de chaque fiche :
#     obligatoire.
#   description_fr: >-
#     Le registre indique le nom et les coordonnées du responsable du
#     traitement ou du sous-traitant (art. 30(1)(a), 30(2)(a)). Un registre
#     dont l'organisme n'a ni courriel, ni téléphone, ni adresse postale ne
#     dit ni aux personnes ni à l'autorité de contrôle qui joindre.
#   reference: GDPR Art. 30(1)(a), 30(2)(a)
#   remediation: Add organization.contact with at least an email, a phone or a postal address.
#   title_fr: Organisme sans coordonnées
#   remediation_fr: Ajoutez `organization.contact` avec au moins un courriel, un téléphone ou une adresse postale.
#   examples:
#     at: organization
#     avoid: |
#       contact: {}
#     prefer: |
#       contact:
#         email: contact@atelier-exemple.fr
package ropa.rules.completeness.organization_contact

_contact_fields := {"email", "phone", "address"}

_reachable(contact) if {
	some field in _contact_fields
	is_string(contact[field])
	trim_space(contact[field]) != ""
}

report contains finding if {
	not _reachable(object.get(input, ["organization", "contact"], {}))
	finding := data.ropa.lib.result.finding(
		["organization", "contact"],
		"The organisation has no contact details: give an email, a phone or a postal address (%s).",
		"L'organisme n'a pas de coordonnées : indiquez un courriel, un téléphone ou une adresse postale (%s).",
		[data.ropa.lib.law.cite("COMP-001", {"en": "GDPR Art. 30(1)(a)", "fr": "RGPD art. 30(1)(a)"})],
	)
}
