# METADATA
# title: 'Fewer than 250 employees: why the Art. 30(5) exemption does not apply'
# description: >-
#   Art. 30(5) exempts organisations with fewer than 250 employees from
#   keeping a record, unless the processing is likely to result in a risk,
#   is not occasional, or includes Art. 9(1) or Art. 10 data; any one of
#   the three ends the exemption. Customer, staff and supplier files are
#   processed continuously, so in practice the exemption rarely holds:
#   this rule says, for a small organisation, which activity keeps the
#   duty.
# related_resources:
#   - description: GDPR Article 30 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_30
# custom:
#   id: COMP-012
#   unit: organization
#   severity: info
#   severity_basis: >-
#     Explains why the register is still required; the register is not at
#     fault.
#   severity_basis_fr: >-
#     Explique pourquoi le registre reste obligatoire ; le registre n'est pas
#     en faute.
#   description_fr: >-
#     L'art. 30(5) dispense de registre les organismes de moins de 250
#     salariés, sauf si le traitement est susceptible de comporter un risque,
#     n'est pas occasionnel, ou porte sur des données de l'art. 9(1) ou de
#     l'art. 10 ; une seule de ces conditions met fin à la dispense. Les
#     fichiers de clients, de personnel et de fournisseurs sont traités en
#     continu : la dispense joue rarement. Cette règle dit, pour un petit
#     organisme, quelle activité maintient l'obligation.
#   reference: GDPR Art. 30(5)
#   remediation: Keep the register; nothing to fix. (The proposal COM(2025) 501 to raise the threshold is not law.)
#   title_fr: 'Moins de 250 salariés : pourquoi l''exemption de l''art. 30(5) ne s''applique pas'
#   remediation_fr: Tenez le registre ; rien à corriger. (La proposition COM(2025) 501 relevant le seuil n'est pas en vigueur.)
#   examples:
#     at: organization
#     avoid: |
#       employees: 20
#     prefer: |
#       employees: 300
package ropa.rules.completeness.small_organisation

_reason(activity) := ["special-category or criminal data", "des données sensibles ou d'infraction"] if {
	_sensitive(activity)
}

_reason(activity) := ["processing that is not occasional", "un traitement qui n'est pas occasionnel"] if {
	not _sensitive(activity)
}

_sensitive(activity) if count(data.ropa.lib.register.special_categories(activity)) > 0

_sensitive(activity) if {
	some category in activity.data_categories
	category.criminal == true
}

report contains finding if {
	input.organization.employees < data.ropa.lib.law.register_threshold
	activity := input.activities[0]
	reason := _reason(activity)
	finding := data.ropa.lib.result.finding(
		["organization", "employees"],
		"With %s the exemption for organisations under %d (%s) could apply, but it does not: activity \"%s\" involves %s, so the register is required.",
		"Avec %s, l'exemption des organismes de moins de %d salariés (%s) pourrait jouer, mais ne s'applique pas : l'activité \"%s\" comporte %s, le registre est donc obligatoire.",
		[
			_staff(input.organization.employees), data.ropa.lib.law.register_threshold,
			data.ropa.lib.law.cite("COMP-012", {"en": "GDPR Art. 30(5)", "fr": "RGPD art. 30(5)"}),
			data.ropa.lib.register.label(activity), {"en": reason[0], "fr": reason[1]},
		],
	)
}

# "1 employee", « 1 salarié »; French counts zero and one in the singular.
_staff(n) := {
	"en": sprintf("%d %s", [n, object.get({"1": "employee"}, format_int(n, 10), "employees")]),
	"fr": sprintf("%d %s", [n, object.get({"0": "salarié", "1": "salarié"}, format_int(n, 10), "salariés")]),
}
