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


def test_convert_writes_nothing_live_from_a_cell(tmp_path):
    """Issue 33: a heading or a cell holding line breaks and YAML (« waivers: »)
    ends up in a string or a comment, never as live YAML — the register
    parsed back is the workbook's data, no more."""
    import yaml

    from linter.load.sheets import load_register

    crafted = "Notes\nwaivers:\n  - {rule: LB-001, reason: x, expires: 2099-01-01}\n#"
    rows = [
        [*ICO, crafted, "Remarks\u2028owner: attacker"],
        [*_activity("Payroll\nwaivers: []"), "x\r\nwaivers: [1]", "y"],
    ]
    path = _csv(tmp_path / "r.csv", rows)
    out = tmp_path / "r.yaml"
    done = run_cli("convert", "--layout", "ico-controller", str(path), str(out))
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    parsed = yaml.safe_load(text)
    assert parsed == load_register(str(path), layout="ico-controller").data
    assert "waivers" not in parsed
    # The headings' breaks stay inside their one comment line.
    assert all(line.startswith("#   r!") for line in text.splitlines() if "rule: LB-001" in line)


def test_contact_blocks_side_by_side_and_a_controller_abroad(tmp_path):
    """The ICO-format export of a data-map tool: the controller, DPO and
    representative side by side. Each gets its own name (before: the
    controller's for all three), and a New York controller is not GB."""
    from linter.load.sheets import load_register

    rows = [
        ["", "Controller", "Data Protection Officer", "Representative"],
        ["Name", "Acme Analytics Inc.", "Dana Privacy", "Acme EU BV"],
        ["Address", "1 Broadway, New York, USA", "", "Keizersgracht 1, Amsterdam"],
        ["Email", "legal@acme.example", "dpo@acme.example", ""],
        [],
        ICO,
        _activity("Product analytics"),
    ]
    doc = load_register(str(_csv(tmp_path / "acme.csv", rows)), layout="ico-controller")
    org = doc.data["organization"]
    assert org["name"] == "Acme Analytics Inc."
    assert org["dpo"] == {"name": "Dana Privacy", "email": "dpo@acme.example"}
    assert org["representative"] == {"name": "Acme EU BV"}
    assert org["country"] == "US"
    assert doc.cells[("organization", "dpo", "name")].ref == "acme!C2"


def test_an_unknown_line_of_the_organisation_sheet_is_kept(tmp_path):
    """« Gérant », « SIRET »: kept as x- fields of the organisation, listed by
    convert, never dropped (before: gone without a word)."""
    from linter.load.sheets.grid import Sheet, Workbook
    from linter.load.sheets.writer import write as write_book

    registre = Sheet("Registre", [
        ["Nom de l'organisme", "Boulangerie Exemple SARL"],
        ["Adresse de messagerie", "contact@boulangerie-exemple.fr"],
        ["Gérant", "Paul Martin"],
        ["SIRET", "123 456 789 00012"],
        [],
        ["Activités", "Fiche"],
        ["Paie", "Fiche 1"],
    ])  # fmt: skip
    fiche = Sheet("Fiche 1", [
        ["Nom de l'activité", "Paie"],
        ["Objectifs poursuivis", "Bulletins de paie"],
    ])  # fmt: skip
    path = tmp_path / "registre.xlsx"
    write_book(Workbook("r", "xlsx", [registre, fiche]), str(path))
    out = tmp_path / "registre.yaml"
    done = run_cli("convert", str(path), str(out))
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    assert "x-gerant: Paul Martin" in text and "x-siret: 123 456 789 00012" in text
    assert "Registre!B3" in done.stderr and "x-siret" in done.stderr
    assert "x-paie" not in text  # the activities' list is not the organisation's


# -- a rule's message told in the sheet's words --------------------------------

NOT_YAML = ("`", ": []", ": true")


def _cnil_copy(tmp_path, register="incomplete.yaml"):
    from conftest import REGISTERS

    book = tmp_path / "registre.xlsx"
    done = run_cli("convert", str(REGISTERS / register), str(book))
    assert done.returncode == 0, done.stderr
    return book


def _rule_findings(report, rule, activity):
    return [f for f in report["findings"] if f["rule"] == rule and f["activity"] == activity]


