# METADATA
# title: 'Adequacy decision limited in scope: check the recipient'
# description: >-
#   Some adequacy decisions cover only some recipients: in the United
#   States only organisations certified under the EU-U.S. Data Privacy
#   Framework; in Canada only those subject to PIPEDA; in Japan the
#   private sector under the APPI; Korea excludes some sectors. A transfer
#   there under `adequacy` holds only if the recipient is within the
#   scope. The register says so with `in_scope` once checked (for the United
#   States, on the DPF list): true, nothing is reported; false, the transfer
#   rests on no safeguard, an error; not said, a warning asking to check.
# related_resources:
#   - description: European Commission, adequacy decisions
#     ref: https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/adequacy-decisions_en
#   - description: Data Privacy Framework list
#     ref: https://www.dataprivacyframework.gov/list
# custom:
#   id: TRF-003
#   severity: warning
#   severity_basis: >-
#     A partial adequacy decision covers some recipients only; where the
#     register does not say whether this one is covered: a risk judgement, a
#     warning. Where it says the recipient is outside the scope (in_scope:
#     false), the transfer rests on no safeguard, which Art. 44 forbids: an
#     error.
#   severity_basis_fr: >-
#     Une décision d'adéquation partielle ne couvre que certains
#     destinataires ; si le registre ne dit pas que celui-ci est couvert :
#     une appréciation du risque, un avertissement. S'il dit que le
#     destinataire est hors du champ (`in_scope: false`), le transfert ne
#     repose sur aucune garantie, ce que l'art. 44 interdit : une erreur.
#   description_fr: >-
#     Certaines décisions d'adéquation ne couvrent qu'une partie des
#     destinataires : aux États-Unis, les seules organisations certifiées au
#     titre du cadre de protection des données UE–États-Unis ; au Canada,
#     celles soumises à la PIPEDA ; au Japon, le secteur privé soumis à l'APPI
#     ; la Corée exclut certains secteurs. Un transfert sous adéquation n'y
#     tient que si le destinataire est dans le champ. Le registre le dit par
#     `in_scope` une fois vérifié (pour les États-Unis, sur la liste du DPF) :
#     vrai, rien n'est signalé ; faux, le transfert ne repose sur aucune
#     garantie, une erreur ; non dit, un avertissement qui demande de
#     vérifier.
#   reference: GDPR Art. 45; Implementing Decision (EU) 2023/1795
#   remediation: Check that the recipient is within the decision's scope (for the US, on the Data Privacy Framework list) and record it (in_scope set to true); otherwise use standard contractual clauses.
#   title_fr: 'Décision d''adéquation à champ limité : vérifier le destinataire'
#   remediation_fr: Vérifiez que le destinataire entre dans le champ de la décision (pour les États-Unis, sur la liste du Data Privacy Framework) et indiquez-le (`in_scope` à `true`) ; sinon utilisez les clauses contractuelles types.
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
#     exceptions:
#       - case: "The recipient is on the Data Privacy Framework list, as checked and recorded."
#         case_fr: "Le destinataire figure sur la liste du Data Privacy Framework, vérifié et indiqué."
#         source: Implementing Decision (EU) 2023/1795
#         snippet: |
#           recipients:
#             - {name: Éditeur du logiciel de paie, type: processor, country: US, dpa: Contrat E-4}
#           transfers:
#             - {recipient: Éditeur du logiciel de paie, country: US, safeguard: adequacy, in_scope: true}
package ropa.rules.transfer.adequacy_scope

report contains finding if {
	some i, activity in input.activities
	some j, transfer in activity.transfers
	transfer.safeguard == "adequacy"
	decision := data.ropadata.reference.adequacy[transfer.country]
	decision.scope
	not transfer.in_scope == true
	not i in data.ropa.lib.register.anonymous_activities
	finding := _finding(["activities", i, "transfers", j, "safeguard"], transfer, decision)
}

_finding(path, transfer, decision) := result if {
	not transfer.in_scope == false
	result := data.ropa.lib.result.finding(
		path,
		"Adequacy (%s, %s) covers only %s: check that %s is within it, and record it (`in_scope: true`).",
		"L'adéquation (%s, %s) ne couvre que : %s ; vérifiez que %s en relève, et indiquez-le (`in_scope: true`).",
		[data.ropa.lib.vocabulary.country(transfer.country), decision.decision, decision.scope, data.ropa.lib.register.text(transfer, "recipient")],
	)
}

# The register says the recipient is outside the decision's scope: the
# adequacy it claims does not cover the transfer.
_finding(path, transfer, decision) := result if {
	transfer.in_scope == false
	result := data.ropa.lib.result.graded(
		path,
		"error",
		"The transfer to %s rests on adequacy (%s, %s), which covers only %s, and the register says the recipient is not within it: the transfer has no safeguard (GDPR Art. 44-46).",
		"Le transfert vers %s repose sur l'adéquation (%s, %s), qui ne couvre que : %s, et le registre indique que le destinataire n'en relève pas : le transfert ne repose sur aucune garantie (RGPD art. 44 à 46).",
		[data.ropa.lib.register.text(transfer, "recipient"), data.ropa.lib.vocabulary.country(transfer.country), decision.decision, decision.scope],
	)
}
