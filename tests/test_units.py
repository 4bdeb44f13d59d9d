"""Unit tests of the run's pure steps (issue 35): prune (what the engines may
judge), the baseline's marking, and the outcome's verdict — in-process, on
small values, so that a change to one of them is caught here first and not
only through whole-register acceptance tests."""

from __future__ import annotations

from dataclasses import replace

from linter.core.document import Document
from linter.core.findings import Finding, fingerprint, summarize
from linter.run.baseline import Baseline, apply
from linter.run.outcome import set_aside_by_known_slips
from linter.schema.prune import SetAside, prune
from linter.schema.validate import Slip


def _doc(activities, **more) -> Document:
    return Document("r.yaml", data={"register": 1, "organization": {"name": "A"},
                                    "activities": activities, **more})  # fmt: skip


def _finding(rule="LB-001", path="activities[0]", activity="a", severity="error", **kw):
    return Finding(rule=rule, category="legal_basis", severity=severity, file="r.yaml",
                   line=1, column=1, path=path, activity=activity, message="m", reference="",
                   **kw)  # fmt: skip


# -- prune -----------------------------------------------------------------


def test_an_ill_typed_value_sets_its_activity_aside_and_keeps_the_others():
    doc = _doc([{"id": "a"}, {"id": "b", "data_subjects": "customers"}, {"id": "c"}])
    pruned = prune(doc, [Slip(("activities", 1, "data_subjects"), unknown=False)])
    assert [a["id"] for a in pruned.input["activities"]] == ["a", "c"]
    assert pruned.set_aside == [SetAside("r.yaml", "activity", "activities[1]", "b")]
    # A finding on the second activity the engines saw is placed on the third written.
    assert pruned.original(("activities", 1, "name")) == ("activities", 2, "name")
    assert pruned.organization


def test_an_unknown_field_is_dropped_and_sets_nothing_aside():
    doc = _doc([{"id": "a", "x_typo": 1}])
    pruned = prune(doc, [Slip(("activities", 0, "x_typo"), unknown=True)])
    assert pruned.input["activities"] == [{"id": "a"}] and pruned.set_aside == []


def test_an_ill_typed_organisation_leaves_only_the_activity_rules():
    doc = _doc([{"id": "a"}], organization={"name": "A", "country": 33})
    pruned = prune(doc, [Slip(("organization", "country"), unknown=False)])
    assert pruned.organization is False
    assert "country" not in pruned.input["organization"]
    assert [s.unit for s in pruned.set_aside] == ["organization"]


def test_a_document_that_is_not_a_mapping_is_one_unit_set_aside():
    pruned = prune(Document("r.yaml", data=["not", "a", "register"]), [])
    assert pruned.input is None and [s.unit for s in pruned.set_aside] == ["file"]


# -- baseline --------------------------------------------------------------


def _baseline(*findings) -> Baseline:
    entries = tuple({"fingerprint": fingerprint(f), "rule": f.rule, "file": f.file,
                     "path": f.path, "activity": f.activity, "message": f.message}
                    for f in findings)  # fmt: skip
    return Baseline("base.json", entries)


def test_a_known_finding_is_marked_and_a_gone_one_is_fixed():
    known, gone, new = _finding(), _finding(rule="LB-004"), _finding(rule="COMP-008")
    marked, fixed = apply([known, new], _baseline(known, gone))
    assert [(f.rule, f.baselined) for f in marked] == [("LB-001", True), ("COMP-008", False)]
    assert [e["rule"] for e in fixed] == ["LB-004"]


def test_a_waived_finding_is_not_absorbed_by_the_baseline():
    waived = _finding(waived=True)
    marked, _ = apply([waived], _baseline(_finding()))
    assert marked[0].baselined is False


def test_an_entry_of_an_unjudged_activity_is_not_said_fixed():
    gone = _finding(activity="b")
    _, fixed = apply([], _baseline(gone), unjudged={("r.yaml", "b")})
    assert fixed == []
    _, fixed = apply([], _baseline(gone), linted=["other.yaml"])
    assert fixed == []


def test_the_fingerprint_ignores_the_line_and_the_message():
    a = _finding()
    moved = replace(a, line=40, message="autre")
    assert fingerprint(a) == fingerprint(moved)
    assert fingerprint(a) != fingerprint(_finding(path="activities[1]"))


# -- outcome ---------------------------------------------------------------


def test_a_set_aside_unit_fails_the_run_unless_its_slips_are_known():
    unit = SetAside("r.yaml", "activity", "activities[0]", "a")
    slip = _finding(rule="SCH-005", path="activities[0].purposes[0].legal_basis")
    assert not set_aside_by_known_slips(unit, [slip])
    known = replace(slip, baselined=True)
    assert set_aside_by_known_slips(unit, [known])
    # A slip of another activity says nothing of this one.
    other = replace(known, path="activities[1].purposes")
    assert not set_aside_by_known_slips(unit, [other])
    summary = summarize([known], ["r.yaml"], "error", not_evaluated=[unit], blocking=[])
    assert summary.failed is False and summary.not_evaluated
    summary = summarize([slip], ["r.yaml"], "error", not_evaluated=[unit])
    assert summary.failed is True
