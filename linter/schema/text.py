"""What a schema error says to a DPO (catalogue keys `schema.*`, `why.*`, `type.*`, `form.*`).

The validator's own text ("'x' is not one of [...]") is for developers; a DPO
gets a sentence naming the field, what is allowed and what was written.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any

from linter.core.catalogue import CATALOGUE
from linter.core.findings import format_path
from linter.core.messages import Message, msg

# French words a DPO writes for the format's English ones: suggested when a
# field or a value is not the format's ("nom" → name, "contrat" → contract).
FRENCH = {
    "nom": "name",
    "finalité": "purposes",
    "finalités": "purposes",
    "finalite": "purposes",
    "finalites": "purposes",
    "base_légale": "legal_basis",
    "base_legale": "legal_basis",
    "personnes_concernées": "data_subjects",
    "personnes_concernees": "data_subjects",
    "catégories_de_données": "data_categories",
    "categories_de_donnees": "data_categories",
    "données": "data_categories",
    "destinataires": "recipients",
    "transferts": "transfers",
    "durée_de_conservation": "retention",
    "duree_de_conservation": "retention",
    "conservation": "retention",
    "mesures_de_sécurité": "security_measures",
    "mesures_de_securite": "security_measures",
    "sécurité": "security_measures",
    "securite": "security_measures",
    "pays": "country",
    "responsable": "owner",
    "rôle": "role",
    "droits": "rights",
    "organisme": "organization",
    "activités": "activities",
    "activites": "activities",
    "dérogations": "waivers",
    "courriel": "email",
    "téléphone": "phone",
    "telephone": "phone",
    "adresse": "address",
    "contrat": "contract",
    "consentement": "consent",
    "obligation_légale": "legal_obligation",
    "obligation_legale": "legal_obligation",
    "obligation légale": "legal_obligation",
    "intérêt_légitime": "legitimate_interests",
    "interet_legitime": "legitimate_interests",
    "intérêt légitime": "legitimate_interests",
    "intérêts légitimes": "legitimate_interests",
    "mission_d'intérêt_public": "public_task",
    "mission d'intérêt public": "public_task",
    "intérêts_vitaux": "vital_interests",
    "intérêts vitaux": "vital_interests",
    "clients": "customers",
    "salariés": "employees",
    "salaries": "employees",
    "candidats": "candidates",
    "mineurs": "minors",
    "fournisseurs": "suppliers",
    "utilisateurs": "users",
    "visiteurs": "visitors",
    "responsable_de_traitement": "controller",
    "sous-traitant": "processor",
    "sous_traitant": "processor",
    "responsable_conjoint": "joint_controller",
}


def _suggest(written, allowed) -> str | None:
    """The format's word closest to what was written: its French twin, or a near spelling."""
    allowed = [str(a) for a in allowed]
    word = str(written).strip().lower()
    if FRENCH.get(word) in allowed:
        return FRENCH[word]
    close = difflib.get_close_matches(str(written), allowed, n=1)
    return close[0] if close else None


# Why a conditionally required field is required, in the DPO's terms: the
# fields with a `why.<field>` entry in the catalogue.
WHY = frozenset(k.removeprefix("why.") for k in CATALOGUE if k.startswith("why."))
TYPES = frozenset(k.removeprefix("type.") for k in CATALOGUE if k.startswith("type."))


def _shown(value: Any):
    """The value written, as the message shows it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return msg("value.null")
    if isinstance(value, dict | list):
        return msg("value.mapping" if isinstance(value, dict) else "value.list")
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


def _message(err, path: tuple, gdpr: bool = True) -> tuple[Message, tuple, bool]:
    """(message, path to point at, point at the key?) for one validation error
    (for an unknown field, `path` ends with that field). `gdpr`: the GDPR
    judges the register, so a required field's `why` (which cites it) is said.

    For oneOf/anyOf it recurses into the closest alternative, so callers read
    the leaf's validator from `_leaf`.
    """
    name = _field(path)
    where = format_path(path) or msg("value.register")
    v = err.validator
    if v == "required":
        missing = err.message.split("'")[1] if "'" in err.message else "?"
        if missing in WHY and gdpr:
            why = msg(f"why.{missing}")
            return (
                msg("schema.required_because", where=where, missing=missing, why=why),
                (
                    *path,
                    missing,
                ),
                False,
            )
        return msg("schema.required", where=where, missing=missing), (*path, missing), False
    if v == "additionalProperties":
        key = path[-1] if path else "?"
        close = _suggest(key, err.schema.get("properties", {}))
        owner = format_path(path[:-1]) or msg("value.register")
        if close:
            return msg("schema.unknown_close", owner=owner, key=key, close=close), path, True
        return msg("schema.unknown", owner=owner, key=key), path, True
    got = _shown(err.instance)
    if v == "enum":
        allowed = ", ".join(str(x) for x in err.validator_value)
        close = (
            _suggest(err.instance, err.validator_value) if isinstance(err.instance, str) else None
        )
        if close:
            said = msg("schema.enum_close", name=name, close=close, got=got, allowed=allowed)
            return said, path, False
        return msg("schema.enum", name=name, allowed=allowed, got=got), path, False
    if v == "const":
        return msg("schema.const", name=name, want=err.validator_value, got=got), path, False
    if v == "type":
        want = (
            err.validator_value if isinstance(err.validator_value, str) else err.validator_value[0]
        )
        words = msg(f"type.{want}") if want in TYPES else want
        key = (
            "schema.type_yes"
            if want == "boolean" and isinstance(err.instance, str)
            else "schema.type"
        )
        return msg(key, name=name, want=words, got=got), path, False
    if v in ("pattern", "format"):
        kind = _pattern_kind(err) or ("date" if v == "format" else "other")
        return msg("schema.type", name=name, want=msg(f"form.{kind}"), got=got), path, False
    if v == "minItems":
        return msg("schema.min_items", name=name, count=err.validator_value), path, False
    if v == "minLength":
        return msg("schema.min_length", name=name), path, False
    if v == "minimum":
        return msg("schema.minimum", name=name, minimum=err.validator_value, got=got), path, False
    if v == "anyOf" and _is_contact(err):
        return msg("schema.contact", where=where), path, False
    if v == "anyOf" and name == "retention":
        return msg("schema.retention"), path, False
    if v in ("oneOf", "anyOf") and err.context:
        # Report the alternative that came closest: the deepest sub-error.
        best = _leaf(err)
        return _message(best, tuple(best.absolute_path), gdpr)
    return msg("schema.invalid", where=where, detail=err.message), path, False


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

    message: Message
    path: tuple  # where to point
    on_key: bool  # point at the key rather than its value
    kind: str  # "gap" (missing or empty), "unknown" (an unknown field), "shape"


def describe(err, gdpr: bool = True) -> list[Said]:
    """What one jsonschema error says: one entry per unknown field it names
    (`gdpr` as for `_message`)."""
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
        return describe(leaf, gdpr)
    return [Said(*_message(err, path, gdpr), "gap" if gap else "shape")]
