# METADATA
# title: Customer files handed to partners for electronic prospecting without consent
# description: >-
#   Handing customer or prospect files to other organisations for their own
#   prospecting (file_sharing) is judged by the channel the partners use.
#   By email or SMS, each partner prospects people who never bought from
#   it: it needs their prior consent (ePrivacy Directive art. 13(1); in
#   France CPCE art. L34-5), so the sharing rests on consent, an error
#   otherwise. By post, the GDPR's legitimate interests may serve (recital
#   47), with the people informed and able to object before their data are
#   passed on: not reported here (RGT-002 checks the right to object).
#   Where the register does not say which channels the partners use, the
#   finding is a warning asking for them. Professionals prospected about
#   their profession need no consent (MKT-002's scope).
# related_resources:
#   - description: Directive 2002/58/EC, art. 13 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/dir/2002/58/oj
#   - description: CPCE art. L34-5 (Légifrance)
#     ref: https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070987
#   - description: GDPR recital 47 and Article 6(1)(f) (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_6
# custom:
#   id: LB-005
#   severity: error
#   severity_basis: >-
#     ePrivacy Directive art. 13(1) and CPCE art. L34-5 require the prior
#     consent of individuals to electronic prospecting by an organisation
#     they are not customers of: mandatory when the partners prospect by
#     email or SMS. A warning where the register does not say the channel.
#     (NS-48, the CNIL's simplified norm once cited here, lost its legal
#     effect on 25 May 2018 and is no longer a ground.)
#   severity_basis_fr: >-
#     L'art. 13(1) de la directive « vie privée et communications
#     électroniques » et l'art. L34-5 du CPCE exigent le consentement
#     préalable des particuliers à la prospection électronique par un
#     organisme dont ils ne sont pas clients : obligatoire lorsque les
#     partenaires prospectent par courriel ou SMS. Avertissement lorsque le
#     registre ne dit pas le canal. (La norme simplifiée NS-48, citée ici
#     auparavant, n'a plus d'effet juridique depuis le 25 mai 2018 et n'est
#     plus un fondement.)
#   description_fr: >-
#     Remettre des fichiers de clients ou de prospects à d'autres organismes
#     pour leur propre prospection (`file_sharing`) se juge selon le canal
#     des partenaires. Par courriel ou SMS, chaque partenaire prospecte des
#     personnes qui ne sont pas ses clientes : il lui faut leur consentement
#     préalable (directive « vie privée et communications électroniques »,
#     art. 13(1) ; en France, CPCE art. L34-5) ; la cession repose donc sur
#     le consentement, erreur sinon. Par courrier postal, l'intérêt légitime
#     du RGPD peut suffire (considérant 47), les personnes étant informées et
#     pouvant s'opposer avant la transmission : non signalé ici (RGT-002
#     vérifie le droit d'opposition). Si le registre ne dit pas les canaux
#     des partenaires, le constat est un avertissement qui les demande. Les
#     professionnels prospectés au sujet de leur profession n'ont pas à
#     consentir.
#   reference: Directive 2002/58/EC art. 13(1); CPCE art. L34-5; GDPR Art. 6(1)(a), 7
#   remediation: Base the sharing on consent (collected before the sharing, withdrawable, proven) when partners prospect by email or SMS; record the channels (marketing.channels).
#   title_fr: Fichiers clients remis à des partenaires pour une prospection électronique sans consentement
#   remediation_fr: Fondez la cession sur le consentement (recueilli avant la cession, révocable, prouvé) lorsque les partenaires prospectent par courriel ou SMS ; indiquez les canaux (`marketing.channels`).
#   examples:
#     avoid: |
#       marketing: {channels: [email], audience: b2c}
#       purposes:
#         - description: Location du fichier à des partenaires
#           type: file_sharing
#           legal_basis: legitimate_interests
#           legitimate_interest: {interest: Revenus de la location du fichier, assessment: Mise en balance LIA-2026-02}
#       data_subjects: [customers]
#       data_categories:
#         - name: contact
#           source: data_subject
#           retention: {active: P3Y, trigger: last_contact}
#       rights: [access, rectification, objection]
#     prefer: |
#       marketing: {channels: [email], audience: b2c}
#       purposes:
#         - description: Location du fichier à des partenaires
#           type: file_sharing
#           legal_basis: consent
#           consent: {collection: Case à cocher, withdrawal: Lien de désinscription, proof: Journal horodaté}
#       data_subjects: [customers]
#       data_categories:
#         - name: contact
#           source: data_subject
#           retention: {active: P3Y, trigger: last_contact}
#       rights: [access, rectification, withdraw_consent]
#     exceptions:
#       - case: "Postal file rental on legitimate interests, the people informed and able to object."
#         case_fr: "Location du fichier pour une prospection postale sur le fondement de l'intérêt légitime, les personnes étant informées et pouvant s'opposer."
#         source: GDPR Art. 6(1)(f), recital 47, Art. 21(2)
#         snippet: |
#           marketing: {channels: [post], audience: b2c}
#           purposes:
#             - description: Location du fichier à des partenaires pour leurs envois postaux
#               type: file_sharing
#               legal_basis: legitimate_interests
#               legitimate_interest: {interest: Revenus de la location du fichier, assessment: Mise en balance LIA-2026-02}
#           data_subjects: [customers]
#           data_categories:
#             - name: contact
#               source: data_subject
#               retention: {active: P3Y, trigger: last_contact}
#           rights: [access, rectification, objection]
#       - case: "Professionals prospected by email about their profession."
#         case_fr: "Professionnels prospectés par courriel au sujet de leur profession."
#         source: CPCE art. L34-5; CNIL
#         snippet: |
#           marketing: {channels: [email], audience: b2b, related_to_profession: true}
#           purposes:
#             - description: Échange du fichier des contacts professionnels avec des partenaires
#               type: file_sharing
#               legal_basis: legitimate_interests
#               legitimate_interest: {interest: Développement commercial, assessment: Mise en balance LIA-2026-03}
#           data_subjects: [partners]
#           data_categories:
#             - name: contact
#               source: data_subject
#               retention: {active: P3Y, trigger: last_contact}
#           rights: [access, rectification, objection]
package ropa.rules.legal_basis.file_sharing_consent

