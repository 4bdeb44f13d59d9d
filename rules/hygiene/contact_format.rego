# METADATA
# title: Contact detail in a form nobody can use
# description: >-
#   The contact details the record must give (Art. 30(1)(a), 30(2)(a); the
#   DPO's, Art. 37(7)) are there so that people and the supervisory authority
#   can reach the organisation. An email address that is not one, or a phone
#   number with letters or too few digits, reaches nobody. An email is
#   name@domain.tld; a phone is in international (E.164: +33 1 23 45 67 89)
#   or national form, with 6 to 15 digits.
# related_resources:
#   - description: GDPR Article 30 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_30
#   - description: ITU-T E.164, the international public telecommunication numbering plan
#     ref: https://www.itu.int/rec/T-REC-E.164
# custom:
#   id: HYG-010
#   severity: error
#   severity_basis: >-
#     Art. 30(1)(a) and 37(7) require contact details that work: one in an
#     unusable form leaves the element missing.
#   severity_basis_fr: >-
#     L'art. 30(1)(a) et 37(7) exigent des coordonnées qui fonctionnent : une
#     coordonnée inutilisable laisse l'élément manquant.
#   description_fr: >-
#     Les coordonnées que le registre doit donner (art. 30(1)(a), 30(2)(a) ;
#     celles du DPO, art. 37(7)) servent aux personnes et à l'autorité de
#     contrôle à joindre l'organisme. Une adresse électronique qui n'en est
#     pas une, ou un numéro de téléphone avec des lettres ou trop peu de
#     chiffres, ne joint personne. Un courriel s'écrit nom@domaine.tld ; un
#     téléphone au format international (E.164 : +33 1 23 45 67 89) ou
#     national, avec 6 à 15 chiffres.
#   unit: organization
#   reference: GDPR Art. 30(1)(a), 30(2)(a), 37(7)
#   remediation: Write the email as name@domain.tld and the phone as +CC followed by the number, or in national form.
#   title_fr: Coordonnée sous une forme inutilisable
#   remediation_fr: Écrivez le courriel sous la forme nom@domaine.tld et le téléphone sous la forme +CC suivie du numéro, ou au format national.
#   examples:
#     at: organization
#     avoid: |
#       contact:
#         phone: "01 23"
#     prefer: |
#       contact:
#         phone: +33 1 23 45 67 89
package ropa.rules.hygiene.contact_format

_email := `^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$`

_phone_chars := `^\+?[0-9 ().-]+$`

_kinds := {"email": ["an email address", "une adresse électronique"], "phone": ["a phone number", "un numéro de téléphone"]}

_usable("email", value) if regex.match(_email, trim_space(value))

_usable("phone", value) if {
	regex.match(_phone_chars, trim_space(value))
	digits := count(regex.find_n(`[0-9]`, value, -1))
	digits >= 6
	digits <= 15
}

report contains finding if {
	walk(input.organization, [path, value])
	is_string(value)
	kind := path[count(path) - 1]

	# object.get, not _kinds[kind]: regorus would read an index as a loop over
	# _kinds and refuse the binding above (DEVELOPERS.md).
	words := object.get(_kinds, kind, null)
	words != null
	trim_space(value) != ""
	count(data.ropa.lib.placeholders.found(value)) == 0 # template text: HYG-008 says it
	not _usable(kind, value)
	finding := data.ropa.lib.result.finding(
		array.concat(["organization"], path),
		"`organization.%s` is not %s (\"%s\"): nobody can reach the organisation through it (%s).",
		"`organization.%s` n'est pas %s (« %s ») : personne ne peut joindre l'organisme par ce moyen (%s).",
		[concat(".", [sprintf("%v", [p]) | some p in path]), {"en": words[0], "fr": words[1]}, value, data.ropa.lib.law.cite("HYG-010", {"en": "GDPR Art. 30(1)(a)", "fr": "RGPD art. 30(1)(a)"})],
	)
}
