"""Deterministic generator of realistic registers for benchmarks.

    python benchmarks/generate.py --activities 1000 > big.yaml
    python benchmarks/generate.py --files 1000 --activities 10 --out dir/

The same arguments always give the same bytes (seeded). About one activity in
five carries a violation of a known kind (missing basis, retention beyond the
reference, transfer without safeguard, processor without contract, no review
date), so the rules have work to do.
"""

from __future__ import annotations

import argparse
import os
import random

PURPOSES = [
    ("customer_management", "contract", "Gestion des commandes, livraisons et factures"),
    ("prospecting", "consent", "Envoi de la lettre d'information"),
    ("payroll", "legal_obligation", "Établissement de la paie"),
    ("recruitment", "legitimate_interests", "Sélection des candidats"),
    ("connection_logs", "legal_obligation", "Conservation des journaux de connexion"),
    ("video_surveillance", "legitimate_interests", "Vidéoprotection des locaux"),
    ("accounting", "legal_obligation", "Tenue de la comptabilité"),
    ("customer_support", "contract", "Assistance aux clients"),
]
SUBJECTS = {
    "customer_management": "customers",
    "prospecting": "prospects",
    "payroll": "employees",
    "recruitment": "candidates",
    "connection_logs": "users",
    "video_surveillance": "visitors",
    "accounting": "customers",
    "customer_support": "customers",
}
RETENTION = {
    "customer_management": "P3Y",
    "prospecting": "P3Y",
    "payroll": "P5Y",
    "recruitment": "P2Y",
    "connection_logs": "P1Y",
    "video_surveillance": "P1M",
    "accounting": "P10Y",
    "customer_support": "P3Y",
}
DETAIL = {
    "consent": "        consent: {collection: Case à cocher, withdrawal: Lien de désinscription, "
    "proof: Journal horodaté}\n",
    "legal_obligation": '        legal_obligation: "Code du travail, art. L3243-2"\n',
    "legitimate_interests": "        legitimate_interest: {interest: Sécurité des biens, "
    "assessment: LIA-2025-01}\n",
    "contract": "",
}
COUNTRIES = ["FR", "DE", "US", "IN", "NO", "GB"]
SAFEGUARD = {
    "US": "adequacy",
    "IN": "scc",
    "GB": "adequacy",
    "DE": "none",
    "NO": "none",
    "FR": "none",
}


def activity(rng: random.Random, n: int) -> str:
    kind, basis, text = rng.choice(PURPOSES)
    violation = rng.random() < 0.2 and rng.choice(
        ["basis", "retention", "transfer", "dpa", "review"]
    )
    retention = "P9Y" if violation == "retention" else RETENTION[kind]
    lines = [
        f"  - id: act-{n:05d}",
        f"    name: {text} {n}",
        "    role: controller",
        f"    owner: Service {n % 17}",
    ]
    if violation != "review":
        lines.append(f"    last_review: 2026-{1 + n % 9:02d}-{1 + n % 27:02d}")
    lines += ["    purposes:", f"      - description: {text}", f"        type: {kind}"]
    if violation != "basis":
        lines.append(f"        legal_basis: {basis}")
        lines.append(DETAIL[basis].rstrip("\n")) if DETAIL[basis] else None
    lines += [
        f"    data_subjects: [{SUBJECTS[kind]}]",
        "    data_categories:",
        "      - name: identity",
        "        description: Nom, prénom",
        f"        retention: {{active: {retention}, trigger: collection}}",
        "      - name: contact",
        f"        retention: {{active: {retention}}}",
    ]
    country = rng.choice(COUNTRIES)
    dpa = "" if violation == "dpa" else f", dpa: DPA-{n:05d}"
    lines += [
        "    recipients:",
        f"      - {{name: Prestataire {n}, type: processor, country: {country}{dpa}}}",
    ]
    if country in ("FR", "DE", "NO"):
        lines.append("    transfers: []")
    else:
        safeguard = "none" if violation == "transfer" else SAFEGUARD[country]
        lines += [
            "    transfers:",
            f"      - {{recipient: Prestataire {n}, country: {country}, safeguard: {safeguard}}}",
        ]
    lines += [
        "    security_measures: [access_control, authentication, encryption_at_rest, backup]",
        "    rights: [access, rectification, erasure, objection, withdraw_consent]",
    ]
    return "\n".join(x for x in lines if x is not None) + "\n"


