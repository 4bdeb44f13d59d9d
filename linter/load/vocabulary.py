"""The format's codes in the reader's language, for the reports.

One table, rules/ropadata/reference/vocabulary.yaml, serves the rules'
messages (rules/lib/vocabulary.rego), the HTML and Markdown reports and the
schema's per-value descriptions; this module is its Python reader.
"""

from __future__ import annotations

from functools import cache

from linter.core.resources import rules_dir

# As any table of the rule pack (rulepack.PACK_FILE_MAX_BYTES).
TABLE_MAX_BYTES = 10 * 1024 * 1024

# Where each enumeration of schemas/register.schema.json sits ($defs entry,
# property; None for an enumeration that is the definition itself) → the
# table's field.
SCHEMA_FIELDS = {
    ("purpose", "type"): "purpose_type",
    ("purpose", "legal_basis"): "legal_basis",
    ("retention", "trigger"): "retention_trigger",
    ("data_category", "name"): "data_category",
    ("data_category", "special_category"): "special_category",
    ("data_category", "source"): "data_source",
    ("recipient", "type"): "recipient_type",
    ("transfer", "safeguard"): "safeguard",
    ("transfer", "derogation"): "derogation",
    ("security_measure", None): "security_measure",
    ("security_measure", "measure"): "security_measure",
    ("activity", "role"): "role",
    ("activity", "data_subjects"): "data_subject",
    ("activity", "special_category_condition"): "special_category_condition",
    ("activity", "channels"): "channel",
    ("activity", "audience"): "audience",
    ("activity", "rights"): "right",
    ("organization", "kind"): "organization_kind",
}


def schema_enums(schema: dict):
    """Every string enumeration of the schema: (its node, $defs entry, property)."""

    def walk(node, definition, prop):
        if isinstance(node, dict):
            if "enum" in node and all(isinstance(v, str) for v in node["enum"]):
                yield node, definition, prop
            for key, value in node.items():
                if key == "properties":
                    for name, sub in value.items():
                        yield from walk(sub, definition, name)
                elif key not in ("enum", "if"):  # an `if` tests a value, it offers none
                    yield from walk(value, definition, prop)
        elif isinstance(node, list):
            for item in node:
                yield from walk(item, definition, prop)

    for name, definition in schema.get("$defs", {}).items():
        yield from walk(definition, name, None)


def annotate(schema: dict) -> dict:
    """The schema with each enumeration's values explained in both languages
    (`markdownEnumDescriptions`, which yaml-language-server shows on
    completion and hover)."""
    import copy

    out = copy.deepcopy(schema)
    _strip(out)
    for node, definition, prop in schema_enums(out):
        field = SCHEMA_FIELDS.get((definition, prop)) or SCHEMA_FIELDS[(definition, None)]
        node["markdownEnumDescriptions"] = [_describe(field, v) for v in node["enum"]]
    return out


def _describe(field: str, value: str) -> str:
    """A value as completion shows it: both labels, then what it asks, in both."""
    said = f"**{label(field, value, 'en')}** — *{label(field, value, 'fr')}*"
    entry = table().get(field, {}).get(value, {})
    if entry.get("note_en"):
        said += f"\n\n{entry['note_en']}\n\n*{entry['note_fr']}*"
    return said


def _strip(node) -> None:
    if isinstance(node, dict):
        node.pop("markdownEnumDescriptions", None)
        for value in node.values():
            _strip(value)
    elif isinstance(node, list):
        for value in node:
            _strip(value)


@cache
def table() -> dict:
    from linter.load.tables import load_table  # one bounded reader for every table

    path = rules_dir() / "ropadata" / "reference" / "vocabulary.yaml"
    return load_table(path, TABLE_MAX_BYTES)["vocabulary"]


def label(field: str, value, lang: str) -> str:
    """`value` of `field` as the reader's language says it; free text as written."""
    entry = table().get(field, {}).get(value) if isinstance(value, str) else None
    return entry[lang] if entry else str(value)


def labels(field: str, values, lang: str) -> str:
    return ", ".join(label(field, v, lang) for v in values)


_UNITS = {
    "Y": (("year", "years"), ("an", "ans")),
    "M": (("month", "months"), ("mois", "mois")),
    "W": (("week", "weeks"), ("semaine", "semaines")),
    "D": (("day", "days"), ("jour", "jours")),
}


def duration(iso, lang: str) -> str:
    """An ISO 8601 duration of the format (P3Y, P13M, P1Y6M) in words; other text as is."""
    import re

    m = re.fullmatch(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?", str(iso))
    if not m or not any(m.groups()):
        return str(iso)
    parts = []
    for unit, amount in zip("YMWD", m.groups(), strict=True):
        if amount and int(amount):
            en, fr = _UNITS[unit]
            one, many = en if lang == "en" else fr
            parts.append(f"{int(amount)} {one if int(amount) == 1 else many}")
    joiner = " and " if lang == "en" else " et "
    return joiner.join(parts) if parts else ""


def _from(trigger_fr: str) -> str:
    # « à compter de » contracts with the article: du dernier contact, de la fin.
    if trigger_fr.startswith("le "):
        return "du " + trigger_fr[3:]
    return "de " + trigger_fr


def retention(r, lang: str) -> str:
    """A retention block as a sentence: « 3 ans à compter de la fin de la
    relation, puis 5 ans d'archive — C. civ. art. 2224 »."""
    if not isinstance(r, dict):
        return ""
    active = duration(r["active"], lang) if r.get("active") else ""
    trigger = label("retention_trigger", r["trigger"], lang) if r.get("trigger") else ""
    if trigger:
        if lang == "fr":
            active = f"{active} à compter {_from(trigger)}" if active else f"jusqu'à {trigger}"
        else:
            active = f"{active} from {trigger}" if active else f"until {trigger}"
    said = [active] if active else []
    if r.get("archive"):
        archive = duration(r["archive"], lang)
        said.append(f"puis {archive} d'archive" if lang == "fr" else f"then {archive} in archive")
    text = ", ".join(said)
    tail = [str(r[k]) for k in ("basis", "description") if r.get(k)]
    return " — ".join([text, *tail]) if text else " — ".join(tail)


_REFERENCE_FR = (
    ("GDPR recital", "RGPD considérant"),
    ("GDPR Art.", "RGPD art."),
    ("GDPR Chapter", "RGPD chapitre"),
    ("GDPR", "RGPD"),
    ("Monaco Law No.", "loi monégasque n°"),
    ("Directive 2002/58/EC art.", "directive 2002/58/CE art."),
    ("WP29 Opinion", "avis du G29"),
    ("EDPB Guidelines", "lignes directrices du CEPD"),
    ("national references", "références nationales"),
    ("ropa-lint register format", "format de registre ropa-lint"),
    ("Implementing Decision (EU)", "décision d'exécution (UE)"),
    (" and ", " et "),
)


def reference(ref: str, lang: str) -> str:
    """A rule's legal reference as the reader's language writes it (RGPD art. 6(1))."""
    if lang != "fr":
        return ref
    for en, fr in _REFERENCE_FR:
        ref = ref.replace(en, fr)
    return ref


@cache
def _french_countries():
    import gettext

    import pycountry

    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])


def country(code, lang: str) -> str:
    """An ISO 3166 code as its name in the reader's language (pycountry's ISO
    tables and their French translation); the code itself if unknown."""
    import pycountry

    found = pycountry.countries.get(alpha_2=str(code).upper()) if code else None
    if found is None:
        return str(code or "")
    name = getattr(found, "common_name", None) or found.name
    return _french_countries().gettext(found.name) if lang == "fr" else name
