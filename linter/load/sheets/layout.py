"""Layouts: how a spreadsheet's cells map onto the register format, as data.

A layout is a YAML file (the built-in ones are in linter/load/layouts/): which
sheets to read, the labels of each column or fiche line in French and English,
the register field each one fills, and how its text is read (`parse`). A user
describes their own GRC export the same way and passes it with `--layout`.

Two kinds:

* `rows` — one sheet, a header row of column labels, one activity per row
  below it (the ICO templates, most GRC exports, CSV);
* `fiches` — one sheet per activity, each line a label with its value to the
  right or a small table under it (the CNIL register model), and a sheet for
  the organisation.

`docs/spreadsheets.md` documents the keys; `read` checks them, so a layout with
a typo is one line and exit 2, not a silent empty register.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from linter.core.errors import LintError
from linter.core.files import UnreadableFile, read_text
from linter.load.durations import plain_words

BUILT_IN_DIR = Path(__file__).resolve().parent.parent / "layouts"
KINDS = ("rows", "fiches")
PARSERS = ("text", "lines", "list", "vocab", "yesno", "duration", "country", "date", "integer")
_LAYOUT_MAX_BYTES = 1024 * 1024


class LayoutError(LintError):
    """A layout file that cannot be used (exit status 2)."""


@lru_cache(maxsize=65536)  # a sheet repeats its words: each is normalised once
def _plain(text: str) -> str:
    # Case, accents and spacing as durations.py reads a phrase; then a label's asides.
    bare = re.sub(r"\([^)]*\)", " ", plain_words(text))
    bare = re.sub(r"[\s:*?]+$", "", " ".join(bare.split()))
    return bare.strip()


def plain(text) -> str:
    """A label as compared: lower case, no accents, no parenthesised aside,
    no trailing colon or asterisk, one space."""
    return _plain(text if isinstance(text, str) else str(text))


_SEGMENT = re.compile(r"^([\w-]+)(\[\]|\[\*\]|\[(\d+)\])?$")


def field_segments(dotted: str) -> tuple:
    """`purposes[*].legal_basis` → (("purposes", "[*]", None), ("legal_basis", None, None));
    () when the path is not one."""
    out = []
    for part in dotted.split("."):
        m = _SEGMENT.match(part)
        if not m:
            return ()
        out.append((m.group(1), m.group(2), int(m.group(3)) if m.group(3) else None))
    return tuple(out)


@dataclass
class Column:
    """One column of a `rows` layout, one line of a fiche, or one column of a fiche's table."""

    labels: list[str]
    field: str
    parse: str = "text"
    vocabulary: str | None = None  # the vocabulary field for parse: vocab
    set: dict = field(default_factory=dict)  # constants set on each item it creates
    after: list[str] = field(default_factory=list)  # labels of the block it sits in
    columns: list[Column] = field(default_factory=list)  # a fiche line's table
    write: bool = True  # False: a form the reader accepts, never written (convert)
    # A fiche table whose header stands on its own label's line (the CNIL
    # model): the label in column A of each row below names the item —
    # `rows` maps a row label to the fields it sets, `row_field` takes the
    # label of any other row as written.
    rows: dict = field(default_factory=dict)
    row_field: str | None = None
    # A fiche list line whose values stand under a heading on its line, one
    # per row below (« Catégories de personnes concernées | Description »).
    under: list[str] = field(default_factory=list)
    # A table cell whose text also names the item when the row names it
    # nowhere else (a recipient given only by its kind, « Sous-traitants »).
    fill: str | None = None
    # The line's title in English, where the report's fiche shows it (its
    # French title is the model's own, the first label).
    en: str | None = None

    def __post_init__(self):
        self.plain_labels = frozenset(plain(label) for label in self.labels)
        # The field path, parsed once: ((key, "[]" | "[*]" | "[n]" | None, n | None), …).
        self.segments = field_segments(self.field)
        brackets = [b for _, b, _ in self.segments if b is not None]
        self.many = bool(brackets) or self.parse in ("lines", "list")
        self.new_items = bool(brackets) and brackets[0] == "[]"
        self.plain_rows = {plain(label): dict(sets) for label, sets in self.rows.items()}
        self.plain_under = frozenset(plain(label) for label in self.under)

    def matches(self, text) -> bool:
        return isinstance(text, str) and plain(text) in self.plain_labels


