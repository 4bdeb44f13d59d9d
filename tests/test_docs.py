from conftest import ROOT

from linter.tools.gendocs import render


def test_rules_doc_is_current():
    committed = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert committed == render(), "docs/rules.md is stale: run `make docs`"
