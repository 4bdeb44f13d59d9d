"""The rule pack as data: sources, metadata, tests beside every rule, docs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import REGISTERS, ROOT, check_json

from linter.pack.rulepack import load_pack

RULES = ROOT / "rules"
OFFICIAL = re.compile(
    r"https://(eur-lex\.europa\.eu|www\.legifrance\.gouv\.fr|www\.cnil\.fr|commission\.europa\.eu"
    r"|ec\.europa\.eu|www\.edpb\.europa\.eu|journaldemonaco\.gouv\.mc|apdp\.mc)/"
)


def _rows(table, path=()):
    """Every mapping in a reference table that states a fact (has a value other than maps)."""
    if isinstance(table, dict):
        leaves = {k: v for k, v in table.items() if not isinstance(v, dict | list)}
        if leaves and not all(k.endswith("source") for k in leaves):
            yield path, table
        for key, value in table.items():
            yield from _rows(value, (*path, key))
    elif isinstance(table, list):
        for i, value in enumerate(table):
            yield from _rows(value, (*path, i))


def test_every_reference_row_cites_an_official_source():
    # The vocabulary and the country names translate words; they state no
    # legal fact.
    reference = {
        k: v for k, v in load_pack().reference.items() if k not in ("vocabulary", "countries")
    }
    rows = list(_rows(reference))
    assert len(rows) > 80
    missing = []
    for path, row in rows:
        # A row cites its own source, or sits in a table whose source covers it.
        parent = reference
        sources = [v for k, v in row.items() if k.endswith("source")]
        for key in path[:-1]:
            parent = parent[key]
            if isinstance(parent, dict):
                sources += [v for k, v in parent.items() if k.endswith("source")]
        if not any(isinstance(s, str) and (OFFICIAL.search(s) or "Art." in s) for s in sources):
            missing.append(path)
    assert missing == []


def test_monaco_has_no_adequacy_and_the_eea_has_norway():
    reference = load_pack().reference
    assert "MC" not in reference["adequacy"]
    assert {"NO", "IS", "LI", "FR", "EL"} <= set(reference["eea"]["countries"])
    assert reference["adequacy"]["US"]["scope"]


RULE_FILES = sorted(
    p
    for p in RULES.rglob("*.rego")
    if p.parent.name not in ("lib",) and not p.name.endswith("_test.rego") and p.name != "main.rego"
)


@pytest.mark.parametrize("path", RULE_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_each_rule_has_tests_that_fire_and_that_pass(path):
    test = path.with_name(f"{path.stem}_test.rego")
    assert test.exists(), f"{path} has no {test.name} beside it"
    bodies = re.split(r"\ntest_", test.read_text())[1:]
    fires = [b for b in bodies if re.search(r"== [1-9]|>= 1|some finding", b)]
    passes = [b for b in bodies if "== 0" in b]
    assert fires and passes, f"{test.name}: needs a case that fires and one that must not"


def test_every_rule_has_bilingual_metadata():
    pack = load_pack()
    rego_rules = [r for r in pack.rules.values() if not r.builtin]
    assert len(rego_rules) == len(RULE_FILES) >= 45
    for rule in rego_rules:
        assert rule.title and rule.title_fr and rule.remediation_fr and rule.reference, rule.id
        assert rule.related_resources, f"{rule.id} cites no related resource"
        assert rule.category == Path(rule.file).parent.name


def test_precision_cases_are_not_errors():
    code, doc = check_json(str(REGISTERS / "precision"), "--fail-on", "warning")
    assert code == 0, [(f["rule"], f["message"]) for f in doc["findings"]]


def test_data_override_tightens_a_table(tmp_path):
    policy = tmp_path / "policy.yaml"
    policy.write_text(
        "retention:\n  FR:\n    by_purpose:\n      customer_management:\n"
        "        active: P1Y\n        archive: P5Y\n        text: company policy\n"
        "        source: Politique interne de conservation, art. 3\n"
    )
    # Without a cited text (which would justify the longer period on purpose).
    register = tmp_path / "r.yaml"
    register.write_text(
        (REGISTERS / "precision" / "norway-archives.yaml")
        .read_text()
        .replace(', basis: "Code de commerce, art. L123-22"', "")
    )
    _, before = check_json(str(register))
    assert [f["rule"] for f in before["findings"]] == ["RET-004", "RET-004"]
    _, doc = check_json(str(register), "--data", str(policy))
    rules = [f["rule"] for f in doc["findings"]]
    assert rules.count("RET-002") == 2, rules
    assert "company policy" in doc["findings"][0]["message"]


def test_one_finding_per_fault():
    """A rule reports one finding per node it judges, listing everything missing
    there: never two findings of one rule at one place for fields of one node."""
    import re
    from collections import defaultdict

    _, doc = check_json(str(ROOT / "examples"), str(REGISTERS), "--no-waivers")
    groups = defaultdict(list)
    for f in doc["findings"]:
        groups[(f["rule"], f["file"], f["line"], f["column"])].append(f["path"])
    for key, paths in groups.items():
        # Distinct list items (a block reused through an alias) may share a place;
        # distinct fields of one item may not.
        nodes = [re.sub(r"(\.[a-z_]+)+$", "", p) for p in paths]
        assert len(set(nodes)) == len(nodes), (key, paths)


NEW_RULE = """# METADATA
# title: Activity without a description
# description: >-
#   House policy: every activity says in a sentence what it does, so that a
#   reader of the register understands it without asking.
# related_resources:
#   - description: GDPR Article 30 (EUR-Lex)
#     ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_30
# custom:
#   id: HOUSE-001
#   severity: info
#   reference: GDPR Art. 30(1); house policy
#   remediation: Describe the activity in a sentence under description.
#   title_fr: Activité sans description
#   remediation_fr: Décrivez l'activité en une phrase sous description.
package ropa.rules.hygiene.description_required

