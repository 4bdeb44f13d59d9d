"""A reference table (YAML) read as a register is read: a regular file,
bounded, through the project's loader (`NO` stays Norway in a table too)."""

from __future__ import annotations

from pathlib import Path

from linter.core.errors import RopaLintError
from linter.core.files import UnreadableFile, read_text
from linter.core.messages import text
from linter.load.loader import load_text


class TableError(RopaLintError):
    """The table cannot be used (exit status 2)."""


def load_table(path: Path, max_bytes: int) -> dict:
    try:
        source = read_text(str(path), max_bytes)
    except UnreadableFile as exc:
        raise TableError(str(exc)) from None
    doc = load_text(source, str(path))
    if doc.findings:
        first = doc.findings[0]
        raise TableError(
            f"{first.pos.file}:{first.pos.line}:{first.pos.column}: {text(first.message, 'en')}"
        )
    if not isinstance(doc.data, dict):
        raise TableError(f"{path}: a reference table must be a mapping")
    return doc.data
