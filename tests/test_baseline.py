"""Adopting the gate on an existing register (issue 13): a baseline records
today's findings; only new ones fail, fixed ones are said, and a baseline that
cannot be used stops the run."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import EXAMPLES, TODAY, run_cli

from linter.report import TABLE

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


@pytest.mark.parametrize("spec", TABLE, ids=[f.name for f in TABLE])
def test_every_format_reads_a_baseline(repo, spec):
    fmt = spec.name
    proc = _gate(repo, "-f", fmt, "-o", f"out.{fmt}")
    assert proc.returncode == 0, proc.stderr
    out = (repo / f"out.{fmt}").read_text(encoding="utf-8")
    # A known finding is shown, marked, or left out, as the format's table says.
    assert ("LB-004" in out) == spec.shows_baselined, fmt
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


def _git(repo, *args):
    import subprocess

    env = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@t", "PATH": "/usr/bin:/bin"}  # fmt: skip
    return subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)


@pytest.fixture
def pull_request(repo):
    """The base branch has the register, its baseline and a configuration naming
    it; the pull request adds an error and rewrites the baseline to absorb it."""
    (repo / ".ropa-lint.yaml").write_text("baseline: base.json\n", encoding="utf-8")
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "base")
    path = repo / REGISTER
    path.write_text(path.read_text(encoding="utf-8") + NEW_ACTIVITY, encoding="utf-8")
    proc = run_cli("baseline", "write", "base.json", REGISTER, "--today", TODAY, cwd=repo)
    assert proc.returncode == 0, proc.stderr
    _git(repo, "commit", "-q", "-am", "pull request")
    return repo


def _configured(repo, *args):
    """`check` with the baseline the configuration names (none given here)."""
    return run_cli("check", "--today", TODAY, *args, REGISTER, cwd=repo)


def _json(proc):
    assert proc.returncode in (0, 1), proc.stderr
    return proc.returncode, json.loads(proc.stdout)


def test_a_pull_request_cannot_absorb_its_own_error_in_the_baseline(pull_request):
    """Issue 32: under --strict-config, a baseline the configuration names is
    read at the base commit (--baseline-ref), or refused."""
    repo = pull_request
    # Read as the pull request wrote it, the new error would pass.
    code, doc = _json(_configured(repo, "-f", "json"))
    assert code == 0
    # The gate refuses a repository-held baseline read from the request itself.
    refused = _configured(repo, "--strict-config")
    assert refused.returncode == 2 and "--baseline-ref" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    # Read at the base commit, the request's new error fails, and only it.
    code, doc = _json(
        _configured(repo, "-f", "json", "--strict-config", "--baseline-ref", "HEAD^1")
    )
    assert code == 1
    assert [f["rule"] for f in doc["findings"] if not f["baselined"]] == ["COMP-008"]
    # The CI owner may trust the repository: then it is obeyed, and said.
    code, doc = _json(_configured(repo, "-f", "json", "--strict-config", "--trust-config"))
    assert code == 0 and "baseline" in doc["summary"]["config"]["repository"]


def test_a_baseline_ref_without_the_file_or_not_a_commit(pull_request):
    repo = pull_request
    (repo / "base.json").rename(repo / "moved.json")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "moved")
    # The revision has no baseline at that path: every finding is new.
    code, doc = _check(repo, "--baseline-ref", "HEAD", "--baseline", "base.json")
    assert code == 1 and not any(f["baselined"] for f in doc["findings"])
    done = _gate(repo, "--baseline-ref", "no-such-branch", "--baseline", "moved.json")
    assert done.returncode == 2 and "is not a commit" in done.stderr
    # `index`: as staged, for a pre-commit hook.
    code, doc = _check(repo, "--baseline-ref", "index", "--baseline", "moved.json")
    assert code == 0


def test_linting_a_subset_says_nothing_fixed_of_the_rest(tmp_path):
    """Issue 34: a baseline of two registers, one linted: the other's entries
    are not reported fixed (nor a rewrite advised)."""
    shutil.copy(EXAMPLES / REGISTER, tmp_path / REGISTER)
    shutil.copy(EXAMPLES / "optimum-services.yaml", tmp_path / "optimum-services.yaml")
    proc = run_cli("baseline", "write", "base.json", ".", "--today", TODAY, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    code, doc = _check(tmp_path)
    assert code == 0
    assert doc["summary"]["fixed"] == []


def test_a_baseline_written_with_an_activity_set_aside(tmp_path):
    """Issue 34: a first commit whose register has a slip (« contrat » for a
    legal basis) sets that activity aside. The baseline written then holds
    the slip, the gate passes (exit 0) and says what it could not judge; once
    the slip is fixed, the slip is reported fixed and the findings the
    activity was hiding are shown as new — they were never judged, so the
    baseline could not know them."""
    path = tmp_path / REGISTER
    text = (EXAMPLES / REGISTER).read_text(encoding="utf-8")
    slip = text.replace("legal_basis: contract", "legal_basis: contrat", 1)
    assert slip != text
    path.write_text(slip, encoding="utf-8")
    proc = run_cli("baseline", "write", "base.json", REGISTER, "--today", TODAY, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    code, doc = _check(tmp_path)
    assert code == 0 and doc["summary"]["errors"] == 0
    assert [u["activity"] for u in doc["summary"]["not_evaluated"]] == ["gestion-relation-client"]

    path.write_text(text, encoding="utf-8")
    code, doc = _check(tmp_path)
    assert [f["rule"] for f in doc["summary"]["fixed"]] == ["SCH-005"]
    fresh = {f["activity"] for f in doc["findings"] if not f["baselined"]}
    assert fresh == {"gestion-relation-client"}
    assert code == (1 if doc["summary"]["errors"] else 0)