report contains finding if {
\tsome i, activity in input.activities
\tnot activity.description
\tname := data.ropa.lib.register.label(activity)
\tfinding := {
\t\t"path": ["activities", i],
\t\t"message": {
\t\t\t"en": sprintf("Activity \\"%s\\" has no description.", [name]),
\t\t\t"fr": sprintf("L'activité \\"%s\\" n'a pas de description.", [name]),
\t\t},
\t}
}
"""

NEW_RULE_TEST = """package ropa.rules.hygiene.description_required_test

import data.ropa.rules.hygiene.description_required

test_fires if {
\tcount(description_required.report) == 1 with input as {"activities": [{"id": "a"}]}
}

test_passes if {
\tdescribed := {"activities": [{"id": "a", "description": "x"}]}
\tcount(description_required.report) == 0 with input as described
}
"""


def test_a_rule_added_in_a_pack_needs_only_its_own_files(tmp_path):
    """Issue 35: a rule is its file and its test. Dropped into a pack, it is
    tested, listed, explained (from its METADATA alone) and run, and every
    other finding on the examples is what it was without it."""
    from conftest import EXAMPLES, run_cli

    pack = tmp_path / "pack"
    (pack / "hygiene").mkdir(parents=True)
    (pack / "hygiene" / "description_required.rego").write_text(NEW_RULE, encoding="utf-8")
    (pack / "hygiene" / "description_required_test.rego").write_text(NEW_RULE_TEST, "utf-8")

    tested = run_cli("test-rules", str(pack))
    assert tested.returncode == 0 and "2 passed" in tested.stdout, tested.stdout + tested.stderr
    listed = run_cli("rules", "--rules", str(pack))
    assert "HOUSE-001" in listed.stdout and "Activity without a description" in listed.stdout
    explained = run_cli("explain", "HOUSE-001", "--rules", str(pack), "--lang", "fr")
    assert explained.returncode == 0 and "Activité sans description" in explained.stdout

    register = str(EXAMPLES / "certilience.yaml")
    _, alone = check_json(register)
    _, with_pack = check_json("--rules", str(pack), register)
    added = [f for f in with_pack["findings"] if f["rule"] == "HOUSE-001"]
    assert added, "the new rule found nothing on a register without descriptions"
    rest = [f for f in with_pack["findings"] if f["rule"] != "HOUSE-001"]
    assert rest == alone["findings"]


def test_what_the_register_states_for_every_activity():
    """The rights the organisation's procedure offers and the register's review
    date (organization.rights, organization.last_review) are every activity's:
    no RGT-001 or HYG-003 on activities that state neither, and an old review
    date is said once, where it is written."""
    for engine in ("embedded", "opa"):
        _, report = check_json("--engine", engine, str(REGISTERS / "register-wide.yaml"))
        assert [(f["rule"], f["path"]) for f in report["findings"]] == [
            ("HYG-002", "organization.last_review")
        ], engine
