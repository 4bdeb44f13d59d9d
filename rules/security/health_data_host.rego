# METADATA
# title: Health data for care hosted by a host not certified for it (France)
# description: >-
#   In France, whoever hosts health data collected in prevention, diagnosis,
#   care or social and medico-social follow-up, on behalf of the
#   professional or body that collected them or of the patient, must be
#   certified as a health-data host (C. santé publique art. L1111-8, HDS).
#   An activity of care (purpose health_care) with health data whose
#   recipient hosts them (hosting) as a processor is reported: an error
#   where the register says the host is not certified (hds false), a
#   warning where it does not say. A controller that hosts its own data
#   (an internal recipient) needs no certification.
# related_resources:
#   - description: Code de la santé publique, art. L1111-8 (Légifrance)
#     ref: https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072665
#   - description: Agence du numérique en santé, champ d'application de l'hébergement de données de santé
#     ref: https://esante.gouv.fr/faq/quel-est-le-champ-dapplication-de-la-legislation-relative-lhebergement-de-donnees-de-sante-caractere-personnel
# custom:
#   id: SEC-003
#   severity: error
#   severity_basis: >-
#     C. santé publique art. L1111-8 makes the certification mandatory for
#     whoever hosts such data for others: an error where the register says
#     the host is not certified; a warning where it does not say, since the
#     host may be.
#   severity_basis_fr: >-
#     L'art. L1111-8 du Code de la santé publique rend la certification
#     obligatoire pour quiconque héberge de telles données pour le compte
#     d'autrui : erreur lorsque le registre indique que l'hébergeur n'est pas
#     certifié ; avertissement lorsqu'il ne le dit pas, l'hébergeur pouvant
#     l'être.
#   description_fr: >-
#     En France, quiconque héberge des données de santé recueillies à
#     l'occasion d'activités de prévention, de diagnostic, de soins ou de
#     suivi social et médico-social, pour le compte du professionnel ou de
#     l'organisme qui les a recueillies ou du patient, doit être certifié
#     hébergeur de données de santé (C. santé publique art. L1111-8, HDS).
#     Une activité de soins (finalité `health_care`) portant sur des données
#     de santé dont un destinataire les héberge (`hosting`) en sous-traitant
#     est signalée : erreur si le registre indique que l'hébergeur n'est pas
#     certifié (`hds` faux), avertissement s'il ne le dit pas. Un responsable
#     qui héberge lui-même ses données (destinataire interne) n'a pas besoin
#     de certification.
#   reference: C. santé publique art. L1111-8
#   remediation: Host the data with a certified health-data host (HDS) and record it (hds set to true), or host them yourself.
#   title_fr: Données de santé de soins hébergées par un hébergeur non certifié (France)
#   remediation_fr: Confiez les données à un hébergeur certifié HDS et indiquez-le (`hds` à `true`), ou hébergez-les vous-même.
#   examples:
#     avoid: |
#       purposes:
#         - {description: Dossiers des patients, type: health_care, legal_basis: contract}
#       data_subjects: [patients]
#       data_categories:
#         - {name: health, special_category: health, source: data_subject, retention: {active: P20Y, trigger: last_contact, basis: "Code de la santé publique, art. R1112-7"}}
#       special_category_condition: health_care
#       recipients:
#         - {name: Hébergeur du logiciel médical, type: processor, country: FR, dpa: Contrat H-1, hosting: true, hds: false}
#       security_measures: [access_control, authentication, encryption_at_rest]
#       dpia: {performed: true, reference: AIPD-2026-05, date: 2026-03-01}
#     prefer: |
#       purposes:
#         - {description: Dossiers des patients, type: health_care, legal_basis: contract}
#       data_subjects: [patients]
#       data_categories:
#         - {name: health, special_category: health, source: data_subject, retention: {active: P20Y, trigger: last_contact, basis: "Code de la santé publique, art. R1112-7"}}
#       special_category_condition: health_care
#       recipients:
#         - {name: Hébergeur du logiciel médical, type: processor, country: FR, dpa: Contrat H-1, hosting: true, hds: true}
#       security_measures: [access_control, authentication, encryption_at_rest]
#       dpia: {performed: true, reference: AIPD-2026-05, date: 2026-03-01}
#     exceptions:
#       - case: "A controller hosting its own patients' data on its own servers."
#         case_fr: "Un responsable qui héberge les données de ses patients sur ses propres serveurs."
#         source: C. santé publique art. L1111-8
#         snippet: |
#           purposes:
#             - {description: Dossiers des patients, type: health_care, legal_basis: contract}
#           data_subjects: [patients]
#           data_categories:
#             - {name: health, special_category: health, source: data_subject, retention: {active: P20Y, trigger: last_contact, basis: "Code de la santé publique, art. R1112-7"}}
#           special_category_condition: health_care
#           recipients:
#             - {name: Serveur du cabinet, type: internal, country: FR, hosting: true}
#           security_measures: [access_control, authentication, encryption_at_rest]
#           dpia: {performed: true, reference: AIPD-2026-05, date: 2026-03-01}
package ropa.rules.security.health_data_host

report contains finding if {
	data.ropa.lib.register.jurisdiction == "FR"
	some i, activity in input.activities
	"health_care" in data.ropa.lib.register.purpose_types(activity)
	"health" in data.ropa.lib.register.special_categories(activity)
	some j, recipient in activity.recipients
	recipient.hosting == true
	recipient.type == "processor"
	not recipient.hds == true
	data.ropa.lib.register.controller_like(activity)
	finding := _finding(["activities", i, "recipients", j], recipient)
}

_finding(path, recipient) := result if {
	recipient.hds == false
	result := data.ropa.lib.result.finding(
		path,
		"%s hosts health data collected for care but is not a certified health-data host (C. santé publique art. L1111-8).",
		"%s héberge des données de santé recueillies pour des soins sans être hébergeur certifié de données de santé (C. santé publique art. L1111-8).",
		[data.ropa.lib.register.text(recipient, "name")],
	)
}

_finding(path, recipient) := result if {
	not recipient.hds == false
	result := data.ropa.lib.result.graded(
		path,
		"warning",
		"%s hosts health data collected for care: it must be a certified health-data host (C. santé publique art. L1111-8). Say whether it is (`hds`).",
		"%s héberge des données de santé recueillies pour des soins : il doit être hébergeur certifié de données de santé (C. santé publique art. L1111-8). Indiquez s'il l'est (`hds`).",
		[data.ropa.lib.register.text(recipient, "name")],
	)
}
