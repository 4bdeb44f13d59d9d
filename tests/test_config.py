"""Configuration as users write it: discovered upwards, CLI wins, unknown keys fail."""

from __future__ import annotations

import json
import os
import re
import subprocess

import pytest
from conftest import EXAMPLES, REGISTERS, ROOT, TODAY, run_cli, write


def _check(cwd, *args):
    proc = run_cli("check", "--format", "json", "--today", TODAY, *args, cwd=cwd)
    return proc, (json.loads(proc.stdout) if proc.stdout else None)


def _repo(tmp_path, config_name="", config_text=""):
    write(tmp_path / "registers" / "r.yaml", (EXAMPLES / "certilience.yaml").read_text())
    if config_name:
        write(tmp_path / config_name, config_text)
    sub = tmp_path / "registers" / "deep"
    sub.mkdir(parents=True, exist_ok=True)
    return sub


def test_yaml_config_found_walking_up(tmp_path):
    cwd = _repo(
        tmp_path, ".ropa-lint.yaml", "rules:\n  HYG-003: disable\n  RGT-001: {severity: error}\n"
    )
    proc, doc = _check(cwd, "..")
    assert proc.returncode == 1
    rules = {f["rule"]: f["severity"] for f in doc["findings"]}
    assert "HYG-003" not in rules and rules["RGT-001"] == "error"


def test_the_lookup_stops_at_the_repository_root(tmp_path):
    """Issue 32: a configuration above the checkout (a runner's work
    directory, another user's home) must not configure the gate."""
    outside = "rules:\n  COMP-001: disable\n"
    write(tmp_path / ".ropa-lint.yaml", outside)
    repo = tmp_path / "checkout"
    cwd = _repo(repo)
    (repo / ".git").mkdir()
    _, doc = _check(cwd, "..")
    assert "COMP-001" in {f["rule"] for f in doc["findings"]}
    # At the root itself, the repository's own configuration still applies.
    write(repo / ".ropa-lint.yaml", outside)
    _, doc = _check(cwd, "..")
    assert "COMP-001" not in {f["rule"] for f in doc["findings"]}


def test_pyproject_section(tmp_path):
    cwd = _repo(
        tmp_path,
        "pyproject.toml",
        '[project]\nname = "x"\n\n[tool.ropa-lint]\nfail_on = "info"\nlang = "fr"\n',
    )
    _, doc = _check(cwd, "..")
    assert doc["summary"]["fail_on"] == "info"
    assert any("L'organisme" in f["message"] for f in doc["findings"])


def test_command_line_wins_over_the_file(tmp_path):
    cwd = _repo(tmp_path, ".ropa-lint.yaml", "lang: fr\nfail_on: info\n")
    _, doc = _check(cwd, "..", "--lang", "en", "--fail-on", "error")
    assert doc["summary"]["fail_on"] == "error"
    assert any(f["message"].startswith("The organisation") for f in doc["findings"])


def test_unknown_key_is_an_error(tmp_path):
    cwd = _repo(tmp_path, ".ropa-lint.yaml", "disabled: [HYG-003]\n")
    proc, _ = _check(cwd, "..")
    assert proc.returncode == 2 and "unknown key(s) disabled" in proc.stderr


def test_unknown_rule_in_config_is_an_error(tmp_path):
    cwd = _repo(tmp_path, ".ropa-lint.yaml", "rules:\n  HYG-999: disable\n")
    proc, _ = _check(cwd, "..")
    assert proc.returncode == 2 and "HYG-999" in proc.stderr


