"""Two engines, one contract: identical findings, and failure is exit status 2."""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

import pytest
from conftest import EXAMPLES, REGISTERS, TODAY, run_cli, write

from linter.run.runner import Linter, LintError, Options

CASES = sorted([*EXAMPLES.glob("*.yaml"), *REGISTERS.rglob("*.yaml")])


def findings(engine: str, paths, **kw):
    with Linter(Options(engine=engine, today=TODAY, **kw)) as linter:
        return linter.run([str(p) for p in paths])


def test_both_engines_give_identical_findings_on_every_register(opa_bin):
    embedded = findings("embedded", CASES)
    opa = findings("opa", CASES, opa_bin=opa_bin)
    assert embedded.summary["engine"] == "embedded" and opa.summary["engine"] == "opa"
    assert len(embedded.findings) > 20  # the comparison is not between two empty lists
    assert [f.to_dict() for f in embedded.findings] == [f.to_dict() for f in opa.findings]


def _rule(directory: Path, name: str, body: str, rule_id: str = "ACME-001") -> Path:
    return write(
        directory / "acme" / f"{name}.rego",
        f"""# METADATA
# title: Test rule {name}
# description: A rule written for a test.
# custom:
#   id: {rule_id}
#   severity: error
#   reference: none
#   remediation: none
#   title_fr: Règle de test
#   remediation_fr: aucune
package ropa.rules.hygiene.{name}

{body}
""",
    )


def _check_with_pack(pack: Path, engine: str):
    return run_cli(
        "check", "--engine", engine, "--rules", str(pack), str(REGISTERS / "minimal.yaml")
    )


@pytest.fixture(params=["embedded", "opa"])
def engine(request) -> str:
    if request.param == "opa":
        request.getfixturevalue("opa_bin")  # skips, or fails in CI, without OPA
    return request.param


def test_unknown_function_fails_closed_naming_the_rule(tmp_path, engine):
    _rule(
        tmp_path,
        "unknown_fn",
        'report contains {"path": [], "message": {"en": x}} if x := foo.bar(1)',
    )
    proc = _check_with_pack(tmp_path, engine)
    assert proc.returncode == 2, proc.stdout
    assert "ACME-001" in proc.stderr and "foo.bar" in proc.stderr
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_builtin_the_embedded_engine_lacks_fails_closed(tmp_path):
    _rule(
        tmp_path,
        "sha",
        'report contains {"path": [], "message": {"en": h}} if '
        "h := crypto.sha256(input.organization.name)",
    )
    proc = _check_with_pack(tmp_path, "embedded")
    assert proc.returncode == 2
    assert "ACME-001" in proc.stderr and "crypto.sha256" in proc.stderr


def test_conflicting_values_fail_closed(tmp_path, engine):
    _rule(
        tmp_path,
        "conflict",
        "value := 1 if input.register\n\nvalue := 2 if input.organization\n\n"
        'report contains {"path": [], "message": {"en": "x"}} if value == 3',
    )
    proc = _check_with_pack(tmp_path, engine)
    assert proc.returncode == 2, proc.stdout
    assert "ACME-001" in proc.stderr


def test_syntax_error_in_a_rule_fails_closed(tmp_path):
    _rule(tmp_path, "broken", "report contains x if {")
    proc = run_cli("check", "--rules", str(tmp_path), str(REGISTERS / "minimal.yaml"))
    assert proc.returncode == 2
    assert "does not compile" in proc.stderr


@pytest.mark.parametrize("builtin", ["http.send", "net.lookup_ip_addr", "opa.runtime"])
def test_rules_cannot_reach_network_or_environment(tmp_path, builtin):
    arg = (
        '{"method": "get", "url": "http://127.0.0.1:9"}'
        if builtin == "http.send"
        else ('"localhost"' if builtin == "net.lookup_ip_addr" else "")
    )
    _rule(
        tmp_path,
        "leak",
        f'report contains {{"path": [], "message": {{"en": "x"}}}} if {builtin}({arg})',
    )
    # Refused before any engine starts: no OPA binary is needed to prove it.
    for engine in ("embedded", "opa"):
        proc = _check_with_pack(tmp_path, engine)
        assert proc.returncode == 2
        assert builtin in proc.stderr and "never the network" in proc.stderr


def test_builtin_passed_as_a_mock_is_refused_too(tmp_path):
    _rule(
        tmp_path,
        "mocked",
        'fetch(req) := req\n\nreport contains {"path": [], "message": {"en": "x"}} if {\n'
        '\tr := fetch({"method": "get", "url": "http://127.0.0.1:9"}) '
        "with fetch as http.send\n\tr.status_code == 200\n}",
    )
    proc = _check_with_pack(tmp_path, "embedded")
    assert proc.returncode == 2 and "http.send" in proc.stderr


