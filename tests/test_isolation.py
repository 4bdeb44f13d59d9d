"""One slip must not hide the register: a schema slip sets aside the smallest
unit it touches, the rules judge the rest, and every output says what was set
aside (issue: shape versus content)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from conftest import REGISTERS, TODAY, check_json, run_cli, write

SLIPS = REGISTERS / "slips.yaml"

# What the slips register must report, whatever the engine: one schema
# finding per slip, a rule finding per content gap, and every violation of
# the activities beside them.
EXPECTED = {
    ("SCH-005", "crm", "activities[0].last_review_x"),  # unknown key, dropped
    ("HYG-003", "crm", "activities[0].last_review"),  # ... and the activity still judged
    ("SCH-005", "newsletter", "activities[1].data_subjects"),  # wrong type
    ("COMP-008", "accueil", "activities[2].security_measures"),  # empty list
    ("LB-003", "jeu-concours", "activities[3].purposes[0].consent"),  # no consent
    ("SCH-005", "ventes", "activities[4].purposes[0].legal_basis"),  # bad enum value
    ("SCH-005", "paie", "activities[5].last_review"),  # bad date
    ("RET-002", "badges", "activities[6].data_categories[0].retention.active"),
    ("TRF-001", "support", "activities[7].transfers[0].safeguard"),
    ("SPC-001", "mutuelle", "activities[8].special_category_condition"),
}
SET_ASIDE = [
    {"activity": "newsletter", "path": "activities[1]"},
    {"activity": "ventes", "path": "activities[4]"},
    {"activity": "paie", "path": "activities[5]"},
]


def _engine_args(engine: str, opa_bin: str | None) -> list[str]:
    return ["--engine", engine, *(["--opa-bin", opa_bin] if engine == "opa" else [])]


@pytest.fixture(params=["embedded", "opa"])
def engine_args(request):
    if request.param == "opa":
        return _engine_args("opa", request.getfixturevalue("opa_bin"))
    return _engine_args("embedded", None)


def test_every_violation_beside_the_slips_is_reported(engine_args):
    code, doc = check_json(*engine_args, str(SLIPS))
    assert code == 1
    got = {(f["rule"], f["activity"], f["path"]) for f in doc["findings"]}
    assert got >= EXPECTED, EXPECTED - got
    # Set-aside activities get their schema findings and nothing else.
    for aside in SET_ASIDE:
        rules = {f["rule"] for f in doc["findings"] if f["activity"] == aside["activity"]}
        assert rules == {"SCH-005"}, aside
    not_evaluated = doc["summary"]["not_evaluated"]
    assert [{k: n[k] for k in ("activity", "path")} for n in not_evaluated] == SET_ASIDE
    assert {n["unit"] for n in not_evaluated} == {"activity"}
    assert all(n["file"] == str(SLIPS) for n in not_evaluated)


def test_both_engines_agree_on_the_slips(opa_bin):
    _, embedded = check_json("--engine", "embedded", str(SLIPS))
    _, opa = check_json("--engine", "opa", "--opa-bin", opa_bin, str(SLIPS))
    assert embedded["findings"] == opa["findings"]
    assert embedded["summary"]["not_evaluated"] == opa["summary"]["not_evaluated"]


def _register(tmp_path, text: str, name="r.yaml"):
    return write(tmp_path / name, text)


BASE = (REGISTERS / "minimal.yaml").read_text(encoding="utf-8")
# A violation in the activity, judged under the French tables: payslips kept 9 years.
VIOLATING = BASE.replace("active: P5Y", "active: P9Y").replace(
    "          basis: Code du travail, art. L3243-4\n", ""
)


def test_ill_typed_organization_sets_aside_register_level_rules_only(tmp_path, engine_args):
    text = VIOLATING.replace(
        "  contact:\n    email: dpo@societe-exemple.fr\n",
        "  contact:\n    email: [dpo@societe-exemple.fr]\n"
        "  dpo: {name: Jean Sans Adresse, email: ' '}\n",
    )
    code, doc = check_json(*engine_args, str(_register(tmp_path, text)))
    rules = {f["rule"] for f in doc["findings"]}
    assert code == 1
    assert "SCH-005" in rules
    assert "RET-002" in rules  # the activity is judged, under FR (the country is well formed)
    assert "COMP-010" not in rules and "COMP-001" not in rules  # register-level: set aside
    (aside,) = doc["summary"]["not_evaluated"]
    assert aside["unit"] == "organization" and aside["path"] == "organization"
    # The same organisation well typed: the register-level rule judges it.
    fixed = text.replace("email: [dpo@societe-exemple.fr]", "email: dpo@societe-exemple.fr")
    _, doc = check_json(*engine_args, str(_register(tmp_path, fixed, "fixed.yaml")))
    assert "COMP-010" in {f["rule"] for f in doc["findings"]}
    assert doc["summary"]["not_evaluated"] == []


def test_ill_typed_waiver_is_set_aside_and_silences_nothing(tmp_path, engine_args):
    text = VIOLATING + (
        "waivers:\n"
        "  - {rule: RET-002, reason: Durée validée, expires: 31/01/2027}\n"
        "  - {rule: HYG-003, reason: Revue prévue, expires: 2027-01-31}\n"
    )
    code, doc = check_json(*engine_args, str(_register(tmp_path, text)))
    assert code == 1
    (ret,) = [f for f in doc["findings"] if f["rule"] == "RET-002"]
    assert ret["waived"] is False
    (aside,) = doc["summary"]["not_evaluated"]
    assert (aside["unit"], aside["path"]) == ("waiver", "waivers[0]")
    # the second waiver is judged, at its own index: HYG is not waivable, no
    # finding names waivers[0] but the schema's
    paths = {f["path"] for f in doc["findings"] if f["path"].startswith("waivers")}
    assert paths == {"waivers[0].expires"}


def test_unknown_top_level_key_is_dropped_and_the_rest_judged(tmp_path, engine_args):
    code, doc = check_json(*engine_args, str(_register(tmp_path, VIOLATING + "notes: x\n")))
    assert code == 1
    rules = {f["rule"] for f in doc["findings"]}
    assert {"SCH-005", "RET-002"} <= rules and doc["summary"]["not_evaluated"] == []


def test_unknown_register_version_sets_aside_the_file(tmp_path):
    code, doc = check_json(
        str(_register(tmp_path, VIOLATING.replace("register: 1", "register: 2")))
    )
    assert code == 1
    assert {f["rule"] for f in doc["findings"]} == {"SCH-005"}
    assert [n["unit"] for n in doc["summary"]["not_evaluated"]] == ["file"]


def test_unreadable_fragment_is_named(tmp_path):
    main = BASE.replace("activities:\n", "include: [parts/*.yaml]\nactivities:\n")
    _register(tmp_path, main)
    write(tmp_path / "parts" / "a.yaml", "activities:\n  - id: [\n")
    write(tmp_path / "parts" / "b.yaml", "activities:\n" + VIOLATING.split("activities:\n")[1])
    code, doc = check_json(str(tmp_path / "r.yaml"))
    assert code == 1
    (aside,) = doc["summary"]["not_evaluated"]
    assert aside["unit"] == "fragment" and aside["fragment"].endswith("parts/a.yaml")
    assert "RET-002" in {f["rule"] for f in doc["findings"]}  # b.yaml is judged


def test_a_slip_fails_the_run_even_when_its_finding_is_disabled(tmp_path):
    path = _register(tmp_path, BASE.replace("data_subjects: [employees]", "data_subjects: x"))
    config = write(tmp_path / "cfg.yaml", "fail_on: error\nrules:\n  SCH-005: disable\n")
    proc = run_cli("check", "--today", TODAY, "--config", str(config), str(path))
    assert proc.returncode == 1
    assert 'activity "paie" not evaluated' in proc.stdout and "error SCH-005" not in proc.stdout
    assert "disabled: SCH-005" in proc.stdout  # and the run says it was disabled


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_output_names_what_was_not_evaluated(lang):
    def run(fmt):
        proc = run_cli("check", "-f", fmt, "--lang", lang, "--today", TODAY, str(SLIPS))
        assert proc.returncode == 1, proc.stderr
        return proc.stdout

    word = {"en": 'activity "ventes" not evaluated', "fr": "activité « ventes » non évaluée"}[lang]
    assert word in run("text")
    assert word in run("markdown")
    assert any(line.startswith("::error ") and word in line for line in run("github").splitlines())
    sarif = json.loads(run("sarif"))
    invocation = sarif["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    notes = invocation["toolExecutionNotifications"]
    assert len(notes) == 3 and any(word in n["message"]["text"] for n in notes)
    junit = ET.fromstring(run("junit"))
    errors = junit.findall(".//testcase/error")
    assert len(errors) == 3 and junit.get("errors") == "3"
    assert any(word in e.get("message") for e in errors)


def test_html_report_never_shows_a_set_aside_activity_as_compliant(tmp_path):
    out = tmp_path / "r.html"
    proc = run_cli("report", "--today", TODAY, "-o", str(out), str(SLIPS))
    assert proc.returncode == 0, proc.stderr
    html = out.read_text(encoding="utf-8")
    sections = html.split('<section class="activity')
    ventes = next(s for s in sections if "(ventes)" in s)
    assert ventes.startswith(' not-evaluated"') and "Not evaluated" in ventes
    assert "No findings" not in ventes
