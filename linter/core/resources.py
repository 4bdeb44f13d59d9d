"""Where the bundled rule pack and schema are: in the wheel, or in a checkout."""

from __future__ import annotations

from pathlib import Path

# linter/core/resources.py → linter/: where the wheel copies them.
_HERE = Path(__file__).resolve().parent.parent


def _bundled(name: str) -> Path:
    # In a wheel they are copied into the package; in a checkout (editable
    # install) they are top-level folders beside it.
    inside = _HERE / name
    return inside if inside.is_dir() else _HERE.parent / name


def rules_dir() -> Path:
    return _bundled("rules")


def schema_path() -> Path:
    return _bundled("schemas") / "register.schema.json"
