"""One owner per check: a field whose absence a rule reports is reported by
that rule alone, missing or empty, and the schema stays silent on it."""

from __future__ import annotations

import copy

import pytest
from conftest import REGISTERS, TODAY, run_cli, write

from linter.load.loader import load_file, load_text
from linter.pack.rulepack import load_pack
from linter.run.runner import Linter, Options
from linter.schema.covers import published

BASE = load_file(str(REGISTERS / "minimal.yaml")).data


def _act(change):
    def apply(data):
        change(data["activities"][0])

    return apply


def _purpose(change):
    return _act(lambda a: change(a["purposes"][0]))


def _org(change):
    def apply(data):
        change(data["organization"])

    return apply


def _category(change):
    return _act(lambda a: change(a["data_categories"][0]))


def _processor(a, controllers):
    a.update(role="processor")
    if controllers is not None:
        a["controllers"] = controllers


def _basis(basis):
    def apply(p):
        p.pop("legal_obligation")
        p["legal_basis"] = basis

    return apply


# (cover, how the register is changed, the rule that must report it)
CASES = [
    ("activity.purposes", _act(lambda a: a.pop("purposes")), "COMP-002"),
    ("activity.purposes", _act(lambda a: a.update(purposes=[])), "COMP-002"),
    ("activity.data_subjects", _act(lambda a: a.pop("data_subjects")), "COMP-003"),
    ("activity.data_subjects", _act(lambda a: a.update(data_subjects=[])), "COMP-003"),
    ("activity.data_categories", _act(lambda a: a.pop("data_categories")), "COMP-004"),
    ("activity.data_categories", _act(lambda a: a.update(data_categories=[])), "COMP-004"),
    ("activity.recipients", _act(lambda a: a.pop("recipients")), "COMP-005"),
    ("activity.transfers", _act(lambda a: a.pop("transfers")), "COMP-006"),
    ("data_category.retention", _category(lambda c: c.pop("retention")), "COMP-007"),
    ("activity.security_measures", _act(lambda a: a.pop("security_measures")), "COMP-008"),
    ("activity.security_measures", _act(lambda a: a.update(security_measures=[])), "COMP-008"),
    ("activity.controllers", _act(lambda a: _processor(a, None)), "COMP-009"),
    ("activity.controllers", _act(lambda a: _processor(a, [])), "COMP-009"),
    ("activity.joint_controllers", _act(lambda a: a.update(role="joint_controller")), "COMP-013"),
    (
        "activity.joint_controllers",
        _act(lambda a: a.update(role="joint_controller", joint_controllers=[])),
        "COMP-013",
    ),
    (
        "activity.joint_controllers.arrangement",
        _act(
            lambda a: a.update(role="joint_controller", joint_controllers=[{"name": "Partenaire"}])
        ),
        "COMP-013",
    ),
    ("activity.purposes.legal_basis", _purpose(lambda p: p.pop("legal_basis")), "LB-001"),
    (
        "transfer.safeguard",
        _act(lambda a: a.update(transfers=[{"recipient": "Hébergeur", "country": "US"}])),
        "TRF-001",
    ),
    ("purpose.legitimate_interest", _purpose(_basis("legitimate_interests")), "LB-002"),
    ("purpose.consent", _purpose(_basis("consent")), "LB-003"),
    ("purpose.legal_obligation", _purpose(lambda p: p.pop("legal_obligation")), "LB-004"),
    ("purpose.legal_obligation", _purpose(lambda p: p.update(legal_obligation="")), "LB-004"),
    ("retention.active", _category(lambda c: c.update(retention={})), "RET-001"),
    (
        "retention.active",
        _category(lambda c: c.update(retention={"description": "le temps nécessaire"})),
        "RET-001",
    ),
    (
        "activity.special_category_condition",
        _category(lambda c: c.update(special_category="health")),
        "SPC-001",
    ),
    (
        "activity.special_category_condition",
        lambda d: (
            d["activities"][0]["data_categories"][0].update(special_category="health"),
            d["activities"][0].update(special_category_condition=[]),
        ),
        "SPC-001",
    ),
    ("activity.criminal_data_basis", _category(lambda c: c.update(criminal=True)), "SPC-003"),
    (
        "activity.criminal_data_basis",
        lambda d: (
            d["activities"][0]["data_categories"][0].update(criminal=True),
            d["activities"][0].update(criminal_data_basis=""),
        ),
        "SPC-003",
    ),
    ("organization.contact", _org(lambda o: o.pop("contact")), "COMP-001"),
    ("organization.contact.email", _org(lambda o: o.update(contact={})), "COMP-001"),
    ("organization.contact.email", _org(lambda o: o.update(contact={"email": ""})), "COMP-001"),
    ("organization.dpo.email", _org(lambda o: o.update(dpo={"name": "DPO"})), "COMP-010"),
    (
        "organization.dpo.contact.email",
        _org(lambda o: o.update(dpo={"name": "DPO", "contact": {}})),
        "COMP-010",
    ),
]


