# METADATA
# title: Template text left in the organisation's identity or contacts
# description: >-
#   The record must give the name and contact details of the controller or
#   processor, of its representative and of its DPO (Art. 30(1)(a),
#   30(2)(a)). A register started from a model and still holding "[Commune de
#   ...]", "TODO", "à compléter" or an address at an example domain
#   (example.com, exemple.fr, a .example domain) tells nobody whom to reach:
#   it is not yet a register. The markers are data
#   (rules/ropadata/reference/placeholders.yaml) and can be extended.
# related_resources:
#   - description: GDPR Article 30 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_30
#   - description: RFC 2606, reserved top-level and example domain names
#     ref: https://www.rfc-editor.org/rfc/rfc2606
# custom:
#   id: HYG-008
#   severity: error
#   severity_basis: >-
#     Art. 30(1)(a) requires the real name and contact details: template
#     text in their place leaves the element missing.
#   severity_basis_fr: >-
#     L'art. 30(1)(a) exige le vrai nom et les vraies coordonnées : un texte
#     de modèle à leur place laisse l'élément manquant.
#   description_fr: >-
#     Le registre indique le nom et les coordonnées du responsable ou du
#     sous-traitant, de son représentant et de son DPO (art. 30(1)(a),
#     30(2)(a)). Un registre partant d'un modèle et qui contient encore «
#     [Commune de ...] », « TODO », « à compléter » ou une adresse d'un
#     domaine d'exemple (example.com, exemple.fr, un domaine .example) ne dit
#     à personne qui joindre : ce n'est pas encore un registre. Les marqueurs
#     sont des données (rules/ropadata/reference/placeholders.yaml) et peuvent
#     être complétés.
#   unit: organization
#   reference: GDPR Art. 30(1)(a), 30(2)(a), 5(2)
#   remediation: Replace the template text with the organisation's own name and contact details.
#   title_fr: Texte de modèle laissé dans l'identité ou les coordonnées de l'organisme
#   remediation_fr: Remplacez le texte du modèle par le nom et les coordonnées réels de l'organisme.
#   examples:
#     at: organization
#     avoid: |
#       contact:
#         email: contact@example.com
#     prefer: |
#       contact:
#         email: contact@atelier-exemple.fr
package ropa.rules.hygiene.template_text_organization

report contains finding if {
	walk(input.organization, [path, value])
	is_string(value)
	markers := data.ropa.lib.placeholders.found(value)
	count(markers) > 0
	finding := data.ropa.lib.result.finding(
		array.concat(["organization"], path),
		"`organization.%s` still holds template text (\"%s\": %s): give the organisation's own details (%s).",
		"`organization.%s` contient encore du texte de modèle (« %s » : %s) : indiquez les informations réelles de l'organisme (%s).",
		[concat(".", [sprintf("%v", [p]) | some p in path]), value, concat(", ", markers), data.ropa.lib.law.cite("HYG-008", {"en": "GDPR Art. 30(1)(a)", "fr": "RGPD art. 30(1)(a)"})],
	)
}

report contains finding if {
	walk(input.organization, [path, value])
	is_string(value)
	path[count(path) - 1] == "email"
	count(data.ropa.lib.placeholders.found(value)) == 0
	data.ropa.lib.placeholders.example_email(value)
	finding := data.ropa.lib.result.finding(
		array.concat(["organization"], path),
		"`organization.%s` is an address at a domain kept for examples (%s): give a real address (%s).",
		"`organization.%s` est une adresse d'un domaine réservé aux exemples (%s) : indiquez une adresse réelle (%s).",
		[concat(".", [sprintf("%v", [p]) | some p in path]), value, data.ropa.lib.law.cite("HYG-008", {"en": "GDPR Art. 30(1)(a)", "fr": "RGPD art. 30(1)(a)"})],
	)
}
