"""The command line as CI and privacy officers use it."""

from __future__ import annotations

import json
import re

import pytest
from conftest import EXAMPLES, REGISTERS, ROOT, TODAY, check_json, run_cli, write

from linter import __version__
from linter.pack.rulepack import load_pack

LINE = re.compile(
    r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): (error|warning|info) [A-Z]+-\d{3} .+"
)


def test_version():
    proc = run_cli("--version")
    assert proc.returncode == 0 and proc.stdout.strip() == f"ropa-lint {__version__}"


def test_clean_register_exits_0():
    proc = run_cli("check", "--today", TODAY, str(EXAMPLES / "compliant.yaml"))
    assert proc.returncode == 0, proc.stdout
    assert proc.stdout.strip() == "0 errors, 0 warnings, 0 info in 1 file"


def test_findings_exit_1_with_compiler_style_lines():
    proc = run_cli("check", "--today", TODAY, str(EXAMPLES / "certilience.yaml"))
    assert proc.returncode == 1
    lines = proc.stdout.strip().splitlines()
    assert all(LINE.match(line) for line in lines[:-1]), lines
    assert "\x1b[" not in proc.stdout  # no colour when not on a terminal
    assert re.match(r"^\d+ errors, \d+ warnings?, \d+ info in 1 file$", lines[-1])


def test_missing_path_and_bad_option_exit_2():
    assert run_cli("check", "does-not-exist.yaml").returncode == 2
    assert run_cli("check", "--format", "xml", str(EXAMPLES)).returncode == 2
    assert run_cli("check", "--today", "23/11/2026", str(EXAMPLES)).returncode == 2
    assert run_cli("check", "--engine", "quantum", str(EXAMPLES)).returncode == 2


def test_unreadable_file_exits_2():
    # Tests run as root here, so permissions cannot make a file unreadable;
    # /proc/self/mem exists and fails on read (EIO), as a failing disk would.
    proc = run_cli("check", "/proc/self/mem")
    assert proc.returncode == 2 and "cannot read" in proc.stderr, proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_json_shape_and_stable_order():
    code, doc = check_json(str(EXAMPLES))
    assert code == 1
    keys = [(f["file"], f["line"], f["rule"]) for f in doc["findings"]]
    assert keys == sorted(keys)
    required = {
        "rule",
        "category",
        "severity",
        "file",
        "line",
        "column",
        "path",
        "activity",
        "message",
        "reference",
        "waived",
    }
    assert all(required <= set(f) for f in doc["findings"])
    assert doc["summary"]["files"] == len(list(EXAMPLES.glob("*.yaml")))
    again = run_cli("check", "--format", "json", "--today", TODAY, str(EXAMPLES))
    assert again.stdout == json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def test_file_path_is_shown_as_given():
    _, doc = check_json("examples/certilience.yaml")
    assert {f["file"] for f in doc["findings"]} == {"examples/certilience.yaml"}


def test_stdin():
    text = (EXAMPLES / "certilience.yaml").read_text(encoding="utf-8")
    code, doc = check_json("-", stdin=text)
    assert code == 1
    assert {f["file"] for f in doc["findings"]} == {"<stdin>"}


def test_fail_on_warning_and_info(tmp_path):
    """minimal.yaml has one warning (RGT-001) and one info (HYG-003), no error;
    with rights recorded, only the info is left."""
    warning_and_info = str(REGISTERS / "minimal.yaml")
    info_only = write(
        tmp_path / "info.yaml",
        (REGISTERS / "minimal.yaml").read_text()
        + "    rights: [access, rectification, erasure, restriction, objection, complaint]\n",
    )

    def status(path, fail_on):
        return run_cli("check", "--today", TODAY, "--fail-on", fail_on, str(path)).returncode

    assert [status(warning_and_info, level) for level in ("error", "warning", "info")] == [0, 1, 1]
    assert [status(info_only, level) for level in ("error", "warning", "info")] == [0, 0, 1]


def test_french_messages():
    proc = run_cli("check", "--lang", "fr", "--today", TODAY, str(EXAMPLES / "certilience.yaml"))
    assert "erreur LB-004" in proc.stdout and "obligation légale" in proc.stdout
    assert proc.stdout.strip().splitlines()[-1].endswith("dans 1 fichier")


