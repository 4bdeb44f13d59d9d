"""Every rule teaches by example (issue 15), and the examples are tests: the
*avoid* snippet of a rule, completed into a register (linter/pack/snippets.py),
fires that rule — within the snippet's lines, and no other rule but those the
example names in `also` — and its *prefer* snippet fires nothing, on both
engines. A rule without both snippets fails.

This is where every rule is run end to end on both engines, from its own
file: a new rule needs no case in the shared test registers (issue 35 — a
rule added in a scratch clone broke only the Monaco catalogue's test, its
one line in docs/jurisdictions.md)."""

from __future__ import annotations

import pytest
from conftest import write

from linter.core.options import Options
from linter.load.includes import load_register
from linter.pack.rulepack import load_pack
from linter.pack.snippets import FRAGMENTS, TODAY, complete
from linter.run.runner import Linter

PACK = load_pack()
RULES = sorted(PACK.rules)


@pytest.fixture(scope="module", params=["embedded", "opa"])
def linters(request):
    if request.param == "opa":
        opa = request.getfixturevalue("opa_bin")
    made = {}

    def get(jurisdiction):
        if jurisdiction not in made:
            options = Options(today=TODAY, engine=request.param, jurisdiction=jurisdiction)
            if request.param == "opa":
                options = Options(today=TODAY, engine="opa", opa_bin=opa, jurisdiction=jurisdiction)
            made[jurisdiction] = Linter(options)
        return made[jurisdiction]

    yield get
    for linter in made.values():
        linter.close()


def _findings(linter, tmp_path, text):
    for name, body in FRAGMENTS.items():
        write(tmp_path / name, body)
    doc = load_register(str(write(tmp_path / "registre.yaml", text)))
    findings, _ = linter.check_document(doc)
    return findings


def test_every_rule_has_both_snippets_and_french():
    assert [r for r in RULES if not PACK.rules[r].examples] == []
    assert [r for r in RULES if not PACK.rules[r].description_fr] == []


@pytest.mark.parametrize("rule_id", RULES)
def test_the_avoid_snippet_fires_the_rule_at_its_lines(rule_id, linters, tmp_path):
    e = PACK.rules[rule_id].examples
    text, first, last = complete(e["avoid"], e["at"], e["without"], e["organization"])
    found = _findings(linters(e["jurisdiction"]), tmp_path, text)
    mine = [f for f in found if f.rule == rule_id]
    assert mine, f"{rule_id} does not fire on its avoid snippet:\n{text}"
    # A missing field is reported at the activity that lacks it, one line up.
    low = first - 1 if e["at"] == "activity" else first
    assert all(low <= f.line <= last for f in mine), [(f.line, f.message) for f in mine]
    others = {f.rule for f in found} - {rule_id} - set(e["also"])
    assert others == set(), [f.message for f in found if f.rule in others]


@pytest.mark.parametrize("rule_id", RULES)
def test_the_prefer_snippet_fires_nothing(rule_id, linters, tmp_path):
    e = PACK.rules[rule_id].examples
    text, _, _ = complete(e["prefer"], e["at"], e["without"], e["organization"])
    found = _findings(linters(e["jurisdiction"]), tmp_path, text)
    # Under another law the rule that says so (JUR-001) is what the example names.
    expected = set(e["also"]) if e["jurisdiction"] else set()
    assert {f.rule for f in found} == expected, [f.message for f in found]


EXCEPTIONS = [
    (rule_id, n)
    for rule_id in RULES
    for n, _ in enumerate(PACK.rules[rule_id].examples["exceptions"])
]


@pytest.mark.parametrize(("rule_id", "n"), EXCEPTIONS)
def test_each_exception_the_text_makes_is_not_reported(rule_id, n, linters, tmp_path):
    """A finding a DPO would strike out costs more than a miss (issue 31): the
    rule says nothing on each exception its METADATA cites."""
    x = PACK.rules[rule_id].examples["exceptions"][n]
    text, _, _ = complete(x["snippet"], x["at"], x["without"], x["organization"])
    found = _findings(linters(x["jurisdiction"]), tmp_path, text)
    assert rule_id not in {f.rule for f in found}, (x["case"], text)
