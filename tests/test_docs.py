from conftest import ROOT

from linter.pack.rulepack import load_pack
from linter.tools.gendocs import (
    countries_path,
    render,
    render_countries,
    render_pages,
    render_severity,
)


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


def test_every_rule_page_is_current_and_no_page_is_left_over():
    pages = ROOT / "docs" / "rules"
    expected = render_pages()
    assert sorted(p.name for p in pages.glob("*.md")) == sorted(expected)
    stale = [n for n, text in expected.items() if (pages / n).read_text(encoding="utf-8") != text]
    assert stale == [], f"stale pages {stale}: run `make docs`"
    page = expected["LB-001.md"]
    assert "## Avoid · À éviter" in page and "legal_basis: legal_obligation" in page


def test_the_rules_country_names_are_current():
    committed = countries_path().read_text(encoding="utf-8")
    assert committed == render_countries(), "countries.yaml is stale: run `make docs`"
    assert '"MA": {en: "Morocco", fr: "Maroc"}' in committed
