"""Sheets as DPOs keep them (issue 33): a sheet no layout fits is refused in
one line naming the closest layout and what it lacks; prose in a cell never
sets an activity aside; what is not an activity (a header repeated, a
merge-conflict marker) is not read as one; a layout file is read as the
register is. Run as a user runs ropa-lint: a separate process."""

from __future__ import annotations

import csv

from conftest import check_json, run_cli, write

TRANSFERRED = (
    "Names of third countries or international organisations that personal data are transferred to"
)
SAFEGUARDS = (
    "Safeguards for exceptional transfers of personal data to third countries or "
    "international organisations"
)
ICO = [
    "Business function", "Purpose of processing", "Categories of individuals",
    "Categories of personal data", "Categories of recipients", "Retention schedule",
    "General description of technical and organisational security measures",
    "Article 6 lawful basis for processing personal data",
    TRANSFERRED, SAFEGUARDS, "Rights available to individuals",
]  # fmt: skip


def _csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as out:
        csv.writer(out).writerows(rows)
    return path


def test_a_sheet_no_layout_fits_is_one_line_naming_the_closest(tmp_path):
    path = _csv(tmp_path / "budget.csv", [["Item", "Cost"], ["Flour", "12"]])
    done = run_cli("check", str(path))
    assert done.returncode == 2
    line = done.stderr.strip()
    assert "\n" not in line and "Traceback" not in line
    assert "no built-in layout recognised" in line and "the closest" in line
    assert "missing:" in line and "--layout" in line


def test_a_named_layout_refuses_a_sheet_without_its_header(tmp_path):
    """Before: every row, header and all, became an activity."""
    path = _csv(tmp_path / "notes.csv", [["Notes"], ["Réunion du 3 mars"], ["Budget"]])
    done = run_cli("check", "--layout", "ico-controller", str(path))
    assert done.returncode == 2
    assert "the ico-controller layout matches 0 of the 4 header labels" in done.stderr
    assert "Purpose of processing" in done.stderr


def _activity(purpose, **over):
    row = {
        "Business function": "HR", "Purpose of processing": purpose,
        "Categories of individuals": "Staff", "Categories of personal data": "identity",
        "Categories of recipients": "Payroll bureau", "Retention schedule": "6 years",
        "General description of technical and organisational security measures": "backup",
        "Article 6 lawful basis for processing personal data": "Article 6(1)(b) contract",
    }  # fmt: skip
    row.update(over)
    return [row.get(h, "") for h in ICO]


def test_merge_conflict_markers_are_refused(tmp_path):
    rows = [ICO, _activity("Payroll"), ["<<<<<<< HEAD"], _activity("Training"),
            ["======="], _activity("Training courses"), [">>>>>>> branch"]]  # fmt: skip
    done = run_cli("check", "--layout", "ico-controller", str(_csv(tmp_path / "r.csv", rows)))
    assert done.returncode == 2
    assert "row 3 of sheet" in done.stderr and "merge-conflict marker (<<<<<<<)" in done.stderr


def test_a_header_repeated_below_is_not_an_activity(tmp_path):
    rows = [ICO, _activity("Payroll"), ICO, _activity("Training")]
    _, report = check_json("--layout", "ico-controller", str(_csv(tmp_path / "r.csv", rows)))
    activities = {f.get("activity") for f in report["findings"]} - {None}
    assert activities == {"payroll", "training"}


def test_prose_in_a_cell_never_sets_its_activity_aside(tmp_path):
    """« Password/encryption », « Stagiaires et apprentis », a kind of
    recipient nobody listed: kept as written, said at their cells where the
    format lost something, and the faults a DPO raises first still found —
    here a US transfer without a safeguard."""
    rows = [ICO, _activity(
        "Payroll",
        **{
            "General description of technical and organisational security measures":
                "Password/encryption",
            "Categories of individuals": "Stagiaires et apprentis",
            "Article 6 lawful basis for processing personal data": "Because we need to",
            TRANSFERRED: "United States",
            "Rights available to individuals": "Access; Being forgotten",
        },
    )]  # fmt: skip
    _, report = check_json("--lang", "fr", "--layout", "ico-controller",
                           str(_csv(tmp_path / "r.csv", rows)))  # fmt: skip
    assert report["summary"]["not_evaluated"] == []
    rules = [f["rule"] for f in report["findings"]]
    assert "TRF-001" in rules  # the rules ran on the rest of the activity
    # The measure and the people are read as « other », their words kept:
    # nothing to report. A right the format has no word for is said at its
    # cell, in French words, not codes, with what the format expected.
    kept = [f for f in report["findings"] if f["rule"] == "SCH-005"]
    assert [f["cell"] for f in kept] == ["r!K2"]
    assert "« Being forgotten »" in kept[0]["message"] and "(accès, " in kept[0]["message"]
    assert "`" not in kept[0]["message"] and "rights" not in kept[0]["message"]
    # The basis has no « other »: LB-001, which owns a missing basis, says it
    # once, at the cell that holds the prose.
    basis = [f for f in report["findings"] if f["rule"] == "LB-001"]
    assert [f["cell"] for f in basis] == ["r!H2"]


def test_a_layout_file_reads_yaml_as_the_register_does(tmp_path):
    """`country: NO` is Norway in a layout as in a register (YAML 1.2)."""
    layout = write(
        tmp_path / "export.layout.yaml",
        """\
layout: export
kind: rows
min_header: 2
defaults:
  organization.name: Fjord AS
  organization.country: NO
  organization.contact.email: dpo@fjord.no
columns:
  - {labels: [Purpose], field: "purposes[].description"}
  - {labels: [People], field: "data_subjects[]", parse: vocab, vocabulary: data_subject}
""",
    )
    path = _csv(tmp_path / "export.csv", [["Purpose", "People"], ["Payroll", "employees"]])
    done = run_cli("convert", "--layout", str(layout), str(path), str(tmp_path / "out.yaml"))
    assert done.returncode == 0, done.stderr
    assert "country: 'NO'" in (tmp_path / "out.yaml").read_text(encoding="utf-8")
