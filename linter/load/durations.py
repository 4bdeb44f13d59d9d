"""Retention periods written in words, read into the format's terms.

Registers kept in spreadsheets and policies say « 3 ans », « 13 mois »,
« 5 ans après la fin du contrat », « durée de la relation commerciale + 3
ans », "two years from the last contact". `parse` turns such a phrase into an
ISO 8601 period and, when the phrase names one, the event it runs from (the
format's `retention.trigger`). What names no period — « le temps
nécessaire », « la durée de la prescription » — gives None: it stays a
description, and RET-001 still asks for a duration.

Numbers are read as digits or as words (French and English, one to thirty),
hours as days where they make whole days (« 72 heures » → P3D). A period
next to « archives » is the archive period (`retention.archive`); otherwise,
where a phrase gives two periods, the first is the active one and the rest is
left to the description. « Pendant la durée du contrat », "until the end of
the contract": nothing after the event (P0D from it).
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
    "heure": "H", "heures": "H", "hour": "H", "hours": "H", "h": "H",
}  # fmt: skip

# The events a period runs from, most specific first (the format's triggers).
# An employment is a contract; a last purchase ends the relationship (the
# vocabulary's own note); a financial year's close is an event the
# description keeps.
_TRIGGERS = (
    ("last_contact", ("dernier contact", "last contact", "dernier echange")),
    ("end_of_relationship", ("dernier achat", "derniere commande", "last purchase",
                             "last order")),
    ("end_of_contract", ("fin du contrat", "relation contractuelle", "terme du contrat",
                         "duree du contrat", "end of the contract", "contract ends",
                         "end of contract", "duration of the contract", "contrat de travail",
                         "depart du salarie", "depart de l'employe", "depart de l'agent",
                         "sortie du salarie", "sortie des effectifs", "duree d'emploi",
                         "duree de l'emploi", "fin de l'emploi", "employment ends",
                         "end of employment", "duration of employment", "leaves the company",
                         "leaving the company")),
    ("end_of_service", ("fin du service", "fin de la prestation", "end of the service",
                        "end of service", "suppression du compte", "cloture du compte",
                        "fermeture du compte", "desinscription", "account deletion",
                        "account is deleted", "account closure", "account is closed",
                        "unsubscrib")),
    ("end_of_relationship", ("relation commerciale", "fin de la relation", "fin de l'adhesion",
                             "end of the relationship", "relationship ends",
                             "end of the membership", "duree de la relation")),
    ("event", ("cloture de l'exercice", "cloture de l'exercice comptable", "fin de l'exercice",
               "end of the financial year", "end of the accounting year", "financial year end")),
    ("collection", ("collecte", "collection", "collected")),
)  # fmt: skip

# « pendant la durée du contrat », "until the end of the contract": kept
# while the event has not happened, nothing after it (P0D from the event).
_WHILE = re.compile(
    r"\b(pendant|durant|duree|jusqu'a|jusqu'au|until|for the duration|during|while)\b"
)

# « puis 5 ans en archives », "then archived for 5 years": the archive phase.
_ARCHIVE = re.compile(r"\b(archiv\w*|intermediate storage|stockage intermediaire)\b")

_PERIOD = re.compile(
    r"(?<![\w-])(\d+|" + "|".join(sorted(map(re.escape, _NUMBERS), key=len, reverse=True)) + r")"
    r"\s+(" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")(?![\w-])"
)


@dataclass(frozen=True)
class Retention:
    active: str  # ISO 8601 period: P3Y, P13M
    trigger: str | None = None  # the format's retention.trigger, when the phrase names one
    archive: str | None = None  # the archive period, when the phrase names one


def plain_words(text: str) -> str:
    """Lower case, accents off, one space: « Années » and "annees" read alike."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.replace("’", "'").split())


def _period(match: re.Match) -> str | None:
    amount, unit = match.groups()
    number = int(amount) if amount.isdigit() else _NUMBERS[amount]
    if number <= 0:
        return None
    code = _UNITS[unit]
    if code == "H":  # hours: whole days where they make days (the rules count days)
        return f"P{number // 24}D" if number % 24 == 0 else f"PT{number}H"
    return f"P{number}{code}"


def parse(phrase: str) -> Retention | None:
    """The period and the event it runs from, or None when none is named."""
    text = plain_words(phrase)
    trigger = next(
        (name for name, words in _TRIGGERS if any(w in text for w in words)),
        None,
    )
    periods = [(m.start(), _period(m)) for m in _PERIOD.finditer(text)]
    periods = [(at, p) for at, p in periods if p]
    archive_at = _ARCHIVE.search(text)
    archive = None
    if archive_at and periods:
        # The period nearest the word « archive » is the archive's.
        at, archive = min(periods, key=lambda item: abs(item[0] - archive_at.start()))
        periods = [(a, p) for a, p in periods if a != at]
    if periods:
        return Retention(periods[0][1], trigger, archive)
    if archive:  # archived only: from the event if one is named, else that is the period
        return Retention("P0D", trigger, archive) if trigger else Retention(archive)
    if trigger and trigger != "collection" and _WHILE.search(text):
        return Retention("P0D", trigger, archive)  # for as long as the event is to come
    return None