def register(n_activities: int, seed: int = 42, offset: int = 0) -> str:
    rng = random.Random(seed)
    head = (
        "register: 1\norganization:\n  name: Groupe Exemple SA\n  country: FR\n"
        "  contact: {email: dpo@groupe-exemple.fr}\nactivities:\n"
    )
    return head + "".join(activity(rng, offset + i) for i in range(n_activities))


# A GRC tool's export of the same activities, one row each, and the layout
# that reads it (linter/sheets; docs/spreadsheets.md): every field the YAML
# register has, so that the sheet and the YAML are judged alike.
SHEET_LAYOUT = """\
layout: bench-export
kind: rows
defaults: {organization.name: Groupe Exemple SA, organization.country: FR}
organization:
  - {labels: [Email], field: organization.contact.email}
columns:
  - {labels: [Id], field: id}
  - {labels: [Name], field: name}
  - {labels: [Role], field: role, parse: vocab, vocabulary: role}
  - {labels: [Owner], field: owner}
  - {labels: [Last review], field: last_review, parse: date}
  - {labels: [Purpose], field: "purposes[].description"}
  - {labels: [Purpose type], field: "purposes[*].type", parse: vocab, vocabulary: purpose_type}
  - {labels: [Legal basis], field: "purposes[*].legal_basis", parse: vocab, vocabulary: legal_basis}
  - {labels: [Law], field: "purposes[*].legal_obligation"}
  - {labels: [Interest], field: "purposes[*].legitimate_interest.interest"}
  - {labels: [Assessment], field: "purposes[*].legitimate_interest.assessment"}
  - {labels: [Consent collection], field: "purposes[*].consent.collection"}
  - {labels: [Consent withdrawal], field: "purposes[*].consent.withdrawal"}
  - {labels: [Consent proof], field: "purposes[*].consent.proof"}
  - {labels: [Data subjects], field: "data_subjects[]", parse: vocab, vocabulary: data_subject}
  - labels: [Data categories]
    field: "data_categories[].name"
    parse: vocab
    vocabulary: data_category
  - {labels: [Retention], field: "data_categories[*].retention", parse: duration}
  - {labels: [Recipient], field: "recipients[].name"}
  - labels: [Recipient type]
    field: "recipients[*].type"
    parse: vocab
    vocabulary: recipient_type
  - {labels: [Recipient country], field: "recipients[*].country", parse: country}
  - {labels: [Contract], field: "recipients[*].dpa"}
  - {labels: [Transfer to], field: "transfers[].recipient"}
  - {labels: [Transfer country], field: "transfers[*].country", parse: country}
  - {labels: [Safeguard], field: "transfers[*].safeguard", parse: vocab, vocabulary: safeguard}
  - {labels: [Security], field: "security_measures[]", parse: vocab, vocabulary: security_measure}
  - {labels: [Rights], field: "rights[]", parse: vocab, vocabulary: right}
"""
SHEET_COLUMNS = (
    "Id", "Name", "Role", "Owner", "Last review", "Purpose", "Purpose type", "Legal basis",
    "Law", "Interest", "Assessment", "Consent collection", "Consent withdrawal",
    "Consent proof", "Data subjects", "Data categories", "Retention", "Recipient",
    "Recipient type", "Recipient country", "Contract", "Transfer to", "Transfer country",
    "Safeguard", "Security", "Rights",
)  # fmt: skip
_WORDS = {"Y": "years", "M": "months", "D": "days"}


