"""Sample spreadsheet registers, one per built-in layout, written as a DPO fills them.

Not hand-edited binaries: this module writes them (through the same openpyxl
and odfdo the reader uses), for the tests and for `make samples`
(examples/spreadsheets/). Each holds a few faults on purpose, so that a
finding has a cell to point at.

    python -m tests.sheet_samples examples/spreadsheets
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

from linter.load.sheets.grid import Sheet, Workbook
from linter.load.sheets.writer import write

ICO_CONTROLLER_HEADER = [
    "Business function",
    "Purpose of processing",
    "Name and contact details of joint controller (if applicable)",
    "Categories of individuals",
    "Categories of personal data",
    "Categories of recipients",
    "Link to contract with processor",
    "Names of third countries or international organisations that personal data are "
    "transferred to (if applicable)",
    "Safeguards for exceptional transfers of personal data to third countries or "
    "international organisations (if applicable)",
    "Retention schedule (if possible)",
    "General description of technical and organisational security measures (if possible)",
    "Article 6 lawful basis for processing personal data",
    "Article 9 condition for processing special category data",
    "Legitimate interests for the processing (if applicable)",
    "Link to record of legitimate interests assessment (if applicable)",
    "Rights available to individuals",
    "Existence of automated decision-making, including profiling (if applicable)",
    "The source of the personal data (if applicable)",
    "Link to record of consent",
    "Location of personal data",
    "Data Protection Impact Assessment required?",
    "Data Protection Impact Assessment progress",
    "Link to Data Protection Impact Assessment",
    "Has a personal data breach occurred?",
    "Link to record of personal data breach",
    "Data Protection Act 2018 Schedule 1 Condition for processing",
    "GDPR Article 6 lawful basis for processing",
    "Link to retention and erasure policy document",
    "Is personal data retained and erased in accordance with the policy document?",
    "Reasons for not adhering to policy document (if applicable)",
]


def cnil_workbook() -> Workbook:
    registre = Sheet(
        "Registre",
        [
            ["REGISTRE DES ACTIVITÉS DE TRAITEMENT"],
            [],
            ["Nom de l'organisme", "Boulangerie Exemple SARL"],
            ["Adresse", "3 rue du Four, 69002 Lyon"],
            ["Adresse de messagerie", "contact@boulangerie-exemple.fr"],
            ["Téléphone", "04 00 00 00 00"],
            [],
            ["Activités", "Fiche"],
            ["Gestion de la clientèle", "Fiche 1"],
            ["Paie du personnel", "Fiche 2"],
        ],
    )
    clients = Sheet(
        "Fiche 1",
        [
            ["Nom de l'activité", "Gestion de la clientèle"],
            ["Date de création de la fiche", "12/03/2024"],
            ["Date de dernière mise à jour de la fiche", "15/09/2026"],
            ["Nom du logiciel ou de l'application", "Caisse enregistreuse"],
            [],
            ["Objectifs poursuivis"],
            ["Finalité", "Base légale"],
            ["Commandes et facturation", "Contrat"],
            ["Programme de fidélité", "Consentement"],
            [],
            ["Catégories de personnes concernées", "Clients"],
            [],
            ["Catégories de données collectées"],
            ["Catégorie de données", "Détail", "Durée de conservation"],
            ["Identité", "Nom, prénom", "3 ans après le dernier contact"],
            ["Coordonnées", "Adresse, courriel", "le temps nécessaire"],
            ["Données de transaction", "Achats", "10 ans"],
            [],
            ["Destinataires internes", "Service commercial"],
            ["Sous-traitants", "Prestataire de caisse"],
            ["Transferts des données hors UE"],
            ["Destinataire", "Pays", "Garantie"],
            ["Hébergeur de la caisse", "États-Unis", "Clauses contractuelles types"],
            [],
            ["Mesures de sécurité", "Contrôle d'accès des utilisateurs\nSauvegarde des données"],
            ["Commentaire", "Fichier papier archivé en réserve"],
        ],
    )
    paie = Sheet(
        "Fiche 2",
        [
            ["Nom de l'activité", "Paie du personnel"],
            ["Date de dernière mise à jour de la fiche", "01/02/2026"],
            ["Objectifs poursuivis", "Établissement des bulletins de paie"],
            ["Catégories de personnes concernées", "Salariés"],
            ["Catégories de données collectées"],
            ["Catégorie de données", "Détail", "Durée de conservation"],
            ["Identité", "Nom, prénom, NIR", "5 ans après la fin du contrat"],
            ["Informations bancaires", "RIB", "5 ans à compter de la fin du contrat"],
            [],
            ["Organismes externes", "URSSAF"],
            ["Transferts des données hors UE"],
            [],
            ["Mesures de sécurité", "Contrôle d'accès des utilisateurs"],
        ],
    )
    return Workbook("registre-cnil", "ods", [registre, clients, paie])


def ico_controller_workbook() -> Workbook:
    rows: list[list] = [
        ["Controller", "Name", "Example Bakery Ltd"],
        [None, "Address", "1 Oven Street, Leeds"],
        [None, "Email", "info@example-bakery.co.uk"],
        [None, "Telephone", "0113 000 0000"],
        ["Data Protection Officer", "Name", "Sam Jones"],
        [None, "Email", "dpo@example-bakery.co.uk"],
        [],
        [],
        ICO_CONTROLLER_HEADER,
    ]
    activity = {h: None for h in ICO_CONTROLLER_HEADER}
    payroll = dict(activity)
    payroll.update({
        "Business function": "Finance",
        "Purpose of processing": "Staff payroll",
        "Categories of individuals": "Employees",
        "Categories of personal data": "Identity, Bank details",
        "Categories of recipients": "HMRC (public authority)",
        "Retention schedule (if possible)": "6 years",
        "General description of technical and organisational security measures (if possible)":
            "Access control; Encryption at rest",
        "Article 6 lawful basis for processing personal data": "Legal obligation",
        "Location of personal data": "Payroll system",
    })  # fmt: skip
    marketing = dict(activity)
    marketing.update({
        "Business function": "Marketing",
        "Purpose of processing": "Newsletter to customers",
        "Categories of individuals": "Customers",
        "Categories of personal data": "Contact details",
        "Categories of recipients": "Mailing service (processor)",
        "Names of third countries or international organisations that personal data are "
        "transferred to (if applicable)": "United States",
        "Retention schedule (if possible)": "As long as necessary",
        "Article 6 lawful basis for processing personal data": "Consent",
    })  # fmt: skip
    for act in (payroll, marketing):
        rows.append([act[h] for h in ICO_CONTROLLER_HEADER])
    return Workbook(
        "ico-controller", "xlsx", [Sheet("Notes", [["Notes"]]), Sheet("Template", rows)]
    )


def ico_processor_workbook() -> Workbook:
    header = [
        "Name and contact details of controller",
        "Categories of processing",
        "Categories of individuals",
        "Categories of personal data",
        "Names of third countries or international organisations that personal data are "
        "transferred to (if applicable)",
        "Safeguards for exceptional transfers of personal data to third countries or "
        "international organisations (if applicable)",
        "General description of technical and organisational security measures (if possible)",
    ]
    rows = [
        ["Processor", "Name", "Cloud Payroll Services Ltd"],
        [None, "Email", "privacy@cloud-payroll.example"],
        [],
        header,
        ["Example Bakery Ltd", "Payroll calculation", "Employees", "Identity, Bank details",
         None, None, "Encryption at rest; Access control"],
        ["Another Client plc, dpo@another-client.example", "Payslip hosting", "Employees",
         "Identity", "India", None, "Backup"],
    ]  # fmt: skip
    return Workbook("ico-processor", "xlsx", [Sheet("Template", rows)])


GRC_LAYOUT = """\
# A GRC tool's CSV export, described for ropa-lint (docs/spreadsheets.md).
layout: grc-export
kind: rows
defaults:
  organization.name: Exemple Conseil SAS
  organization.country: FR
  activity.role: controller
