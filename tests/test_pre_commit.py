"""The hook as users run it: the real pre-commit framework, a real `git commit`."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from conftest import EXAMPLES, ROOT, write


def _git(cwd, *args, env=None):
    return subprocess.run(
        ["git", *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=600
    )


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
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "cache"),
        "GIT_AUTHOR_NAME": "DPO",
        "GIT_AUTHOR_EMAIL": "dpo@example.fr",
        "GIT_COMMITTER_NAME": "DPO",
        "GIT_COMMITTER_EMAIL": "dpo@example.fr",
    }
    env.pop("ROPA_OPA_URL", None)
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


def test_hook_and_action_definitions():
    import yaml

    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "ropa-lint" and hook["entry"] == "ropa-lint check"
    assert hook["pass_filenames"] is False and hook["types"] == ["yaml"]
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    assert action["runs"]["using"] == "composite"
    steps = action["runs"]["steps"]
    assert any("upload-sarif" in str(step.get("uses", "")) for step in steps)
    assert any("--format sarif" in step.get("run", "") for step in steps)