def test_output_file(tmp_path):
    out = tmp_path / "report.json"
    proc = run_cli(
        "check", "-f", "json", "-o", str(out), "--today", TODAY, str(EXAMPLES / "compliant.yaml")
    )
    assert proc.returncode == 0 and proc.stdout == ""
    assert json.loads(out.read_text())["summary"]["errors"] == 0


def test_included_fragments_are_not_linted_alone_and_findings_name_them():
    _, doc = check_json(str(REGISTERS / "includes"))
    assert doc["summary"]["files"] == 3
    rh = [f for f in doc["findings"] if f["file"].endswith("rh.yaml") and f["rule"] == "LB-001"]
    assert [(f["line"], f["activity"]) for f in rh] == [(6, "recrutement")]
    ventes = [f for f in doc["findings"] if f["file"].endswith("ventes.yaml")]
    assert ("COMP-006", "activities[2].transfers") in [(f["rule"], f["path"]) for f in ventes]


def test_an_ill_typed_field_sets_its_activity_aside_and_says_so(tmp_path):
    text = (REGISTERS / "minimal.yaml").read_text().replace("recipients: []", "recipients: aucun")
    path = write(tmp_path / "r.yaml", text)
    proc = run_cli("check", "--today", TODAY, str(path))
    assert proc.returncode == 1
    assert "SCH-005 `recipients` must be a list; got `aucun`" in proc.stdout
    assert f'{path}: activity "paie" not evaluated (schema findings above)' in proc.stdout


def test_duplicate_key_reaches_the_user(tmp_path):
    text = (
        (REGISTERS / "minimal.yaml")
        .read_text()
        .replace(
            "        legal_basis: legal_obligation\n",
            "        legal_basis: legal_obligation\n        legal_basis: consent\n",
        )
    )
    path = write(tmp_path / "r.yaml", text)
    code, doc = check_json(str(path))
    assert code == 1
    (dup,) = [f for f in doc["findings"] if f["rule"] == "SCH-002"]
    assert (dup["line"], dup["column"]) == (16, 9)


def test_non_register_yaml_in_a_directory_is_skipped_but_counted(tmp_path):
    write(tmp_path / "config.yaml", "some: tool config\n")
    write(tmp_path / "reg.yaml", (REGISTERS / "minimal.yaml").read_text())
    _, doc = check_json(str(tmp_path))
    assert doc["summary"]["files"] == 1
    assert doc["summary"]["skipped"] == [str(tmp_path / "config.yaml")]


def test_rules_and_explain():
    listing = run_cli("rules").stdout
    assert "LB-001" in listing and "SCH-002" in listing
    # One line a rule of the category, however many the pack has.
    in_category = [r for r in load_pack().rules.values() if r.category == "legal_basis"]
    assert run_cli("rules", "--category", "legal_basis").stdout.count("\n") == len(in_category)
    explained = run_cli("explain", "LB-002")
    assert explained.returncode == 0
    assert "GDPR Art. 6(1)(f)" in explained.stdout and "eur-lex.europa.eu" in explained.stdout
    assert run_cli("explain", "LB-002", "--lang", "fr").stdout.startswith(
        "LB-002 : Intérêt légitime"
    )
    assert run_cli("explain", "NOPE-001").returncode == 2


def test_waiver_silences_but_shows(tmp_path):
    text = (EXAMPLES / "certilience.yaml").read_text() + (
        "waivers:\n  - rule: LB-004\n    activity: journaux-connexion\n"
        "    reason: Texte en cours d'identification par le juriste\n    expires: 2027-01-31\n"
    )
    path = write(tmp_path / "r.yaml", text)
    _, doc = check_json(str(path))
    (lb4,) = [f for f in doc["findings"] if f["rule"] == "LB-004"]
    assert lb4["waived"] is True
    _, audit = check_json("--no-waivers", str(path))
    assert not any(f["waived"] for f in audit["findings"])
    expired = text.replace("2027-01-31", "2026-01-31")
    _, doc = check_json(str(write(tmp_path / "e.yaml", expired)))
    assert not any(f["waived"] for f in doc["findings"])


def test_jobs_give_the_same_bytes_as_one_process(tmp_path):
    for i in range(24):
        source = EXAMPLES / ("certilience.yaml" if i % 2 else "present-infini.yaml")
        write(tmp_path / f"r{i:02}.yaml", source.read_text(encoding="utf-8"))
    one = run_cli("check", "-f", "json", "--today", TODAY, "--jobs", "1", str(tmp_path))
    two = run_cli("check", "-f", "json", "--today", TODAY, "--jobs", "2", str(tmp_path))
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout and json.loads(one.stdout)["summary"]["files"] == 24


