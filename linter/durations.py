"""Retention periods written in words, read into the format's terms.

Registers kept in spreadsheets and policies say « 3 ans », « 13 mois »,
« 5 ans après la fin du contrat », « durée de la relation commerciale + 3
ans », "two years from the last contact". `parse` turns such a phrase into an
ISO 8601 period and, when the phrase names one, the event it runs from (the
format's `retention.trigger`). What names no period — « le temps
nécessaire », « la durée de la prescription » — gives None: it stays a
description, and RET-001 still asks for a duration.

Numbers are read as digits or as words (French and English, one to thirty);
where a phrase gives two periods (« 3 ans … puis 5 ans »), the first is the
active one and the rest is left to the description.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_NUMBERS = {
    # French
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "dix-huit": 18, "vingt": 20, "trente": 30,
    # English
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fifteen": 15,
    "eighteen": 18, "twenty": 20, "thirty": 30, "a": 1, "an": 1,
}  # fmt: skip

_UNITS = {
    "an": "Y", "ans": "Y", "annee": "Y", "annees": "Y", "year": "Y", "years": "Y",
    "mois": "M", "month": "M", "months": "M",
    "semaine": "W", "semaines": "W", "week": "W", "weeks": "W",
    "jour": "D", "jours": "D", "day": "D", "days": "D",
}  # fmt: skip

# The events a period runs from, most specific first (the format's triggers).
_TRIGGERS = (
    ("last_contact", ("dernier contact", "last contact")),
    ("end_of_contract", ("fin du contrat", "relation contractuelle", "terme du contrat",
                         "end of the contract", "contract ends", "end of contract")),
    ("end_of_service", ("fin du service", "fin de la prestation", "end of the service",
                        "end of service")),
    ("end_of_relationship", ("relation commerciale", "fin de la relation", "fin de l'adhesion",
                             "end of the relationship", "relationship ends",
                             "end of the membership", "duree de la relation")),
    ("collection", ("collecte", "collection", "collected")),
)  # fmt: skip

_PERIOD = re.compile(
    r"(?<![\w-])(\d+|" + "|".join(sorted(map(re.escape, _NUMBERS), key=len, reverse=True)) + r")"
    r"\s+(" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")(?![\w-])"
)


@dataclass(frozen=True)
class Retention:
    active: str  # ISO 8601 period: P3Y, P13M
    trigger: str | None = None  # the format's retention.trigger, when the phrase names one


def plain_words(text: str) -> str:
    """Lower case, accents off, one space: « Années » and "annees" read alike."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.replace("’", "'").split())


def parse(phrase: str) -> Retention | None:
    """The period and the event it runs from, or None when none is named."""
    text = plain_words(phrase)
    match = _PERIOD.search(text)
    if not match:
        return None
    amount, unit = match.groups()
    number = int(amount) if amount.isdigit() else _NUMBERS[amount]
    if number <= 0:
        return None
    trigger = next(
        (name for name, words in _TRIGGERS if any(w in text for w in words)),
        None,
    )
    return Retention(f"P{number}{_UNITS[unit]}", trigger)
