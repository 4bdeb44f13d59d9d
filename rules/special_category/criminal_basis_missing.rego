# METADATA
# title: Criminal-offence data without their Art. 10 basis
# description: >-
#   Personal data relating to criminal convictions and offences may be
#   processed only under the control of official authority or when
#   authorised by Union or Member State law providing appropriate
#   safeguards (Art. 10). The record names that law, or the official
#   authority under whose control the data are processed: a text that cites
#   neither (an employer's interest, "security") is no Art. 10 basis.
# related_resources:
#   - description: GDPR Article 10 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_10
# custom:
#   id: SPC-003
#   covers:
#     - activity.criminal_data_basis
#   severity: error
#   severity_basis: >-
#     Art. 10 allows criminal-offence data only under official authority or
#     a law that authorises it: mandatory.
#   severity_basis_fr: >-
#     L'art. 10 n'autorise les données d'infraction que sous le contrôle de
#     l'autorité publique ou en vertu d'une loi qui l'autorise : obligatoire.
#   description_fr: >-
#     Les données relatives aux condamnations pénales et aux infractions ne
#     peuvent être traitées que sous le contrôle de l'autorité publique ou si
#     le droit de l'Union ou d'un État membre l'autorise avec des garanties
#     appropriées (art. 10). Le registre cite ce texte, ou l'autorité publique
#     sous le contrôle de laquelle les données sont traitées : un texte qui ne
#     cite ni l'un ni l'autre (l'intérêt de l'employeur, « la sécurité ») n'est
#     pas un fondement de l'article 10.
#   reference: GDPR Art. 10
#   remediation: 'Give criminal_data_basis: the law that authorises this processing (for France, the provision of loi 78-17 or the sector text).'
#   title_fr: Données d'infraction sans fondement de l'article 10
#   remediation_fr: 'Indiquez `criminal_data_basis` : le texte qui autorise ce traitement (en France, la disposition de la loi 78-17 ou le texte sectoriel).'
#   examples:
#     avoid: |
#       data_categories:
#         - name: Extrait de casier judiciaire
#           criminal: true
#           source: data_subject
#           retention: {active: P1Y, trigger: collection}
#     prefer: |
#       data_categories:
#         - name: Extrait de casier judiciaire
#           criminal: true
#           source: data_subject
#           retention: {active: P1Y, trigger: collection}
#       criminal_data_basis: Code monétaire et financier, art. L561-1
#     exceptions:
#       - case: "A processor's record: the Art. 10 condition is the controller's to establish, on whose instructions the processor acts (Art. 28(3)(a)); Art. 30(2) does not list it."
#         case_fr: "Le registre d'un sous-traitant : la condition de l'art. 10 incombe au responsable, sur les instructions duquel il agit (art. 28(3)(a)) ; l'art. 30(2) ne la comprend pas."
#         source: GDPR Art. 10, 28(3)(a), 30(2)
#         snippet: |
#           data_categories:
#             - name: Extrait de casier judiciaire
#               criminal: true
#               source: data_subject
#               retention: {active: P1Y, trigger: collection}
#           role: processor
#           controllers:
#             - {name: Client A, email: dpo@client-a.fr}
#       - case: Processing under the control of official authority, named as such.
#         case_fr: "Traitement sous le contrôle de l'autorité publique, nommée comme telle."
#         source: GDPR Art. 10
#         snippet: |
#           data_categories:
#             - name: Extrait de casier judiciaire
#               criminal: true
#               source: data_subject
#               retention: {active: P1Y, trigger: collection}
#           criminal_data_basis: Sous le contrôle de l'autorité publique (préfecture du Rhône)
package ropa.rules.special_category.criminal_basis_missing

report contains finding if {
	some i, activity in input.activities
	some category in activity.data_categories
	category.criminal == true
	not _has_basis(activity)
	not data.ropa.lib.register.processor_record(activity)
	finding := data.ropa.lib.result.finding(
		["activities", i, "criminal_data_basis"],
		"Activity \"%s\" holds criminal-offence data without naming the law that authorises it (GDPR Art. 10).",
		"L'activité \"%s\" détient des données d'infraction sans citer le texte qui l'autorise (RGPD art. 10).",
		[data.ropa.lib.register.label(activity)],
	)
}

# A basis written that cites no text and no official authority: an interest
# is not a law.
report contains finding if {
	some i, activity in input.activities
	_has_basis(activity)
	not _cites(activity.criminal_data_basis)
	some category in activity.data_categories
	category.criminal == true
	not data.ropa.lib.register.processor_record(activity)
	finding := data.ropa.lib.result.finding(
		["activities", i, "criminal_data_basis"],
		"The Art. 10 basis of activity \"%s\" (\"%s\") names no law and no official authority: criminal-offence data may be processed only under one or the other (GDPR Art. 10).",
		"Le fondement de l'article 10 de l'activité \"%s\" (« %s ») ne cite ni texte ni autorité publique : les données d'infraction ne peuvent être traitées que sous l'un ou l'autre (RGPD art. 10).",
		[data.ropa.lib.register.label(activity), activity.criminal_data_basis],
	)
}

_has_basis(activity) if trim_space(activity.criminal_data_basis) != ""

_cites(text) if data.ropa.lib.register.cites_a_text(text)

_cites(text) if {
	lowered := lower(text)
	some mark in ["autorité publique", "official authority", "public authority"]
	contains(lowered, mark)
}
