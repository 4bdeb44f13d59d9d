# METADATA
# title: Transfers outside the EEA not recorded
# description: >-
#   The record must state transfers to a third country or an international organisation, and their safeguards (Art. 30(1)(e), 30(2)(c)). An activity without transfers says so with an empty list.
# related_resources:
#   - description: GDPR Article 30 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_30
# custom:
#   id: COMP-006
#   covers:
#     - activity.transfers
#   severity: error
#   severity_basis: >-
#     Art. 30(1)(e) makes transfers to third countries part of the record;
#     the register cannot be read as compliant without saying whether there
#     are any.
#   severity_basis_fr: >-
#     L'art. 30(1)(e) fait des transferts vers des pays tiers un élément de la
#     fiche ; le registre ne peut être lu comme conforme sans dire s'il y en
#     a.
#   description_fr: >-
#     Le registre indique les transferts vers un pays tiers ou une
#     organisation internationale, et leurs garanties (art. 30(1)(e),
#     30(2)(c)). Une activité sans transfert le dit par une liste vide.
#   reference: GDPR Art. 30(1)(e), 30(2)(c)
#   remediation: Add transfers (an empty list [] when no data leave the EEA).
#   title_fr: Transferts hors EEE non renseignés
#   remediation_fr: Ajoutez `transfers` (une liste vide [] si aucune donnée ne quitte l'EEE).
#   examples:
#     without: [transfers]
#     avoid: |
#       # (pas de clé transfers)
#       name: Paie des salariés
#     prefer: |
#       transfers: []  # aucune donnée ne quitte l'EEE
package ropa.rules.completeness.transfers_missing

_recorded(activity) if is_array(activity.transfers)

report contains finding if {
	some i, activity in input.activities
	not _recorded(activity)
	name := data.ropa.lib.register.label(activity)
	finding := data.ropa.lib.result.finding(
		["activities", i, "transfers"],
		"Activity \"%s\" does not say whether data leave the EEA: list the transfers, or write transfers: [] (GDPR Art. 30(1)(e)).",
		"L'activité \"%s\" ne dit pas si des données quittent l'EEE : listez les transferts ou écrivez transfers: [] (RGPD art. 30(1)(e)).",
		[name],
	)
}