def test_explicit_config_and_relative_paths(tmp_path):
    write(
        tmp_path / "policy" / "ropa.yaml",
        "extra_rules: [rules]\nexclude: ['drafts/']\njurisdiction: FR\n",
    )
    (tmp_path / "policy" / "rules").mkdir()
    import shutil

    shutil.copytree(
        EXAMPLES / "custom-rules" / "hygiene", tmp_path / "policy" / "rules" / "hygiene"
    )
    write(tmp_path / "regs" / "r.yaml", (REGISTERS / "minimal.yaml").read_text())
    write(tmp_path / "regs" / "drafts" / "d.yaml", "register: 1\n")
    proc, doc = _check(tmp_path, "--config", "policy/ropa.yaml", "regs")
    assert proc.returncode == 0, proc.stderr
    assert doc["summary"]["files"] == 1  # drafts excluded
    assert [f["rule"] for f in doc["findings"]] == ["ACME-001", "HYG-003", "RGT-001"]


def _readme_exclude() -> list[str]:
    import re

    readme = (EXAMPLES.parent / "README.md").read_text(encoding="utf-8")
    return json.loads(re.search(r"^exclude: (\[.*?\])", readme, re.M).group(1))


@pytest.mark.parametrize("searched", ["registers", ".", "registers/", "ABS"])
def test_readme_exclude_leaves_out_drafts_however_the_directory_is_named(tmp_path, searched):
    """The README's own pattern, relative to the configuration file's
    directory, whatever path the directory is searched by."""
    patterns = _readme_exclude()
    write(tmp_path / ".ropa-lint.yaml", f"exclude: {json.dumps(patterns)}\n")
    write(tmp_path / "registers" / "r.yaml", (REGISTERS / "minimal.yaml").read_text())
    write(tmp_path / "registers" / "drafts" / "d.yaml", "register: 1\n")
    target = str(tmp_path / "registers") if searched == "ABS" else searched
    proc, doc = _check(tmp_path, target)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert doc["summary"]["files"] == 1 and not any("drafts" in f["file"] for f in doc["findings"])
    # Run from elsewhere, naming the configuration: the same files are left out.
    proc, doc = _check(tmp_path / "registers", "--config", "../.ropa-lint.yaml", ".")
    assert proc.returncode == 0 and doc["summary"]["files"] == 1, proc.stdout


def test_an_anchored_pattern_leaves_out_that_folder_only(tmp_path):
    write(tmp_path / ".ropa-lint.yaml", 'exclude: ["registers/old/**"]\n')
    for folder in ("registers/old", "archive/old"):
        write(tmp_path / folder / "r.yaml", (REGISTERS / "minimal.yaml").read_text())
    proc, doc = _check(tmp_path, ".")
    assert proc.returncode == 0, proc.stderr
    assert doc["summary"]["files"] == 1


def test_the_library_reads_the_configuration_as_the_cli_does(tmp_path, monkeypatch):
    write(tmp_path / ".ropa-lint.yaml", "lang: fr\nrules:\n  HYG-003: disable\n")
    write(tmp_path / "r.yaml", (EXAMPLES / "certilience.yaml").read_text())
    monkeypatch.chdir(tmp_path)
    from linter import lint

    result = lint(["r.yaml"], today=TODAY)
    assert not any(f.rule == "HYG-003" for f in result.findings)
    assert any("obligation légale" in f.message for f in result.findings)
    english = lint(["r.yaml"], today=TODAY, lang="en")  # a keyword wins, as on the command line
    assert any("legal obligation" in f.message for f in english.findings)


def test_missing_explicit_config_is_an_error(tmp_path):
    proc, _ = _check(tmp_path, "--config", "nope.yaml", str(EXAMPLES))
    assert proc.returncode == 2 and "nope.yaml" in proc.stderr


def test_init_writes_a_register_that_passes(tmp_path):
    for lang in ("fr", "en"):
        target = tmp_path / f"{lang}.yaml"
        proc = run_cli("init", str(target), "--lang", lang)
        assert proc.returncode == 0, proc.stderr
        checked = run_cli("check", "--fail-on", "info", str(target))
        assert checked.returncode == 0 and checked.stdout.startswith("0 errors, 0 warnings, 0 info")
    assert run_cli("init", str(tmp_path / "fr.yaml")).returncode == 2  # no silent overwrite
    assert "# Registre des activités de traitement" in (tmp_path / "fr.yaml").read_text()
    # The editor's schema association: the schema of this install, which exists.
    from urllib.parse import urlparse

    first = (tmp_path / "en.yaml").read_text().splitlines()[0]
    assert first.startswith("# yaml-language-server: $schema=file://")
    assert os.path.isfile(urlparse(first.split("=", 1)[1]).path)


