"""Every user-facing string made in Python, in English and French: key →
(English, French), templates filled by messages.say. One table, so that a
translation is never left behind in a module (tests/test_messages.py checks
that both languages have the same fields).

Rules' messages are not here: Rego writes them (rules/lib/result.rego).
"""

from __future__ import annotations

CATALOGUE: dict[str, tuple[str, str]] = {
    "loader.documents": (
        "The file holds more than one YAML document (`---`); a register is one document.",
        "Le fichier contient plusieurs documents YAML (`---`) ; un registre n'en est qu'un.",
    ),
    "loader.recursive": (
        "This alias refers to the block that contains it (a recursive anchor); a register cannot be infinite. Remove the alias.",
        "Cet alias renvoie au bloc qui le contient (ancre récursive) ; un registre ne peut être infini. Supprimez l'alias.",
    ),
    "loader.undefined_alias": (
        "The alias `*{anchor}` refers to no anchor `&{anchor}` defined before it.",
        "L'alias `*{anchor}` ne renvoie à aucune ancre `&{anchor}` définie avant lui.",
    ),
    "loader.depth": (
        "The YAML nests deeper than {depth} levels; a register never needs that. Flatten the structure.",
        "Le YAML est imbriqué sur plus de {depth} niveaux ; un registre n'en a jamais besoin. Aplatissez la structure.",
    ),
    "loader.complex_key": (
        "A mapping key must be plain text, not a list, a mapping or an alias.",
        "Une clé doit être un texte simple, pas une liste, une table ni un alias.",
    ),
    "loader.duplicate": (
        "Duplicate key `{key}` (first written at line {line}); YAML would silently keep only one of the two values. Merge them into one entry.",
        "Clé `{key}` en double (déjà écrite ligne {line}) ; YAML ne garderait silencieusement qu'une des deux valeurs. Fusionnez-les en une seule entrée.",
    ),
    "loader.merge": (
        "A merge key `<<` must refer to a mapping.",
        "Une clé de fusion `<<` doit désigner une table.",
    ),
    "loader.tag": (
        "The YAML tag `{tag}` is not allowed in a register; remove it and write plain text, numbers, lists and mappings.",
        "L'étiquette YAML `{tag}` n'est pas admise dans un registre ; supprimez-la et écrivez du texte, des nombres, des listes et des tables.",
    ),
    "loader.budget": (
        "Anchors and aliases expand this file beyond {budget} nodes; the file was not read further. Write the repeated blocks out, or remove the nested aliases.",
        "Les ancres et alias font dépasser à ce fichier {budget} nœuds ; sa lecture s'arrête ici. Écrivez les blocs répétés en clair ou supprimez les alias imbriqués.",
    ),
    "why.controllers": (
        "a processor's record names each controller it acts for (GDPR Art. 30(2)(a))",
        "le registre d'un sous-traitant nomme chaque responsable pour lequel il agit (RGPD art. 30(2)(a))",
    ),
    "why.type": (
        "the record gives the categories of recipients, so each recipient says which it belongs to (GDPR Art. 30(1)(d))",
        "le registre indique les catégories de destinataires : chaque destinataire dit de laquelle il relève (RGPD art. 30(1)(d))",
    ),
    "why.joint_controllers": (
        "a joint controller names the other controllers and the arrangement (GDPR Art. 26)",
        "un responsable conjoint nomme les autres responsables et l'accord (RGPD art. 26)",
    ),
    "why.legal_basis": (
        "every purpose of a controller needs its Art. 6(1) legal basis",
        "chaque finalité d'un responsable de traitement a besoin de sa base légale (RGPD art. 6(1))",
    ),
    "why.legitimate_interest": (
        "legitimate interests need the interest pursued and where the balancing test is kept (GDPR Art. 6(1)(f))",
        "l'intérêt légitime exige l'intérêt poursuivi et la mise en balance documentée (RGPD art. 6(1)(f))",
    ),
    "why.consent": (
        "consent needs how it is collected, withdrawn and proven (GDPR Art. 7)",
        "le consentement exige sa collecte, son retrait et sa preuve (RGPD art. 7)",
    ),
    "why.legal_obligation": (
        "a legal obligation names the text of law that imposes it (GDPR Art. 6(1)(c), 6(3))",
        "une obligation légale cite le texte qui l'impose (RGPD art. 6(1)(c), 6(3))",
    ),
    "why.derogation": (
        "a transfer under a derogation names which Art. 49(1) derogation applies",
        "un transfert par dérogation précise laquelle de l'art. 49(1) s'applique",
    ),
    "why.documentation": (
        "a transfer on compelling legitimate interests must be documented (GDPR Art. 49(1), 30(1)(e))",
        "un transfert fondé sur des intérêts légitimes impérieux doit être documenté (RGPD art. 49(1), 30(1)(e))",
    ),
    "why.special_category_condition": (
        "special-category data need an Art. 9(2) condition",
        "les données sensibles exigent une condition de l'art. 9(2) du RGPD",
    ),
    "why.criminal_data_basis": (
        "criminal-offence data need the Union or national law that authorises them (GDPR Art. 10)",
        "les données d'infraction exigent le texte qui les autorise (RGPD art. 10)",
    ),
    "type.string": (
        "text",
        "un texte",
    ),
    "type.array": (
        "a list",
        "une liste",
    ),
    "type.object": (
        "a mapping",
        "une table",
    ),
    "type.boolean": (
        "true or false",
        "true ou false",
    ),
    "type.integer": (
        "a whole number",
        "un nombre entier",
    ),
    "type.number": (
        "a number",
        "un nombre",
    ),
    "form.duration": (
        "an ISO 8601 duration such as P3Y, P13M or P30D",
        "une durée ISO 8601 telle que P3Y, P13M ou P30D",
    ),
    "form.country": (
        "an ISO 3166-1 alpha-2 country code in capitals such as FR",
        "un code pays ISO 3166-1 alpha-2 en majuscules tel que FR",
    ),
    "form.date": (
        "a date written YYYY-MM-DD",
        "une date au format AAAA-MM-JJ",
    ),
    "form.id": (
        "a slug of lower-case letters, digits and hyphens such as customer-files",
        "un identifiant en minuscules, chiffres et tirets tel que fichier-clients",
    ),
    "word.error": (
        "error",
        "erreur",
    ),
    "word.errors": (
        "errors",
        "erreurs",
    ),
    "word.warning": (
        "warning",
        "avertissement",
    ),
    "word.warnings": (
        "warnings",
        "avertissements",
    ),
    "word.info": (
        "info",
        "info",
    ),
    "word.waived": (
        "waived",
        "levé(s)",
    ),
    "word.baselined": (
        "in the baseline",
        "dans la référence",
    ),
    "baseline.fixed": (
        "fixed since the baseline: {rule} {path} — write the baseline again to drop it",
        "corrigé depuis la référence : {rule} {path} — réécrivez la référence pour l'en retirer",
    ),
    "baseline.written": (
        "{count} finding(s) recorded; `check --baseline` now fails only on new ones",
        "{count} constat(s) enregistré(s) ; `check --baseline` n'échoue plus que sur les nouveaux",
    ),
    "word.file": (
        "file",
        "fichier",
    ),
    "word.files": (
        "files",
        "fichiers",
    ),
    "word.in": (
        "in",
        "dans",
    ),
    "markdown.title": (
        "ropa-lint report",
        "Rapport ropa-lint",
    ),
    "markdown.sev": (
        "Severity",
        "Sévérité",
    ),
    "markdown.cat": (
        "Category",
        "Catégorie",
    ),
    "markdown.count": (
        "Findings",
        "Constats",
    ),
    "markdown.file": (
        "Location",
        "Emplacement",
    ),
    "markdown.rule": (
        "Rule",
        "Règle",
    ),
    "markdown.msg": (
        "Message",
        "Message",
    ),
    "markdown.none": (
        "No findings.",
        "Aucun constat.",
    ),
    "markdown.baselined": (
        "Known (baseline)",
        "Déjà connus (référence)",
    ),
    "markdown.fixed": (
        "Fixed since the baseline",
        "Corrigés depuis la référence",
    ),
    "markdown.waived": (
        "Waived",
        "Levés",
    ),
    "markdown.error": (
        "error",
        "erreur",
    ),
    "markdown.errors": (
        "errors",
        "erreurs",
    ),
    "markdown.warning": (
        "warning",
        "avertissement",
    ),
    "markdown.warnings": (
        "warnings",
        "avertissements",
    ),
    "markdown.info": (
        "info",
        "info",
    ),
    "markdown.one_file": (
        "file",
        "fichier",
    ),
    "markdown.files": (
        "files",
        "fichiers",
    ),
    "html.title": (
        "Record of processing activities — audit report",
        "Registre des activités de traitement — rapport d'audit",
    ),
    "html.generated": (
        "Generated on",
        "Généré le",
    ),
    "html.pack": (
        "rule pack",
        "jeu de règles",
    ),
    "html.summary": (
        "Summary",
        "Synthèse",
    ),
    "html.by_sev": (
        "Findings by severity",
        "Constats par sévérité",
    ),
    "html.by_cat": (
        "Findings by category",
        "Constats par catégorie",
    ),
    "html.files": (
        "files",
        "fichiers",
    ),
    "html.one_file": (
        "file",
        "fichier",
    ),
    "html.rules": (
        "rules",
        "règles",
    ),
    "html.since": (
        "Since the last report",
        "Depuis le rapport précédent",
    ),
    "html.new": (
        "new",
        "nouveaux",
    ),
    "html.unchanged": (
        "unchanged",
        "inchangés",
    ),
    "html.fixed_since": (
        "fixed",
        "corrigés",
    ),
    "html.fixed_list": (
        "Fixed since the last report",
        "Corrigés depuis le rapport précédent",
    ),
    "html.page_one": (
        "At a glance",
        "En bref",
    ),
    "html.organisations": (
        "Organisations covered",
        "Organismes couverts",
    ),
    "html.registers_word": (
        "registers",
        "registres",
    ),
    "html.activities_status": (
        "Activities",
        "Activités",
    ),
    "html.evaluated": (
        "Evaluation date",
        "Date d'évaluation",
    ),
    "html.generated_at": (
        "Report written",
        "Rapport établi le",
    ),
    "html.pack_in_force": (
        "Rules applied",
        "Règles appliquées",
    ),
    "html.disabled": (
        "disabled",
        "désactivées",
    ),
    "html.regraded": (
        "re-graded",
        "sévérité modifiée",
    ),
    "html.fail_on": (
        "The gate fails from",
        "Le contrôle échoue à partir de",
    ),
    "html.jurisdictions": (
        "Jurisdictions",
        "Juridictions",
    ),
    "html.waivers_in_force": (
        "Waivers",
        "Dérogations",
    ),
    "html.waived_findings": (
        "findings waived",
        "constats levés",
    ),
    "html.repository": (
        "Register repository",
        "Dépôt des registres",
    ),
    "html.clean": (
        "no uncommitted change",
        "sans modification non enregistrée",
    ),
    "html.dirty": (
        "with uncommitted changes",
        "avec des modifications non enregistrées",
    ),
    "html.no_repository": (
        "not in a git repository",
        "hors d'un dépôt git",
    ),
    "html.top": (
        "What to fix first",
        "À corriger en priorité",
    ),
    "html.count": (
        "Findings",
        "Constats",
    ),
    "html.activity_list": (
        "Activities",
        "Liste des activités",
    ),
    "html.status": (
        "Status",
        "Statut",
    ),
    # Not « conforme »: the tool cannot conclude that an activity complies,
    # only that its rules found nothing (issue 31).
    "html.status_ok": (
        "no finding",
        "aucun constat",
    ),
    "html.status_ok_partial": (
        "no finding among the rules applied (JUR-001 lists the others)",
        "aucun constat parmi les règles appliquées (JUR-001 liste les autres)",
    ),
    "html.status_known": (
        "known findings, not fixed (baseline)",
        "constats connus, non corrigés (référence)",
    ),
    "html.known_here": (
        "Known findings, not fixed (in the baseline)",
        "Constats connus, non corrigés (dans la référence)",
    ),
    "html.status_findings": (
        "findings",
        "constats",
    ),
    "html.status_aside": (
        "not evaluated",
        "non évalué",
    ),
    "html.waivers": (
        "Waivers in the registers",
        "Dérogations inscrites aux registres",
    ),
    "html.waiver_rule": (
        "Rule",
        "Règle",
    ),
    "html.waiver_scope": (
        "Scope",
        "Portée",
    ),
    "html.waiver_reason": (
        "Reason",
        "Motif",
    ),
    "html.waiver_approver": (
        "Approved by",
        "Approuvée par",
    ),
    "html.waiver_expires": (
        "Expires",
        "Expire le",
    ),
    "html.waiver_left": (
        "Days left",
        "Jours restants",
    ),
    "html.whole_register": (
        "whole register",
        "tout le registre",
    ),
    "html.activities": (
        "Activities",
        "Activités",
    ),
    "html.error": (
        "errors",
        "erreurs",
    ),
    "html.warning": (
        "warnings",
        "avertissements",
    ),
    "html.info": (
        "information",
        "informations",
    ),
    "html.waived": (
        "Waived findings",
        "Constats levés (dérogations)",
    ),
    "html.why": (
        "Why, and a register that passes",
        "Pourquoi, et un registre qui passe",
    ),
    "html.baselined": (
        "Known findings (baseline)",
        "Constats déjà connus (référence)",
    ),
    "html.fixed": (
        "Fixed since the baseline",
        "Corrigés depuis la référence",
    ),
    "html.none": (
        "No finding.",
        "Aucun constat.",
    ),
    "html.org": (
        "Controller / processor",
        "Responsable du traitement / sous-traitant",
    ),
    "html.dpo": (
        "Data protection officer",
        "Délégué à la protection des données",
    ),
    "html.representative": (
        "EU representative",
        "Représentant dans l'Union",
    ),
    "html.role": (
        "Role",
        "Rôle",
    ),
    "html.findings": (
        "Findings",
        "Constats",
    ),
    "html.ref": (
        "Reference",
        "Référence",
    ),
    "html.fix": (
        "Remediation",
        "Correction",
    ),
    "html.register": (
        "Register",
        "Registre",
    ),
    "html.other": (
        "Findings outside any activity",
        "Constats hors activité",
    ),
    "html.yes": (
        "performed",
        "réalisée",
    ),
    "html.no": (
        "not performed",
        "non réalisée",
    ),
    "html.empty": (
        "none",
        "aucun",
    ),
    "html.missing": (
        "not stated",
        "non renseigné",
    ),
    "html.rule": (
        "Rule",
        "Règle",
    ),
    "html.where": (
        "Where",
        "Emplacement",
    ),
    "not_evaluated.file": (
        "not evaluated (schema findings above)",
        "non évalué (voir les constats de schéma ci-dessus)",
    ),
    "not_evaluated.activity": (
        'activity "{name}" not evaluated (schema findings above)',
        "activité « {name} » non évaluée (voir les constats de schéma ci-dessus)",
    ),
    "not_evaluated.activities": (
        "no activity evaluated: `activities` is not a list (schema findings above)",
        "aucune activité évaluée : `activities` n'est pas une liste (voir les constats de schéma ci-dessus)",
    ),
    "not_evaluated.organization": (
        "organisation not evaluated: the register-level rules did not run (schema findings above)",
        "organisme non évalué : les règles portant sur le registre entier n'ont pas été appliquées (voir les constats de schéma ci-dessus)",
    ),
    "not_evaluated.waiver": (
        "waiver {path} not evaluated: it silences nothing (schema findings above)",
        "dérogation {path} non évaluée : elle ne masque rien (voir les constats de schéma ci-dessus)",
    ),
    "not_evaluated.waivers": (
        "no waiver evaluated: `waivers` is not a list (schema findings above)",
        "aucune dérogation évaluée : `waivers` n'est pas une liste (voir les constats de schéma ci-dessus)",
    ),
    "not_evaluated.include": (
        "`include` not evaluated: no included activity was read (schema findings above)",
        "`include` non évalué : aucune activité incluse n'a été lue (voir les constats de schéma ci-dessus)",
    ),
    "not_evaluated.fragment": (
        "activities of {fragment} not evaluated: the file could not be read (findings above)",
        "activités de {fragment} non évaluées : le fichier n'a pas pu être lu (voir les constats ci-dessus)",
    ),
    "not_evaluated.title": (
        "Not evaluated",
        "Non évalué",
    ),
    "loader.not_utf8": (
        "The file is not UTF-8 (byte 0x{byte}); save it as UTF-8.",
        "Le fichier n'est pas en UTF-8 (octet 0x{byte}) ; enregistrez-le en UTF-8.",
    ),
    "loader.bad_character": (
        "The file is not valid YAML: it holds the character {code}, which YAML does not allow (a NUL or a control character). Remove it at this position.",
        "Le fichier n'est pas du YAML valide : il contient le caractère {code}, que YAML n'admet pas (un NUL ou un caractère de contrôle). Supprimez-le à cet endroit.",
    ),
    "loader.not_yaml": (
        "The file is not valid YAML: {problem}. Fix the syntax at this position (indentation, a missing colon or quote).",
        "Le fichier n'est pas du YAML valide : {problem}. Corrigez la syntaxe à cet endroit (indentation, deux-points ou guillemet manquant).",
    ),
    "loader.empty": (
        "The file is empty; a register needs `register`, `organization` and `activities`.",
        "Le fichier est vide ; un registre comporte `register`, `organization` et `activities`.",
    ),
    "include.no_match": (
        "`include: {pattern}` matches no file, so no activity is read from it; fix the pattern or remove it.",
        "`include: {pattern}` ne correspond à aucun fichier : aucune activité n'en est lue ; corrigez le motif ou supprimez-le.",
    ),
    "include.only_directories": (
        "`include: {pattern}` names only directories, so no activity is read from it; name the files, such as `{pattern}/*.yaml`.",
        "`include: {pattern}` ne désigne que des dossiers : aucune activité n'en est lue ; nommez les fichiers, par exemple `{pattern}/*.yaml`.",
    ),
    "include.absolute": (
        "`include` of `{target}` refused: it is an absolute path; include only files inside the repository being linted.",
        "`include` de `{target}` refusé : chemin absolu ; n'incluez que des fichiers du dépôt contrôlé.",
    ),
    "include.outside": (
        "`include` of `{target}` refused: it is outside the register's root; include only files inside the repository being linted.",
        "`include` de `{target}` refusé : hors de la racine du registre ; n'incluez que des fichiers du dépôt contrôlé.",
    ),
    "include.unreadable": (
        "{file}: cannot be read ({why}).",
        "{file} : lecture impossible ({why}).",
    ),
    "include.not_a_fragment": (
        "An included file must hold a mapping with `activities: [...]`.",
        "Un fichier inclus doit contenir une table `activities: [...]`.",
    ),
    "include.extra_key": (
        "`{key}` is not allowed in an included file; it may only hold `activities`.",
        "`{key}` n'est pas admis dans un fichier inclus ; il ne peut contenir que `activities`.",
    ),
    "include.not_a_list": (
        "`activities` in an included file must be a list.",
        "`activities` dans un fichier inclus doit être une liste.",
    ),
    "convert.header": (
        "Converted by ropa-lint from {file} (layout {layout}).",
        "Converti par ropa-lint depuis {file} (modèle {layout}).",
    ),
    "convert.header_cells": (
        "Each activity names the cell it was read from; text is kept as written.",
        "Chaque activité indique la cellule d'où elle a été lue ; le texte est gardé tel qu'écrit.",
    ),
    "convert.unmapped_title": (
        "Not mapped by the layout (kept as x- fields where a label named them):",
        "Non repris par le modèle (gardé en champ x- quand un libellé le nommait) :",
    ),
    "convert.kept": ("kept as {key}", "gardé en {key}"),
    "convert.not_kept": ("not kept", "non gardé"),
    "convert.unmapped": (
        "{cell}{label}: not in the layout ({kept})",
        "{cell}{label} : absent du modèle ({kept})",
    ),
    "convert.written": ("{file}: {count} activities written", "{file} : {count} activités écrites"),
    "schema.not_a_register": (
        "This file is not a register: a register is a mapping with `register`, `organization` and `activities`, and it has none of them.",
        "Ce fichier n'est pas un registre : un registre est une table avec `register`, `organization` et `activities`, et il n'en a aucune.",
    ),
    "schema.required": (
        "`{where}` is missing the required field `{missing}`.",
        "`{where}` n'a pas le champ obligatoire `{missing}`.",
    ),
    "schema.required_because": (
        "`{where}` is missing the required field `{missing}`: {why}.",
        "`{where}` n'a pas le champ obligatoire `{missing}` : {why}.",
    ),
    "schema.unknown_close": (
        "`{owner}` has an unknown field `{key}`. Did you mean `{close}`?",
        "`{owner}` contient un champ inconnu `{key}`. Vouliez-vous dire `{close}` ?",
    ),
    "schema.unknown": (
        "`{owner}` has an unknown field `{key}`. Remove it or prefix it with `x-`.",
        "`{owner}` contient un champ inconnu `{key}`. Supprimez-le ou préfixez-le par `x-`.",
    ),
    "schema.enum": (
        "`{name}` must be one of {allowed}; got `{got}`.",
        "`{name}` doit valoir l'une des valeurs {allowed} ; trouvé `{got}`.",
    ),
    "sheet.kept": (
        "« {text} » is not a {what} the register format knows ({allowed}): it is kept as written beside the field, and the rules judged the rest of the activity. Choose one of these words in this cell, or leave it empty.",
        "« {text} » n'est pas une valeur que le format du registre connaît pour « {what} » ({allowed}) : elle est gardée telle quelle à côté du champ, et les règles ont jugé le reste de l'activité. Choisissez l'un de ces mots dans cette cellule, ou laissez-la vide.",
    ),
    "sheet.kept_country": (
        "« {text} » is not a country the register format knows: it is kept as written beside the field, and the rules judged the rest of the activity. Write the country's name (« Andorre ») or its two-letter code (AD).",
        "« {text} » n'est pas un pays que le format du registre connaît : il est gardé tel quel à côté du champ, et les règles ont jugé le reste de l'activité. Écrivez le nom du pays (« Andorre ») ou son code à deux lettres (AD).",
    ),
    "sheet.sensitive_unnamed": (
        "The list of processing activities answers « Oui » to « Données sensibles ? » for this activity, but its fiche names no sensitive data: fill the rows of the « Données sensibles » block that apply, or no rule on special categories can judge it (GDPR Art. 9, 30(1)(c)).",
        "La liste des traitements répond « Oui » à « Données sensibles ? » pour cette activité, mais sa fiche n'en nomme aucune : remplissez les lignes du bloc « Données sensibles » qui s'appliquent, sans quoi aucune règle sur les données sensibles ne peut la juger (RGPD art. 9, 30(1)(c)).",
    ),
    "sheet.words.none": ("None", "Aucun"),
    "sheet.words.yes": ("Yes", "Oui"),
    "sheet.words.this_activity": ("this activity", "cette activité"),
    "sheet.words.organization": ("the organisation", "l'organisme"),
    "sheet.words.no": ("No", "Non"),
    "sheet.words.no_line": (
        "(The model has no line for it: write it in the sheet « {sheet} », one row per field, with its fiche and, in the column « Champ », {fields}.)",
        "(Le modèle n'a pas de ligne pour l'indiquer : écrivez-le dans la feuille « {sheet} », une ligne par champ, avec sa fiche et, dans la colonne « Champ », {fields}.)",
    ),
    "sheet.words.no_column": (
        "(This sheet has no column for {fields}: add one to the layout it is read with (--layout), or convert the register (ropa-lint convert), which has a place for every field.)",
        "(Ce tableau n'a pas de colonne pour {fields} : ajoutez-en une à la disposition qui le lit (--layout), ou convertissez le registre (ropa-lint convert), qui a une place pour chaque champ.)",
    ),
    "sheet.field.country": ("country", "pays"),
    "sheet.field.role": ("role", "rôle de l'organisme"),
    "sheet.field.purpose_type": ("purpose type", "type de finalité"),
    "sheet.field.legal_basis": ("legal basis", "base légale"),
    "sheet.field.special_category": ("special category of data", "catégorie de données sensibles"),
    "sheet.field.data_source": ("source of the data", "source des données"),
    "sheet.field.data_subject": ("category of data subjects", "catégorie de personnes concernées"),
    "sheet.field.recipient_type": ("recipient type", "type de destinataire"),
    "sheet.field.safeguard": ("transfer safeguard", "garantie du transfert"),
    "sheet.field.derogation": ("Art. 49 derogation", "dérogation de l'article 49"),
    "sheet.field.security_measure": ("security measure", "mesure de sécurité"),
    "sheet.field.right": ("right of the data subjects", "droit des personnes"),
    "sheet.field.special_category_condition": ("Art. 9 condition", "condition de l'article 9"),
    "schema.const": (
        "`{name}` must be {want}; got `{got}`.",
        "`{name}` doit valoir {want} ; trouvé `{got}`.",
    ),
    "schema.type": (
        "`{name}` must be {want}; got `{got}`.",
        "`{name}` doit être {want} ; trouvé `{got}`.",
    ),
    "schema.type_yes": (
        "`{name}` must be {want}; got `{got}` (YAML 1.2 reads yes/no/on/off as text: write true or false).",
        "`{name}` doit être {want} ; trouvé `{got}` (YAML 1.2 lit yes/no/on/off comme du texte : écrivez true ou false).",
    ),
    "schema.min_items": (
        "`{name}` must list at least {count} item(s); it is empty.",
        "`{name}` doit comporter au moins {count} élément(s) ; il est vide.",
    ),
    "schema.min_length": (
        "`{name}` must not be empty.",
        "`{name}` ne doit pas être vide.",
    ),
    "schema.minimum": (
        "`{name}` must be at least {minimum}; got `{got}`.",
        "`{name}` doit valoir au moins {minimum} ; trouvé `{got}`.",
    ),
    "schema.contact": (
        "`{where}` needs at least one of `email`, `phone` or `address`.",
        "`{where}` doit indiquer au moins `email`, `phone` ou `address`.",
    ),
    "schema.retention": (
        "`retention` needs `active` (an ISO 8601 duration) or at least a `description`.",
        "`retention` doit indiquer `active` (durée ISO 8601) ou au moins une `description`.",
    ),
    "schema.invalid": (
        "`{where}` is not valid: {detail}.",
        "`{where}` n'est pas valide : {detail}.",
    ),
    "form.other": (
        "in the expected form",
        "de la forme attendue",
    ),
    "value.null": (
        "null (empty)",
        "null (vide)",
    ),
    "value.mapping": (
        "a mapping",
        "une table",
    ),
    "value.list": (
        "a list",
        "une liste",
    ),
    "value.register": (
        "register",
        "registre",
    ),
    "explain.category": ("category", "catégorie"),
    "explain.severity": ("severity", "sévérité"),
    "explain.reference": ("reference", "référence"),
    "explain.basis": ("severity set by", "sévérité fixée par"),
    "explain.avoid": ("Avoid", "À éviter"),
    "explain.prefer": ("Prefer", "À préférer"),
    "explain.page": ("page", "page"),
    "explain.remediation": ("Remediation", "Correction"),
    "severity.error": ("error", "erreur"),
    "severity.warning": ("warning", "avertissement"),
    "severity.info": ("info", "info"),
    "html.not_evaluated_note": (
        "The rules did not judge this activity.",
        "Les règles n'ont pas jugé cette activité.",
    ),
    "include.too_many": (
        "`include: {pattern}` matches over {most} paths or takes over {seconds} s to walk (a link looping back to a folder above, or a pattern over a whole tree): name the folder that holds the fragments.",
        "`include: {pattern}` désigne plus de {most} chemins ou prend plus de {seconds} s à parcourir (un lien qui revient vers un dossier parent, ou un motif sur toute une arborescence) : nommez le dossier qui contient les fragments.",
    ),
    "include.itself": (
        "`include: {pattern}` names this register itself, which is never read as a fragment; narrow the pattern to the files that hold activities.",
        "`include: {pattern}` désigne ce registre lui-même, qui n'est jamais lu comme fragment ; restreignez le motif aux fichiers qui contiennent des activités.",
    ),
    "include.twice": (
        "`{file}` is already included by `{first}`; `include: {pattern}` names it again and it is read once. Remove the second mention.",
        "`{file}` est déjà inclus par `{first}` ; `include: {pattern}` le désigne à nouveau et il n'est lu qu'une fois. Supprimez la seconde mention.",
    ),
    "config.title": ("configuration", "configuration"),
    "config.fail_on": ("fail_on {level} ({source})", "fail_on {level} ({source})"),
    "config.source.default": ("default", "par défaut"),
    "config.source.configuration": ("configuration file", "fichier de configuration"),
    "config.source.command line": ("command line", "ligne de commande"),
    "config.source.caller": ("caller", "appelant"),
    "config.disabled": ("disabled: {rules}", "règles désactivées : {rules}"),
    "config.regraded": ("severity changed: {rules}", "sévérité modifiée : {rules}"),
    "config.waived": ("{count} finding(s) waived", "{count} constat(s) levé(s) par dérogation"),
    "config.no_waivers": ("waivers ignored (--no-waivers)", "dérogations ignorées (--no-waivers)"),
    "config.strict": ("--strict-config", "--strict-config"),
    "config.held": ("from the repository: {what}", "venant du dépôt : {what}"),
    "config.trusted": (
        "trusted from the repository (--trust-config): {what}",
        "admis depuis le dépôt (--trust-config) : {what}",
    ),
    "config.held.opa_url": ("OPA server address", "adresse du serveur OPA"),
    "config.held.data tables": ("data tables", "tables de référence"),
    "config.held.rule packs": ("rule packs", "jeux de règles"),
    "config.held.baseline": ("baseline", "référence des constats connus"),
    "schema.enum_close": (
        "`{name}` must be one of the format's words; got `{got}`: did you mean `{close}`? (allowed: {allowed})",
        "`{name}` doit être un mot du format ; trouvé `{got}` : vouliez-vous dire `{close}` ? (admis : {allowed})",
    ),
    "yaml.tab": (
        "a tab is used to indent, and YAML indents with spaces only",
        "une tabulation sert à indenter, or YAML n'indente qu'avec des espaces",
    ),
    "yaml.bad_char": (
        "`{char}` cannot start a value here: put the value in quotes",
        "`{char}` ne peut pas commencer une valeur ici : mettez la valeur entre guillemets",
    ),
    "yaml.indent": (
        "this line is not indented like the keys around it: align it with the key it belongs beside",
        "cette ligne n'est pas indentée comme les clés voisines : alignez-la sur la clé dont elle est la sœur",
    ),
    "yaml.quote": (
        "a quote is opened and never closed",
        "un guillemet est ouvert et jamais fermé",
    ),
    "yaml.colon": (
        "a line has no `:` between its key and its value",
        "une ligne n'a pas de `:` entre sa clé et sa valeur",
    ),
    "yaml.colon_in_value": (
        "a value contains `: `, which YAML reads as a new key: put the value in quotes",
        "une valeur contient `: `, que YAML lit comme une nouvelle clé : mettez la valeur entre guillemets",
    ),
    "yaml.list": (
        "a list mixes items (`- `) and keys at the same indentation",
        "une liste mêle des éléments (`- `) et des clés au même niveau d'indentation",
    ),
    "yaml.bracket": (
        "a `[` or `{{` is opened and never closed",
        "un `[` ou un `{{` est ouvert et jamais fermé",
    ),
    "yaml.other": (
        "{problem}",
        "erreur de syntaxe ({problem})",
    ),
}
