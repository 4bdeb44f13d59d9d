# METADATA
# title: Consent of minors without the age of digital consent
# description: >-
#   For information society services offered directly to a child, consent
#   is lawful only from the age of digital consent of the Member State (16
#   by default, 13 to 16 by national law; 15 in France), below which the
#   holder of parental responsibility gives or authorises it (Art. 8); in
#   France, under 15, the minor and the holder(s) of parental responsibility
#   consent jointly (loi n° 78-17, art. 45). The rule reminds the age of the
#   jurisdiction where the consent's collection does not say how a parent
#   takes part: a mention of age alone, or of a parent's consent negated
#   ("sans accord parental"), does not say it.
# related_resources:
#   - description: GDPR Article 8 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_8
# custom:
#   id: LB-006
#   severity: warning
#   severity_basis: >-
#     Art. 8(1) applies only to information society services offered
#     directly to a child, which the register does not record: a risk
#     judgement.
#   severity_basis_fr: >-
#     L'art. 8(1) ne vise que les services de la société de l'information
#     proposés directement à un enfant, ce que le registre n'indique pas : une
#     appréciation du risque.
#   description_fr: >-
#     Pour les services de la société de l'information proposés directement à
#     un enfant, le consentement n'est licite qu'à partir de l'âge fixé par
#     l'État membre (16 ans par défaut, 13 à 16 ans selon la loi nationale ;
#     15 ans en France), en dessous duquel le titulaire de l'autorité
#     parentale le donne ou l'autorise (art. 8) ; en France, sous 15 ans, le
#     mineur et le ou les titulaires de l'autorité parentale consentent
#     conjointement (loi n° 78-17, art. 45). La règle rappelle l'âge de la
#     juridiction lorsque le recueil du consentement ne dit pas comment un
#     parent y prend part : la seule mention de l'âge, ou celle d'un accord
#     parental nié (« sans accord parental »), ne le dit pas.
#   reference: GDPR Art. 8(1); loi n° 78-17 art. 45 (France)
#   remediation: Record in consent.collection how the age is checked and how parental consent is obtained below the national age.
#   title_fr: Consentement de mineurs sans l'âge du consentement numérique
#   remediation_fr: Indiquez dans `consent.collection` comment l'âge est vérifié et comment le consentement parental est recueilli sous l'âge légal.
#   examples:
#     avoid: |
#       data_subjects: [minors]
#       purposes:
#         - description: Inscription au club des jeunes
#           type: other
#           legal_basis: consent
#           consent: {collection: Case à cocher, withdrawal: Lien de désinscription, proof: Journal horodaté}
#       rights: [access, rectification, withdraw_consent]
#     prefer: |
#       data_subjects: [minors]
#       purposes:
#         - description: Inscription au club des jeunes
#           type: other
#           legal_basis: consent
#           consent: {collection: Accord parental sous 15 ans (âge vérifié), withdrawal: Lien de désinscription, proof: Journal horodaté}
#       rights: [access, rectification, withdraw_consent]
#     exceptions:
#       - case: The collection says how the holder of parental responsibility takes part, in any of its names (parent, legal representative, guardian).
#         case_fr: "Le recueil dit comment le titulaire de l'autorité parentale y prend part, sous l'un de ses noms (parent, représentant légal, tuteur)."
#         source: GDPR Art. 8(1); loi n° 78-17 art. 45
#         snippet: |
#           data_subjects: [minors]
#           purposes:
#             - description: Inscription au club des jeunes
#               type: other
#               legal_basis: consent
#               consent: {collection: "Formulaire signé par le mineur et son représentant légal", withdrawal: Lien de désinscription, proof: Formulaires archivés}
#           rights: [access, rectification, withdraw_consent]
package ropa.rules.legal_basis.minors_consent_age

# (A rule, not a negated index: with no jurisdiction, `not table[undefined]`
# is true on regorus and undefined on OPA.)
_national_age := data.ropadata.reference.consent_age.by_country[data.ropa.lib.register.jurisdiction].age

_age := data.ropadata.reference.consent_age.by_country[data.ropa.lib.register.jurisdiction].age

_age := data.ropadata.reference.consent_age.gdpr_default.age if not _national_age

_row := data.ropadata.reference.consent_age.by_country[data.ropa.lib.register.jurisdiction]

# How a parent takes part below the age: "give or authorise" (GDPR Art. 8),
# or jointly with the minor where the national law says so.
_how := words if {
	_row.joint == true
	words := {
		"en": "the minor and a holder of parental responsibility must consent jointly (loi n° 78-17, art. 45)",
		"fr": "le mineur et un titulaire de l'autorité parentale doivent consentir conjointement (loi n° 78-17, art. 45)",
	}
}

_how := words if {
	not _row.joint
	words := {"en": "a parent must give or authorise it (GDPR Art. 8)", "fr": "un parent doit le donner ou l'autoriser (RGPD art. 8)"}
}

# Words that say a parent takes part, and the phrasings that deny it. Plain
# `contains`, not a regex: a regex matched "age" in "page" and "message".
_parent_words := [
	"parent", "tuteur", "tutrice", "représentant légal", "representant legal",
	"guardian", "legal representative", "autorité parentale",
]

_denials := [
	"sans accord", "sans l'accord", "sans autorisation", "sans l'autorisation",
	"sans consentement", "sans le consentement", "sans parent", "sans vérification",
	"without parent", "without the parent", "without a parent", "no parent",
	"pas d'accord", "pas de consentement", "aucun accord", "aucune autorisation",
]

_parent_takes_part(text) if {
	lowered := lower(text)
	not _denied(lowered)
	some word in _parent_words
	contains(lowered, word)
}

_denied(lowered) if {
	some denial in _denials
	contains(lowered, denial)
}

report contains finding if {
	some i, activity in input.activities
	"minors" in data.ropa.lib.register.subjects(activity)
	some j, purpose in activity.purposes
	purpose.legal_basis == "consent"
	not _parent_takes_part(object.get(object.get(purpose, "consent", {}), "collection", ""))
	data.ropa.lib.register.controller_like(activity)
	finding := data.ropa.lib.result.finding(
		["activities", i, "purposes", j, "consent", "collection"],
		"Purpose \"%s\" relies on the consent of minors: below %d here, %s; say how age is checked and how the parent takes part.",
		"La finalité \"%s\" repose sur le consentement de mineurs : en dessous de %d ans ici, %s ; indiquez comment l'âge est vérifié et comment le parent y prend part.",
		[data.ropa.lib.register.text(purpose, "description"), _age, _how],
	)
}
