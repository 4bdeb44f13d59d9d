"""The `schema` family: checks made in Python, before any Rego runs."""

from __future__ import annotations

from .rulepack import Rule

_SPEC = "ropa-lint register format v1"


def _schema_rule(id_, severity, title, title_fr, description, remediation, remediation_fr):
    return Rule(
        id=id_,
        category="schema",
        severity=severity,
        title=title,
        title_fr=title_fr,
        description=description,
        reference=_SPEC,
        remediation=remediation,
        remediation_fr=remediation_fr,
        package="linter.loader"
        if id_ in ("SCH-001", "SCH-002", "SCH-004", "SCH-006")
        else "linter.schema",
        file="linter/builtin_rules.py",
        related_resources=(
            ("GDPR Article 30 (EUR-Lex)", "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_30"),
        ),
        builtin=True,
    )


BUILTIN_RULES = (
    _schema_rule(
        "SCH-001",
        "error",
        "File is not a readable YAML register",
        "Fichier illisible comme registre YAML",
        "The file is not UTF-8, is not valid YAML, nests without bound, or uses YAML tags a "
        "register has no use for. Nothing in it can be checked until it reads.",
        "Fix the syntax at the position given; save the file as UTF-8.",
        "Corrigez la syntaxe à la position indiquée ; enregistrez le fichier en UTF-8.",
    ),
    _schema_rule(
        "SCH-002",
        "error",
        "Duplicate key",
        "Clé en double",
        "A mapping has the same key twice. A YAML loader keeps only one value and silently "
        "drops the other: in a register, that can lose a legal basis or a retention period.",
        "Merge the two entries into one.",
        "Fusionnez les deux entrées en une seule.",
    ),
    _schema_rule(
        "SCH-003",
        "error",
        "Required field missing",
        "Champ obligatoire manquant",
        "A field the register format requires is absent (an Article 30 element, or a detail "
        "that a chosen legal basis, safeguard or category requires).",
        "Add the field named in the message.",
        "Ajoutez le champ indiqué dans le message.",
    ),
    _schema_rule(
        "SCH-004",
        "error",
        "Aliases expand without bound",
        "Alias à expansion non bornée",
        "YAML anchors and aliases multiply the file far beyond its size (a 'billion laughs'), "
        "or an alias refers to the block that contains it. Reading stops at a fixed budget.",
        "Write the repeated blocks out, or remove the nested aliases.",
        "Écrivez les blocs répétés en clair ou supprimez les alias imbriqués.",
    ),
    _schema_rule(
        "SCH-005",
        "error",
        "Value not allowed by the register format",
        "Valeur non admise par le format du registre",
        "A value has the wrong type, is not in the field's vocabulary, is not an ISO 8601 "
        "duration, ISO 3166 country code or YYYY-MM-DD date, or a field is unknown.",
        "Write the value as the message says; `ropa-lint explain SCH-005` lists the forms.",
        "Écrivez la valeur comme l'indique le message.",
    ),
    _schema_rule(
        "SCH-006",
        "error",
        "Include cannot be resolved",
        "Inclusion impossible",
        "An `include:` pattern matches no file, points outside the repository being linted, "
        "or names a file that does not hold `activities: [...]`. Its activities would be "
        "missing from the register.",
        "Fix the pattern; keep included files inside the repository, each holding only "
        "`activities`.",
        "Corrigez le motif ; gardez les fichiers inclus dans le dépôt, chacun ne contenant "
        "que `activities`.",
    ),
)
