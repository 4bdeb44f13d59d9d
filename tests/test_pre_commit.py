"""The hook as users run it: the real pre-commit framework, a real `git commit`."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT, write


def _git(cwd, *args, env=None):
    return subprocess.run(
        ["git", *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=600
    )


def _env(tmp_path) -> dict:
    """A git and pre-commit environment of its own: this interpreter's tools
    first on PATH, a fresh pre-commit cache, a committer, no shared OPA."""
    import sys

    env = {
        **os.environ,
        "PATH": f"{os.path.dirname(sys.executable)}:{os.environ['PATH']}",
        "PRE_COMMIT_HOME": str(tmp_path / "cache"),
        "GIT_AUTHOR_NAME": "DPO",
        "GIT_AUTHOR_EMAIL": "dpo@societe-exemple.fr",
        "GIT_COMMITTER_NAME": "DPO",
        "GIT_COMMITTER_EMAIL": "dpo@societe-exemple.fr",
    }
    env.pop("ROPA_OPA_URL", None)
    return env


@pytest.fixture(scope="module")
def pre_commit():
    found = shutil.which("pre-commit", path=os.path.dirname(os.sys.executable)) or shutil.which(
        "pre-commit"
    )
    if found is None:
        pytest.skip("pre-commit is not installed (it is a dev dependency: pip install -e '.[dev]')")
    return found


def test_hook_blocks_a_bad_register_and_passes_a_good_one(tmp_path, pre_commit):
    rev = _git(ROOT, "rev-parse", "HEAD").stdout.strip()
    if not rev:
        pytest.skip("ropa-lint is not in a git checkout with a commit")
    repo = tmp_path / "registre"
    repo.mkdir()
    env = _env(tmp_path)
    _git(repo, "init", "-q", env=env)
    write(
        repo / ".pre-commit-config.yaml",
        f"repos:\n  - repo: {ROOT}\n    rev: {rev}\n    hooks:\n      - id: ropa-lint\n",
    )
    install = subprocess.run(
        [pre_commit, "install"], cwd=repo, capture_output=True, text=True, env=env, timeout=120
    )
    assert install.returncode == 0, install.stderr

    shutil.copy(EXAMPLES / "compliant.yaml", repo / "registre.yaml")
    _git(repo, "add", ".", env=env)
    good = _git(repo, "commit", "-q", "-m", "registre conforme", env=env)
    assert good.returncode == 0, good.stdout + good.stderr

    shutil.copy(EXAMPLES / "certilience.yaml", repo / "certilience.yaml")
    _git(repo, "add", ".", env=env)
    bad = _git(repo, "commit", "-q", "-m", "registre non conforme", env=env)
    assert bad.returncode != 0, "the commit of a failing register went through"
    assert "LB-004" in bad.stdout + bad.stderr
    log = _git(repo, "log", "--oneline", env=env).stdout.strip().splitlines()
    assert len(log) == 1  # only the good commit exists

    # Adopting the gate on that register: its findings recorded as the baseline,
    # named in the configuration the hook reads, and the commit goes through.
    import sys

    written = subprocess.run(
        [sys.executable, "-m", "linter", "baseline", "write", "base.json", "certilience.yaml"],
        cwd=repo,
        capture_output=True,
        text=True,
    )
    assert written.returncode == 0, written.stderr
    write(repo / ".ropa-lint.yaml", "baseline: base.json\n")
    _git(repo, "add", ".", env=env)
    adopted = _git(repo, "commit", "-q", "-m", "référence des constats connus", env=env)
    assert adopted.returncode == 0, adopted.stdout + adopted.stderr

    # A commit that changes the baseline alone is linted too: emptied, the
    # baseline no longer covers the register's errors, and the commit stops.
    entries = json.loads((repo / "base.json").read_text())
    key = next(k for k, v in entries.items() if isinstance(v, list))
    entries[key] = []
    write(repo / "base.json", json.dumps(entries))
    _git(repo, "add", "base.json", env=env)
    emptied = _git(repo, "commit", "-q", "-m", "référence vidée", env=env)
    assert emptied.returncode != 0, "a commit of the baseline alone was not linted"
    assert "LB-004" in emptied.stdout + emptied.stderr


def _pre_commit_all_files(pre_commit, repo, env):
    """`pre-commit run --all-files` in a fresh git repository: it must pass."""
    _git(repo, "init", "-q", env=env)
    _git(repo, "add", ".", env=env)
    run = subprocess.run(
        [pre_commit, "run", "--all-files"],
        cwd=repo,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    return run


def test_hook_and_action_definitions():
    import yaml

    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "ropa-lint" and hook["entry"] == "ropa-lint check"
    assert hook["pass_filenames"] is False and "types" not in hook
    import re

    runs_on = re.compile(hook["files"])
    for path in ("registre.yaml", "a/b.yml", ".ropa-lint-baseline.json", "r.ods", "r.xlsx",
                 "r.csv", "pyproject.toml"):  # fmt: skip
        assert runs_on.search(path), path
    assert not runs_on.search("README.md")
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    assert action["runs"]["using"] == "composite"
    steps = action["runs"]["steps"]
    assert any("upload-sarif" in str(step.get("uses", "")) for step in steps)
    assert action["inputs"]["upload-sarif"]["default"] == "false"


def _action():
    """(the Action's inputs, its linting step), as action.yml declares them."""
    import yaml

    action = yaml.safe_load((ROOT / "action.yml").read_text())
    (step,) = [s for s in action["runs"]["steps"] if s.get("name") == "Lint the registers"]
    return action["inputs"], step


def _run_step(step, tmp_path, cwd, **variables):
    """The step's script run by bash as the runner runs it, with ropa-lint on
    PATH and the runner's files in `tmp_path`: (the process, its outputs)."""
    import os
    import sys

    outputs = tmp_path / "outputs"
    outputs.unlink(missing_ok=True)
    env = {
        **os.environ,
        "PATH": f"{os.path.dirname(sys.executable)}:{os.environ['PATH']}",
        "RUNNER_TEMP": str(tmp_path),
        "GITHUB_OUTPUT": str(outputs),
        "GITHUB_STEP_SUMMARY": str(tmp_path / "summary.md"),
        **variables,
    }
    proc = subprocess.run(
        ["bash", "-e", "-c", step["run"]], cwd=cwd, env=env, capture_output=True, text=True
    )
    said = dict(line.split("=", 1) for line in outputs.read_text().splitlines())
    return proc, said


def test_the_action_lints_once_and_writes_every_output(tmp_path):
    """The Action's own script, run by bash as the runner would: one lint for
    annotations, the job summary and SARIF; arguments never expanded."""
    import sys

    _, step = _action()
    summary = tmp_path / "summary.md"
    variables = {
        # More than ten errors between them, to pass GitHub's cap on annotations.
        "PATHS": " ".join(
            f"examples/{n}.yaml" for n in ("certilience", "present-infini", "optimum-services")
        ),
        "FAIL_ON": "error",
        "LANG_": "fr",
        "ARGS": "--today 2026-11-23",
        "STRICT": "true",
    }
    proc, said = _run_step(step, tmp_path, ROOT, **variables)
    assert proc.returncode == 0, proc.stderr
    assert said["status"] == "1"
    assert proc.stdout.count("::error ") > 10
    report = summary.read_text()
    assert report.startswith("## Rapport ropa-lint") and "at most 10 error annotations" in report
    sarif = json.loads(Path(said["sarif"]).read_text(encoding="utf-8"))
    assert len(sarif["runs"][0]["results"]) > 10

    # With a baseline of those findings, the same step passes and says so.
    base = tmp_path / "base.json"
    written = subprocess.run(
        [
            sys.executable,
            "-m",
            "linter",
            "baseline",
            "write",
            str(base),
            *variables["PATHS"].split(),
            "--today",
            "2026-11-23",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert written.returncode == 0, written.stderr
    proc, said = _run_step(step, tmp_path, ROOT, **variables, BASELINE=str(base))
    assert said["status"] == "0", proc.stdout[-2000:]
    assert "::error " not in proc.stdout


def test_the_action_leaves_fail_on_and_lang_to_the_repository(tmp_path):
    """Issue 34: the Action passed `--fail-on error --lang en` on every run,
    overriding a repository's `fail_on: warning` (rc 1 locally, 0 in CI). It
    now passes only what the workflow sets, and refuses a configuration that
    weakens the gate unless the workflow trusts it (strict-config on)."""
    import shutil

    inputs, step = _action()
    assert inputs["strict-config"]["default"] == "true"
    assert inputs["fail-on"]["default"] == ""
    repo = tmp_path / "repo"
    repo.mkdir()
    # Its one warning: a review older than twelve months (HYG-002).
    shutil.copy(ROOT / "tests" / "registers" / "precision" / "printer-hr.yaml", repo / "r.yaml")
    (repo / "r.yaml").write_text(
        (repo / "r.yaml")
        .read_text(encoding="utf-8")
        .replace("last_review: 2026-10-01", "last_review: 2024-01-01"),
        encoding="utf-8",
    )
    defaults = {
        "PATHS": "r.yaml",
        "FAIL_ON": inputs["fail-on"]["default"],
        "LANG_": inputs["lang"]["default"],
        "ARGS": "--today 2026-11-23",
        "STRICT": inputs["strict-config"]["default"],
    }

    def status(config: str) -> str:
        (repo / ".ropa-lint.yaml").write_text(config, encoding="utf-8")
        proc, said = _run_step(step, tmp_path, repo, **defaults)
        assert proc.returncode == 0, proc.stderr
        return said["status"]

    assert status("fail_on: error\n") == "0"  # an overdue review is a warning
    assert status("fail_on: warning\n") == "1"  # the repository's stricter gate holds
    assert status("lang: fr\nrules:\n  HYG-002: disable\n") == "2"  # a weakening is refused


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_init_repo_sets_up_a_repository_that_passes_its_own_gate(tmp_path, pre_commit, lang):
    """`ropa-lint init --repo` then one commit: the starter passes `ropa-lint
    check` and the real pre-commit hook it configured; the register is tied to
    the schema for editors."""
    import sys

    repo = tmp_path / "registre"
    env = _env(tmp_path)
    init = subprocess.run(
        [sys.executable, "-m", "linter", "init", "--repo", str(repo), "--lang", lang],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert init.returncode == 0, init.stderr
    register = next((repo / "registers").glob("*.yaml"))
    assert register.read_text().startswith(
        "# yaml-language-server: $schema=../.ropa-lint/register.schema.json"
    )
    schema = json.loads((repo / ".ropa-lint" / "register.schema.json").read_text())
    assert schema["$schema"].startswith("https://json-schema.org/")
    run = _pre_commit_all_files(pre_commit, repo, env)
    assert "ropa-lint" in run.stdout and "Passed" in run.stdout
    again = subprocess.run(
        [sys.executable, "-m", "linter", "init", "--repo", str(repo)],
        capture_output=True,
        text=True,
        env=env,
    )
    assert again.returncode == 2 and "--force" in again.stderr  # never overwrites silently


def test_the_readme_pre_commit_example_runs_as_written(tmp_path, pre_commit):
    """The README's `.pre-commit-config.yaml`, copied as a user would, in a
    repository holding a register: the real pre-commit runs it and passes."""
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(
        r"```yaml\n(# \.pre-commit-config\.yaml of a register repository.*?)```", readme, re.S
    ).group(1)
    repo = tmp_path / "registre"
    write(repo / ".pre-commit-config.yaml", block)
    (repo / "registers").mkdir(parents=True)
    shutil.copy(EXAMPLES / "compliant.yaml", repo / "registers" / "registre.yaml")
    env = _env(tmp_path)
    run = _pre_commit_all_files(pre_commit, repo, env)
    assert "Passed" in run.stdout


def _readme_block(heading: str, lang: str = "sh") -> list[str]:
    """The command lines of the first `lang` block under `heading` in the README."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index(heading) :]
    block = section[section.index(f"```{lang}\n") + len(lang) + 4 :]
    block = block[: block.index("```")]
    return [line for line in block.splitlines() if line.strip()]


def test_the_readme_spreadsheet_path_runs_as_written(tmp_path, pre_commit):
    """Issue 34: the README's path from a DPO's workbook to a gate, command by
    command as written, on the CNIL-model sample workbook: the check shows its
    findings, `init` and `convert` make the repository, the first commit is
    refused while errors remain, and the baseline the README gives next lets
    the gate start from today's findings."""
    import shlex

    from sheet_samples import write_samples

    env = _env(tmp_path)
    samples = tmp_path / "samples"
    write_samples(samples)
    work = tmp_path / "dpo"
    work.mkdir()
    shutil.copy(samples / "registre-cnil.ods", work / "registre.ods")

    said = []
    for line in _readme_block("### From a spreadsheet"):
        argv = shlex.split(line, comments=True)
        assert argv[0] == "ropa-lint", line
        done = subprocess.run(argv, cwd=work, capture_output=True, text=True, env=env, timeout=900)
        said.append(done)
    check, init, convert = said
    assert check.returncode == 1 and "'Fiche" in check.stdout, check.stderr
    assert init.returncode == 0, init.stderr
    assert convert.returncode == 0, convert.stderr
    repo = work / "registre"
    register = repo / "registers" / "registre.yaml"
    assert "yaml-language-server: $schema=" in register.read_text(encoding="utf-8")
    assert (repo / ".github" / "workflows" / "registre.yml").exists()

    # `cd registre && git init && pre-commit install && git add . && git commit`
    assert _git(repo, "init", "-q", env=env).returncode == 0
    install = subprocess.run([pre_commit, "install"], cwd=repo, capture_output=True, text=True,
                             env=env, timeout=120)  # fmt: skip
    assert install.returncode == 0, install.stderr
    _git(repo, "add", ".", env=env)
    first = _git(repo, "commit", "-q", "-m", "registre", env=env)
    assert first.returncode != 0, "the first commit went through with errors"
    assert "erreur" in first.stdout + first.stderr

    # The baseline, as the README's section on it gives it.
    for line in _readme_block("### Adopting the gate on an existing register"):
        argv = shlex.split(line, comments=True)
        if argv[0] == "ropa-lint":
            done = subprocess.run(argv, cwd=repo, capture_output=True, text=True, env=env)
            assert done.returncode == 0, done.stderr
        else:  # echo "baseline: …" >> .ropa-lint.yaml
            done = subprocess.run(line, shell=True, cwd=repo, capture_output=True, text=True,
                                  env=env, executable="/bin/sh")  # fmt: skip
            assert done.returncode == 0, done.stderr
    _git(repo, "add", ".", env=env)
    adopted = _git(repo, "commit", "-q", "-m", "registre et référence", env=env)
    assert adopted.returncode == 0, adopted.stdout + adopted.stderr
    assert "ropa-lint" in adopted.stdout + adopted.stderr  # the hook ran, and passed
