# METADATA
# title: National identification number outside the purposes that may use it
# description: >-
#   Member States set the conditions for processing a national
#   identification number (Art. 87). In France the NIR (social security
#   number) may be used only for the purposes listed by the décret-cadre
#   NIR (décret 2019-341, loi 78-17 art. 30): employment and payroll,
#   social protection, health care, tax administration. It never belongs in
#   customer or prospect files, nor in a company's accounts.
# related_resources:
#   - description: GDPR Article 87 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_87
#   - description: Loi n° 78-17 (Légifrance)
#     ref: https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000886460
# custom:
#   id: SPC-004
#   severity: error
#   severity_basis: >-
#     Loi 78-17 art. 30 and décret 2019-341 list the purposes that may use
#     the NIR: outside them it is prohibited.
#   severity_basis_fr: >-
#     La loi 78-17 (art. 30) et le décret 2019-341 listent les finalités qui
#     peuvent utiliser le NIR : en dehors, c'est interdit.
#   description_fr: >-
#     Les États membres fixent les conditions de traitement d'un numéro
#     d'identification national (art. 87). En France, le NIR (numéro de
#     sécurité sociale) ne peut être utilisé que pour les finalités du
#     décret-cadre NIR (décret 2019-341, loi 78-17 art. 30) : emploi et paie,
#     protection sociale, santé, administration fiscale. Il n'a jamais sa
#     place dans un fichier de clients ou de prospects, ni dans la
#     comptabilité d'une entreprise.
#   reference: GDPR Art. 87; loi 78-17 art. 30; décret 2019-341
#   remediation: Remove the national identification number from this activity, or record the purpose (payroll, hr_management, health_care) that the décret-cadre allows.
#   title_fr: Numéro d'identification national hors des finalités autorisées
#   remediation_fr: Retirez le NIR de cette activité, ou indiquez la finalité (`payroll`, `hr_management`, `health_care`) que le décret-cadre autorise.
#   examples:
#     avoid: |
#       purposes:
#         - description: Gestion des comptes clients
#           type: customer_management
#           legal_basis: contract
#       data_subjects: [customers]
#       data_categories:
#         - name: identity
#           national_id: true
#           source: data_subject
#           retention: {active: P3Y, trigger: end_of_relationship}
#     prefer: |
#       purposes:
#         - description: Gestion des comptes clients
#           type: customer_management
#           legal_basis: contract
#       data_subjects: [customers]
#       data_categories:
#         - name: identity
#           source: data_subject
#           retention: {active: P3Y, trigger: end_of_relationship}
#     exceptions:
#       - case: "A purpose recorded without its type (a spreadsheet model with no column for it): whether the décret-cadre allows it cannot be read from the register, so nothing is said."
#         case_fr: "Une finalité inscrite sans son type (un modèle de tableur sans colonne pour lui) : le registre ne dit pas si le décret-cadre la permet, rien n'est donc signalé."
#         source: décret n° 2019-341 du 19 avril 2019 (the purposes it lists are read from the purpose's type)
#         snippet: |
#           purposes:
#             - description: Gestion de la paie
#               legal_basis: legal_obligation
#               legal_obligation: Code du travail, art. L3243-2
#           data_subjects: [employees]
#           data_categories:
#             - name: identity
#               national_id: true
#               source: data_subject
#               retention: {active: P5Y, trigger: end_of_contract}
#       - case: "A processor's record: the purposes for which the NIR may be used are the controller's to choose and to justify (Art. 4(7), 28(3)(a))."
#         case_fr: "Le registre d'un sous-traitant : c'est au responsable de choisir et de justifier les finalités pour lesquelles le NIR est utilisé (art. 4(7), 28(3)(a))."
#         source: GDPR Art. 4(7), 28(3)(a)
#         snippet: |
#           purposes:
#             - description: Gestion des comptes clients
#               type: customer_management
#               legal_basis: contract
#           data_subjects: [customers]
#           data_categories:
#             - name: identity
#               national_id: true
#               source: data_subject
#               retention: {active: P3Y, trigger: end_of_relationship}
#           role: processor
#           controllers:
#             - {name: Client A, email: dpo@client-a.fr}
package ropa.rules.special_category.national_id_purpose

_allowed := {t | some t in data.ropadata.reference.special_categories.nir.allowed_purpose_types}

report contains finding if {
	data.ropa.lib.register.jurisdiction == "FR"
	some i, activity in input.activities
	some j, category in activity.data_categories
	category.national_id == true
	count(data.ropa.lib.register.purpose_types(activity) & _allowed) == 0
	_every_purpose_typed(activity)
	not data.ropa.lib.register.processor_record(activity)
	finding := data.ropa.lib.result.finding(
		["activities", i, "data_categories", j, "national_id"],
		"Activity \"%s\" holds a national identification number (NIR) but none of its purposes is one the décret-cadre NIR allows (payroll, HR, social protection, health care, tax); it never belongs in customer or prospect files.",
		"L'activité \"%s\" contient le NIR alors qu'aucune de ses finalités n'est permise par le décret-cadre NIR (paie, RH, protection sociale, santé, impôts) ; il n'a jamais sa place dans un fichier clients ou prospects.",
		[data.ropa.lib.register.label(activity)],
	)
}

# A purpose without a type may be one the décret allows ("Gestion de la
# paie" in the CNIL's model, which has no type column): nothing is concluded.
_every_purpose_typed(activity) if {
	untyped := [purpose | some purpose in activity.purposes; not is_string(object.get(purpose, "type", null))]
	count(untyped) == 0
}