def test_jobs_fail_closed_like_one_process(tmp_path):
    """A rule that fails inside a worker process still ends the run with status 2."""
    for i in range(20):
        write(tmp_path / "regs" / f"r{i:02}.yaml", (REGISTERS / "minimal.yaml").read_text())
    write(
        tmp_path / "pack" / "hygiene" / "broken.rego",
        "# METADATA\n# title: Broken\n# description: Calls a function nobody defined.\n"
        "# custom:\n#   id: ACME-009\n#   severity: error\n#   reference: none\n"
        "#   remediation: none\n#   title_fr: Cassée\n#   remediation_fr: aucune\n"
        "package ropa.rules.hygiene.broken\n\n"
        'report contains {"path": [], "message": {"en": x}} if x := foo.bar(1)\n',
    )
    proc = run_cli(
        "check", "--jobs", "2", "--rules", str(tmp_path / "pack"), str(tmp_path / "regs")
    )
    assert proc.returncode == 2, proc.stdout
    assert "ACME-009" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_nothing_to_check_is_not_a_pass(tmp_path):
    (tmp_path / "empty").mkdir()
    proc = run_cli("check", str(tmp_path / "empty"))
    assert proc.returncode == 2 and "no register found" in proc.stderr
    write(tmp_path / "tools" / "ci.yaml", "jobs: {}\n")
    proc = run_cli("check", str(tmp_path / "tools"))
    assert proc.returncode == 2 and "1 YAML file(s) without register keys skipped" in proc.stderr


def test_fail_on_warning_counts_warnings():
    path = str(REGISTERS / "minimal.yaml")  # RGT-001: no rights recorded (warning)
    assert run_cli("check", "--today", TODAY, path).returncode == 0
    assert run_cli("check", "--today", TODAY, "--fail-on", "warning", path).returncode == 1


def test_stdin_beside_many_files(tmp_path):
    for i in range(20):
        write(tmp_path / f"r{i:02}.yaml", (REGISTERS / "minimal.yaml").read_text())
    text = (EXAMPLES / "certilience.yaml").read_text(encoding="utf-8")
    code, doc = check_json("-", str(tmp_path), "--jobs", "2", stdin=text)
    assert code == 1 and doc["summary"]["files"] == 21
    assert any(f["file"] == "<stdin>" and f["rule"] == "LB-004" for f in doc["findings"])


@pytest.mark.parametrize("engine", ["embedded", "opa"])
def test_profile_times_each_rule_of_a_custom_pack(engine, request):
    args = ["--engine", engine]
    if engine == "opa":
        args += ["--opa-bin", request.getfixturevalue("opa_bin")]
    proc = run_cli(
        "check",
        "--today",
        TODAY,
        "--profile",
        *args,
        "--rules",
        str(EXAMPLES / "custom-rules"),
        str(EXAMPLES / "certilience.yaml"),
        str(EXAMPLES / "present-infini.yaml"),
    )
    assert proc.returncode == 1, proc.stderr
    lines = proc.stderr.splitlines()
    assert lines[0].split() == ["rule", "evaluations", "ms", "findings", "file"]
    rows = {line.split()[0]: line.split() for line in lines[1:]}
    from linter.pack.rulepack import load_pack

    rego_rules = [r for r in load_pack().rules.values() if not r.builtin]
    assert len(rows) == len(rego_rules) + 1  # every Rego rule, the custom one included
    acme = rows["ACME-001"]
    assert acme[1] == "2" and acme[3] == "8" and acme[4].endswith("owner_required.rego")


def test_one_run_writes_every_output(tmp_path):
    sarif, junit = tmp_path / "out.sarif", tmp_path / "out.xml"
    proc = run_cli(
        "check",
        "--today",
        TODAY,
        str(EXAMPLES / "certilience.yaml"),
        "-o",
        f"sarif={sarif}",
        "-o",
        f"junit={junit}",
    )
    assert proc.returncode == 1
    assert proc.stdout.endswith("in 1 file\n")  # the terminal still gets text
    assert json.loads(sarif.read_text())["runs"][0]["results"]
    assert junit.read_text().startswith("<?xml")
    two = run_cli("check", str(EXAMPLES / "compliant.yaml"), "-o", "a.txt", "-o", "b.txt")
    assert two.returncode == 2 and "only one plain file" in two.stderr


