"""The register schema as a SchemaStore contribution, so editors find it.

Editors that read the SchemaStore catalogue (VS Code's YAML extension,
JetBrains IDEs, yaml-language-server, Helix…) associate a file with a schema by
the catalogue's `fileMatch`, without the first line `init` writes. SchemaStore
takes a new schema as three things (its CONTRIBUTING.md, « How to add a new
JSON Schema »): the schema at `src/schemas/json/<name>.json` whose `$id` is
`https://json.schemastore.org/<name>.json`, a positive test file at
`src/test/<name>/`, and an entry of the catalogue. `ropa-lint schema
--schemastore DIR` writes the three, from this install's schema and its
compliant example, ready to copy into a clone of SchemaStore.

The pattern is a register's own suffix, `*.ropa.yaml`: a catalogue entry
matching every `*.yaml` would claim files that are not registers.
"""

from __future__ import annotations

import json
from pathlib import Path

from linter.core.files import not_a_link
from linter.core.resources import schema_path

# The format's version is in the name: a later format is a new file beside
# this one, listed under the entry's `versions` (SchemaStore's convention).
NAME = "ropa-lint-register-1"
FILE_MATCH = ("*.ropa.yaml", "*.ropa.yml")
URL = f"https://json.schemastore.org/{NAME}.json"


def entry() -> dict:
    """The catalogue entry (src/api/json/catalog.json, in alphabetical order)."""
    return {
        "name": "ropa-lint register",
        "description": (
            "GDPR Article 30 record of processing activities (registre des activités "
            "de traitement) in the ropa-lint register format"
        ),
        "fileMatch": list(FILE_MATCH),
        "url": URL,
    }


def _schema() -> str:
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    schema["$id"] = URL
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def _example() -> str:
    """The register `init` starts from: valid against the schema, and in the
    wheel (the examples are not). A fixed date, so the file is the same
    whenever it is written."""
    from linter.cli.starter import starter

    return starter("fr", "registre.ropa.yaml", today="2026-01-01")


def write(directory: str) -> list[Path]:
    """The three files under `directory`, laid out as in a SchemaStore clone."""
    out = Path(directory)
    files = {
        out / "src" / "schemas" / "json" / f"{NAME}.json": _schema(),
        out / "src" / "test" / NAME / "registre.ropa.yaml": _example(),
        out / "catalog-entry.json": json.dumps(entry(), ensure_ascii=False, indent=2) + "\n",
    }
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        not_a_link(str(path))
        path.write_text(text, encoding="utf-8")
    return list(files)
