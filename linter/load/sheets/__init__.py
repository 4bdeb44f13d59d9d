"""Registers kept in spreadsheets: read beside the YAML loader, not inside it.

load → the same `Document` the YAML loader gives, so validation, the rules
and every output work unchanged; the cell of each node replaces its line.
"""

from __future__ import annotations

from linter.core.document import Document, collector_paused
from linter.core.files import DEFAULT_MAX_BYTES, UnreadableFile
from linter.load.discovery import SPREADSHEET_SUFFIXES, is_spreadsheet
from linter.load.sheets.grid import Workbook
from linter.load.sheets.layout import Layout, LayoutError, built_in, built_in_names, load
from linter.load.sheets.reader import header_score, is_fiche, missing_labels, read
from linter.load.sheets.workbook import read_workbook

__all__ = [
    "SPREADSHEET_SUFFIXES",
    "LayoutError",
    "detect",
    "is_spreadsheet",
    "load_register",
    "read_workbook",
]


def _score(book: Workbook, layout: Layout) -> int:
    if layout.kind == "fiches":
        return 100 * sum(1 for s in book.sheets if is_fiche(s, layout))
    return max((header_score(s, layout)[0] for s in book.sheets), default=0)


def detect(book: Workbook) -> Layout:
    """The built-in layout the workbook follows: the most labels recognised;
    none fitting, one line naming the closest and the labels it lacks."""
    scored = []
    closest = (-1, "")
    for name in built_in_names():
        layout = built_in(name)
        score = _score(book, layout)
        closest = max(closest, (score, name))
        if score >= (1 if layout.kind == "fiches" else layout.min_header):
            scored.append((score, name))
    if not scored:
        names = ", ".join(built_in_names())
        near = built_in(closest[1])
        raise UnreadableFile(
            f"{book.file}: no built-in layout recognised ({names}); the closest, "
            f"{near.name}, {missing_labels(book, near)}; describe the workbook's "
            "columns in a layout file and pass --layout FILE"
        )
    return built_in(max(scored)[1])


def load_register(
    path: str, display: str | None = None, *, layout: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Document:  # fmt: skip
    """The register a spreadsheet holds; UnreadableFile (exit 2) when it cannot be read."""
    display = display or path
    with collector_paused():
        book = read_workbook(path, display, max_bytes, streamed=True)
        try:
            chosen = load(layout) if layout else detect(book)
            if chosen.kind == "rows" or any(is_fiche(s, chosen) for s in book.sheets):
                doc = read(book, chosen)
            else:
                raise UnreadableFile(f"{display}: no fiche of the {chosen.name} layout found")
            book.finish()
        finally:
            book.close()
    if not doc.data["activities"]:
        raise UnreadableFile(f"{display}: the {chosen.name} layout found no activity in it")
    return doc
