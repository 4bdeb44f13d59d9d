# METADATA
# title: 'Adequacy decision limited in scope: check the recipient'
# description: >-
#   Some adequacy decisions cover only some recipients: in the United
#   States only organisations certified under the EU-U.S. Data Privacy
#   Framework; in Canada only those subject to PIPEDA; in Japan the
#   private sector under the APPI; Korea excludes some sectors. A transfer
#   there under `adequacy` holds only if the recipient is within the
#   scope, which the register cannot show.
# related_resources:
#   - description: European Commission, adequacy decisions
#     ref: https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/adequacy-decisions_en
#   - description: Data Privacy Framework list
#     ref: https://www.dataprivacyframework.gov/list
# custom:
#   id: TRF-003
#   severity: warning
#   severity_basis: >-
#     A partial adequacy decision covers some recipients only; whether this
#     one is covered the register does not say: a risk judgement.
#   severity_basis_fr: >-
#     Une décision d'adéquation partielle ne couvre que certains destinataires
#     ; que celui-ci soit couvert, le registre ne le dit pas : une
#     appréciation du risque.
#   description_fr: >-
#     Certaines décisions d'adéquation ne couvrent qu'une partie des
#     destinataires : aux États-Unis, les seules organisations certifiées au
#     titre du cadre de protection des données UE–États-Unis ; au Canada,
#     celles soumises à la PIPEDA ; au Japon, le secteur privé soumis à l'APPI
#     ; la Corée exclut certains secteurs. Un transfert sous adéquation n'y
#     tient que si le destinataire est dans le champ, ce que le registre ne
#     peut montrer.
#   reference: GDPR Art. 45; Implementing Decision (EU) 2023/1795
#   remediation: Check that the recipient is within the decision's scope (for the US, on the Data Privacy Framework list) and note it; otherwise use standard contractual clauses.
#   title_fr: 'Décision d''adéquation à champ limité : vérifier le destinataire'
#   remediation_fr: Vérifiez que le destinataire entre dans le champ de la décision (pour les États-Unis, sur la liste du Data Privacy Framework) et notez-le ; sinon utilisez les clauses contractuelles types.
#   examples:
#     avoid: |
#       recipients:
#         - {name: Éditeur du logiciel de paie, type: processor, country: US, dpa: Contrat E-4}
#       transfers:
#         - {recipient: Éditeur du logiciel de paie, country: US, safeguard: adequacy}
#     prefer: |
#       recipients:
#         - {name: Éditeur du logiciel de paie, type: processor, country: US, dpa: Contrat E-4}
#       transfers:
#         - {recipient: Éditeur du logiciel de paie, country: US, safeguard: scc}
package ropa.rules.transfer.adequacy_scope

report contains finding if {
	some i, activity in input.activities
	some j, transfer in activity.transfers
	transfer.safeguard == "adequacy"
	decision := data.ropadata.reference.adequacy[transfer.country]
	decision.scope
	not i in data.ropa.lib.register.anonymous_activities
	finding := data.ropa.lib.result.finding(
		["activities", i, "transfers", j, "safeguard"],
		"Adequacy (%s, %s) covers only %s: check that %s is within it.",
		"L'adéquation (%s, %s) ne couvre que : %s ; vérifiez que %s en relève.",
		[data.ropa.lib.vocabulary.country(transfer.country), decision.decision, decision.scope, data.ropa.lib.register.text(transfer, "recipient")],
	)
}
