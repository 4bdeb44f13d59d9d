# METADATA
# title: Template text left in an activity
# description: >-
#   The record must describe each processing activity (Art. 30(1)(b) to (g)).
#   A purpose, a category, a retention or a recipient still reading
#   "TODO", "à compléter", "[Nom du prestataire]" or "n/a" records nothing:
#   the rules that judge that field may pass on words that say nothing. A
#   warning, because a reviewer may still be filling the register in; the
#   organisation's own identity and contacts are judged by HYG-008.
# related_resources:
#   - description: GDPR Article 30 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_30
# custom:
#   id: HYG-009
#   severity: warning
#   severity_basis: >-
#     Template text in an activity may be a placeholder for an element Art.
#     30(1) requires or a note; which, the register does not say.
#   severity_basis_fr: >-
#     Un texte de modèle dans une activité peut tenir la place d'un élément
#     exigé par l'art. 30(1) ou d'une note ; le registre ne dit pas lequel.
#   description_fr: >-
#     Le registre décrit chaque activité de traitement (art. 30(1)(b) à (g)).
#     Une finalité, une catégorie, une conservation ou un destinataire qui
#     porte encore « TODO », « à compléter », « [Nom du prestataire] » ou «
#     n/a » n'enregistre rien : les règles qui jugent ce champ pourraient
#     passer sur des mots qui ne disent rien. Un avertissement, car le
#     registre peut être en cours de rédaction ; l'identité et les coordonnées
#     de l'organisme relèvent de HYG-008.
#   reference: GDPR Art. 30(1)(b)-(g), 5(2)
#   remediation: Replace the template text with what the activity really does, keeps and shares.
#   title_fr: Texte de modèle laissé dans une activité
#   remediation_fr: Remplacez le texte du modèle par ce que l'activité fait, conserve et partage réellement.
#   examples:
#     avoid: |
#       owner: "[Service à compléter]"
#     prefer: |
#       owner: Service des ressources humaines
package ropa.rules.hygiene.template_text_activity

report contains finding if {
	some i, activity in input.activities
	data.ropa.lib.placeholders.suspect(activity)
	walk(activity, [path, value])
	is_string(value)
	markers := data.ropa.lib.placeholders.found(value)
	count(markers) > 0
	finding := data.ropa.lib.result.finding(
		array.concat(["activities", i], path),
		"Activity \"%s\" still holds template text in `%s` (\"%s\": %s).",
		"L'activité \"%s\" contient encore du texte de modèle dans `%s` (« %s » : %s).",
		[data.ropa.lib.register.label(activity), concat(".", [sprintf("%v", [p]) | some p in path]), value, concat(", ", markers)],
	)
}
