"""A workbook read through a layout into the register format, cell by cell.

The result is the loader's `Document`: the register's data, and for every
node the cell it came from (`Document.cells`, "Fiches!C14", with its row and
column as the position), so the schema, the rules and every output point at
the cell at fault. Nothing is dropped silently: a column or a fiche line the
layout does not know is kept as an `x-` field of its activity (the format's
free extensions) and listed in `Document.unmapped`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..document import Document
from .build import Build, Place, Unmapped, apply_extras
from .grid import Sheet, Workbook, cell_ref
from .layout import Column, Layout, plain

HEADER_SCAN_ROWS = 50  # a header row below the first 50 is not looked for


def _label_at(sheet: Sheet, columns: list[Column], start: int = 0, stop: int | None = None):
    """(column, row, col) of each label found in the sheet's rows."""
    # Sliced, not measured: a streamed sheet (stream.py) is then read only
    # as far as the contact block above its header.
    for r, row in enumerate(sheet.rows[start:stop], start=start):
        for c, text in enumerate(row):
            if isinstance(text, str):
                for column in columns:
                    if column.matches(text):
                        yield column, r, c


def _value_beside(sheet: Sheet, r: int, c: int, below: bool = True):
    """The value of a label: the first filled cell to its right, else (in a
    contact block) the cell under it."""
    row = sheet.rows[r]
    for cc in range(c + 1, len(row)):
        if row[cc] is not None:
            return row[cc], cc, r
    if not below:
        return None, c, r
    below = sheet.value(r + 1, c)
    return (below, c, r + 1) if below is not None else (None, c, r)


def _organization(build: Build, sheets: list[Sheet], org: dict, stop: int | None = None) -> None:
    """The organisation's details, by label; a rows layout's contact block sits
    above its header row (`stop`), so the activities below are not searched."""
    for column in build.layout.organization:
        after = {plain(a) for a in column.after}
        for sheet in sheets:
            start = 0
            if after:
                rows = sheet.rows[:stop]
                marks = (any(plain(t) in after for t in row if isinstance(t, str)) for row in rows)
                start = next((r for r, hit in enumerate(marks) if hit), None)
                if start is None:
                    continue
            found = next(_label_at(sheet, [column], start, stop), None)
            if found:
                _, r, c = found
                # A contact block may put a value under its label; a fiche
                # layout's organisation page keeps it beside (the next line is
                # another label).
                value, vc, vr = _value_beside(sheet, r, c, below=build.layout.kind == "rows")
                if value is not None:
                    build.mark(("organization",), Place(sheet.name, vr, vc), only_new=True)
                    build.put(org, ("organization",), _strip_root(column), value,
                              Place(sheet.name, vr, vc))  # fmt: skip
                break


def _strip_root(column: Column) -> Column:
    if column.field.startswith("organization."):
        return replace(column, field=column.field[len("organization.") :])
    return column


def _defaults(build: Build, data: dict) -> None:
    for dotted, value in build.layout.defaults.items():
        head, _, rest = dotted.partition(".")
        targets = data["activities"] if head == "activity" else [data.get(head)]
        for target in targets:
            if not isinstance(target, dict):
                continue
            node = target
            keys = rest.split(".")
            for key in keys[:-1]:
                node = node.setdefault(key, {})
            node.setdefault(keys[-1], value)


# -- rows: one activity per row ------------------------------------------------


def header_score(sheet: Sheet, layout: Layout) -> tuple[int, int]:
    """(labels matched, row) of the best header row in the sheet's first rows."""
    best = (0, -1)
    for r, row in enumerate(sheet.rows[:HEADER_SCAN_ROWS]):
        score = sum(1 for t in row if any(col.matches(t) for col in layout.columns))
        if score > best[0]:
            best = (score, r)
    return best


def _read_rows(build: Build, book: Workbook, data: dict) -> None:
    layout = build.layout
    named = [s for s in book.sheets if s.name in layout.sheets]
    candidates = named or book.sheets
    sheet = max(candidates, key=lambda s: header_score(s, layout)[0])
    _, header = header_score(sheet, layout)
    # Whatever concerns the register as a whole points at the template's sheet.
    build.mark((), Place(sheet.name, 0, 0))
    by_column: dict[int, Column | str] = {}
    for c, text in enumerate(sheet.rows[header]):
        column = next((col for col in layout.columns if col.matches(text)), None)
        if column is not None:
            by_column[c] = column
        elif isinstance(text, str):
            by_column[c] = text
    _organization(build, [sheet], data["organization"], stop=header)
    for r, row in enumerate(sheet.rows):  # placed as they arrive (stream.py)
        if r <= header or not any(v is not None for v in row):
            continue
        index = len(data["activities"])
        activity: dict = {}
        data["activities"].append(activity)
        path = ("activities", index)
        first = next(c for c, v in enumerate(row) if v is not None)
        build.mark(path, Place(sheet.name, r, first))
        for c, cell in enumerate(row):
            if cell is None or c not in by_column:
                if cell is not None:
                    build.unmapped.append(Unmapped(cell_ref(sheet.name, r, c), "", cell))
                continue
            spec = by_column[c]
            place = Place(sheet.name, r, c)
            if isinstance(spec, Column):
                build.put(activity, path, spec, cell, place)
            else:
                build.extra(activity, path, spec, cell, place)


# -- fiches: one sheet per activity ----------------------------------------------


def is_fiche(sheet: Sheet, layout: Layout) -> bool:
    anchors = {plain(a) for a in layout.anchors}
    return any(
        isinstance(t, str) and plain(t) in anchors for row in sheet.rows[:60] for t in row[:3]
    )