def test_names_in_comments_and_strings_are_not_calls():
    from linter.pack.rego_source import parse_module

    source = (
        "package ropa.rules.hygiene.quiet\n# never call http.send here\n"
        'x := "opa.runtime() is off limits"\ny := `http.send`\n'
    )
    assert parse_module("q.rego", source).forbidden == ()
    called = parse_module("c.rego", "package p\nx := opa.runtime()\n")
    assert called.forbidden == (("opa.runtime", 2),)


def test_the_parser_reads_a_reference_however_it_is_written():
    from linter.pack.rego_source import parse_module

    source = (
        'package system["authz"]\n'
        "a := http[`send`]\n"
        'b := net["lookup_ip_addr"]("example.org")\n'
        "c := json.match_schema({}, {})\n"
    )
    parsed = parse_module("s.rego", source)
    assert parsed.package == "system.authz"
    assert [name for name, _ in parsed.forbidden] == [
        "http.send", "net.lookup_ip_addr", "json.match_schema",
    ]  # fmt: skip


def test_the_builtin_pack_is_held_to_what_a_pack_is_held_to():
    """Our modules are not parsed on every run (load_pack trusts them), so
    this test is where they are: no forbidden builtin, and the package the
    parser reads is the one the pack files them under."""
    from linter.pack.rego_source import parse_module
    from linter.pack.rulepack import load_pack

    pack = load_pack()
    for module_id, source in pack.modules.items():
        parsed = parse_module(module_id, source)
        assert parsed.forbidden == (), module_id
        rule = pack.module_rule.get(module_id)
        if rule:
            assert pack.by_package[parsed.package].id == rule


def test_missing_metadata_is_refused(tmp_path):
    write(tmp_path / "x.rego", "package ropa.rules.hygiene.nometa\n\nreport contains 1 if false\n")
    proc = run_cli("check", "--rules", str(tmp_path), str(REGISTERS / "minimal.yaml"))
    assert proc.returncode == 2 and "METADATA" in proc.stderr


def test_unreachable_opa_url_fails_closed():
    proc = run_cli("check", "--opa-url", "http://127.0.0.1:9", str(REGISTERS / "minimal.yaml"))
    assert proc.returncode == 2
    assert "cannot be reached" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_opa_engine_without_binary_or_url_fails_closed(tmp_path):
    proc = run_cli(
        "check",
        "--engine",
        "opa",
        str(REGISTERS / "minimal.yaml"),
        env={"ROPA_OPA_BIN": str(tmp_path / "no-opa"), "PATH": "/nonexistent"},
    )
    assert proc.returncode == 2 and "opa" in proc.stderr.lower()


def _opa_children() -> list[str]:
    out = subprocess.run(["pgrep", "-af", "ropa-lint-opa-"], capture_output=True, text=True)
    return [line for line in out.stdout.splitlines() if " run " in line]


def test_started_server_is_stopped(opa_bin):
    before = _opa_children()
    result = findings("opa", [REGISTERS / "minimal.yaml"], opa_bin=opa_bin)
    assert result.summary["engine"] == "opa"
    time.sleep(0.2)
    assert _opa_children() == before


def test_engine_error_is_a_lint_error(tmp_path):
    _rule(
        tmp_path,
        "unknown_fn",
        'report contains {"path": [], "message": {"en": x}} if x := foo.bar(1)',
    )
    with (
        pytest.raises(LintError, match="ACME-001"),
        Linter(Options(engine="embedded", rules_dirs=(str(tmp_path),))) as linter,
    ):
        linter.run([str(REGISTERS / "minimal.yaml")])


