"""Words the linter itself says (not the rules): one table, both languages.

Each entry is a template with named fields; `say(key, lang, **fields)`
fills it. Rules' messages come from Rego; the schema family's from
schema_text.py and loader.py.
"""

from __future__ import annotations

CATALOGUE: dict[str, dict[str, str]] = {
    "not_evaluated.file": {
        "en": "not evaluated (schema findings above)",
        "fr": "non évalué (voir les constats de schéma ci-dessus)",
    },
    "not_evaluated.activity": {
        "en": 'activity "{name}" not evaluated (schema findings above)',
        "fr": "activité « {name} » non évaluée (voir les constats de schéma ci-dessus)",
    },
    "not_evaluated.activities": {
        "en": "no activity evaluated: `activities` is not a list (schema findings above)",
        "fr": "aucune activité évaluée : `activities` n'est pas une liste "
        "(voir les constats de schéma ci-dessus)",
    },
    "not_evaluated.organization": {
        "en": "organisation not evaluated: the register-level rules did not run "
        "(schema findings above)",
        "fr": "organisme non évalué : les règles portant sur le registre entier n'ont pas "
        "été appliquées (voir les constats de schéma ci-dessus)",
    },
    "not_evaluated.waiver": {
        "en": "waiver {path} not evaluated: it silences nothing (schema findings above)",
        "fr": "dérogation {path} non évaluée : elle ne masque rien "
        "(voir les constats de schéma ci-dessus)",
    },
    "not_evaluated.waivers": {
        "en": "no waiver evaluated: `waivers` is not a list (schema findings above)",
        "fr": "aucune dérogation évaluée : `waivers` n'est pas une liste "
        "(voir les constats de schéma ci-dessus)",
    },
    "not_evaluated.include": {
        "en": "`include` not evaluated: no included activity was read (schema findings above)",
        "fr": "`include` non évalué : aucune activité incluse n'a été lue "
        "(voir les constats de schéma ci-dessus)",
    },
    "not_evaluated.fragment": {
        "en": "activities of {fragment} not evaluated: the file could not be read (findings above)",
        "fr": "activités de {fragment} non évaluées : le fichier n'a pas pu être lu "
        "(voir les constats ci-dessus)",
    },
    "not_evaluated.title": {"en": "Not evaluated", "fr": "Non évalué"},
}


def say(key: str, lang: str, **fields) -> str:
    entry = CATALOGUE[key]
    return (entry.get(lang) or entry["en"]).format(**fields)


def not_evaluated(item, lang: str) -> str:
    """One set-aside unit (prune.SetAside or its dict), as a sentence."""
    get = item.get if isinstance(item, dict) else lambda k: getattr(item, k)
    return say(
        f"not_evaluated.{get('unit')}",
        lang,
        name=get("activity") or get("path"),
        path=get("path"),
        fragment=get("fragment") or "",
    )