@pytest.fixture(scope="module")
def linter():
    with Linter(Options(engine="embedded", today=TODAY)) as linter:
        yield linter


@pytest.mark.parametrize(("cover", "change", "rule"), CASES, ids=[f"{c[2]}-{c[0]}" for c in CASES])
def test_a_covered_field_is_reported_once_by_its_rule(linter, cover, change, rule):
    assert cover in linter.pack.rules[rule].covers
    data = copy.deepcopy(BASE)
    change(data)
    doc = load_text("{}", "r.yaml")
    doc.data = data
    findings, set_aside = linter.check_document(doc)
    rules = [f.rule for f in findings]
    assert rule in rules, rules
    assert not {"SCH-003", "SCH-005"} & set(rules), [f.message for f in findings]
    assert set_aside == []


def test_every_cover_of_the_pack_has_a_case():
    pack = load_pack()
    named = {(c, r) for c, _, r in CASES}
    declared = {(c, r.id) for r in pack.rules.values() for c in r.covers}
    # Longer paths under one field share the cases of the first (contact.phone…).
    missing = {
        (c, r)
        for c, r in declared - named
        if not any(r == r2 and c.rsplit(".", 1)[0] == c2.rsplit(".", 1)[0] for c2, r2 in named)
    }
    assert not missing


def test_the_published_schema_names_the_rule_that_owns_a_field():
    schema = published()
    for rule in load_pack().rules.values():
        for cover in rule.covers:
            head, first, *_ = cover.split(".")
            node = (schema if head == "register" else schema["$defs"][head])["properties"][first]
            assert rule.id in node.get("description", ""), (rule.id, cover)


def test_the_published_schema_keeps_its_requirements_for_editors():
    data = copy.deepcopy(BASE)
    data["activities"][0].pop("security_measures")
    doc = load_text("{}", "r.yaml")
    doc.data = data
    from linter.schema.validate import validate

    (finding,) = validate(doc).findings  # no covers: the schema as editors read it
    assert finding.rule == "SCH-003" and finding.path[-1] == "security_measures"


def test_a_cover_that_names_no_field_is_refused(tmp_path):
    write(
        tmp_path / "pack" / "hygiene" / "mine.rego",
        "# METADATA\n# title: Mine\n# description: A custom rule.\n"
        "# custom:\n#   id: ACME-001\n#   severity: error\n#   reference: none\n"
        "#   remediation: x\n#   title_fr: x\n#   remediation_fr: x\n"
        "#   covers: [activity.no_such_field]\n"
        "package ropa.rules.hygiene.mine\n\nreport := set()\n",
    )
    proc = run_cli("check", "--rules", str(tmp_path / "pack"), str(REGISTERS / "minimal.yaml"))
    assert proc.returncode == 2
    assert "covers `activity.no_such_field` names no field" in proc.stderr


def test_a_disabled_rule_is_not_evaluated(tmp_path):
    """A rule that fails at evaluation ends the run with status 2 — unless the
    configuration disables it: then it is left out of the entry point."""
    write(
        tmp_path / "pack" / "hygiene" / "conflict.rego",
        "# METADATA\n# title: Conflict\n# description: Two values for one key.\n"
        "# custom:\n#   id: ACME-002\n#   severity: error\n#   reference: none\n"
        "#   remediation: x\n#   title_fr: x\n#   remediation_fr: x\n"
        "package ropa.rules.hygiene.conflict\n\n"
        "value := 1 if input.register\n\nvalue := 2 if input.register\n\n"
        'report contains {"path": [], "message": {"en": "x"}} if value == 1\n',
    )
    register = str(REGISTERS / "minimal.yaml")
    on = run_cli("check", "--rules", str(tmp_path / "pack"), register)
    assert on.returncode == 2 and "ACME-002" in on.stderr
    config = write(tmp_path / "cfg.yaml", "rules:\n  ACME-002: disable\n")
    off = run_cli("check", "--rules", str(tmp_path / "pack"), "--config", str(config), register)
    assert off.returncode == 0, off.stderr