def test_test_rules_runs_a_pack(tmp_path, opa_bin):
    pack = EXAMPLES / "custom-rules"
    for engine in ("embedded", "opa"):
        proc = run_cli("test-rules", str(pack), "--engine", engine)
        assert proc.returncode == 0 and proc.stdout.strip().endswith("3 passed, 0 failed"), (
            proc.stdout
        )
    import shutil

    broken = tmp_path / "pack"
    shutil.copytree(pack, broken)
    test = broken / "hygiene" / "owner_required_test.rego"
    test.write_text(test.read_text().replace('"owner": "Service client"', '"owner": ""'))
    proc = run_cli("test-rules", str(broken))
    assert (
        proc.returncode == 1 and "FAIL data.ropa.rules.hygiene.owner_required_test" in proc.stdout
    )


def test_test_rules_profile_times_the_pack_s_own_tests(opa_bin):
    for engine in ("embedded", "opa"):
        proc = run_cli(
            "test-rules", str(EXAMPLES / "custom-rules"), "--engine", engine, "--profile"
        )
        assert proc.returncode == 0, proc.stderr
        timed = [line.split()[-1] for line in proc.stderr.splitlines()]
        assert len(timed) == 3 and all(".owner_required_test.test_" in t for t in timed), timed


def test_test_rules_names_a_compile_error_in_one_line(tmp_path):
    import shutil

    broken = tmp_path / "pack"
    shutil.copytree(EXAMPLES / "custom-rules", broken)
    rule = broken / "hygiene" / "owner_required.rego"
    rule.write_text(rule.read_text() + "\nbroken if {\n")
    proc = run_cli("test-rules", str(broken))
    assert proc.returncode == 2
    (line,) = proc.stderr.strip().splitlines()
    assert "owner_required.rego): does not compile:" in line and "[" not in line.split(":", 3)[-1]


def test_python_api():
    from linter import lint

    result = lint(["examples/certilience.yaml"], lang="fr", today=TODAY)
    assert result.exit_code == 1
    assert result.summary["errors"] == sum(1 for f in result.findings if f.severity == "error")
    assert any(f.rule == "LB-004" and "obligation légale" in f.message for f in result.findings)


@pytest.mark.parametrize("ci", ["github", "gitlab"])
def test_init_repo_ci_runs_the_gate_it_writes(tmp_path, ci):
    """The CI definition `init --repo --ci` writes: valid YAML, installing what
    --source says, and its ropa-lint command lines pass on the starter and
    write the reports the CI keeps."""
    import shlex
    import sys

    import yaml

    proc = run_cli(
        "init", "--repo", str(tmp_path), "--ci", ci, "--source", "ropa-lint @ file:///wheel"
    )
    assert proc.returncode == 0, proc.stderr
    path = tmp_path / (".github/workflows/registre.yml" if ci == "github" else ".gitlab-ci.yml")
    spec = yaml.safe_load(path.read_text())
    if ci == "github":
        commands = [step["run"] for step in spec["jobs"]["ropa-lint"]["steps"] if "run" in step]
        kept = ["ropa-lint.md", "ropa-lint.sarif"]
    else:
        commands = spec["ropa-lint"]["script"]
        reports = spec["ropa-lint"]["artifacts"]["reports"]
        assert reports == {"codequality": "gl-code-quality-report.json", "junit": "ropa-lint.xml"}
        kept = ["ropa-lint.xml", "gl-code-quality-report.json"]
    assert commands[0] == 'python -m pip install "ropa-lint @ file:///wheel"'
    for line in commands:
        if line.startswith("ropa-lint check"):
            argv = [sys.executable, "-m", "linter", *shlex.split(line)[1:]]
            gate = subprocess.run(argv, cwd=tmp_path, capture_output=True, text=True)
            assert gate.returncode == 0, gate.stdout + gate.stderr
    assert all((tmp_path / name).stat().st_size > 0 for name in kept)


