"""Cell values placed at a register path, each node remembering its cell.

A layout names a field as a path relative to the activity — `name`,
`purposes[].description` (one new item per value), `purposes[*].legal_basis`
(onto every item, pairwise when the counts agree), `dpia.performed` — and the
sheet `Compléments` names any field with list indices (`purposes[0].consent`).
Both are written here, and both record the cell each node came from.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from itertools import pairwise

from linter.core.document import Document
from linter.load.sheets.grid import Sheet, cell_ref
from linter.load.sheets.layout import Column, Layout, plain
from linter.load.sheets.values import Kept, Quiet, pieces, read_value

# A list whose vocabulary says « other » takes it for a word it does not know,
# so the list is not read as empty; the security measure keeps the text too.
_OTHER = {"security_measure": lambda text: {"measure": "other", "description": text}}


@dataclass
class Unmapped:
    cell: str
    label: str
    value: object
    kept_as: str | None = None  # the x- field it went to, if any


class Place:
    """A cell (0-based row and column). Its name ("'Fiche 1'!C16") is made
    only when a finding or a listing shows it: a sheet of 5,000 rows places
    some 150,000 nodes and reports a few thousand."""

    __slots__ = ("col", "pos", "row", "sheet")

    def __init__(self, sheet: str, row: int, col: int):
        self.sheet, self.row, self.col = sheet, row, col
        self.pos = (row + 1, col + 1)  # the Document's (line, column): 1-based

    @property
    def ref(self) -> str:
        return cell_ref(self.sheet, self.row, self.col)

    __str__ = ref.fget


# A list cell that says there is nothing (« Transferts hors UE : Non »): the
# list is recorded as empty, which the register format reads as "none".
NONE_WORDS = frozenset(
    {"aucun", "aucune", "neant", "non", "none", "no", "nil", "n/a", "-", "sans objet",
     "non concerne", "non concernee", "non applicable", "not applicable", "—", "–"}
)  # fmt: skip


_NOTHING = ("nothing",)  # a list cell that says there is none


@dataclass
class Build:
    doc: Document
    layout: Layout
    unmapped: list[Unmapped] = field(default_factory=list)
    # Cells whose word the vocabulary does not know: (path, column, text, place).
    kept: list[tuple] = field(default_factory=list)
    # Gaps the reading itself sees: (path, place, message).
    said: list[tuple] = field(default_factory=list)
    quiet: set = field(default_factory=set)  # fields kept as the model's own words
    extras: tuple | None = None  # (the sheet of other fields, fiche name → index): read last
    _read: dict = field(default_factory=dict)  # id(column) → {(type, cell): (values, any dict)}

    def __post_init__(self):
        # Bound once: a 5,000-row sheet marks some 200,000 nodes.
        self._positions = self.doc.positions
        self._cells = self.doc.cells

    def mark(self, path: tuple, place: Place, *, only_new: bool = False) -> None:
        if only_new and path in self._positions:
            return
        self._positions[path] = place.pos
        self._cells[path] = place

    # -- writing a field path ------------------------------------------------

    def put(self, base: dict, base_path: tuple, column: Column, cell, place: Place) -> None:
        """The cell's value(s) into `base` at the column's field path."""
        segments = column.segments
        if not segments:
            return
        # A column repeats its words down the rows (a legal basis, « Oui »,
        # « 5 ans »): each distinct cell is read once. The type is part of the
        # key, since True == 1 and an integer column keeps True as written.
        memo = self._read.get(id(column))
        if memo is None:
            memo = self._read[id(column)] = {}
        key = (type(cell), cell)
        got = memo.get(key)
        if got is None:
            values = self._values(column, cell)
            shared = values is not _NOTHING and any(type(v) is dict for v in values)
            got = memo[key] = (values, shared)
        values, shared = got
        if values is _NOTHING:
            self._empty(base, base_path, segments, place)
        elif values:
            # Each activity its own copy of a retention block: the register
            # shares no node between two places (YAML would write an alias).
            copied = [dict(v) if type(v) is dict else v for v in values] if shared else list(values)
            self._assign(base, base_path, segments, copied, column, place)

    def _values(self, column: Column, cell) -> tuple:
        if column.new_items and isinstance(cell, str) and plain(cell) in NONE_WORDS:
            return _NOTHING
        if column.many:
            return tuple(read_value(p, column, self.layout) for p in pieces(cell, column.parse))
        return (read_value(cell, column, self.layout),)

    def _empty(self, node: dict, path: tuple, segments: tuple, place: Place) -> None:
        for key, brackets, _ in segments:
            path = (*path, key)
            if brackets is not None:
                if key not in node:
                    node[key] = []
                    self.mark(path, place)
                return
            node = node.setdefault(key, {})
            if not isinstance(node, dict):
                return

    def _assign(self, node: dict, path: tuple, segments: tuple, got: list, column, place):
        """`got` written at `segments` under `node` (at `path`): walked as a
        loop down plain keys, recursing only into list items."""
        while True:
            key, brackets, position = segments[0]
            here = (*path, key)
            rest = segments[1:]
            if brackets is None:
                if not rest and any(isinstance(v, Kept) for v in got):
                    self._keep(node, path, key, got, column, place)
                    return
                if not rest:
                    if column.parse in ("lines", "list"):
                        node[key] = got  # a list field given without []: the cell's pieces
                    else:
                        node[key] = got[0] if len(got) == 1 else "\n".join(map(str, got))
                    self.mark(here, place)
                    return
                child = node.get(key)
                if not isinstance(child, dict):
                    child = node[key] = {}
                    self.mark(here, place, only_new=True)
                node, path, segments = child, here, rest
                continue
            items = node.get(key)
            if not isinstance(items, list):
                items = node[key] = []
                self.mark(here, place, only_new=True)
            if brackets == "[]":  # one new item per piece
                for value in got:
                    at = (*here, len(items))
                    self.mark(at, place)
                    if rest:
                        item = dict(column.set)
                        items.append(item)
                        for k in column.set:
                            self.mark((*at, k), place)
                        self._assign(item, at, rest, [value], column, place)
                    elif isinstance(value, Kept):
                        self._keep_item(node, path, key, items, value, column, place)
                    else:
                        items.append(value)
                return
            if brackets == "[*]":  # onto every item: pairwise when the counts agree
                if not items:
                    for _ in got:
                        self.mark((*here, len(items)), place)
                        items.append(dict(column.set))
                last = len(got) - 1
                for index, item in enumerate(items):
                    if isinstance(item, dict):
                        value = got[index] if index <= last else got[last]
                        self._assign(item, (*here, index), rest, [value], column, place)
                return
            while len(items) <= position:
                items.append({})
            if not (isinstance(items[position], dict) and rest):
                return
            node, path, segments = items[position], (*here, position), rest

    def _keep(self, node: dict, path: tuple, key: str, got: list, column, place: Place) -> None:
        """A field's word the vocabulary does not know: the text goes beside
        it, as written, and the cell is said (`kept`)."""
        text = "\n".join(map(str, got))
        node["x-" + key] = text
        self.mark((*path, "x-" + key), place)
        self.mark((*path, key), place)  # a rule saying the field is missing points here
        if all(isinstance(v, Quiet) for v in got if isinstance(v, Kept)):
            self.quiet.add((*path, key))
        else:
            self.kept.append(((*path, key), column, text, place))

    def _keep_item(self, node, path, key, items, value, column, place) -> None:
        """One word of a list the vocabulary does not know: « other » where the
        vocabulary has it (the text kept with it), and the text beside the list."""
        make = _OTHER.get(column.vocabulary)
        has_other = "other" in _vocabulary(column.vocabulary)
        if has_other:
            self.mark((*path, key, len(items)), place)
            items.append(make(str(value)) if make else "other")
        if make is None:
            beside = node.setdefault("x-" + key, [])
            if isinstance(beside, list):
                beside.append(str(value))
                self.mark((*path, "x-" + key), place)
        if isinstance(value, Quiet):
            self.quiet.add((*path, key))
        elif not has_other:
            # Nothing of it reached the field: said at its cell. « Other »,
            # with the author's words beside it, is a reading, not a loss.
            self.kept.append(((*path, key), column, str(value), place))

    def extra(self, base: dict, base_path: tuple, label: str, cell, place: Place) -> None:
        """A column or line the layout does not know: kept as x-<label>, listed."""
        key = "x-" + (re.sub(r"[^a-z0-9]+", "-", plain(label)).strip("-")[:60] or "column")
        if key in base:
            self.unmapped.append(Unmapped(place.ref, label, cell))
            return
        base[key] = cell
        self.mark((*base_path, key), place)
        self.unmapped.append(Unmapped(place.ref, label, cell, key))


def _vocabulary(field: str | None) -> dict:
    from linter.load import vocabulary

    return vocabulary.table().get(field, {}) if field else {}


# -- the sheet of what the model has no line for ----------------------------------

EXTRAS_HEADER = ("Fiche", "Champ", "Valeur (JSON)", "Action")
REMOVE = "retirer"


def parse_path(text: str) -> tuple | None:
    path = []
    for part in str(text).split("."):
        m = re.fullmatch(r"([\w-]+)((?:\[\d+\])*)", part)
        if not m:
            return None
        path.append(m.group(1))
        path += [int(i) for i in re.findall(r"\[(\d+)\]", m.group(2))]
    return tuple(path)


def apply_extras(build: Build, sheet: Sheet, data: dict, fiche_index: dict) -> None:
    for r, row in enumerate(sheet.rows[1:], start=1):
        fiche, where, raw, action = (list(row) + [None] * 4)[:4]
        path = parse_path(where) if where else None
        place = Place(sheet.name, r, 2)
        try:
            value = json.loads(raw) if isinstance(raw, str) else raw
        except json.JSONDecodeError:
            value = raw
        if path is None:
            if any(v is not None for v in row):
                build.unmapped.append(Unmapped(place.ref, str(where or ""), raw))
            continue
        if fiche:
            if fiche not in fiche_index:
                build.unmapped.append(Unmapped(place.ref, str(where), raw))
                continue
            path = ("activities", fiche_index[fiche], *path)
        _set_path(data, path, value, remove=plain(action or "") == REMOVE)
        build.mark(path, place)


def _set_path(node, path: tuple, value, *, remove: bool = False) -> None:
    """Set (or remove) `path` in `node`; a container of the wrong kind on the
    way (a mapping where the path indexes a list) is replaced by the right one."""
    for key, nxt in pairwise(path):
        kind = list if isinstance(nxt, int) else dict
        if isinstance(node, list):
            if not isinstance(key, int):
                return
            if remove and len(node) <= key:
                return
            while len(node) <= key:
                node.append(kind())
        elif isinstance(key, int):
            return
        child = node[key] if isinstance(node, list) else node.get(key)
        if not isinstance(child, kind):
            if remove:  # nothing there to remove
                return
            child = node[key] = kind()
        node = child
    last = path[-1]
    if isinstance(node, list) != isinstance(last, int):
        return
    if isinstance(node, list):
        if remove:
            if last < len(node):
                node.pop(last)
            return
        while len(node) <= last:
            node.append(None)
        node[last] = value
    elif remove:
        node.pop(last, None)
    else:
        node[last] = value
