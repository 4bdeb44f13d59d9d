"""Each rule's *avoid* and *prefer* snippets, completed into a register.

A rule's METADATA carries, under `custom.examples`, the smallest register
fragment that fires it (`avoid`) and one that fixes it (`prefer`), and where
the fragment goes (`at`): `activity` (its keys replace the base activity's),
`organization` (likewise for the organisation), `activities` (more activities
after the base one), or `register` (top-level keys: waivers, include).
`complete` puts a snippet into BASE — a small register on which no rule
fires — and says on which lines the snippet stands, so that a test can hold
every rule to its examples: the avoid snippet fires that rule, and only it,
within the snippet; the prefer snippet fires nothing.
"""

from __future__ import annotations

import yaml

PLACES = ("activity", "organization", "activities", "register")

_ORGANIZATION = """\
  name: Atelier Exemple SAS
  country: FR
  contact:
    email: contact@atelier-exemple.fr
"""

_ACTIVITY = """\
    name: Paie des salariés
    role: controller
    last_review: 2026-09-15
    purposes:
      - description: Établissement des bulletins de paie
        type: payroll
        legal_basis: legal_obligation
        legal_obligation: Code du travail, art. L3243-2
    data_subjects: [employees]
    data_categories:
      - name: identity
        source: data_subject
        retention: {active: P5Y, trigger: end_of_contract}
    recipients:
      - {name: Service des ressources humaines, type: internal, country: FR}
    transfers: []
    security_measures: [access_control, authentication]
    rights: [access, rectification]
    dpia: {performed: false}
"""

TODAY = "2026-11-23"  # the examples must not age with the calendar

# Files beside the register, for the examples of `include:`.
FRAGMENTS = {
    "activites/rh.yaml": """\
activities:
  - id: recrutement
    name: Recrutement
    role: controller
    last_review: 2026-09-15
    purposes:
      - {description: Sélection des candidats, type: recruitment, legal_basis: contract}
    data_subjects: [candidates]
    data_categories:
      - {name: identity, source: data_subject, retention: {active: P3M, trigger: last_contact}}
    recipients: []
    transfers: []
    security_measures: [access_control, authentication]
    rights: [access, rectification]
    dpia: {performed: false}
""",
}


def _without(block: str, keys: set, indent: int) -> str:
    """`block` (a mapping at `indent`) less the entries whose key is in `keys`."""
    out, skipping = [], False
    for line in block.splitlines(keepends=True):
        stripped = line[indent:]
        at_key = line.startswith(" " * indent) and not line[indent : indent + 1].isspace()
        if at_key:
            key = stripped.split(":", 1)[0]
            skipping = key in keys
        if not skipping:
            out.append(line)
    return "".join(out)


def _indented(snippet: str, indent: int) -> str:
    pad = " " * indent
    return "".join(pad + line if line.strip() else line for line in snippet.splitlines(True))


def _keys(snippet: str) -> set:
    try:
        found = yaml.safe_load(snippet)
    except yaml.YAMLError:  # an example of a file that does not read
        return set()
    return set(found) if isinstance(found, dict) else set()


def complete(
    snippet: str, at: str = "activity", without=(), organization: str | None = None
) -> tuple[str, int, int]:
    """(the register's text, first and last line of the snippet in it).
    `without` names keys of the base activity the example leaves out;
    `organization`, keys that replace the base organisation's (an exception
    that depends on who keeps the register: its size, its kind)."""
    if at not in PLACES:
        raise ValueError(f"`at` is one of {', '.join(PLACES)}, not {at!r}")
    snippet = snippet.rstrip("\n") + "\n"
    keys = _keys(snippet) if at in ("activity", "organization") else set()
    keys |= set(without)
    head = "register: 1\norganization:\n"
    if at == "organization":
        org = _indented(snippet, 2) + _without(_ORGANIZATION, keys, 2)
        text = head + org
        first = head.count("\n") + 1
    elif organization:
        org = organization.rstrip("\n") + "\n"
        text = head + _indented(org, 2) + _without(_ORGANIZATION, _keys(org), 2)
        first = 0
    else:
        text = head + _ORGANIZATION
        first = 0
    text += "activities:\n  - id: paie\n"
    if at == "activity":
        first = text.count("\n") + 1
        text += _indented(snippet, 4) + _without(_ACTIVITY, keys, 4)
    else:
        text += _ACTIVITY
    if at in ("activities", "register"):
        first = text.count("\n") + 1
        text += _indented(snippet, 2 if at == "activities" else 0)
    last = first + snippet.count("\n") - 1
    return text, first, last
