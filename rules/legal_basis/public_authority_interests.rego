# METADATA
# title: Public authority relying on legitimate interests
# description: >-
#   Legitimate interests (Art. 6(1)(f)) do not apply to processing carried
#   out by public authorities in the performance of their tasks (Art. 6(1),
#   last subparagraph; recital 47): the legislator provides their legal
#   basis, and their processing rests on a legal obligation or a task in the
#   public interest. A register kept by a public authority
#   (organization.kind) whose purpose rests on legitimate interests is
#   reported; an organisation of another kind, or one that does not say
#   its kind, is not.
# related_resources:
#   - description: GDPR Article 6 and recital 47 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_6
# custom:
#   id: LB-007
#   severity: error
#   severity_basis: >-
#     Art. 6(1), last subparagraph, excludes legitimate interests for
#     processing by public authorities in the performance of their tasks:
#     mandatory.
#   severity_basis_fr: >-
#     L'art. 6(1), dernier alinéa, exclut l'intérêt légitime pour les
#     traitements effectués par les autorités publiques dans l'exécution de
#     leurs missions : obligatoire.
#   description_fr: >-
#     L'intérêt légitime (art. 6(1)(f)) ne s'applique pas aux traitements
#     effectués par les autorités publiques dans l'exécution de leurs
#     missions (art. 6(1), dernier alinéa ; considérant 47) : c'est au
#     législateur de prévoir leur base légale, et leurs traitements reposent
#     sur une obligation légale ou une mission d'intérêt public. Un registre
#     tenu par une autorité publique (`organization.kind`) dont une finalité
#     repose sur l'intérêt légitime est signalé ; un organisme d'une autre
#     nature, ou qui ne la dit pas, ne l'est pas.
#   reference: GDPR Art. 6(1) last subparagraph; recital 47
#   remediation: Base the purpose on the public task (public_task) or the legal obligation (legal_obligation) that provides for it, citing the text.
#   title_fr: Autorité publique invoquant l'intérêt légitime
#   remediation_fr: Fondez la finalité sur la mission d'intérêt public (`public_task`) ou l'obligation légale (`legal_obligation`) qui la prévoit, en citant le texte.
#   examples:
#     organization: |
#       kind: public_authority
#     avoid: |
#       purposes:
#         - description: Vidéoprotection des locaux de la mairie
#           type: video_surveillance
#           legal_basis: legitimate_interests
#           legitimate_interest: {interest: Sécurité des biens et des personnes, assessment: Mise en balance LIA-2026-05}
#       data_subjects: [visitors, employees]
#       data_categories:
#         - name: image
#           source: data_subject
#           retention: {active: P1M, trigger: collection}
#       rights: [access, rectification, objection]
#     prefer: |
#       purposes:
#         - description: Vidéoprotection des locaux de la mairie
#           type: video_surveillance
#           legal_basis: public_task
#       data_subjects: [visitors, employees]
#       data_categories:
#         - name: image
#           source: data_subject
#           retention: {active: P1M, trigger: collection}
#       rights: [access, rectification, objection]
#     exceptions:
#       - case: "An organisation that does not say its kind is not judged a public authority."
#         case_fr: "Un organisme qui ne dit pas sa nature n'est pas jugé comme une autorité publique."
#         source: GDPR Art. 6(1) last subparagraph
#         snippet: |
#           purposes:
#             - description: Vidéoprotection des locaux
#               type: video_surveillance
#               legal_basis: legitimate_interests
#               legitimate_interest: {interest: Sécurité des biens et des personnes, assessment: Mise en balance LIA-2026-05}
#           data_subjects: [visitors, employees]
#           data_categories:
#             - name: image
#               source: data_subject
#               retention: {active: P1M, trigger: collection}
#           rights: [access, rectification, objection]
package ropa.rules.legal_basis.public_authority_interests

report contains finding if {
	input.organization.kind == "public_authority"
	some i, activity in input.activities
	some j, purpose in activity.purposes
	purpose.legal_basis == "legitimate_interests"
	data.ropa.lib.register.controller_like(activity)
	finding := data.ropa.lib.result.finding(
		["activities", i, "purposes", j, "legal_basis"],
		"Purpose \"%s\" of activity \"%s\" rests on legitimate interests, which a public authority cannot rely on for processing in the performance of its tasks (GDPR Art. 6(1), last subparagraph).",
		"La finalité \"%s\" de l'activité \"%s\" repose sur l'intérêt légitime, qu'une autorité publique ne peut invoquer pour les traitements effectués dans l'exécution de ses missions (RGPD art. 6(1), dernier alinéa).",
		[data.ropa.lib.register.text(purpose, "description"), data.ropa.lib.register.label(activity)],
	)
}
