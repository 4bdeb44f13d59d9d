"""Retention periods written in words (issue 12's parser), on the issue's own
phrases and on those of the seed documents in ../shared/seeds/."""

from __future__ import annotations

import pytest

from linter.load.durations import Retention, parse


@pytest.mark.parametrize(
    ("phrase", "active", "trigger"),
    [
        # The examples
        ("3 ans", "P3Y", None),
        ("13 mois", "P13M", None),
        ("5 ans après la fin du contrat", "P5Y", "end_of_contract"),
        ("durée de la relation commerciale + 3 ans", "P3Y", "end_of_relationship"),
        # The seeds' own words (certilience, present-infini, monaco, optimum)
        ("pendant une période de 12 mois", "P12M", None),
        (
            "conservées activement pendant trois ans à compter de la fin de la relation "
            "contractuelle",
            "P3Y",
            "end_of_contract",
        ),
        (
            "conservées pendant une durée de trois ans à compter de leur collecte ou du dernier "
            "contact émanant du prospect",
            "P3Y",
            "last_contact",
        ),
        ("seront conservées 12 mois", "P12M", None),
        ("en l’occurrence dix ans", "P10Y", None),
        ("au maximum un an après le dernier contact de leur part", "P1Y", "last_contact"),
        ("6 ans", "P6Y", None),
        # Written otherwise
        ("Trois Années à compter de la collecte", "P3Y", "collection"),
        ("2 semaines", "P2W", None),
        ("30 jours après la fin de la prestation", "P30D", "end_of_service"),
        # English
        ("3 years", "P3Y", None),
        ("two years from the last contact", "P2Y", "last_contact"),
        ("five years after the end of the contract", "P5Y", "end_of_contract"),
        ("a year after the end of the relationship", "P1Y", "end_of_relationship"),
        ("13 months", "P13M", None),
    ],
)
def test_a_period_in_words(phrase, active, trigger):
    assert parse(phrase) == Retention(active, trigger)


@pytest.mark.parametrize(
    "phrase",
    [
        "le temps nécessaire",
        "Le temps nécessaire à la réalisation des finalités",
        "Durée de la prescription",
        "Pendant toute la durée de la prestation ; en fin de prestation, restituées au Client",
        "as long as necessary",
        "0 an",
        "",
    ],
)
def test_what_names_no_period_stays_vague(phrase):
    assert parse(phrase) is None


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # Employment is a contract; a last purchase ends the relationship.
        ("3 ans à compter du départ du salarié", Retention("P3Y", "end_of_contract")),
        ("durée du contrat + 5 ans", Retention("P5Y", "end_of_contract")),
        ("Durée d'emploi + 5 ans", Retention("P5Y", "end_of_contract")),
        ("6 years after employment ends", Retention("P6Y", "end_of_contract")),
        ("3 ans après le dernier achat", Retention("P3Y", "end_of_relationship")),
        ("30 jours après la suppression du compte", Retention("P30D", "end_of_service")),
        ("10 ans à compter de la clôture de l'exercice", Retention("P10Y", "event")),
        # For as long as the event is to come: nothing after it.
        ("pendant la durée du contrat", Retention("P0D", "end_of_contract")),
        ("Durée de la relation contractuelle", Retention("P0D", "end_of_contract")),
        ("until the end of the contract", Retention("P0D", "end_of_contract")),
        ("Until unsubscribed", Retention("P0D", "end_of_service")),
        # An archive phase after the active one.
        (
            "jusqu'à la fin du contrat puis 5 ans en archives",
            Retention("P0D", "end_of_contract", "P5Y"),
        ),
        (
            "3 ans en base active puis 5 ans en archivage intermédiaire",
            Retention("P3Y", None, "P5Y"),
        ),
        ("5 ans en archives après la fin du contrat", Retention("P0D", "end_of_contract", "P5Y")),
        # Hours, as days where they make whole days.
        ("72 heures", Retention("P3D")),
        ("36 hours", Retention("PT36H")),
    ],
)
def test_more_phrases_registers_use(phrase, expected):
    """Issue 34: phrases found in registers that gave no period or no event."""
    assert parse(phrase) == expected


def test_a_sheets_phrase_becomes_the_formats_block():
    from linter.load.sheets.values import retention

    assert retention("jusqu'à la fin du contrat puis 5 ans en archives") == {
        "active": "P0D", "trigger": "end_of_contract", "archive": "P5Y",
    }  # fmt: skip
    # The event a financial year's close is: kept in the author's words.
    assert retention("10 ans à compter de la clôture de l'exercice") == {
        "active": "P10Y", "trigger": "event",
        "description": "10 ans à compter de la clôture de l'exercice",
    }  # fmt: skip
