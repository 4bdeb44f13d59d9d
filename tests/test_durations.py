"""Retention periods written in words (issue 12's parser), on the issue's own
phrases and on those of the seed documents in ../shared/seeds/."""

from __future__ import annotations

import pytest

from linter.durations import Retention, parse


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
