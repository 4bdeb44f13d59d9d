from conftest import ROOT

from linter.rulepack import load_pack
from linter.tools.gendocs import render, render_severity


def test_rules_doc_is_current():
    committed = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert committed == render(), "docs/rules.md is stale: run `make docs`"


def test_severity_doc_is_current():
    committed = (ROOT / "docs" / "severity.md").read_text(encoding="utf-8")
    assert committed == render_severity(), "docs/severity.md is stale: run `make docs`"


def test_every_builtin_rule_says_which_text_sets_its_severity():
    pack = load_pack()
    own = [r for r in pack.rules.values() if r.own or r.builtin]
    assert len(own) == len(pack.rules)  # no extra pack in this run
    assert [r.id for r in own if len(r.severity_basis) < 30] == []
