"""What ropa-lint reports on each seed's example register, checked by hand.

Each expectation below was read against the seed document (see the README's
table): a change here is a change in what a DPO is told, and must be deliberate.
"""

from __future__ import annotations

from conftest import EXAMPLES, check_json

EXPECTED = {
    # Processor charter: no contact for the company anywhere in the document.
    "optic-performance.yaml": [
        ("COMP-001", 15, "organization.contact"),
    ],
    "certilience.yaml": [
        ("COMP-001", 10, "organization.contact"),
        # Legitimate interests stated, balancing test nowhere.
        ("LB-002", 29, "activities[0].purposes[1].legitimate_interest.assessment"),
        ("LB-002", 75, "activities[1].purposes[0].legitimate_interest.assessment"),
        # File sharing on consent: collection and withdrawal said, proof not.
        ("LB-003", 132, "activities[3].purposes[0].consent.proof"),
        # « l'obligation de respecter la loi » names no text.
        ("LB-004", 159, "activities[4].purposes[0].legal_obligation"),
    ],
    "monaco-clients-prospects.yaml": [
        ("COMP-001", 10, "organization.contact"),
        ("LB-002", 25, "activities[0].purposes[3].legitimate_interest.assessment"),
        ("LB-002", 25, "activities[0].purposes[3].legitimate_interest.interest"),
        ("LB-002", 28, "activities[0].purposes[4].legitimate_interest.assessment"),
        ("LB-002", 28, "activities[0].purposes[4].legitimate_interest.interest"),
        ("LB-003", 31, "activities[0].purposes[5].consent.collection"),
        ("LB-003", 31, "activities[0].purposes[5].consent.proof"),
        ("LB-003", 31, "activities[0].purposes[5].consent.withdrawal"),
    ],
    "optimum-services.yaml": [
        ("COMP-006", 18, "activities[0].transfers"),
        ("SCH-003", 18, "activities[0].special_category_condition"),
        # The controller part reuses the processor's purposes (YAML aliases):
        # lines point at the anchored block, paths at the controller activity.
        ("LB-001", 27, "activities[1].purposes[0].legal_basis"),
        ("LB-001", 29, "activities[1].purposes[1].legal_basis"),
        ("LB-001", 31, "activities[1].purposes[2].legal_basis"),
        ("COMP-006", 71, "activities[1].transfers"),
        ("SCH-003", 71, "activities[1].special_category_condition"),
    ],
    "present-infini.yaml": [
        ("COMP-006", 17, "activities[0].transfers"),
        ("COMP-006", 62, "activities[1].transfers"),
        ("LB-003", 73, "activities[1].purposes[0].consent.proof"),
        ("COMP-006", 97, "activities[2].transfers"),
        ("LB-001", 101, "activities[2].purposes[0].legal_basis"),
    ],
    "compliant.yaml": [],
}


def test_every_example_is_pinned():
    assert sorted(p.name for p in EXAMPLES.glob("*.yaml")) == sorted(EXPECTED)


def test_findings_per_example():
    _, doc = check_json(str(EXAMPLES))
    got: dict[str, list] = {name: [] for name in EXPECTED}
    for f in doc["findings"]:
        got[f["file"].rsplit("/", 1)[-1]].append((f["rule"], f["line"], f["path"]))
    assert got == EXPECTED


def test_findings_carry_activity_and_reference():
    _, doc = check_json(str(EXAMPLES / "certilience.yaml"))
    lb4 = next(f for f in doc["findings"] if f["rule"] == "LB-004")
    assert lb4["activity"] == "journaux-connexion"
    assert lb4["reference"] == "GDPR Art. 6(1)(c), 6(3)"
    assert lb4["category"] == "legal_basis" and lb4["severity"] == "error"
