"""Adopting the gate on an existing register (issue 13): a baseline records
today's findings; only new ones fail, fixed ones are said, and a baseline that
cannot be used stops the run."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import EXAMPLES, TODAY, run_cli

REGISTER = "certilience.yaml"
NEW_ACTIVITY = """  - id: nouvelle
    name: Nouvelle activité
    role: controller
    last_review: 2026-11-01
    purposes:
      - {description: Nouvelle finalité, type: other, legal_basis: contract}
    data_subjects: [customers]
    data_categories:
      - {name: contact, retention: {active: P1Y, trigger: end_of_service}}
    recipients: []
    transfers: []
    rights: [access]
"""


@pytest.fixture
def repo(tmp_path):
    shutil.copy(EXAMPLES / REGISTER, tmp_path / REGISTER)
    proc = run_cli("baseline", "write", "base.json", REGISTER, "--today", TODAY, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "recorded" in proc.stderr
    return tmp_path


def _gate(repo, *args):
    """`check --baseline base.json` on the register, as CI runs it."""
    return run_cli("check", "--baseline", "base.json", "--today", TODAY, *args, REGISTER, cwd=repo)


def _check(repo, *args):
    proc = _gate(repo, "-f", "json", *args)
    assert proc.returncode in (0, 1), proc.stderr
    return proc.returncode, json.loads(proc.stdout)


def test_the_baseline_holds_every_finding_and_the_gate_passes(repo):
    written = json.loads((repo / "base.json").read_text(encoding="utf-8"))
    assert written["format"] == "ropa-lint-baseline" and written["generated"] == TODAY
    code, doc = _check(repo)
    assert code == 0
    assert doc["summary"]["errors"] == 0 and doc["summary"]["baselined"] == len(written["findings"])
    assert all(f["baselined"] for f in doc["findings"])
    # The same run without the baseline fails, as before.
    proc = run_cli("check", "--today", TODAY, REGISTER, cwd=repo)
    assert proc.returncode == 1


def test_moving_text_does_not_revive_a_finding(repo):
    path = repo / REGISTER
    path.write_text("# a comment that moves every line down\n\n" + path.read_text("utf-8"), "utf-8")
    code, doc = _check(repo)
    assert code == 0 and not [f for f in doc["findings"] if not f["baselined"]]


def test_a_new_finding_fails_and_only_it(repo):
    path = repo / REGISTER
    # A new activity at the end of the register, which describes no security measure.
    path.write_text(path.read_text(encoding="utf-8") + NEW_ACTIVITY, encoding="utf-8")
    code, doc = _check(repo)
    assert code == 1
    fresh = [f for f in doc["findings"] if not f["baselined"]]
    assert [f["rule"] for f in fresh] == ["COMP-008"]
    assert doc["summary"]["errors"] == 1


def test_a_fixed_finding_is_reported_so_the_baseline_shrinks(repo):
    path = repo / REGISTER
    text = path.read_text(encoding="utf-8")
    # Give the connection-log activity its rights (RGT-001 in the baseline).
    fixed = text.replace(
        "  - id: journaux-connexion\n",
        "  - id: journaux-connexion\n    rights: [access, rectification]\n",
        1,
    )
    path.write_text(fixed, encoding="utf-8")
    code, doc = _check(repo)
    assert code == 0
    assert [(i["rule"], i["path"]) for i in doc["summary"]["fixed"]] == [
        ("RGT-001", "activities[4].rights")
    ]
    proc = _gate(repo)
    assert "fixed since the baseline: RGT-001 activities[4].rights" in proc.stdout


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "junit", "github", "markdown", "html"])
def test_every_format_reads_a_baseline(repo, fmt):
    proc = _gate(repo, "-f", fmt, "-o", f"out.{fmt}")
    assert proc.returncode == 0, proc.stderr
    out = (repo / f"out.{fmt}").read_text(encoding="utf-8")
    if fmt == "sarif":
        results = json.loads(out)["runs"][0]["results"]
        assert {r["baselineState"] for r in results} == {"unchanged"}
    elif fmt == "github":
        assert "::error" not in out and "::warning" not in out
    elif fmt == "junit":
        assert "in the baseline" in out and "<failure" not in out


def test_the_configuration_names_the_baseline(repo):
    (repo / ".ropa-lint.yaml").write_text("baseline: base.json\n", encoding="utf-8")
    proc = run_cli("check", "--today", TODAY, REGISTER, cwd=repo)
    assert proc.returncode == 0, proc.stdout


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("{not json", "is not JSON"),
        ('{"findings": []}', "is not a ropa-lint baseline"),
        ('{"format": "ropa-lint-baseline", "version": 9, "findings": []}', "version 9"),
        ('{"format": "ropa-lint-baseline", "version": 1, "findings": [1]}', "must be a list"),
        (
            '{"format": "ropa-lint-baseline", "version": 1, "findings": '
            '[{"fingerprint": "x", "rule": "OLD-001"}]}',
            "is stale: it names OLD-001",
        ),
    ],
)
def test_a_baseline_that_cannot_be_used_is_exit_2(repo, content, says):
    (repo / "base.json").write_text(content, encoding="utf-8")
    proc = run_cli("check", "--baseline", "base.json", "--today", TODAY, REGISTER, cwd=repo)
    assert proc.returncode == 2
    assert says in proc.stderr and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_a_missing_baseline_is_exit_2(repo):
    proc = run_cli("check", "--baseline", "nope.json", REGISTER, cwd=repo)
    assert proc.returncode == 2 and "nope.json" in proc.stderr
