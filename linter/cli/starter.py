"""`ropa-lint init`: a commented register that passes every rule as written."""

from __future__ import annotations

import datetime as dt

_FR = """\
# Registre des activités de traitement (RGPD, article 30) — modèle ropa-lint.
# Remplacez les exemples, puis : ropa-lint check {path}
# Format : durées ISO 8601 (P3Y = 3 ans, P13M = 13 mois), pays ISO 3166 (FR),
# dates AAAA-MM-JJ. `ropa-lint explain RÈGLE` détaille chaque constat.
register: 1
organization:
  name: Ma Société SAS                 # raison sociale
  country: FR                          # pays de l'établissement principal
  contact:                             # au moins un : email, phone, address
    email: contact@societe-exemple.fr
    address: 1 rue de l'Exemple, 75001 Paris
  # dpo: {{name: Prénom Nom, email: dpo@societe-exemple.fr}}   # si un DPO est désigné
activities:
  - id: gestion-clients                # identifiant unique, minuscules et tirets
    name: Gestion des clients
    role: controller                   # controller, joint_controller ou processor
    owner: Service client
    last_review: {today}
    purposes:
      - description: Commandes, livraisons, factures et service après-vente
        type: customer_management
        legal_basis: contract          # art. 6(1) : consent, contract, legal_obligation…
    data_subjects: [customers]
    data_categories:
      - name: identity
        description: Nom, prénom
        retention:
          active: P0D                  # conservé le temps de la relation…
          trigger: end_of_relationship
          archive: P5Y                 # …puis archivé 5 ans (prescription civile)
          basis: Code civil, art. 2224
      - name: contact
        description: Adresse de livraison, courriel
        retention:
          active: P0D
          trigger: end_of_relationship
          archive: P5Y
          basis: Code civil, art. 2224
    recipients:
      - name: Service client
        type: internal
        country: FR
    transfers: []                      # aucune donnée ne quitte l'EEE
    security_measures: [access_control, authentication, encryption_in_transit, backup]
    rights: [access, rectification, erasure, restriction, portability, objection, complaint]
"""

_EN = """\
# Record of processing activities (GDPR Article 30) — ropa-lint starter.
# Replace the examples, then run: ropa-lint check {path}
# Format: ISO 8601 durations (P3Y = 3 years, P13M = 13 months), ISO 3166
# country codes (FR), dates YYYY-MM-DD. `ropa-lint explain RULE` explains findings.
register: 1
organization:
  name: My Company Ltd                 # legal name
  country: FR                          # country of main establishment
  contact:                             # at least one of email, phone, address
    email: contact@my-company.co.uk
    address: 1 Example Street, 75001 Paris
  # dpo: {{name: First Last, email: dpo@my-company.co.uk}}   # when a DPO is designated
activities:
  - id: customer-management            # unique slug: lower case and hyphens
    name: Customer management
    role: controller                   # controller, joint_controller or processor
    owner: Customer service
    last_review: {today}
    purposes:
      - description: Orders, deliveries, invoices and after-sales service
        type: customer_management
        legal_basis: contract          # Art. 6(1): consent, contract, legal_obligation...
    data_subjects: [customers]
    data_categories:
      - name: identity
        description: First and last name
        retention:
          active: P0D                  # kept for the relationship...
          trigger: end_of_relationship
          archive: P5Y                 # ...then archived 5 years (civil limitation)
          basis: Code civil, art. 2224
      - name: contact
        description: Delivery address, email
        retention:
          active: P0D
          trigger: end_of_relationship
          archive: P5Y
          basis: Code civil, art. 2224
    recipients:
      - name: Customer service
        type: internal
        country: FR
    transfers: []                      # no data leave the EEA
    security_measures: [access_control, authentication, encryption_in_transit, backup]
    rights: [access, rectification, erasure, restriction, portability, objection, complaint]
"""