_electronic := {c | some c in data.ropadata.reference.marketing.electronic_channels}

report contains finding if {
	some i, activity in input.activities
	some j, purpose in activity.purposes
	purpose.type == "file_sharing"
	purpose.legal_basis != "consent"
	data.ropa.lib.register.controller_like(activity)
	not _professional(activity)
	finding := _finding(activity, ["activities", i, "purposes", j, "legal_basis"], purpose)
}

_professional(activity) if {
	activity.marketing.audience == "b2b"
	activity.marketing.related_to_profession == true
}

_channels(activity) := {c | some c in activity.marketing.channels}

_finding(activity, path, purpose) := result if {
	electronic := _channels(activity) & _electronic
	count(electronic) > 0
	result := data.ropa.lib.result.finding(
		path,
		"The file is handed to partners who prospect by %s, on %s: they need the people's prior consent, so the sharing must rest on it (%s).",
		"Le fichier est remis à des partenaires qui prospectent par %s ; la cession repose sur %s, alors qu'il leur faut le consentement préalable des personnes : elle doit reposer sur lui (%s).",
		[
			data.ropa.lib.vocabulary.labels("channel", electronic),
			data.ropa.lib.vocabulary.the("legal_basis", purpose.legal_basis),
			data.ropa.lib.law.cite("LB-005", {"en": "ePrivacy Directive art. 13(1); CPCE art. L34-5", "fr": "directive 2002/58/CE, art. 13(1) ; CPCE art. L34-5"}),
		],
	)
}

# No channel recorded: the partners' channel decides, and the register does
# not say it.
_finding(activity, path, purpose) := result if {
	count(_channels(activity)) == 0
	result := data.ropa.lib.result.graded(
		path,
		"warning",
		"The file is handed to partners for their prospecting, on %s, without saying by which channels they prospect: by email or SMS they need the people's prior consent; by post the people must be able to object before the sharing. Record the channels (`marketing.channels`).",
		"Le fichier est remis à des partenaires pour leur prospection ; la cession repose sur %s, sans dire par quels canaux ils prospectent : par courriel ou SMS il leur faut le consentement préalable des personnes ; par courrier, les personnes doivent pouvoir s'opposer avant la cession. Indiquez les canaux (`marketing.channels`).",
		[data.ropa.lib.vocabulary.the("legal_basis", purpose.legal_basis)],
	)
}