@dataclass
class Layout:
    name: str
    kind: str
    title: dict
    source: dict
    sheets: list[str] = field(default_factory=list)  # rows: the sheet, by name
    columns: list[Column] = field(default_factory=list)  # rows: columns; fiches: lines
    organization: list[Column] = field(default_factory=list)
    organization_sheets: list[str] = field(default_factory=list)
    anchors: list[str] = field(default_factory=list)  # fiches: a label that marks a fiche sheet
    defaults: dict = field(default_factory=dict)  # dotted path → value when nothing sets it
    synonyms: dict = field(default_factory=dict)  # vocabulary field → {text: code}
    min_header: int = 3
    extras_sheet: str | None = None  # fiches: the sheet of fields the model has no line for
    # fiches: sheets never read (a tutorial, the drop-down lists), and cell
    # texts read as empty (a drop-down's prompt, a link to the CNIL's guides).
    ignore_sheets: list[str] = field(default_factory=list)
    ignore_cells: list[str] = field(default_factory=list)
    # fiches: the table of the people a fiche names (controller, DPO,
    # representative, joint controllers), one row each.
    actors: Actors | None = None
    # fiches: a sheet listing the activities, one per row, merged with their
    # fiches by reference or name (the CNIL's « Liste des traitements »).
    list_sheet: ListSheet | None = None
    # A purpose's type read from its words where the sheet has no column for
    # it (type → phrases): only where one type alone matches.
    purpose_types: dict = field(default_factory=dict)
    file: str = ""

    def __post_init__(self):
        self.plain_ignored_sheets = frozenset(sheet_key(s) for s in self.ignore_sheets)
        self.plain_ignored_cells = tuple(plain(t) for t in self.ignore_cells)

    def ignores_sheet(self, name: str) -> bool:
        return sheet_key(name) in self.plain_ignored_sheets

    def ignores_cell(self, value) -> bool:
        return isinstance(value, str) and plain(value).startswith(self.plain_ignored_cells)


@dataclass
class Actors:
    """The fiche's « Acteurs » table: its heading, its columns (header label →
    name, address, postcode, city, country, phone or email) and, per row
    label, where that person goes (organization, organization.dpo,
    organization.representative, joint_controllers[])."""

    labels: list[str]
    columns: dict[str, str]
    rows: dict[str, str]

    def __post_init__(self):
        self.plain_labels = frozenset(plain(t) for t in self.labels)
        self.plain_columns = {plain(k): v for k, v in self.columns.items()}
        self.plain_rows = {plain(k): v for k, v in self.rows.items()}


@dataclass
class ListSheet:
    sheets: list[str]
    columns: list[Column]

    def __post_init__(self):
        self.keys = frozenset(sheet_key(s) for s in self.sheets)


def sheet_key(name: str) -> str:
    """A sheet name as compared: an ODS export writes « 2 - Liste » as « 2_-_Liste »."""
    return plain(str(name).replace("_", " "))


def built_in_names() -> list[str]:
    return sorted(p.stem for p in BUILT_IN_DIR.glob("*.yaml"))


@cache
def built_in(name: str) -> Layout:
    return _parse(_yaml(str(BUILT_IN_DIR / f"{name}.yaml")), str(BUILT_IN_DIR / f"{name}.yaml"))


def load(spec: str) -> Layout:
    """A layout by built-in name (cnil, ico-controller…) or from a file."""
    if spec in built_in_names():
        return built_in(spec)
    if not os.path.exists(spec):
        names = ", ".join(built_in_names())
        raise LayoutError(f"--layout {spec}: neither a built-in layout ({names}) nor a file")
    return _parse(_yaml(spec), spec)


def _yaml(path: str) -> dict:
    # The register's own loader: YAML 1.2 scalars (`country: NO` stays Norway,
    # not false), duplicate keys refused, aliases under a budget.
    from linter.core.messages import text
    from linter.load.loader import load_text

    try:
        doc = load_text(read_text(path, _LAYOUT_MAX_BYTES), path)
    except UnreadableFile as exc:
        raise LayoutError(str(exc)) from None
    if doc.findings:
        first = doc.findings[0]
        raise LayoutError(
            f"{path}:{first.pos.line}:{first.pos.column}: not a usable YAML layout"
            f" ({text(first.message, 'en')})"
        )
    data = doc.data
    if not isinstance(data, dict):
        raise LayoutError(f"{path}: a layout is a mapping with `layout:` and `kind:`")
    return data