def sheet_rows(n_activities: int, seed: int = 42) -> list[list]:
    """The activities of `register(n)`, one row each under SHEET_COLUMNS, below
    a contact line."""
    import yaml

    # Every scalar as written (`country: NO` is Norway, not YAML 1.1's false).
    data = yaml.load(register(n_activities, seed), Loader=yaml.BaseLoader)
    rows = [["Email", data["organization"]["contact"]["email"]], [], list(SHEET_COLUMNS)]
    for act in data["activities"]:
        purpose, recipient = act["purposes"][0], act["recipients"][0]
        transfer = (act["transfers"] or [{}])[0]
        period = act["data_categories"][0]["retention"]["active"]
        li, consent = purpose.get("legitimate_interest", {}), purpose.get("consent", {})
        review = act.get("last_review")
        rows.append([
            act["id"], act["name"], act["role"], act["owner"],
            review, purpose["description"], purpose["type"],
            purpose.get("legal_basis"), purpose.get("legal_obligation"), li.get("interest"),
            li.get("assessment"), consent.get("collection"), consent.get("withdrawal"),
            consent.get("proof"), ", ".join(act["data_subjects"]),
            ", ".join(c["name"] for c in act["data_categories"]),
            f"{period[1:-1]} {_WORDS[period[-1]]}", recipient["name"], recipient["type"],
            recipient.get("country"), recipient.get("dpa"), transfer.get("recipient", "None"),
            transfer.get("country"), transfer.get("safeguard"),
            ", ".join(act["security_measures"]), ", ".join(act["rights"]),
        ])  # fmt: skip
    return rows


def write_sheet(rows: int, out: str) -> None:
    """The spreadsheet case: the sheet as XLSX (as openpyxl writes it, and as
    Excel saves it), ODS (as odfdo writes it, and as LibreOffice saves it)
    and CSV, its layout, and the data ropa-lint reads from it as JSON (the
    same input for opa eval)."""
    import csv
    import json
    import sys

    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    from linter.load.sheets import load_register
    from linter.load.sheets.grid import Sheet, Workbook
    from linter.load.sheets.writer import write
    from tests.sheet_samples import write_as_excel, write_as_libreoffice

    grid = sheet_rows(rows)
    with open(os.path.join(out, "layout.yaml"), "w", encoding="utf-8") as fh:
        fh.write(SHEET_LAYOUT)
    book = Workbook("s", "xlsx", [Sheet("Export", grid)])
    write(book, os.path.join(out, "s.xlsx"))
    write_as_excel(book, os.path.join(out, "s-excel.xlsx"))
    write(book, os.path.join(out, "s.ods"))
    write_as_libreoffice(book, os.path.join(out, "s-libreoffice.ods"))
    with open(os.path.join(out, "s.csv"), "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(grid)
    data = load_register(os.path.join(out, "s.xlsx"), layout=os.path.join(out, "layout.yaml"))
    with open(os.path.join(out, "s.json"), "w", encoding="utf-8") as fh:
        json.dump(data.data, fh)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=100)
    parser.add_argument("--files", type=int, default=0, help="write this many files to --out")
    parser.add_argument("--out", default=None)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument(
        "--sheet",
        type=int,
        default=0,
        help="write s.xlsx, s-excel.xlsx, s.ods, s-libreoffice.ods, s.csv, layout.yaml and "
        "s.json to --out",
    )
    args = parser.parse_args()
    if args.sheet:
        write_sheet(args.sheet, args.out)
    elif args.files:
        os.makedirs(args.out, exist_ok=True)
        for i in range(args.files):
            path = os.path.join(args.out, f"register-{i:05d}.yaml")
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(register(args.activities, seed=args.seed + i, offset=i * args.activities))
    else:
        print(register(args.activities, seed=args.seed), end="")


if __name__ == "__main__":
    main()
