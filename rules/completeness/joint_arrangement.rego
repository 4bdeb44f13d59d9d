# METADATA
# title: Joint controller without the other controllers or their arrangement
# description: >-
#   Joint controllers determine their respective responsibilities by an
#   arrangement between them, whose essence is made available to the data
#   subjects (Art. 26(1), 26(2)), and the record names each joint
#   controller (Art. 30(1)(a)). An activity carried out as joint
#   controller that names no other controller, or names one without the
#   arrangement, cannot show who answers for what.
# related_resources:
#   - description: GDPR Article 26 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_26
#   - description: EDPB Guidelines 07/2020 on the concepts of controller and processor
#     ref: https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-072020-concepts-controller-and-processor-gdpr_en
# custom:
#   id: COMP-013
#   covers:
#     - activity.joint_controllers
#     - activity.joint_controllers.arrangement
#   severity: error
#   severity_basis: >-
#     Art. 26(1) requires the arrangement and Art. 30(1)(a) the name of each
#     joint controller: mandatory.
#   severity_basis_fr: >-
#     L'art. 26(1) exige l'accord et l'art. 30(1)(a) le nom de chaque
#     responsable conjoint : obligatoire.
#   description_fr: >-
#     Les responsables conjoints définissent leurs obligations respectives par
#     un accord, dont les grandes lignes sont mises à la disposition des
#     personnes (art. 26(1), 26(2)), et le registre nomme chaque responsable
#     conjoint (art. 30(1)(a)). Une activité menée en responsabilité conjointe
#     qui ne nomme aucun autre responsable, ou en nomme un sans l'accord, ne
#     montre pas qui répond de quoi.
#   reference: GDPR Art. 26(1), 26(2), 30(1)(a)
#   remediation: Under joint_controllers, name each other controller with its contact and where the Art. 26 arrangement is kept (arrangement).
#   title_fr: Responsable conjoint sans les autres responsables ou leur accord
#   remediation_fr: Sous `joint_controllers`, nommez chaque autre responsable avec ses coordonnées et indiquez où est conservé l'accord de l'art. 26 (`arrangement`).
#   examples:
#     avoid: |
#       role: joint_controller
#       joint_controllers:
#         - name: Mutuelle partenaire
#           email: dpo@mutuelle-partenaire.fr
#     prefer: |
#       role: joint_controller
#       joint_controllers:
#         - name: Mutuelle partenaire
#           email: dpo@mutuelle-partenaire.fr
#           arrangement: Accord art. 26 du 2026-01-15
package ropa.rules.completeness.joint_arrangement

report contains finding if {
	some i, activity in input.activities
	activity.role == "joint_controller"
	count(object.get(activity, "joint_controllers", [])) == 0
	finding := data.ropa.lib.result.finding(
		["activities", i, "joint_controllers"],
		"Activity \"%s\" is carried out as joint controller but names no other controller (GDPR Art. 26(1), 30(1)(a)).",
		"L'activité \"%s\" est menée en responsabilité conjointe mais ne nomme aucun autre responsable du traitement (RGPD art. 26(1), 30(1)(a)).",
		[data.ropa.lib.register.label(activity)],
	)
}

report contains finding if {
	some i, activity in input.activities
	some k, party in activity.joint_controllers
	not is_string(object.get(party, "arrangement", null))
	finding := data.ropa.lib.result.finding(
		["activities", i, "joint_controllers", k, "arrangement"],
		"Joint controller %s of activity \"%s\" is named without the arrangement that sets your respective responsibilities (GDPR Art. 26(1)).",
		"Le responsable conjoint %s de l'activité \"%s\" est nommé sans l'accord qui fixe vos responsabilités respectives (RGPD art. 26(1)).",
		[data.ropa.lib.register.text(party, "name"), data.ropa.lib.register.label(activity)],
	)
}
