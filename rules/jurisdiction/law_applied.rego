# METADATA
# title: Register judged under a national law other than the GDPR
# description: >-
#   A controller established in Monaco is governed by Monaco's Law
#   No. 1.565 of 3 December 2024, not by the GDPR (which reaches it only
#   where it targets or monitors people in the Union). Under that law the
#   linter applies only the rules whose Monegasque provision has been read
#   and cited (rules/ropadata/reference/law.yaml); this finding names the
#   law and lists the rules left out, so that a clean result is never read
#   as a full check. docs/jurisdictions.md gives the sources.
# related_resources:
#   - description: Loi n° 1.565 du 3 décembre 2024 (Journal de Monaco)
#     ref: https://journaldemonaco.gouv.mc/Journaux/2024/Journal-8725/Loi-n-1.565-du-3-decembre-2024-relative-a-la-protection-des-donnees-personnelles
# custom:
#   id: JUR-001
#   unit: organization
#   severity: info
#   severity_basis: Says what was checked; the register is not at fault.
#   severity_basis_fr: >-
#     Dit ce qui a été contrôlé ; le registre n'est pas en faute.
#   description_fr: >-
#     Un responsable établi à Monaco relève de la loi n° 1.565 du 3 décembre
#     2024, et non du RGPD (qui ne l'atteint que s'il cible ou suit des
#     personnes dans l'Union). Selon cette loi, ropa-lint n'applique que les
#     règles dont la disposition monégasque a été lue et citée
#     (rules/ropadata/reference/law.yaml) ; ce constat nomme la loi et liste
#     les règles écartées, pour qu'un résultat sans constat ne soit jamais lu
#     comme un contrôle complet. docs/jurisdictions.md donne les sources.
#   reference: rules/ropadata/reference/law.yaml
#   remediation: Nothing to fix in the register. Check the rules listed by hand, or set `jurisdiction` to judge the register under another law.
#   title_fr: Registre jugé selon un droit national autre que le RGPD
#   remediation_fr: Rien à corriger dans le registre. Vérifiez à la main les points des règles citées, ou fixez `jurisdiction` pour juger le registre selon un autre droit.
#   examples:
#     at: organization
#     also: [COMP-011]
#     avoid: |
#       country: MC
#     prefer: |
#       country: FR
package ropa.rules.jurisdiction.law_applied

_left_out := sort([id | some id in data.ropadata.context.law_gated; not data.ropa.lib.law.applies(id)])

report contains finding if {
	count(_left_out) > 0
	law := data.ropa.lib.law.national
	finding := data.ropa.lib.result.finding(
		["organization", "country"],
		"This register is judged under %s: %d rules whose provision in that law is not verified are not applied (%s).",
		"Ce registre est jugé selon la %s : %d règles dont la disposition dans ce texte n'est pas vérifiée ne sont pas appliquées (%s).",
		[law.name, count(_left_out), concat(", ", _left_out)],
	)
}
