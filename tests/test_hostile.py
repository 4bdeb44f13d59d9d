"""Hostile input: whatever a register repository holds, the answer is findings
or exit status 2 — never a traceback, never a hang, never a silent pass."""

from __future__ import annotations

import copy
import json
import os

import pytest
from conftest import EXAMPLES, REGISTERS, TODAY, run_cli, write
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linter.load.loader import load_file, load_text
from linter.pack.rulepack import load_pack
from linter.run.runner import Linter, Options
from linter.schema.validate import passes, validators

# CI explores a fixed sequence (derandomize): a failure there is reproducible,
# never a flake. ROPA_FUZZ_EXAMPLES=5000 and ROPA_FUZZ_RANDOM=1 search wider.
SETTINGS = settings(
    max_examples=int(os.environ.get("ROPA_FUZZ_EXAMPLES", "150")),
    derandomize=not os.environ.get("ROPA_FUZZ_RANDOM"),
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

# -- property-based ---------------------------------------------------------

yaml_text = st.one_of(
    st.text(max_size=400),
    st.lists(
        st.sampled_from(
            [
                "register: 1",
                "activities:",
                "  - id: a",
                "    name: x",
                "- [",
                "]",
                "&a",
                "*a",
                "<<: *a",
                "key: NO",
                "  ",
                "\t",
                "---",
                "!!python/name:x",
                "{",
                "}",
                "'",
                '"',
                ": :",
                "? a",
                "- - -",
                "%YAML 1.1",
                "~",
                "2025-10-01",
            ]
        ),
        max_size=30,
    ).map("\n".join),
)


@SETTINGS
@given(yaml_text)
def test_loader_never_raises(text):
    doc = load_text(text, "fuzz.yaml")
    assert doc.data is not None or doc.findings
    for f in doc.findings:
        assert f.pos.line >= 1 and f.pos.column >= 1 and f.message["en"]


@pytest.fixture(scope="module")
def linter():
    with Linter(Options(engine="embedded", today=TODAY)) as linter:
        yield linter


# Mutants start from registers where many rules are live.
BASES = [
    load_file(str(path)).data
    for path in (
        EXAMPLES / "compliant.yaml",
        EXAMPLES / "certilience.yaml",
        REGISTERS / "violations.yaml",
    )
]
VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 5),
    st.text(max_size=12),
    st.sampled_from(
        [
            "NO",
            "P3Y",
            "3 ans",
            "consent",
            "processor",
            "health",
            "2025-02-30",
            "US",
            "none",
            "derogation",
        ]
    ),
    st.lists(st.text(max_size=5), max_size=3),
    st.builds(dict),
)


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _paths(v, (*prefix, i))


PATHS = [[p for p in _paths(base) if p] for base in BASES]


# string ↔ list ↔ number ↔ mapping ↔ null: the slips a hand-edited register makes.
_KINDS = {
    "text": st.sampled_from(["customers", "P3Y", "FR", "oui", ""]),
    "list": st.lists(st.sampled_from(["customers", "P3Y", 1]), max_size=2),
    "number": st.sampled_from([0, 3, -1, 2.5]),
    "mapping": st.dictionaries(
        st.sampled_from(["name", "x", "active"]), st.just("P1Y"), max_size=2
    ),
    "null": st.none(),
}


def _kind(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "list"
    if isinstance(value, dict):
        return "mapping"
    return "number"


def _other_type(value):
    return st.one_of([s for k, s in _KINDS.items() if k != _kind(value)])


@st.composite
def mutated(draw):
    which = draw(st.integers(0, len(BASES) - 1))
    data = copy.deepcopy(BASES[which])
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(PATHS[which]))
        parent = data
        try:
            for key in path[:-1]:
                parent = parent[key]
            action = draw(st.sampled_from(["delete", "replace", "retype"]))
            if action == "delete" and isinstance(parent, dict):
                parent.pop(path[-1], None)
            elif action == "retype":
                parent[path[-1]] = draw(_other_type(parent[path[-1]]))
            else:
                parent[path[-1]] = draw(VALUES)
        except (KeyError, IndexError, TypeError):
            continue
    return data


def _doc(data):
    doc = load_text("{}", "mutant.yaml")
    doc.data = data
    return doc


def _by_activity(findings) -> dict[int, list]:
    """Findings inside each activity, by index, with the index taken out."""
    out: dict[int, list] = {}
    for f in findings:
        if f.path.startswith("activities[") and f.rule != "HYG-001":  # duplicates: relational
            index, rest = f.path[len("activities[") :].split("]", 1)
            message = f.message.replace(f"activities[{index}]", "activities[i]")
            out.setdefault(int(index), []).append(
                (f.rule, f.severity, rest, message, f.waived, f.activity)
            )
    return {k: sorted(v) for k, v in out.items()}


