"""The wheel carries the rule pack, the tables and the schema (pip install alone runs)."""

from __future__ import annotations

import subprocess
import sys
import zipfile

from conftest import ROOT


def test_wheel_ships_rules_tables_and_schema(tmp_path):
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stderr[-500:]
    (wheel,) = tmp_path.glob("ropa_lint-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "linter/schemas/register.schema.json" in names
    assert "linter/rules/legal_basis/purpose_without_basis.rego" in names
    assert "linter/rules/ropadata/reference/adequacy.yaml" in names
    rules = {n for n in names if n.startswith("linter/rules/") and n.endswith(".rego")}
    in_repo = {f"linter/{p.relative_to(ROOT).as_posix()}" for p in (ROOT / "rules").rglob("*.rego")}
    assert rules == in_repo
    entry = next(n for n in names if n.endswith("entry_points.txt"))
    assert "ropa-lint = linter.cli:main" in zipfile.ZipFile(wheel).read(entry).decode()
