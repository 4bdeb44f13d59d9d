"""Each reporter as a pure function: a fixed Result in, the committed page out
(tests/golden/). A change of output is a deliberate change of these files:
`ROPA_UPDATE_GOLDEN=1 pytest tests/test_golden.py` rewrites them, and the diff
is reviewed like code (model: Regal's pkg/reporter/testdata)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from linter.core.findings import Finding, Result, summarize
from linter.pack.rulepack import load_pack
from linter.report import ReportOptions, get
from linter.schema.prune import SetAside

GOLDEN = Path(__file__).parent / "golden"


def _finding(rule, severity, line, path, activity, message, waived=False, category="legal_basis"):
    return Finding(
        rule=rule,
        category=category,
        severity=severity,
        file="registre.yaml",
        line=line,
        column=5,
        path=path,
        activity=activity,
        message=message,
        reference="GDPR Art. 6(1)",
        waived=waived,
    )


FINDINGS = [
    _finding(
        "LB-001",
        "error",
        14,
        "activities[0].purposes[0].legal_basis",
        "crm",
        'Purpose "Fidélisation | <b>promo</b>" has no legal basis.'
        "\n::warning::forged \u202egpj.exe",
    ),
    _finding(
        "RGT-001",
        "warning",
        10,
        "activities[0].rights",
        "crm",
        "No right recorded.",
        category="rights",
    ),
    _finding(
        "HYG-003",
        "info",
        10,
        "activities[0].last_review",
        "crm",
        "No review date.",
        True,
        "hygiene",
    ),
]
NOT_EVALUATED = [SetAside("registre.yaml", "activity", "activities[1]", "paie")]
DATA = {
    "register": 1,
    "organization": {"name": "Exemple & Cie", "country": "FR", "contact": {"email": "a@b.fr"}},
    "activities": [
        {"id": "crm", "name": "Fichier <clients>\u202e", "role": "controller", "purposes": []},
        {"id": "paie", "name": "Paie", "role": "controller", "data_subjects": "employees"},
    ],
}


def _result() -> Result:
    config = {
        "file": ".ropa-lint.yaml",
        "fail_on": "error",
        "fail_on_from": "configuration",
        "disabled": ["RGT-003"],
        "regraded": [{"rule": "RET-002", "from": "error", "to": "warning"}],
        "waivers": "applied",
        "strict": False,
    }
    summary = summarize(
        FINDINGS,
        ["registre.yaml"],
        "error",
        not_evaluated=NOT_EVALUATED,
        skipped=[],
        engine="x",
        config=config,
    )
    # The jurisdiction as the run had the policy decide it (rules/lib/law.rego).
    documents = {"registre.yaml": {"data": DATA, "files": ["registre.yaml"], "jurisdiction": "FR"}}
    return Result(FINDINGS, summary, ["registre.yaml"], NOT_EVALUATED, documents)


CASES = [
    ("text", "en", "txt"),
    ("text", "fr", "txt"),
    ("json", "en", "json"),
    ("sarif", "en", "sarif"),
    ("junit", "en", "xml"),
    ("github", "en", "txt"),
    ("gitlab", "en", "json"),
    ("markdown", "en", "md"),
    ("markdown", "fr", "md"),
    ("html", "fr", "html"),
]


@pytest.mark.parametrize(("fmt", "lang", "ext"), CASES, ids=[f"{f}-{lang}" for f, lang, _ in CASES])
def test_reporter_output_is_the_golden_file(fmt, lang, ext):
    pack = load_pack()
    rules = {r: pack.rules[r] for r in ("LB-001", "RGT-001", "HYG-003")}
    options = ReportOptions(lang=lang, rules=rules, generated="2026-11-23")
    page = get(fmt)(_result(), options)
    golden = GOLDEN / f"{fmt}-{lang}.{ext}"
    if os.environ.get("ROPA_UPDATE_GOLDEN"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(page, encoding="utf-8")
    assert page == golden.read_text(encoding="utf-8"), f"{golden.name} differs"