def test_rules_and_explain_read_the_configuration(tmp_path):
    write(tmp_path / ".ropa-lint.yaml", "lang: fr\n")
    assert run_cli("explain", "LB-001", cwd=tmp_path).stdout.startswith(
        "LB-001 : Finalité sans base légale"
    )
    assert "Organisme sans coordonnées" in run_cli("rules", cwd=tmp_path).stdout
    unknown = run_cli("rules", "--category", "legal")
    assert unknown.returncode == 2 and "no category legal" in unknown.stderr


def test_empty_yaml_in_a_directory_is_skipped_and_a_stranger_is_one_finding(tmp_path):
    write(tmp_path / "empty.yaml", "")
    write(tmp_path / "r.yaml", (REGISTERS / "minimal.yaml").read_text())
    _, doc = check_json(str(tmp_path))
    assert doc["summary"]["files"] == 1
    assert doc["summary"]["skipped"] == [str(tmp_path / "empty.yaml")]
    stranger = write(tmp_path / "tool.yaml", "some: tool config\n")
    code, doc = check_json(str(stranger))
    assert code == 1
    assert [f["rule"] for f in doc["findings"]] == ["SCH-005"]
    assert "not a register" in doc["findings"][0]["message"]


def test_french_field_names_and_values_suggest_the_format_s(tmp_path):
    text = (
        (REGISTERS / "minimal.yaml")
        .read_text()
        .replace("    name: Gestion de la paie", "    nom: Gestion de la paie")
        .replace("legal_basis: legal_obligation", "legal_basis: contrat")
    )
    proc = run_cli("check", "--lang", "fr", "--today", TODAY, str(write(tmp_path / "r.yaml", text)))
    assert "champ inconnu `nom`. Vouliez-vous dire `name` ?" in proc.stdout
    assert "trouvé `contrat` : vouliez-vous dire `contract` ?" in proc.stdout


@pytest.mark.parametrize("command", ["check", "report", "rules", "explain", "init", "test-rules"])
def test_help_names_values_not_python_types(command):
    text = run_cli(command, "--help").stdout
    for python in ("<bool>", "<str>", "<int>", "<float>", "list[str]"):
        assert python not in text, (command, python)


def test_schema_prints_the_bundled_schema_and_its_path():
    import json

    from linter.core.resources import schema_path

    proc = run_cli("schema")
    assert proc.returncode == 0
    assert json.loads(proc.stdout) == json.loads(schema_path().read_text(encoding="utf-8"))
    proc = run_cli("schema", "--path")
    assert proc.returncode == 0 and proc.stdout.strip() == str(schema_path())


def _run_options():
    from linter.cli.params import RUN_OPTIONS

    return [pytest.param(name, option, id=name) for name, option in RUN_OPTIONS.items()]


@pytest.mark.parametrize(("name", "option"), _run_options())
def test_each_run_option_is_taken_by_both_commands_and_documented(name, option):
    """Issue 35: the options `check` and `report` share are one table
    (params.RUN_OPTIONS): each is a parameter of both commands, sets a field
    of the run's Options (or is the command line's own: --config), and has
    its row in the README's table of options."""
    import typer

    from linter.cli.app import app
    from linter.cli.params import run_options
    from linter.core.options import Options

    commands = typer.main.get_command(app).commands
    flags = {
        command: {o for p in commands[command].params for o in p.opts}
        for command in ("check", "report")
    }
    flag = "--" + name.replace("_", "-")
    assert flag in flags["check"] and flag in flags["report"], flag
    target = option.target(name)
    assert target is None or target in Options.__dataclass_fields__, target
    if target is not None:
        assert target in run_options({})
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("| option | meaning |") : readme.index("**Exit status**")]
    assert f"`{flag}" in table, f"README's table of options lacks {flag}"


def test_the_shared_options_reach_the_run_as_typed(tmp_path):
    """What the table maps: --no-waivers is `waivers` off, --rules and
    --data add up as tuples, --max-file-size is the byte limit."""
    from linter.cli.params import EngineKind, run_options

    given = {"no_waivers": True, "rules": ["a"], "data": ["b.yaml"], "max_file_size": 9,
             "engine": EngineKind.opa, "config": "x.yaml"}  # fmt: skip
    taken = run_options(given)
    assert taken["waivers"] is False and taken["rules_dirs"] == ("a",)
    assert taken["data_files"] == ("b.yaml",) and taken["max_bytes"] == 9
    assert taken["engine"] == "opa" and "config" not in taken