def starter(lang: str = "fr", path: str = "register.yaml", today: str | None = None) -> str:
    template = _FR if lang == "fr" else _EN
    return template.format(path=path, today=today or dt.date.today().isoformat())


_CONFIG = {
    "fr": """\
# Configuration de ropa-lint pour ce dépôt (ropa-lint explain RÈGLE pour chaque constat).
lang: fr
fail_on: error
""",
    "en": """\
# ropa-lint's configuration for this repository (ropa-lint explain RULE for any finding).
lang: en
fail_on: error
""",
}

# A local hook: it runs the ropa-lint installed beside pre-commit, so the
# repository needs no published release to be gated today.
_PRE_COMMIT = """\
repos:
  - repo: local
    hooks:
      - id: ropa-lint
        name: ropa-lint
        entry: ropa-lint check --strict-config --baseline-ref index registers/
        language: system
        pass_filenames: false
        # What the run reads: a commit changing the baseline alone is linted too.
        files: '(\\.(ya?ml|json|csv|ods|xlsx)|pyproject\\.toml)$'
"""


def repository(lang: str = "fr", today: str | None = None) -> dict[str, str]:
    """The files of a register repository, by path: a starter register that
    editors validate against the schema kept beside it, the configuration, and
    the pre-commit hook."""
    from linter.core.resources import schema_path

    name = "registers/registre.yaml" if lang == "fr" else "registers/register.yaml"
    association = "# yaml-language-server: $schema=../.ropa-lint/register.schema.json\n"
    return {
        name: association + starter(lang, name, today),
        ".ropa-lint/register.schema.json": schema_path().read_text(encoding="utf-8"),
        ".ropa-lint.yaml": _CONFIG.get(lang, _CONFIG["en"]),
        ".pre-commit-config.yaml": _PRE_COMMIT,
    }


# The gate's command, shared by the workflows below (and tested as written).
GATE = "ropa-lint check --strict-config"

_GITHUB = """\
# ropa-lint on every push and pull request: annotations, a job summary, SARIF.
name: registre
on: [push, pull_request]
permissions:
  contents: read
jobs:
  ropa-lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 2  # a pull request's base: the baseline is read there
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: python -m pip install "{source}"
      # A baseline is read as the base branch has it (a pull request cannot
      # absorb its own findings by rewriting it): HEAD^1 of the merge commit.
      - run: >-
          {gate}
          --baseline-ref "${{{{ github.event_name == 'pull_request' && 'HEAD^1' || 'HEAD' }}}}"
          --format github -o markdown=ropa-lint.md -o sarif=ropa-lint.sarif registers/
      - if: always()
        run: cat ropa-lint.md >> "$GITHUB_STEP_SUMMARY"
"""

_GITLAB = """\
# ropa-lint on every pipeline: findings in the merge request's Code Quality
# widget and its test report; the job fails on what the gate refuses.
ropa-lint:
  # Not the slim image: git installs from a git URL and reads the baseline
  # as the merge request's base has it.
  image: python:3.11
  variables:
    GIT_DEPTH: "0"  # the merge request's base commit, where the baseline is read
  script:
    - python -m pip install "{source}"
    - >-
      {gate} --baseline-ref "${{CI_MERGE_REQUEST_DIFF_BASE_SHA:-HEAD}}"
      -o gitlab=gl-code-quality-report.json -o junit=ropa-lint.xml registers/
  artifacts:
    when: always
    reports:
      codequality: gl-code-quality-report.json
      junit: ropa-lint.xml
"""


def ci_files(ci: str, source: str) -> dict[str, str]:
    """The CI definition for `ci` (github, gitlab or none); `source` is what
    pip installs: a release once one is published, else a wheel or a git URL."""
    if ci == "github":
        return {".github/workflows/registre.yml": _GITHUB.format(source=source, gate=GATE)}
    if ci == "gitlab":
        return {".gitlab-ci.yml": _GITLAB.format(source=source, gate=GATE)}
    return {}
