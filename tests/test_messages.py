"""The message catalogue: both languages say the same things."""

from __future__ import annotations

import re
import string

import pytest
from conftest import ROOT

from linter.core.catalogue import CATALOGUE
from linter.core.messages import msg, say


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_both_languages_fill_the_same_fields(key):
    en, fr = CATALOGUE[key]
    assert en and fr
    assert _fields(en) == _fields(fr), key
    values = dict.fromkeys(_fields(en), "x")
    assert en.format(**values) and fr.format(**values)  # no stray brace breaks a message


def test_every_key_the_code_names_is_in_the_catalogue():
    source = "\n".join(p.read_text() for p in (ROOT / "linter").rglob("*.py"))
    named = set(re.findall(r'(?:msg|say)\(\s*"([a-z_]+\.[a-z_]+)"', source))
    assert named and named <= set(CATALOGUE), named - set(CATALOGUE)


def test_a_message_is_translated_where_it_is_read():
    message = msg(
        "schema.required_because", where="activities[0]", missing="consent", why=msg("why.consent")
    )
    assert message["en"].endswith("(GDPR Art. 7).")
    assert message["fr"].startswith("`activities[0]` n'a pas le champ obligatoire `consent` : ")
    assert say("severity.error", "fr") == "erreur"
