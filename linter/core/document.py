"""What every reader builds — the YAML loader and the spreadsheet reader
(linter/sheets) alike: a `Document`, the register's data with where each node
stands, built with the cyclic collector paused."""

from __future__ import annotations

import contextlib
import gc
from dataclasses import dataclass, field
from typing import Any

from linter.core.findings import Pos, RawFinding

Path = tuple  # ("activities", 0, "purposes", 1, "legal_basis")


@dataclass
class Document:
    """A register as loaded: its data, where each node stands, and what went wrong.

    Positions are (line, column) pairs keyed by path; `files` names the file of
    the activities that came from an `include:` (keyed by their path).
    """

    file: str  # as the user named it
    data: Any = None
    positions: dict[Path, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[Path, tuple[int, int]] = field(default_factory=dict)
    files: dict[Path, str] = field(default_factory=dict)
    findings: list[RawFinding] = field(default_factory=list)
    included: list[str] = field(default_factory=list)  # display names of included files
    included_real: set[str] = field(default_factory=set)
    # Nodes read but not as written (a refused tag, a bad merge): their unit is set aside.
    slips: list[Path] = field(default_factory=list)
    empty: bool = False  # the file holds nothing at all (no YAML node)
    # Included files whose activities could not be read: (file, path of the `include` entry).
    unread_fragments: list[tuple[str, Path]] = field(default_factory=list)
    # A register read from a spreadsheet (linter/sheets): each node's cell
    # ("Fiches!C14"), what the layout did not map, and the layout's name.
    cells: dict[Path, str] = field(default_factory=dict)
    unmapped: list = field(default_factory=list)
    layout: str | None = None
    # The layout's label of each field it reads, and its sheet of other
    # fields: a rule's message names fields by them (sheets/wording.py).
    sheet_labels: dict[str, str] = field(default_factory=dict)
    extras_sheet: str | None = None
    # Fields whose cell held a word the vocabulary does not know, kept beside
    # them as written: their absence is that finding's, not a missing field's.
    kept: set[Path] = field(default_factory=set)
    # What a spreadsheet's reading has to say, reported by the schema:
    # ("kept" | "gap", path, Pos, Message).
    notes: list = field(default_factory=list)

    @property
    def readable(self) -> bool:
        """The file was read to its end: there is data to validate."""
        return self.data is not None

    def activity_id(self, path: Path) -> str | None:
        """The `id` of the activity that `path` (activities[i]…) lies in, if it has one."""
        if len(path) < 2 or path[0] != "activities" or not isinstance(path[1], int):
            return None
        acts = self.data.get("activities") if isinstance(self.data, dict) else None
        if isinstance(acts, list) and path[1] < len(acts) and isinstance(acts[path[1]], dict):
            ident = acts[path[1]].get("id")
            return ident if isinstance(ident, str) else None
        return None

    def file_of(self, path: Path) -> str:
        if self.files:
            for n in range(len(path), 0, -1):
                found = self.files.get(path[:n])
                if found:
                    return found
        return self.file

    def locate(self, path: Path, *, key: bool = False) -> Pos:
        """Position of `path`, or of its nearest ancestor that exists."""
        p = tuple(path)
        if key and p in self.key_positions:
            return Pos(self.file_of(p), *self.key_positions[p])
        while p:
            if p in self.positions:
                return Pos(self.file_of(p), *self.positions[p], self.cells.get(p))
            p = p[:-1]
        return Pos(self.file, *self.positions.get((), (1, 1)), self.cells.get(()))


# A mapping with none of these is no register at all: a searched directory's
# other YAML is skipped on it, and a named file gets one SCH-005 for it.
REGISTER_KEYS = frozenset({"register", "organization", "activities"})


def looks_like_register(doc: Document) -> bool:
    data = doc.data
    return isinstance(data, dict) and bool(REGISTER_KEYS & set(data))


def another_tools_file(doc: Document) -> bool:
    """Empty, or read without a slip and holding no register key: some other
    tool's YAML (a CI workflow, a pre-commit configuration). A directory's
    search skips it and the language server says nothing on it; a file named
    on the command line is still judged."""
    return doc.empty or (not doc.findings and not looks_like_register(doc))


@contextlib.contextmanager
def collector_paused():
    """Python's cyclic collector off while a register is built. What is built
    forms no cycle, and the collector, run at every few hundred new objects,
    rescanned the growing heap each time: loading YAML was superlinear, and
    placing a 5,000-row sheet took 1.1 s instead of 0.7 s."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            if _freeze_built:
                gc.freeze()
            gc.enable()


# Set by a one-shot command (cli_run): what it builds lives until it exits,
# so it is frozen out of the collector's reach — otherwise the first
# collection after a pause scans all of it (0.1 s after a 5,000-row sheet).
# A process that lives on (the language server, a library's user) keeps it
# off: a frozen object is never collected, so a cycle among them would leak.
_freeze_built = False


def freeze_what_is_built(on: bool = True) -> None:
    global _freeze_built
    _freeze_built = on