@pytest.mark.parametrize("sig", ["SIGINT", "SIGTERM", "SIGKILL"])
def test_no_orphan_server_after_a_signal(opa_bin, sig):
    import signal
    import sys

    script = (
        "import sys, time\n"
        "from linter.cli.app import _terminate\n"
        "import signal; signal.signal(signal.SIGTERM, _terminate)\n"
        "from linter.run.runner import Linter, Options\n"
        f"with Linter(Options(engine='opa', opa_bin={opa_bin!r})) as linter:\n"
        "    linter.engine()\n"
        "    print(linter.engine().server.proc.pid, flush=True)\n"
        "    time.sleep(60)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    opa_pid = int(proc.stdout.readline())
    proc.send_signal(getattr(signal, sig))
    proc.wait(timeout=15)
    deadline = time.monotonic() + 5
    while _alive(opa_pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(opa_pid), f"OPA {opa_pid} outlived ropa-lint after {sig}"


def _alive(pid: int) -> bool:
    """Running, not a zombie waiting for init to reap it."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return False


def test_a_directory_on_opa_is_evaluated_by_chunks_and_fails_closed_naming_the_file(
    tmp_path, opa_bin
):
    """Many files on OPA go by chunks in one query (linter/run/batch.py): the same
    findings as one query per file, and a rule that fails on one register
    still names that file and the rule."""
    registers = tmp_path / "registers"
    text = (EXAMPLES / "certilience.yaml").read_text(encoding="utf-8")
    for i in range(40):  # more than one chunk
        write(registers / f"r{i:02}.yaml", text.replace("Certilience", f"Certilience {i}"))
    write(registers / "r40.yaml", (EXAMPLES / "compliant.yaml").read_text(encoding="utf-8"))
    results = {}
    for engine in ("embedded", "opa"):
        proc = run_cli("check", "-f", "json", "--engine", engine, "--jobs", "1", str(registers))
        assert proc.returncode == 1, proc.stderr
        results[engine] = json.loads(proc.stdout)["findings"]
    assert results["opa"] == results["embedded"] and len(results["opa"]) > 40

    # A rule that conflicts on one register only (the compliant one).
    pack = tmp_path / "pack"
    _rule(
        pack,
        "conflict",
        'value := 1 if input.organization.name == "Entreprise Exemple"\n\n'
        'value := 2 if input.organization.name == "Entreprise Exemple"\n\n'
        'report contains {"path": [], "message": {"en": "x"}} if value == 3',
    )
    import yaml

    compliant = yaml.safe_load((EXAMPLES / "compliant.yaml").read_text(encoding="utf-8"))
    rule_file = pack / "acme" / "conflict.rego"
    name = compliant["organization"]["name"].replace('"', '\\"')
    rule_file.write_text(rule_file.read_text().replace("Entreprise Exemple", name))
    proc = run_cli("check", "--engine", "opa", "--rules", str(pack), str(registers))
    assert proc.returncode == 2, proc.stdout[-500:]
    assert "r40.yaml" in proc.stderr and "ACME-001" in proc.stderr


# -- a large register on two cores ---------------------------------------------


def _large_register(tmp_path: Path, broken: bool = False, activities: int = 0) -> Path:
    """The benchmark's generated activities, enough of them to be dealt out
    over two cores (pack_engine.SPLIT_MIN_ACTIVITIES) unless `activities` says
    how many; `broken`: one activity's purposes ill-typed, so that the schema
    sets that activity aside."""
    import sys

    from linter.run.pack_engine import SPLIT_MIN_ACTIVITIES

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    try:
        from generate import register
    finally:
        sys.path.pop(0)
    text = register(activities or SPLIT_MIN_ACTIVITIES + 20)
    if broken:
        # act-00007 loses its purposes' list: what the rules would say of it
        # unpruned (no legal basis…) must not reach any output.
        head, _, tail = text.partition("  - id: act-00007\n")
        body, _, rest = tail.partition("  - id: act-00008\n")
        body = body.split("    purposes:\n")[0] + "    purposes: 5\n"
        text = head + "  - id: act-00007\n" + body + "  - id: act-00008\n" + rest
    return write(tmp_path / "large.yaml", text)


def _run(engine: str, path: Path, **kw):
    with Linter(Options(engine=engine, today=TODAY, **kw)) as linter:
        result = linter.run([str(path)])
        children = len(getattr(linter.engine(), "_sandboxes", []))
    return result, children


def test_a_large_register_dealt_over_two_cores_gets_the_findings_of_one(tmp_path, opa_bin):
    path = _large_register(tmp_path)
    two, children = _run("embedded", path, jobs=2)
    one, alone = _run("embedded", path, jobs=1)
    opa, _ = _run("opa", path, opa_bin=opa_bin)
    assert (children, alone) == (2, 1)  # two evaluating children, then one
    rules = {f.rule for f in two.findings}
    assert len(two.findings) > 100 and len(rules) >= 5
    assert [f.to_dict() for f in two.findings] == [f.to_dict() for f in one.findings]
    assert [f.to_dict() for f in two.findings] == [f.to_dict() for f in opa.findings]


def test_the_evaluation_started_before_the_schema_is_dropped_when_a_unit_is_set_aside(
    tmp_path, opa_bin
):
    # The embedded engine starts evaluating the register as read while the
    # schema runs; here the schema sets an activity aside, so that evaluation
    # is stopped and the pruned register evaluated: the findings are those of
    # the OPA engine, which only ever sees the pruned register.
    path = _large_register(tmp_path, broken=True)
    embedded, _ = _run("embedded", path, jobs=2)
    opa, _ = _run("opa", path, opa_bin=opa_bin)
    assert [s.path for s in embedded.not_evaluated] == ["activities[7]"]
    on_it = [f.rule for f in embedded.findings if f.path.startswith("activities[7]")]
    assert on_it == ["SCH-005"]
    assert [f.to_dict() for f in embedded.findings] == [f.to_dict() for f in opa.findings]


def test_profile_times_each_rule_on_a_large_register_on_both_engines(tmp_path, opa_bin):
    """`check --profile` shows what each rule takes once the engine holds the
    register (handing 2,000 activities over costs more than most rules), and
    OPA, asked one rule at a time, keeps nothing of each query: asked through
    /v1/data, its server grew by 25 MB a rule and died past its memory budget."""
    path = _large_register(tmp_path, activities=2000)
    counts = {}
    for engine in ("embedded", "opa"):
        proc = run_cli(
            "check", "--today", TODAY, "--profile", "--engine", engine, "--opa-bin", opa_bin,
            "--max-memory", "512", "-f", "json", str(path),
        )  # fmt: skip
        assert proc.returncode == 1, proc.stderr
        rows = [line.split() for line in proc.stderr.splitlines()[1:]]
        counts[engine] = {row[0]: int(row[3]) for row in rows}
        spent = {row[0]: float(row[2]) for row in rows}
        # Rules that walk every activity take time on 2,000 of them.
        assert all(spent[rule] > 0 for rule in ("LB-001", "RET-002", "TRF-001", "DPIA-003"))
    found = json.loads(proc.stdout)["findings"]
    assert counts["embedded"] == counts["opa"]
    assert sum(counts["opa"].values()) == len(found) > 0


def test_the_opa_server_budget_counts_memory_not_reserved_addresses(tmp_path, opa_bin):
    """Go reserves about 1.8 GB of addresses it never touches: capped on its
    address space, an OPA server under --max-memory 512 died idle, so the
    attack catalogue's runaway rules on OPA proved nothing. Capped on its
    data, it lints 2,000 activities in that budget (and the runaway rules
    still stop at it: tests/test_attacks.py)."""
    path = _large_register(tmp_path, activities=2000)
    args = ("check", "--today", TODAY, "-f", "json", "--max-memory", "512", str(path))
    opa = run_cli(*args, "--engine", "opa", "--opa-bin", opa_bin)
    assert opa.returncode == 1, opa.stderr
    embedded = run_cli(*args, "--engine", "embedded")
    assert json.loads(opa.stdout)["findings"] == json.loads(embedded.stdout)["findings"]


def _pack_with_a_late_part(tmp_path: Path, body: str) -> Path:
    """A pack whose rule ZZZ-001 is dealt into a part a child is sent only
    after answering its first one (engine.base.CHILDREN and PARTS): it then
    evaluates the register it already holds."""
    from linter.engine.base import CHILDREN, PARTS
    from linter.pack.rulepack import load_pack

    builtin = len(load_pack().rules)
    fillers = (CHILDREN - builtin % PARTS) % PARTS if builtin % PARTS < CHILDREN else 0
    pack = tmp_path / "pack"
    for n in range(fillers):  # sorted before ZZZ-001, finding nothing
        _rule(pack, f"filler{n}", "report contains 1 if false", f"ZZY-{n + 1:03}")
    _rule(pack, "late", body, "ZZZ-001")
    index = sorted([*load_pack([str(pack)]).rules]).index("ZZZ-001")
    assert index % PARTS >= CHILDREN
    return pack


@pytest.mark.parametrize(
    ("body", "says"),
    [
        (  # a conflict regorus reports only once it evaluates the rule
            "value := 1 if input.register\n\nvalue := 2 if input.organization\n\n"
            'report contains {"path": [], "message": {"en": "x"}} if value == 3',
            "ZZZ-001",
        ),
        (  # 400 million steps: the budget runs from the register's hand-over
            'report contains {"path": [], "message": {"en": "x"}} if {\n'
            "\tsome i in numbers.range(1, 20000)\n\tsome j in numbers.range(1, 20000)\n"
            "\ti * j == -1\n}",
            "exceeded the evaluation budget (3 s",
        ),
    ],
)
def test_a_part_sent_after_the_first_fails_closed_as_the_first_would(tmp_path, body, says):
    pack = _pack_with_a_late_part(tmp_path, body)
    path = _large_register(tmp_path)
    start = time.monotonic()
    proc = run_cli(
        "check", "--today", TODAY, "--engine", "embedded", "--eval-timeout", "3",
        "--rules", str(pack), str(path),
    )  # fmt: skip
    assert proc.returncode == 2, proc.stdout[-500:]
    assert says in proc.stderr and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert time.monotonic() - start < 30
