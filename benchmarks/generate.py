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


# The ICO controller template's columns that carry register fields
# (linter/layouts/ico-controller.yaml): a spreadsheet register of n rows.
ICO_COLUMNS = (
    "Business function",
    "Purpose of processing",
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
    "Rights available to individuals",
)
_WORDS = {"Y": "years", "M": "months", "D": "days"}


def sheet_rows(n_activities: int, seed: int = 42) -> list[list]:
    """The same activities as `register`, one row each under the ICO header."""
    import yaml

    data = yaml.safe_load(register(n_activities, seed))
    rows = [["Controller", "Name", data["organization"]["name"]], [None, "Email",
            data["organization"]["contact"]["email"]], [], list(ICO_COLUMNS)]  # fmt: skip
    for act in data["activities"]:
        purpose, recipient = act["purposes"][0], act["recipients"][0]
        transfer = (act["transfers"] or [{}])[0]
        period = act["data_categories"][0]["retention"]["active"]
        rows.append([
            act["owner"], purpose["description"], ", ".join(act["data_subjects"]),
            ", ".join(c["name"] for c in act["data_categories"]), recipient["name"],
            recipient.get("dpa"), transfer.get("country"), transfer.get("safeguard"),
            f"{period[1:-1]} {_WORDS[period[-1]]}", ", ".join(act["security_measures"]),
            purpose.get("legal_basis"), ", ".join(act["rights"]),
        ])  # fmt: skip
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=100)
    parser.add_argument("--files", type=int, default=0, help="write this many files to --out")
    parser.add_argument("--out", default=None)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    if args.files:
        os.makedirs(args.out, exist_ok=True)
        for i in range(args.files):
            path = os.path.join(args.out, f"register-{i:05d}.yaml")
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(register(args.activities, seed=args.seed + i, offset=i * args.activities))
    else:
        print(register(args.activities, seed=args.seed), end="")


if __name__ == "__main__":
    main()