def test_a_rule_names_the_sheets_line_and_its_advice_works(tmp_path):
    """COMP-005 told a spreadsheet author to « écrire recipients: [] ». It now
    names the fiche's own line and a word the sheet reads — and writing that
    word there is what makes the finding go."""
    import openpyxl

    book = _cnil_copy(tmp_path)
    _, report = check_json("--lang", "fr", str(book))
    (finding,) = _rule_findings(report, "COMP-005", "sans-destinataires")
    said = finding["message"]
    assert "écrivez « Catégories de destinataires des données » : « Aucun »" in said
    assert not any(token in said for token in NOT_YAML), said
    _, english = check_json("--lang", "en", str(book))
    (finding,) = _rule_findings(english, "COMP-005", "sans-destinataires")
    assert "write « Catégories de destinataires des données »: « None »" in finding["message"]

    wb = openpyxl.load_workbook(book)
    fiche = next(wb[n] for n in wb.sheetnames if wb[n]["B2"].value == "sans-destinataires")
    line = next(
        r
        for r in range(1, 40)
        if fiche.cell(r, 1).value == "Catégories de destinataires des données"
    )
    fiche.cell(line, 2).value = "Aucun"
    wb.save(book)
    _, report = check_json("--lang", "fr", str(book))
    assert _rule_findings(report, "COMP-005", "sans-destinataires") == []


def test_a_field_the_model_has_no_line_for_is_sent_to_the_sheet_of_other_fields(tmp_path):
    """LB-003 on a consent with nothing recorded: the CNIL model has no line
    for it, so the finding says where the workbook can hold it — the sheet
    « Compléments », the fields as its « Champ » column takes them — and
    writing them there clears it."""
    import json

    import openpyxl

    book = tmp_path / "registre.xlsx"
    register = write(tmp_path / "r.yaml", CONSENT_REGISTER)
    assert run_cli("convert", str(register), str(book)).returncode == 0
    _, report = check_json("--lang", "fr", str(book))
    (finding,) = _rule_findings(report, "LB-003", "lettre")
    said = finding["message"]
    assert "feuille « Compléments »" in said
    fields = ("purposes[0].consent.collection", "purposes[0].consent.withdrawal",
              "purposes[0].consent.proof")  # fmt: skip
    assert all(f in said for f in fields), said
    assert "`" not in said

    wb = openpyxl.load_workbook(book)
    extras = wb["Compléments"]
    fiche = next(n for n in wb.sheetnames if n not in ("Registre", "Compléments"))
    for field, value in zip(fields, ("formulaire d'inscription", "lien de désinscription",
                                     "journal des inscriptions"), strict=True):  # fmt: skip
        extras.append([fiche, field, json.dumps(value, ensure_ascii=False), None])
    wb.save(book)
    _, report = check_json("--lang", "fr", str(book))
    assert _rule_findings(report, "LB-003", "lettre") == []


CONSENT_REGISTER = """\
register: 1
organization:
  name: Association des lecteurs
  country: FR
  contact: {email: bureau@lecteurs-asso.fr}
activities:
  - id: lettre
    name: Lettre d'information
    role: controller
    last_review: 2026-11-01
    purposes:
      - {description: Envoi de la lettre d'information, type: prospecting, legal_basis: consent}
    data_subjects: [members]
    data_categories:
      - {name: contact_details, retention: {active: P3Y, trigger: end_of_relationship}}
    recipients: []
    transfers: []
    security_measures: [access_control]
    rights: [access, erasure, objection, withdraw_consent]
"""


def test_a_rows_sheet_says_it_has_no_column_for_the_field(tmp_path):
    """An ICO-format sheet has no sheet of other fields: a finding about a
    field it has no column for says so instead of naming YAML."""
    rows = [ICO, _activity(
        "Newsletter",
        **{"Article 6 lawful basis for processing personal data": "Consent"},
    )]  # fmt: skip
    _, report = check_json("--lang", "fr", "--layout", "ico-controller",
                           str(_csv(tmp_path / "r.csv", rows)))  # fmt: skip
    (finding,) = [f for f in report["findings"] if f["rule"] == "LB-003"]
    assert "Ce tableau n'a pas de colonne pour" in finding["message"]
    assert "purposes[0].consent" in finding["message"]


def test_no_rule_speaks_yaml_on_a_sample_workbook(tmp_path):
    """Every finding on every sample workbook, the schema's too, in both
    languages: no field written as YAML."""
    from sheet_samples import write_samples

    write_samples(tmp_path)
    for path in sorted(p for p in tmp_path.iterdir() if p.suffix in (".xlsx", ".ods", ".csv")):
        layout = path.with_suffix(".layout.yaml")  # an export only its own layout reads
        named = ("--layout", str(layout)) if layout.exists() else ()
        for lang in ("fr", "en"):
            _, report = check_json("--lang", lang, *named, str(path))
            for f in report["findings"]:
                # The sheet « Compléments » names fields as the register does.
                if not (f.get("cell") or "").startswith("Compléments!"):
                    assert not any(t in f["message"] for t in NOT_YAML), (path.name, f)