def _strings(value, where: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return list(value)
    raise LayoutError(f"{where}: expected a label or a list of labels")


def _column(node, where: str) -> Column:
    if not isinstance(node, dict) or "field" not in node or "labels" not in node:
        raise LayoutError(f"{where}: each entry needs `labels` and `field`")
    unknown = set(node) - {
        "labels",
        "field",
        "parse",
        "vocabulary",
        "set",
        "after",
        "columns",
        "write",
        "rows",
        "row_field",
        "under",
        "fill",
        "en",
    }
    if unknown:
        raise LayoutError(f"{where}: unknown key {sorted(unknown)[0]!r}")
    parse = node.get("parse", "text")
    if parse not in PARSERS:
        raise LayoutError(f"{where}: parse {parse!r} is not one of {', '.join(PARSERS)}")
    if parse == "vocab" and not isinstance(node.get("vocabulary"), str):
        raise LayoutError(f"{where}: parse: vocab needs `vocabulary:` (a vocabulary field)")
    if not isinstance(node["field"], str) or not re.fullmatch(r"[\w.\[\]*-]+", node["field"]):
        raise LayoutError(f"{where}: field {node['field']!r} is not a field path")
    return Column(
        labels=_strings(node["labels"], where),
        field=node["field"],
        parse=parse,
        vocabulary=node.get("vocabulary"),
        set=dict(node.get("set") or {}),
        after=_strings(node["after"], where) if node.get("after") else [],
        columns=[
            _column(c, f"{where}.columns[{i}]") for i, c in enumerate(node.get("columns") or [])
        ],
        write=node.get("write", True) is not False,
        rows=_rows(node.get("rows"), where),
        row_field=node.get("row_field"),
        under=_strings(node["under"], where) if node.get("under") else [],
        fill=node.get("fill"),
        en=node["en"] if isinstance(node.get("en"), str) else None,
    )


def _rows(value, where: str) -> dict:
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, dict) for k, v in value.items()
    ):
        raise LayoutError(f"{where}: `rows` maps a row label to the fields it sets")
    return value


def _actors(node, where: str) -> Actors | None:
    if node is None:
        return None
    keys = {"name", "address", "postcode", "city", "country", "phone", "email"}
    targets = {"organization", "organization.dpo", "organization.representative",
               "joint_controllers[]"}  # fmt: skip
    if (
        not isinstance(node, dict)
        or not isinstance(node.get("columns"), dict)
        or not isinstance(node.get("rows"), dict)
    ):
        raise LayoutError(f"{where}: `actors` needs `labels`, `columns` and `rows`")
    bad = sorted(set(node["columns"].values()) - keys)
    bad += sorted(set(node["rows"].values()) - targets)
    if bad:
        raise LayoutError(f"{where}: `actors` cannot place {bad[0]!r}")
    return Actors(_strings(node.get("labels"), where), dict(node["columns"]), dict(node["rows"]))


def _purpose_types(node, where: str) -> dict:
    if node is None:
        return {}
    if not isinstance(node, dict):
        raise LayoutError(f"{where}: maps a purpose type to the phrases that name it")
    return {code: [plain(p) for p in _strings(phrases, where)] for code, phrases in node.items()}


def _list_sheet(node, where: str) -> ListSheet | None:
    if node is None:
        return None
    if not isinstance(node, dict) or not isinstance(node.get("columns"), list):
        raise LayoutError(f"{where}: `list_sheet` needs `sheets` and `columns`")
    return ListSheet(
        _strings(node.get("sheets"), where),
        [_column(c, f"{where}.columns[{i}]") for i, c in enumerate(node["columns"])],
    )


def _parse(data: dict, path: str) -> Layout:
    kind = data.get("kind")
    if kind not in KINDS:
        raise LayoutError(f"{path}: kind must be one of {', '.join(KINDS)}")
    if not isinstance(data.get("columns"), list) or not data["columns"]:
        raise LayoutError(f"{path}: `columns` lists what the layout reads")
    return Layout(
        name=str(data.get("layout") or os.path.splitext(os.path.basename(path))[0]),
        kind=kind,
        title=dict(data.get("title") or {}),
        source=dict(data.get("source") or {}),
        sheets=list(data.get("sheets") or []),
        columns=[_column(c, f"{path}: columns[{i}]") for i, c in enumerate(data["columns"])],
        organization=[
            _column(c, f"{path}: organization[{i}]")
            for i, c in enumerate(data.get("organization") or [])
        ],
        organization_sheets=list(data.get("organization_sheets") or []),
        anchors=list(data.get("anchors") or []),
        defaults=dict(data.get("defaults") or {}),
        synonyms={
            k: {plain(t): c for t, c in v.items()} for k, v in (data.get("synonyms") or {}).items()
        },
        min_header=int(data.get("min_header", 3)),
        extras_sheet=data.get("extras_sheet"),
        ignore_sheets=list(data.get("ignore_sheets") or []),
        ignore_cells=list(data.get("ignore_cells") or []),
        actors=_actors(data.get("actors"), f"{path}: actors"),
        list_sheet=_list_sheet(data.get("list_sheet"), f"{path}: list_sheet"),
        purpose_types=_purpose_types(data.get("purpose_types"), f"{path}: purpose_types"),
        file=path,
    )