def test_the_ci_files_install_step_works_as_a_runner_runs_it(tmp_path):
    """Issue 34: no release of ropa-lint is published, so `ropa-lint==0.1.0`
    made the first push fail. By default the CI installs a wheel of this
    install kept in the repository; its install line, run as written in a
    fresh virtual environment (the package mirror only), gives a ropa-lint
    that passes the starter through the gate line as written."""
    import shlex
    import sys
    import venv

    import yaml

    repo = tmp_path / "registre"
    proc = run_cli("init", "--repo", str(repo), "--ci", "github")
    assert proc.returncode == 0, proc.stderr
    assert "no release of ropa-lint is published yet" in proc.stderr
    spec = yaml.safe_load((repo / ".github/workflows/registre.yml").read_text())
    runs = [step["run"] for step in spec["jobs"]["ropa-lint"]["steps"] if "run" in step]
    install = runs[0]
    assert install.startswith('python -m pip install "./.ropa-lint/ropa_lint-')
    assert list((repo / ".ropa-lint").glob("ropa_lint-*.whl"))
    env_dir = tmp_path / "runner"
    venv.create(env_dir, with_pip=True)
    python = str(env_dir / "bin" / "python")
    argv = [python, *shlex.split(install)[1:]]
    done = subprocess.run(argv, cwd=repo, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    gate = next(line for line in runs if line.startswith("ropa-lint check"))
    argv = [str(env_dir / "bin" / "ropa-lint"), *shlex.split(gate)[1:]]
    done = subprocess.run(argv, cwd=repo, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert sys.executable not in done.stderr  # the runner's ropa-lint, not this one


# One value each kind of key reads, and one it refuses (issue 35: the tests
# iterate over the table of keys, so a key added there is tested here).
_KIND_SAMPLES = {
    "choice": (None, 5),
    "text": ("FR", 5),
    "positive": (5, -1),
    "count": (3, 1.5),
    "file": ("known.json", ""),
    "layout": ("cnil", ""),
    "files": (["policies"], 5),
    "patterns": (["drafts/"], 5),
    "rules": ({"HYG-003": "disable"}, 5),
}


def _config_keys():
    from linter.run.config import TABLE

    return [pytest.param(key, id=key.name) for key in TABLE]


@pytest.mark.parametrize("key", _config_keys())
def test_each_configuration_key_is_read_refused_and_documented(tmp_path, key):
    import yaml

    from linter.core.options import Options
    from linter.run.config import ConfigError, load, options_from

    good, bad = _KIND_SAMPLES[key.kind]
    good = key.choices[-1] if key.kind == "choice" else good
    path = tmp_path / ".ropa-lint.yaml"
    path.write_text(yaml.safe_dump({key.name: good}), encoding="utf-8")
    cfg = load(path)
    if key.option:
        # The configuration's value reaches the run, and the command line wins.
        assert key.name in Options.__dataclass_fields__
        taken = getattr(options_from(cfg), key.name)
        assert taken == getattr(cfg, key.name) and taken is not None
    path.write_text(yaml.safe_dump({key.name: bad}), encoding="utf-8")
    with pytest.raises(ConfigError, match=f"`?{key.name}"):
        load(path)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Configuration") : readme.index("### Waivers")]
    assert re.search(rf"^{key.name}:", section, re.M), f"README's configuration lacks {key.name}"
    from linter.run import config

    assert re.search(rf"^\s+{key.name}:", config.__doc__, re.M), key.name


def test_an_unknown_key_lists_the_tables_keys(tmp_path):
    from linter.run.config import KEYS, ConfigError, load

    path = write(tmp_path / ".ropa-lint.yaml", "disable: [HYG-003]\n")
    with pytest.raises(ConfigError) as caught:
        load(path)
    assert f"(allowed: {', '.join(sorted(KEYS))})" in str(caught.value)
