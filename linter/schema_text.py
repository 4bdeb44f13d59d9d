"""What a schema error says to a DPO, in English and French.

The validator's own text ("'x' is not one of [...]") is for developers; a DPO
gets a sentence naming the field, what is allowed and what was written.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any

from .findings import format_path

# Why a conditionally required field is required, in the DPO's terms.
WHY_REQUIRED = {
    "controllers": (
        "a processor's record names each controller it acts for (GDPR Art. 30(2)(a))",
        "le registre d'un sous-traitant nomme chaque responsable pour lequel il agit "
        "(RGPD art. 30(2)(a))",
    ),
    "joint_controllers": (
        "a joint controller names the other controllers and the arrangement (GDPR Art. 26)",
        "un responsable conjoint nomme les autres responsables et l'accord (RGPD art. 26)",
    ),
    "legal_basis": (
        "every purpose of a controller needs its Art. 6(1) legal basis",
        "chaque finalité d'un responsable de traitement a besoin de sa base légale "
        "(RGPD art. 6(1))",
    ),
    "legitimate_interest": (
        "legitimate interests need the interest pursued and where the balancing test is kept "
        "(GDPR Art. 6(1)(f))",
        "l'intérêt légitime exige l'intérêt poursuivi et la mise en balance documentée "
        "(RGPD art. 6(1)(f))",
    ),
    "consent": (
        "consent needs how it is collected, withdrawn and proven (GDPR Art. 7)",
        "le consentement exige sa collecte, son retrait et sa preuve (RGPD art. 7)",
    ),
    "legal_obligation": (
        "a legal obligation names the text of law that imposes it (GDPR Art. 6(1)(c), 6(3))",
        "une obligation légale cite le texte qui l'impose (RGPD art. 6(1)(c), 6(3))",
    ),
    "derogation": (
        "a transfer under a derogation names which Art. 49(1) derogation applies",
        "un transfert par dérogation précise laquelle de l'art. 49(1) s'applique",
    ),
    "documentation": (
        "a transfer on compelling legitimate interests must be documented (GDPR Art. 49(1), "
        "30(1)(e))",
        "un transfert fondé sur des intérêts légitimes impérieux doit être documenté "
        "(RGPD art. 49(1), 30(1)(e))",
    ),
    "special_category_condition": (
        "special-category data need an Art. 9(2) condition",
        "les données sensibles exigent une condition de l'art. 9(2) du RGPD",
    ),
    "criminal_data_basis": (
        "criminal-offence data need the Union or national law that authorises them (GDPR Art. 10)",
        "les données d'infraction exigent le texte qui les autorise (RGPD art. 10)",
    ),
}

_TYPE_WORDS = {
    "string": ("text", "un texte"),
    "array": ("a list", "une liste"),
    "object": ("a mapping", "une table"),
    "boolean": ("true or false", "true ou false"),
    "integer": ("a whole number", "un nombre entier"),
    "number": ("a number", "un nombre"),
}

_PATTERN_WORDS = {
    "duration": (
        "an ISO 8601 duration such as P3Y, P13M or P30D",
        "une durée ISO 8601 telle que P3Y, P13M ou P30D",
    ),
    "country": (
        "an ISO 3166-1 alpha-2 country code in capitals such as FR",
        "un code pays ISO 3166-1 alpha-2 en majuscules tel que FR",
    ),
    "date": ("a date written YYYY-MM-DD", "une date au format AAAA-MM-JJ"),
    "id": (
        "a slug of lower-case letters, digits and hyphens such as customer-files",
        "un identifiant en minuscules, chiffres et tirets tel que fichier-clients",
    ),
}


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null (empty)"
    if isinstance(value, dict | list):
        return "a mapping" if isinstance(value, dict) else "a list"
    return str(value)


def _field(path: tuple) -> str:
    for part in reversed(path):
        if isinstance(part, str):
            return part
    return "register"


def _pattern_kind(err) -> str | None:
    p = err.validator_value if err.validator == "pattern" else ""
    if p.startswith("^P"):
        return "duration"
    if p == "^[A-Z]{2}$":
        return "country"
    if p.startswith("^[0-9]{4}"):
        return "date"
    if p.startswith("^[a-z0-9]"):
        return "id"
    return None


def _message(err, path: tuple) -> tuple[str, str, tuple, bool]:
    """(en, fr, path to point at, point at the key?) for one validation error
    (for an unknown field, `path` ends with that field).

    For oneOf/anyOf it recurses into the closest alternative, so callers read
    the leaf's validator from `_leaf`.
    """
    name = _field(path)
    where = format_path(path) or "register"
    v = err.validator
    if v == "required":
        missing = err.message.split("'")[1] if "'" in err.message else "?"
        why = WHY_REQUIRED.get(missing)
        en = f"`{where}` is missing the required field `{missing}`"
        fr = f"`{where}` n'a pas le champ obligatoire `{missing}`"
        if why:
            en, fr = f"{en}: {why[0]}", f"{fr} : {why[1]}"
        return f"{en}.", f"{fr}.", (*path, missing), False
    if v == "additionalProperties":
        key = path[-1] if path else "?"
        known = list(err.schema.get("properties", {}))
        close = difflib.get_close_matches(str(key), known, n=1)
        hint_en = f" Did you mean `{close[0]}`?" if close else " Remove it or prefix it with `x-`."
        hint_fr = (
            f" Vouliez-vous dire `{close[0]}` ?"
            if close
            else " Supprimez-le ou préfixez-le par `x-`."
        )
        owner = format_path(path[:-1]) or "register"
        return (
            f"`{owner}` has an unknown field `{key}`.{hint_en}",
            f"`{owner}` contient un champ inconnu `{key}`.{hint_fr}",
            path,
            True,
        )
    if v == "enum":
        allowed = ", ".join(str(x) for x in err.validator_value)
        return (
            f"`{name}` must be one of {allowed}; got `{_shown(err.instance)}`.",
            f"`{name}` doit valoir l'une des valeurs {allowed} ; trouvé `{_shown(err.instance)}`.",
            path,
            False,
        )
    if v == "const":
        return (
            f"`{name}` must be {err.validator_value}; got `{_shown(err.instance)}`.",
            f"`{name}` doit valoir {err.validator_value} ; trouvé `{_shown(err.instance)}`.",
            path,
            False,
        )
    if v == "type":
        want = (
            err.validator_value if isinstance(err.validator_value, str) else err.validator_value[0]
        )
        en_w, fr_w = _TYPE_WORDS.get(want, (want, want))
        hint_en = hint_fr = ""
        if want == "boolean" and isinstance(err.instance, str):
            hint_en = " (YAML 1.2 reads yes/no/on/off as text: write true or false)"
            hint_fr = " (YAML 1.2 lit yes/no/on/off comme du texte : écrivez true ou false)"
        return (
            f"`{name}` must be {en_w}; got `{_shown(err.instance)}`{hint_en}.",
            f"`{name}` doit être {fr_w} ; trouvé `{_shown(err.instance)}`{hint_fr}.",
            path,
            False,
        )
    if v in ("pattern", "format"):
        kind = _pattern_kind(err) or ("date" if v == "format" else None)
        en_w, fr_w = _PATTERN_WORDS.get(kind, ("in the expected form", "de la forme attendue"))
        return (
            f"`{name}` must be {en_w}; got `{_shown(err.instance)}`.",
            f"`{name}` doit être {fr_w} ; trouvé `{_shown(err.instance)}`.",
            path,
            False,
        )
    if v == "minItems":
        return (
            f"`{name}` must list at least {err.validator_value} item(s); it is empty.",
            f"`{name}` doit comporter au moins {err.validator_value} élément(s) ; il est vide.",
            path,
            False,
        )
    if v == "minLength":
        return (
            f"`{name}` must not be empty.",
            f"`{name}` ne doit pas être vide.",
            path,
            False,
        )
    if v == "minimum":
        return (
            f"`{name}` must be at least {err.validator_value}; got `{_shown(err.instance)}`.",
            f"`{name}` doit valoir au moins {err.validator_value} ; "
            f"trouvé `{_shown(err.instance)}`.",
            path,
            False,
        )
    if v == "anyOf" and _is_contact(err):
        return (
            f"`{where}` needs at least one of `email`, `phone` or `address`.",
            f"`{where}` doit indiquer au moins `email`, `phone` ou `address`.",
            path,
            False,
        )
    if v == "anyOf" and name == "retention":
        return (
            "`retention` needs `active` (an ISO 8601 duration) or at least a `description`.",
            "`retention` doit indiquer `active` (durée ISO 8601) ou au moins une `description`.",
            path,
            False,
        )
    if v in ("oneOf", "anyOf") and err.context:
        # Report the alternative that came closest: the deepest sub-error.
        best = _leaf(err)
        return _message(best, tuple(best.absolute_path))
    return (
        f"`{where}` is not valid: {err.message}.",
        f"`{where}` n'est pas valide : {err.message}.",
        path,
        False,
    )


def _leaf(err):
    if err.validator in ("oneOf", "anyOf") and err.context and not _is_special_any(err):
        return _leaf(max(err.context, key=lambda e: (len(e.absolute_path), -len(e.message))))
    return err


def _is_special_any(err) -> bool:
    return err.validator == "anyOf" and (
        _is_contact(err) or _field(tuple(err.absolute_path)) == "retention"
    )


def _is_contact(err) -> bool:
    return any(s.get("required") == ["email"] for s in err.validator_value if isinstance(s, dict))


# Missing or empty is a content gap: it never sets anything aside.
_GAPS = frozenset({"required", "minItems", "minLength"})


@dataclass(frozen=True)
class Said:
    """One schema error as a DPO reads it, and what kind of slip it is."""

    en: str
    fr: str
    path: tuple  # where to point
    on_key: bool  # point at the key rather than its value
    kind: str  # "gap" (missing or empty), "unknown" (an unknown field), "shape"


def describe(err) -> list[Said]:
    """What one jsonschema error says: one entry per unknown field it names."""
    path = tuple(err.absolute_path)
    if err.validator == "additionalProperties":
        extra = sorted(set(err.instance) - set(err.schema.get("properties", {})))
        return [
            Said(*_message(err, (*path, key)), "unknown")
            for key in extra
            if not str(key).startswith("x-")
        ]
    leaf = _leaf(err)
    gap = leaf.validator in _GAPS or _is_special_any(leaf)
    if leaf is not err and leaf.validator == "additionalProperties":
        return describe(leaf)
    return [Said(*_message(err, path), "gap" if gap else "shape")]
