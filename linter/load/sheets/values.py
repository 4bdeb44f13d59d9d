"""A cell's text read as the register format's values, and written back.

Reading never guesses: a word the vocabulary does not know is kept as written,
so the schema names it at its cell; a retention phrase that gives no period is
kept as its description, so RET-001 still asks for one.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from linter.load import durations, vocabulary
from linter.load.sheets.layout import Column, Layout, plain

_BULLET = re.compile(r"^\s*(?:[-•*·▪]|\d+[.)])\s+")
_YES = {"oui", "yes", "true", "vrai", "x", "o", "y", "1"}
_NO = {"non", "no", "false", "faux", "n", "0"}
_BARE_DURATION = re.compile(
    r"^\s*\d+\s*(?:ans?|années?|mois|semaines?|jours?|years?|months?|weeks?|days?)\s*$",
    re.IGNORECASE,
)
_DATE_FR = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


def pieces(value, parse: str) -> list:
    """A cell holding several values: one per line (bullets dropped); list
    cells are also cut at `;` and `,` (a word list, not sentences)."""
    if value is None:
        return []
    if not isinstance(value, str):
        return [value]
    out = []
    for line in value.split("\n"):
        line = _BULLET.sub("", line).strip()
        if not line:
            continue
        if parse in ("list", "vocab", "country"):
            out += [p.strip() for p in re.split(r"[;,]", line) if p.strip()]
        else:
            out.append(line)
    return out


@cache
def _vocabulary_index(field: str) -> dict:
    index = {}
    for code, entry in vocabulary.table().get(field, {}).items():
        for text in (code, code.replace("_", " "), entry.get("en"), entry.get("fr")):
            if text:
                index.setdefault(plain(text), code)
    return index


def vocab(text, field: str, layout: Layout):
    key = plain(text)
    synonyms = layout.synonyms.get(field, {})
    if key in synonyms and synonyms[key] is None:
        return Quiet(text)
    found = synonyms.get(key) or _vocabulary_index(field).get(key)
    return found if found is not None else text


def yesno(value):
    if isinstance(value, bool):
        return value
    key = plain(value)
    if key in _YES:
        return True
    if key in _NO:
        return False
    return value


def date(value):
    if isinstance(value, str):
        m = _DATE_FR.match(value.strip())
        if m:
            day, month, year = (int(g) for g in m.groups())
            try:
                return dt.date(year, month, day).isoformat()
            except ValueError:
                return value
    return value


@cache
def _country_index() -> dict:
    import pycountry

    index = {}
    french = vocabulary._french_countries()
    for c in pycountry.countries:
        for name in (c.alpha_2, c.alpha_3, c.name, getattr(c, "common_name", None)):
            if name:
                index.setdefault(plain(name), c.alpha_2)
        index.setdefault(plain(french.gettext(c.name)), c.alpha_2)
    # Names a register writes that ISO's tables spell otherwise.
    for name, code in {
        "etats-unis": "US", "usa": "US", "royaume-uni": "GB", "uk": "GB",
        "united kingdom": "GB", "russie": "RU", "coree du sud": "KR", "south korea": "KR",
        "suisse": "CH", "allemagne": "DE", "inde": "IN", "chine": "CN",
    }.items():  # fmt: skip
        index[name] = code
    return index


def country(value):
    if not isinstance(value, str):
        return value
    return _country_index().get(plain(value), value)


def retention(value) -> dict:
    """A retention phrase as the format's block: period and trigger when named."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return {"description": str(value)}
    found = durations.parse(str(value))
    if found is None:
        return {"description": str(value)}
    out = {"active": found.active}
    if found.trigger:
        out["trigger"] = found.trigger
    if found.archive:
        out["archive"] = found.archive
    if found.trigger == "event" or (not found.trigger and not _BARE_DURATION.match(str(value))):
        # « 30 jours après la suppression du compte »: the event the period
        # runs from is the author's, kept with it.
        out["description"] = str(value)
    return out


# Vocabularies whose field also takes the author's own words (a data
# category: « Vie personnelle »): nothing of them is unknown.
FREE_TEXT = frozenset({"data_category"})


class Kept(str):
    """A cell's text the column's vocabulary does not know: kept as written
    beside the field (`x-<field>`), never in it, so the schema sets nothing
    aside for it and the rules judge the rest of the activity; the reader
    says so at its cell (build.Build.kept)."""


class Quiet(Kept):
    """A word of the model's own lists that the format has no word for (a
    layout's synonym to null: the CNIL's « Destinataires dans des pays
    tiers »): kept as written, and not a fault of the register."""


def known(result, column: Column) -> bool:
    """The vocabulary or country a column reads found the cell's word."""
    if column.parse == "vocab":
        if column.vocabulary in FREE_TEXT:
            return True
        words = vocabulary.table().get(column.vocabulary, {})
        return not isinstance(result, str) or result in words
    if column.parse == "country":
        return not isinstance(result, str) or (len(result) == 2 and result.isupper())
    return True


def read_value(value, column: Column, layout: Layout):
    """One piece of a cell as the column's field takes it; a `Kept` text
    where the column's vocabulary has no word for it."""
    result = _read_value(value, column, layout)
    if isinstance(value, str) and not isinstance(result, Quiet) and not known(result, column):
        return Kept(value)
    return result


def _read_value(value, column: Column, layout: Layout):
    parse = column.parse
    if parse == "vocab":
        return vocab(value, column.vocabulary, layout) if isinstance(value, str) else value
    if parse == "yesno":
        return yesno(value)
    if parse == "date":
        return date(value)
    if parse == "country":
        return country(value)
    if parse == "duration":
        return retention(value)
    if parse == "integer":
        if isinstance(value, str) and value.strip().isdigit():
            return int(value.strip())
        return value
    return value


# -- writing back (the CNIL fiche an auditor reads) ------------------------------


def write_value(value, column: Column, lang: str = "fr"):
    """The register's value as the column's cell shows it, for the reader to read back."""
    if isinstance(value, list):
        shown = [write_value(v, column, lang) for v in value]
        if all(isinstance(s, str) for s in shown):
            return "\n".join(shown)
        return None
    if column.parse == "vocab" and isinstance(value, str):
        return vocabulary.label(column.vocabulary, value, lang)
    if column.parse == "yesno" and isinstance(value, bool):
        return ("Oui" if value else "Non") if lang == "fr" else ("Yes" if value else "No")
    if column.parse == "duration" and isinstance(value, dict):
        if set(value) <= {"active", "trigger"} and value.get("active"):
            words = vocabulary.duration(value["active"], lang)
            if value.get("trigger"):
                trigger = vocabulary.label("retention_trigger", value["trigger"], lang)
                words += (
                    f" à compter {vocabulary._from(trigger)}"
                    if lang == "fr"
                    else f" from {trigger}"
                )
            return words
        if set(value) == {"description"}:
            return value["description"]
        return None
    if column.parse == "country" and isinstance(value, str):
        return vocabulary.country(value, lang) or value
    if isinstance(value, (dict, list)):
        return None
    return value