columns:
  - {labels: ["Traitement"], field: name}
  - {labels: ["Finalité"], field: "purposes[].description"}
  - labels: ["Base légale"]
    field: "purposes[*].legal_basis"
    parse: vocab
    vocabulary: legal_basis
  - {labels: ["Personnes"], field: "data_subjects[]", parse: vocab, vocabulary: data_subject}
  - {labels: ["Données"], field: "data_categories[].name", parse: vocab, vocabulary: data_category}
  - {labels: ["Conservation"], field: "data_categories[*].retention", parse: duration}
  - {labels: ["Sécurité"], field: "security_measures[]", parse: vocab, vocabulary: security_measure}
  - {labels: ["Transferts"], field: "transfers[].country", parse: country}
"""

GRC_ROWS = [
    ["Traitement", "Finalité", "Base légale", "Personnes", "Données", "Conservation", "Sécurité",
     "Transferts", "Responsable interne"],
    ["Recrutement", "Gestion des candidatures", "Intérêt légitime", "Candidats", "Identité",
     "2 ans après le dernier contact", "Contrôle d'accès", "", "RH"],
    ["Vidéosurveillance", "Sécurité des locaux", "Intérêt légitime", "Visiteurs", "Images",
     "30 jours", "Contrôle d'accès", "", "Services généraux"],
]  # fmt: skip


_TYPED_DATE = re.compile(r"(\d{2})/(\d{2})/(\d{4})")


def write_as_excel(book: Workbook, path: str | Path) -> None:
    """`book` as Excel and LibreOffice save an XLSX, which openpyxl never
    writes: text in one table of shared strings, and a date typed as
    « 15/09/2026 » stored as a date serial under a date format."""
    import datetime as dt

    import xlsxwriter

    from linter.load.sheets.writer import _sheet_title

    wb = xlsxwriter.Workbook(str(path))
    date = wb.add_format({"num_format": "dd/mm/yyyy"})
    for sheet in book.sheets:
        ws = wb.add_worksheet(_sheet_title(sheet.name))
        for r, row in enumerate(sheet.rows):
            for c, value in enumerate(row):
                typed = _TYPED_DATE.fullmatch(value) if isinstance(value, str) else None
                if typed:
                    day, month, year = map(int, typed.groups())
                    ws.write_datetime(r, c, dt.datetime(year, month, day), date)
                elif isinstance(value, str):
                    ws.write_string(r, c, value)
                elif value is not None:
                    ws.write(r, c, value)
    wb.close()


def write_as_libreoffice(book: Workbook, path: str | Path) -> None:
    """`book` as LibreOffice saves an ODS, which odfdo does not: a text cell
    holds its text only in paragraphs, one per line, with no
    `office:string-value`, and a date typed as « 15/09/2026 » is a date cell."""
    import os
    import tempfile

    from odfdo import Document

    office = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
    text_p = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}p"
    cell_tag = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}table-cell"
    calc_type = "{urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0}value-type"
    with tempfile.TemporaryDirectory() as tmp:
        odfdo_form = os.path.join(tmp, "odfdo.ods")
        write(book, odfdo_form)
        document = Document(odfdo_form)
        for cell in document.body._xml_element.iter(cell_tag):
            text = cell.attrib.pop(f"{office}string-value", None)
            if text is None:
                continue
            for child in list(cell):
                cell.remove(child)
            typed = _TYPED_DATE.fullmatch(text)
            if typed:
                day, month, year = typed.groups()
                cell.set(f"{office}value-type", "date")
                cell.set(calc_type, "date")
                cell.set(f"{office}date-value", f"{year}-{month}-{day}")
            for line in text.split("\n"):
                paragraph = cell.makeelement(text_p, {})
                paragraph.text = line
                cell.append(paragraph)
        document.save(str(path))


def write_samples(directory: str | Path) -> list[Path]:
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, book in (
        ("registre-cnil.ods", cnil_workbook()),
        ("registre-cnil.xlsx", cnil_workbook()),
        ("ico-controller.xlsx", ico_controller_workbook()),
        ("ico-processor.xlsx", ico_processor_workbook()),
    ):
        write(book, str(out / name))
        written.append(out / name)
    with open(out / "grc-export.csv", "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, delimiter=";").writerows(GRC_ROWS)
    (out / "grc-export.layout.yaml").write_text(GRC_LAYOUT, encoding="utf-8")
    return [*written, out / "grc-export.csv", out / "grc-export.layout.yaml"]


if __name__ == "__main__":
    for path in write_samples(sys.argv[1] if len(sys.argv) > 1 else "examples/spreadsheets"):
        print(path)
