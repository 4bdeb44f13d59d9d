"""The schema as a SchemaStore contribution (issue 34): what `ropa-lint schema
--schemastore DIR` writes is what SchemaStore's CONTRIBUTING.md asks for — a
schema whose `$id` is its json.schemastore.org address, a positive test file
the schema accepts, and a catalogue entry whose patterns claim registers and
nothing else."""

from __future__ import annotations

import fnmatch
import json

from conftest import run_cli

from linter.load.loader import load_text


def _written(tmp_path):
    done = run_cli("schema", "--schemastore", str(tmp_path))
    assert done.returncode == 0, done.stderr
    schema = tmp_path / "src" / "schemas" / "json" / "ropa-lint-register-1.json"
    test = tmp_path / "src" / "test" / "ropa-lint-register-1" / "registre.ropa.yaml"
    entry = tmp_path / "catalog-entry.json"
    assert sorted(done.stdout.split()) == sorted(map(str, (schema, test, entry)))
    return json.loads(schema.read_text("utf-8")), test, json.loads(entry.read_text("utf-8"))


def test_the_contribution_is_what_schemastore_takes(tmp_path):
    from jsonschema import Draft202012Validator

    schema, test, entry = _written(tmp_path)
    assert set(entry) == {"name", "description", "fileMatch", "url"}
    assert entry["url"] == schema["$id"] == "https://json.schemastore.org/ropa-lint-register-1.json"
    Draft202012Validator.check_schema(schema)
    # The positive test file, read as YAML is (dates stay text, as editors send them).
    data = load_text(test.read_text("utf-8"), str(test)).data
    assert list(Draft202012Validator(schema).iter_errors(data)) == []
    # And ropa-lint reads it as a register (its findings are the starter's
    # placeholders, none of them the schema's).
    proc = run_cli("check", "--format", "json", str(test))
    assert proc.returncode in (0, 1), proc.stderr
    rules = {f["rule"] for f in json.loads(proc.stdout)["findings"]}
    assert not {r for r in rules if r.startswith("SCH-")}


def test_the_patterns_claim_registers_and_nothing_else(tmp_path):
    _, _, entry = _written(tmp_path)

    def claimed(path: str) -> bool:
        # A bare file-name pattern matches the name in any folder (SchemaStore's reading).
        name = path.rsplit("/", 1)[-1]
        return any(fnmatch.fnmatchcase(name, p) for p in entry["fileMatch"])

    for register in ("registre.ropa.yaml", "registers/paie.ropa.yml", "a/b/rh.ropa.yaml"):
        assert claimed(register), register
    for other in ("registre.yaml", ".ropa-lint.yaml", ".github/workflows/ci.yaml",
                  ".pre-commit-config.yaml", "docker-compose.yml"):  # fmt: skip
        assert not claimed(other), other


def test_a_directory_of_named_registers_is_linted(tmp_path):
    """The suffix costs nothing: `check DIR` finds `*.ropa.yaml` like any register."""
    _, test, _ = _written(tmp_path)
    proc = run_cli("check", "--format", "json", str(test.parent))
    assert proc.returncode in (0, 1), proc.stderr
    assert json.loads(proc.stdout)["summary"]["files"] == 1
