# METADATA
# title: Sub-processors engaged without the controller's authorisation on record
# description: >-
#   A processor does not engage another processor without the controller's
#   prior specific or general written authorisation (Art. 28(2)). A
#   processor's activity that lists processors among its recipients (its
#   sub-processors) records, for each controller it acts for, where that
#   authorisation is (controllers[].subprocessor_authorisation).
# related_resources:
#   - description: GDPR Article 28 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_28
# custom:
#   id: PROC-002
#   severity: warning
#   severity_basis: >-
#     Art. 28(2) requires the controller's prior written authorisation, but
#     Art. 30(2) does not make it part of the processor's record: where the
#     register does not say where it is, the authorisation may still exist.
#     A document the register need not hold is a warning.
#   severity_basis_fr: >-
#     L'art. 28(2) exige l'autorisation écrite préalable du responsable, mais
#     l'art. 30(2) n'en fait pas un élément du registre du sous-traitant : si
#     le registre ne dit pas où elle se trouve, elle peut exister quand même.
#     Un document que le registre n'a pas à contenir relève de
#     l'avertissement.
#   description_fr: >-
#     Un sous-traitant ne recrute pas un autre sous-traitant sans
#     l'autorisation écrite préalable, spécifique ou générale, du responsable
#     (art. 28(2)). L'activité d'un sous-traitant qui compte des
#     sous-traitants parmi ses destinataires (ses sous-traitants ultérieurs)
#     indique, pour chaque responsable, où se trouve cette autorisation
#     (`controllers[].subprocessor_authorisation`).
#   reference: GDPR Art. 28(2), 28(4)
#   remediation: For each controller, record where its written authorisation of sub-processors is (controllers[].subprocessor_authorisation), or stop using the sub-processor.
#   title_fr: Sous-traitants ultérieurs sans l'autorisation du responsable
#   remediation_fr: Indiquez pour chaque responsable où se trouve son autorisation écrite de recourir à des sous-traitants ultérieurs (`controllers[].subprocessor_authorisation`), ou cessez d'y recourir.
#   examples:
#     avoid: |
#       role: processor
#       controllers:
#         - {name: Client A, email: dpo@client-a.fr}
#       recipients:
#         - {name: Hébergeur, type: processor, country: FR, dpa: Contrat H-3}
#     prefer: |
#       role: processor
#       controllers:
#         - {name: Client A, email: dpo@client-a.fr, subprocessor_authorisation: Contrat cadre art. 7}
#       recipients:
#         - {name: Hébergeur, type: processor, country: FR, dpa: Contrat H-3}
package ropa.rules.processor.subprocessor_authorisation

report contains finding if {
	some i, activity in input.activities
	activity.role == "processor"
	subs := [r | some r in activity.recipients; r.type == "processor"]
	count(subs) > 0
	some k, party in activity.controllers
	not is_string(object.get(party, "subprocessor_authorisation", null))
	finding := data.ropa.lib.result.finding(
		["activities", i, "controllers", k],
		"Activity \"%s\" engages sub-processors (%s) but records no authorisation from %s (GDPR Art. 28(2)).",
		"L'activité \"%s\" recourt à des sous-traitants ultérieurs (%s) sans autorisation enregistrée de %s (RGPD art. 28(2)).",
		[
			data.ropa.lib.register.label(activity),
			concat(", ", sort([data.ropa.lib.register.text(r, "name") | some r in subs])),
			data.ropa.lib.register.text(party, "name"),
		],
	)
}