@SETTINGS
@given(mutated())
def test_a_slip_sets_aside_only_its_unit(linter, data):
    """No traceback; every finding located; each activity the rules judged gets
    exactly the findings it gets alone in an otherwise identical register; each
    unit set aside has a schema finding inside it that says why."""
    findings, set_aside = linter.check_document(_doc(copy.deepcopy(data)))
    for f in findings:
        assert f.line >= 1 and f.column >= 1 and f.message and f.rule in linter.pack.rules
    for unit in set_aside:
        said = [f for f in findings if f.category == "schema"]
        assert any(f.path == unit.path or f.path.startswith(unit.path) for f in said) or (
            unit.unit == "file" and said
        ), unit
    units = {u.unit for u in set_aside}
    if "file" in units or "activities" in units or not isinstance(data, dict):
        return
    aside = {u.path for u in set_aside if u.unit == "activity"}
    together = _by_activity(findings)
    for index, activity in enumerate(data.get("activities") or []):
        if f"activities[{index}]" in aside:
            assert {r[0] for r in together.get(index, [])} <= {"SCH-003", "SCH-005", "SCH-001"}
            continue
        alone, _ = linter.check_document(_doc({**copy.deepcopy(data), "activities": [activity]}))
        assert _by_activity(alone).get(0, []) == together.get(index, []), index


@pytest.fixture(scope="module")
def opa_linter(opa_bin):
    with Linter(Options(engine="opa", opa_bin=opa_bin, today=TODAY)) as linter:
        yield linter


@SETTINGS
@given(mutated())
def test_engines_agree_on_mutated_registers(linter, opa_linter, data):
    embedded, aside = linter.check_document(_doc(copy.deepcopy(data)))
    opa, opa_aside = opa_linter.check_document(_doc(copy.deepcopy(data)))
    assert sorted(f.to_dict().items() for f in embedded) == sorted(f.to_dict().items() for f in opa)
    assert aside == opa_aside


COVERED = validators(load_pack().covers)


@SETTINGS
@given(mutated())
def test_schema_precheck_agrees_with_jsonschema(data):
    for v in (validators(), COVERED):
        assert passes(v.top_level_precheck(), data) == v.top_level().is_valid(data)
        activities = data.get("activities")
        for activity in activities if isinstance(activities, list) else []:
            fast = passes(v.activity_precheck(), activity)
            assert fast == v.activity().is_valid(activity), activity


# -- hostile files ------------------------------------------------------------


def _check(*args):
    return run_cli("check", "--today", TODAY, *args)


def test_billion_laughs_ends_quickly_with_a_finding():
    proc = _check(str(REGISTERS / "hazards" / "alias-bomb.yaml"))
    assert proc.returncode == 1 and "SCH-004" in proc.stdout


def test_ten_thousand_deep_nesting(tmp_path):
    # Flow style nests 10,000 deep in a few kilobytes; block style needs an
    # indentation per level, so 1,000 levels (half a megabyte) stand for it.
    block = "".join(f"{' ' * i}k{i}:\n" for i in range(1_000)) + (" " * 1_000) + "v\n"
    flow = "a: " + "[" * 10_000 + "]" * 10_000 + "\n"
    for name, text in (("block.yaml", block), ("flow.yaml", flow)):
        proc = _check(str(write(tmp_path / name, text)))
        assert proc.returncode == 1, proc.stderr
        assert "SCH-001" in proc.stdout and "Traceback" not in proc.stderr


def test_a_100_mb_file_is_refused_and_the_limit_can_be_raised(tmp_path):
    big = tmp_path / "big.yaml"
    with open(big, "wb") as fh:
        fh.truncate(100 * 1024 * 1024)
    proc = _check(str(big))
    assert proc.returncode == 2 and "--max-file-size" in proc.stderr
    small = write(tmp_path / "r.yaml", (REGISTERS / "minimal.yaml").read_text())
    assert _check("--max-file-size", "100", str(small)).returncode == 2
    assert _check("--max-file-size", "100000", str(small)).returncode == 0


@pytest.mark.parametrize(
    ("name", "content", "rule"),
    [
        ("tabs.yaml", "register: 1\norganization:\n\tname: x\n", "SCH-001"),
        ("control.yaml", "register: 1\nname: a\x07b\n", "SCH-001"),
        ("nul.yaml", "register: 1\nname: a\x00b\n", "SCH-001"),
        ("two-docs.yaml", "register: 1\n---\nregister: 1\n", "SCH-001"),
        ("scalar.yaml", "just a sentence\n", "SCH-005"),
        ("list.yaml", "- a\n- b\n", "SCH-005"),
        ("empty.yaml", "", "SCH-001"),
    ],
)
def test_odd_files_get_a_located_finding(tmp_path, name, content, rule):
    proc = _check("-f", "json", str(write(tmp_path / name, content)))
    assert proc.returncode == 1, proc.stderr
    findings = json.loads(proc.stdout)["findings"]
    assert rule in {f["rule"] for f in findings}
    assert all(f["line"] >= 1 and f["column"] >= 1 for f in findings)


def test_crlf_bom_and_tabs_inside_text_are_fine(tmp_path):
    text = (
        (REGISTERS / "minimal.yaml")
        .read_text()
        .replace("name: Gestion de la paie", 'name: "Gestion\tde la paie"')
    )
    path = tmp_path / "r.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    proc = _check(str(path))
    assert proc.returncode == 0, proc.stdout