def _table_header(sheet: Sheet, r: int, column: Column) -> dict[int, Column]:
    row = sheet.rows[r] if r < len(sheet.rows) else []
    found = {}
    for c, text in enumerate(row):
        sub = next((s for s in column.columns if s.matches(text)), None)
        if sub is not None:
            found[c] = sub
    return found


def _read_fiche(build: Build, sheet: Sheet, activity: dict, path: tuple) -> None:
    layout = build.layout
    lines = layout.columns
    consumed: set[int] = set()
    r = 0
    while r < len(sheet.rows):
        row = sheet.rows[r]
        hit = next(
            ((col, c) for c, t in enumerate(row[:3]) for col in lines if col.matches(t)), None
        )
        if hit is None:
            r += 1
            continue
        column, c = hit
        consumed.add(r)
        header = _table_header(sheet, r + 1, column) if column.columns else {}
        if header:
            r = _read_table(build, sheet, r + 2, column, header, activity, path, consumed)
            continue
        value, vc, vr = _value_beside(sheet, r, c, below=False)
        if value is not None:
            spec = column
            if column.columns:  # a table given as plain values: its first column
                first = column.columns[0]
                spec = Column(column.labels, f"{column.field}.{first.field}", first.parse,
                              first.vocabulary, {**column.set, **first.set})  # fmt: skip
            build.put(activity, path, spec, value, Place(sheet.name, vr, vc))
        r += 1
    for r, row in enumerate(sheet.rows):
        if r in consumed or not row:
            continue
        label = row[0]
        rest = [(c, v) for c, v in enumerate(row) if c and v is not None]
        if isinstance(label, str) and len(rest) == 1:
            c, value = rest[0]
            build.extra(activity, path, label, value, Place(sheet.name, r, c))
        else:
            for c, v in enumerate(row):
                if v is not None:
                    build.unmapped.append(Unmapped(cell_ref(sheet.name, r, c), "", v))


def _read_table(build, sheet, r, column, header, activity, path, consumed) -> int:
    """Rows of a fiche's table into list items; returns the first row after it."""
    consumed.update(range(r - 2, r))
    lines = build.layout.columns
    while r < len(sheet.rows):
        row = sheet.rows[r]
        if not any(v is not None for v in row):
            break
        if any(col.matches(t) for t in row[:3] for col in lines):
            break
        consumed.add(r)
        key = column.field.removesuffix("[]")
        items = activity.setdefault(key, [])
        if not isinstance(items, list):
            break
        index = len(items)
        item = dict(column.set)
        items.append(item)
        build.mark((*path, key), Place(sheet.name, r, 0), only_new=True)
        build.mark((*path, key, index), Place(sheet.name, r, min(header)))
        for c, sub in header.items():
            cell = sheet.value(r, c)
            if cell is not None:
                build.put(item, (*path, key, index), sub, cell, Place(sheet.name, r, c))
        r += 1
    return r


def _read_fiches(build: Build, book: Workbook, data: dict) -> None:
    layout = build.layout
    fiches = [s for s in book.sheets if is_fiche(s, layout)]
    others = [s for s in book.sheets if s not in fiches and s.name != layout.extras_sheet]
    named = [s for s in others if s.name in layout.organization_sheets]
    _organization(build, named or others, data["organization"])
    for sheet in fiches:
        index = len(data["activities"])
        activity: dict = {}
        data["activities"].append(activity)
        build.mark(("activities", index), Place(sheet.name, 0, 0))
        _read_fiche(build, sheet, activity, ("activities", index))
    extras = book.sheet(layout.extras_sheet) if layout.extras_sheet else None
    if extras is not None:
        apply_extras(build, extras, data, {s.name: i for i, s in enumerate(fiches)})


# -- the register -----------------------------------------------------------


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", plain(text)).strip("-")[:48] or "activite"


def _names_and_ids(build: Build, data: dict) -> None:
    seen: set[str] = set()
    for i, activity in enumerate(data["activities"]):
        path = ("activities", i)
        where = build.doc.positions.get(path)
        if "name" not in activity:
            purposes = activity.get("purposes")
            first = (
                purposes[0].get("description")
                if purposes and isinstance(purposes[0], dict)
                else None
            )
            if isinstance(first, str):
                activity["name"] = first[:120]
                build.doc.positions[(*path, "name")] = build.doc.positions[
                    (*path, "purposes", 0, "description")
                ]
                build.doc.cells[(*path, "name")] = build.doc.cells[
                    (*path, "purposes", 0, "description")
                ]
        if "id" not in activity:
            base = _slug(str(activity.get("name") or f"activite-{i + 1}"))
            ident, n = base, 2
            while ident in seen:
                ident, n = f"{base}-{n}", n + 1
            activity["id"] = ident
        if isinstance(activity.get("id"), str):
            seen.add(activity["id"])
        if where:
            build.doc.positions.setdefault((*path, "id"), where)
            build.doc.cells.setdefault((*path, "id"), build.doc.cells[path])


def read(book: Workbook, layout: Layout) -> Document:
    """The register a workbook holds, read through `layout`."""
    doc = Document(book.file)
    data: dict = {"register": 1, "organization": {}, "activities": []}
    build = Build(doc, layout)
    if layout.kind == "rows":
        _read_rows(build, book, data)
    else:
        _read_fiches(build, book, data)
    _defaults(build, data)
    _names_and_ids(build, data)
    first = book.sheets[0].name if book.sheets else "A"
    if () not in doc.positions:
        doc.positions[()] = (1, 1)
        doc.cells[()] = cell_ref(first, 0, 0)
    for key in ("register", "organization", "activities"):
        if (key,) not in doc.positions:
            doc.positions[(key,)] = doc.positions[()]
            doc.cells[(key,)] = doc.cells[()]
    doc.data = data
    doc.unmapped = build.unmapped
    doc.layout = layout.name
    return doc
