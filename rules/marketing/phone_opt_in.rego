# METADATA
# title: Telephone prospecting of consumers without consent (France, from 2026-08-11)
# description: >-
#   In France, telephone prospecting of consumers requires their prior
#   consent from 11 August 2026 (C. consom. art. L223-1 as amended by loi
#   n° 2025-594), except where the call is made in the performance of a
#   contract in progress and relates to its object, including products or
#   services that complement it (same article, fourth paragraph): an
#   activity that says so (marketing.current_contract) is not reported, and
#   one that calls its existing customers only gets a warning, since their
#   contracts may be in progress. The date and the jurisdiction come from
#   the marketing table.
# related_resources:
#   - description: Code de la consommation (Légifrance)
#     ref: https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006069565
# custom:
#   id: MKT-003
#   severity: error
#   severity_basis: >-
#     C. consom. art. L223-1 as amended by loi n° 2025-594 requires prior
#     consent from 11 August 2026: mandatory. Where only existing customers
#     are called, the contract-in-progress exception may apply, which the
#     register does not say: a warning.
#   severity_basis_fr: >-
#     L'art. L223-1 du Code de la consommation, modifié par la loi n°
#     2025-594, exige le consentement préalable à compter du 11 août 2026 :
#     obligatoire. Lorsque seuls des clients sont appelés, l'exception du
#     contrat en cours peut s'appliquer, ce que le registre ne dit pas :
#     avertissement.
#   description_fr: >-
#     En France, le démarchage téléphonique des consommateurs exige leur
#     consentement préalable à compter du 11 août 2026 (C. consom. art. L223-1
#     modifié par la loi n° 2025-594), sauf lorsque l'appel intervient dans
#     le cadre de l'exécution d'un contrat en cours et a un rapport avec son
#     objet, y compris pour des produits ou services afférents ou
#     complémentaires (même article, quatrième alinéa) : une activité qui le
#     dit (`marketing.current_contract`) n'est pas signalée, et celle qui
#     n'appelle que ses clients reçoit un avertissement, leurs contrats
#     pouvant être en cours. La date et la juridiction viennent de la table
#     de prospection.
#   reference: C. consom. art. L223-1 al. 1 and 4 (loi n° 2025-594)
#   remediation: Collect the consumers' prior consent to telephone prospecting, call only about a contract in progress (marketing.current_contract), or stop calling them.
#   title_fr: Démarchage téléphonique de consommateurs sans consentement (France, depuis le 11 août 2026)
#   remediation_fr: Recueillez le consentement préalable des consommateurs au démarchage téléphonique, n'appelez qu'au sujet d'un contrat en cours (`marketing.current_contract`), ou cessez de les appeler.
#   examples:
#     avoid: |
#       marketing: {channels: [phone], audience: b2c}
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
#       marketing: {channels: [phone], audience: b2c}
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
#     exceptions:
#       - case: "Calls made in the performance of a contract in progress, about its object or what complements it."
#         case_fr: "Appels passés dans le cadre de l'exécution d'un contrat en cours, au sujet de son objet ou de ce qui le complète."
#         source: C. consom. art. L223-1 al. 4 (loi n° 2025-594)
#         snippet: |
#           marketing: {channels: [phone], audience: b2c, current_contract: true}
#           purposes:
#             - description: Proposition d'options liées à l'abonnement en cours
#               type: prospecting
#               legal_basis: legitimate_interests
#               legitimate_interest: {interest: Fidélisation des abonnés, assessment: Mise en balance LIA-2026-04}
#           data_subjects: [customers]
#           data_categories:
#             - name: contact
#               source: data_subject
#               retention: {active: P3Y, trigger: end_of_relationship}
#           rights: [access, rectification, objection]
package ropa.rules.marketing.phone_opt_in

report contains finding if {
	rule := data.ropadata.reference.marketing.phone_opt_in[data.ropa.lib.register.jurisdiction]
	data.ropadata.context.today >= rule.from
	some i, activity in input.activities
	"phone" in activity.marketing.channels
	object.get(activity.marketing, "audience", "b2c") == "b2c"
	not activity.marketing.current_contract == true
	some j, purpose in activity.purposes
	purpose.type == "prospecting"
	purpose.legal_basis != "consent"
	data.ropa.lib.register.controller_like(activity)
	finding := _finding(activity, ["activities", i, "purposes", j, "legal_basis"], purpose, rule)
}

_finding(activity, path, purpose, rule) := result if {
	not activity.marketing.existing_customers_only == true
	result := data.ropa.lib.result.finding(
		path,
		"Telephone prospecting of consumers rests on %s: since %s it needs their prior consent (C. consom. art. L223-1).",
		"Le démarchage téléphonique de consommateurs repose sur %s : depuis le %s il exige leur consentement préalable (C. consom. art. L223-1).",
		[data.ropa.lib.vocabulary.the("legal_basis", purpose.legal_basis), data.ropa.lib.vocabulary.date(rule.from)],
	)
}

# Customers may have a contract in progress, which the register does not
# say: the exception may apply (a warning).
_finding(activity, path, purpose, rule) := result if {
	activity.marketing.existing_customers_only == true
	result := data.ropa.lib.result.graded(
		path,
		"warning",
		"Telephone prospecting of customers rests on %s: since %s it needs their prior consent, unless the calls concern a contract in progress and its object (C. consom. art. L223-1, 4th paragraph). If they do, say so (`marketing.current_contract: true`).",
		"Le démarchage téléphonique des clients repose sur %s : depuis le %s il exige leur consentement préalable, sauf si les appels portent sur un contrat en cours et son objet (C. consom. art. L223-1, alinéa 4). Si c'est le cas, indiquez-le (`marketing.current_contract: true`).",
		[data.ropa.lib.vocabulary.the("legal_basis", purpose.legal_basis), data.ropa.lib.vocabulary.date(rule.from)],
	)
}
