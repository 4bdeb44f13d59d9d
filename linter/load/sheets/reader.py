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

from linter.core.document import Document
from linter.core.files import UnreadableFile
from linter.load.sheets.build import NONE_WORDS, Build, Place, Unmapped, apply_extras
from linter.load.sheets.grid import Sheet, Workbook, cell_ref
from linter.load.sheets.layout import Column, Layout, plain, sheet_key
from linter.load.sheets.values import country
from linter.load.sheets.wording import field_labels

# A CSV kept in git and merged: its conflict markers are no activity.
_CONFLICT = re.compile(r"^(?:<{7}|={7}|>{7})(?:\s|$)")
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
            if _is_label(row[cc]):  # « Nom : | | Prénom : »: the next label, not a value
                return None, c, r
            return row[cc], cc, r
    if not below:
        return None, c, r
    below = sheet.value(r + 1, c)
    return (below, c, r + 1) if below is not None else (None, c, r)


def _is_label(value) -> bool:
    return isinstance(value, str) and value.rstrip().endswith(":")


def _organization(build: Build, sheets: list[Sheet], org: dict, stop: int | None = None) -> None:
    """The organisation's details, by label; a rows layout's contact block sits
    above its header row (`stop`), so the activities below are not searched."""
    for column in build.layout.organization:
        after = {plain(a) for a in column.after}
        for sheet in sheets:
            start, block = 0, None
            if after:
                mark = next(
                    ((r, c) for r, row in enumerate(sheet.rows[:stop]) for c, t in enumerate(row)
                     if isinstance(t, str) and plain(t) in after), None,
                )  # fmt: skip
                if mark is None:
                    continue
                start, block = mark
            found = next(_label_at(sheet, [column], start, stop), None)
            if found:
                _, r, c = found
                if block is not None and block > c:
                    # Blocks side by side (« Controller | DPO | Representative »
                    # over the lines « Name », « Email »…): the value stands
                    # under its block's heading, not in the first cell beside.
                    value, vc, vr = sheet.value(r, block), block, r
                else:
                    # A contact block may put a value under its label; a fiche
                    # layout's organisation page keeps it beside (the next line
                    # is another label).
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


def _country_from_address(build: Build, data: dict) -> None:
    """An organisation whose address ends with a country (« …, New York,
    USA ») is in that country, whatever the model's usual one."""
    org = data.get("organization")
    contact = org.get("contact") if isinstance(org, dict) else None
    address = contact.get("address") if isinstance(contact, dict) else None
    if "country" in org or not isinstance(address, str):
        return
    last = re.split(r"[,\n]", address.strip())[-1].strip()
    code = country(last)
    if code != last:
        org["country"] = code
        where = build.doc.cells.get(("organization", "contact", "address"))
        if where is not None:
            build.mark(("organization", "country"), where)


# The headings of the activities' list on an organisation sheet (the one
# `convert` writes: « Activités de traitement », then « N° | Activité | Fiche »).
_ACTIVITY_LIST = frozenset({"activites", "activites de traitement", "fiche"})


def _organization_extras(build: Build, sheet: Sheet, org: dict) -> None:
    """A line of the organisation's sheet the layout does not know (« Gérant »,
    « SIRET »): kept as an `x-` field of the organisation and listed, never
    dropped."""
    known = build.layout.organization
    for r, row in enumerate(sheet.rows):
        label = row[0] if row else None
        if any(isinstance(t, str) and plain(t) in _ACTIVITY_LIST for t in row):
            break  # the list of the activities and their fiches begins
        if not isinstance(label, str) or any(col.matches(label) for col in known):
            continue
        rest = [(c, v) for c, v in enumerate(row) if c and not _blank(v)]
        if len(rest) == 1:
            c, value = rest[0]
            build.extra(org, ("organization",), label, value, Place(sheet.name, r, c))


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


def missing_labels(book: Workbook, layout: Layout) -> str:
    """What a layout did not find in the workbook, as the end of a sentence."""
    if layout.kind == "fiches":
        return f"finds no sheet with « {layout.anchors[0]} » in column A to C"
    sheet = max(book.sheets, key=lambda s: header_score(s, layout)[0], default=None)
    score, row = header_score(sheet, layout) if sheet else (0, -1)
    found = sheet.rows[row] if sheet and row >= 0 else []
    lacking = [c.labels[0] for c in layout.columns if not any(c.matches(t) for t in found)]
    where = f"row {row + 1} of sheet « {sheet.name} »" if score else "no row"
    return (
        f"matches {score} of the {layout.min_header} header labels it needs ({where}); "
        f"missing: {', '.join(lacking[:6])}{'…' if len(lacking) > 6 else ''}"
    )


def _read_rows(build: Build, book: Workbook, data: dict) -> None:
    layout = build.layout
    named = [s for s in book.sheets if s.name in layout.sheets]
    candidates = named or book.sheets
    sheet = max(candidates, key=lambda s: header_score(s, layout)[0])
    score, header = header_score(sheet, layout)
    if score < layout.min_header:
        # Without its header a layout would make an activity of every row.
        raise UnreadableFile(
            f"{book.file}: the {layout.name} layout {missing_labels(book, layout)}"
        )
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
    # Every label of the layout, once: a row holding as many as a header does
    # is the header again (one set lookup a cell, not one per column).
    labels = frozenset().union(*(col.plain_labels for col in layout.columns))
    again = max(layout.min_header, 2)
    for r, row in enumerate(sheet.rows):  # placed as they arrive (stream.py)
        if r <= header or not any(v is not None for v in row):
            continue
        first_cell = next((v for v in row if v is not None), None)
        if isinstance(first_cell, str) and _CONFLICT.match(first_cell):
            raise UnreadableFile(
                f"{book.file}: row {r + 1} of sheet « {sheet.name} » is a merge-conflict "
                f"marker ({first_cell.split()[0]}): resolve the conflict, then lint the file"
            )
        if sum(1 for t in row if isinstance(t, str) and plain(t) in labels) >= again:
            continue  # the header again (a block pasted with its heading): not an activity
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
    if layout.ignores_sheet(sheet.name) or (
        layout.list_sheet and sheet_key(sheet.name) in layout.list_sheet.keys
    ):
        return False
    anchors = {plain(a) for a in layout.anchors}
    return any(
        isinstance(t, str) and plain(t) in anchors for row in sheet.rows[:60] for t in row[:3]
    )


def _table_header(sheet: Sheet, r: int, column: Column, skip: int = -1) -> dict[int, Column]:
    row = sheet.rows[r] if r < len(sheet.rows) else []
    found = {}
    for c, text in enumerate(row):
        sub = next((s for s in column.columns if s.matches(text)), None)
        if sub is not None and c != skip:
            found[c] = sub
    return found


def _blank(value) -> bool:
    """A cell that says nothing: empty, or « Non concerné », « N/A », « — »."""
    return value is None or (isinstance(value, str) and plain(value) in NONE_WORDS)


def _read_fiche(build: Build, sheet: Sheet, activity: dict, path: tuple, org: dict) -> None:
    layout = build.layout
    lines = layout.columns
    actors = layout.actors
    consumed: set[int] = set()
    r = 0
    while r < len(sheet.rows):
        row = sheet.rows[r]
        if actors and any(plain(t) in actors.plain_labels for t in row[:3] if isinstance(t, str)):
            r = _read_actors(build, sheet, r, activity, path, org, consumed)
            continue
        hit = next(
            ((col, c) for c, t in enumerate(row[:3]) for col in lines if col.matches(t)), None
        )
        if hit is None:
            r += 1
            continue
        column, c = hit
        consumed.add(r)
        under = next(
            (cc for cc, t in enumerate(row) if cc > c and isinstance(t, str)
             and plain(t) in column.plain_under), None,
        )  # fmt: skip
        if under is not None:
            r = _read_under(build, sheet, r + 1, under, column, activity, path, consumed)
            continue
        header = _table_header(sheet, r + 1, column) if column.columns else {}
        if header:
            r = _read_table(build, sheet, r + 2, column, header, activity, path, consumed)
            continue
        # The CNIL model puts a table's header on its label's own line.
        header = _table_header(sheet, r, column, skip=c) if column.columns else {}
        if header:
            r = _read_table(build, sheet, r + 1, column, header, activity, path, consumed,
                            labelled=c)  # fmt: skip
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
        # « N/A », « Non concerné »: an answer that there is nothing, not a field.
        rest = [(c, v) for c, v in enumerate(row) if c and not _blank(v)]
        if isinstance(label, str) and len(rest) == 1:
            c, value = rest[0]
            build.extra(activity, path, label, value, Place(sheet.name, r, c))
        elif rest:
            for c, v in enumerate(row):
                if v is not None:
                    build.unmapped.append(Unmapped(cell_ref(sheet.name, r, c), "", v))


def _ends_table(build: Build, row: list) -> bool:
    if not any(v is not None for v in row):
        return True
    return any(col.matches(t) for t in row[:3] for col in build.layout.columns)


def _read_under(build, sheet, r, c, column, activity, path, consumed) -> int:
    """The values standing under a heading, one per row, until a blank row."""
    while r < len(sheet.rows) and not _ends_table(build, sheet.rows[r]):
        consumed.add(r)
        cell = sheet.value(r, c)
        if not _blank(cell):
            build.put(activity, path, column, cell, Place(sheet.name, r, c))
        r += 1
    return r


def _read_table(build, sheet, r, column, header, activity, path, consumed, labelled=None) -> int:
    """Rows of a fiche's table into list items; returns the first row after it.
    `labelled`: the column of the rows' own labels (a header on the table's
    label line), which name the item; a row whose cells say nothing is not one."""
    consumed.update(range(r - (1 if labelled is not None else 2), r))
    key = column.field.removesuffix("[]")
    while r < len(sheet.rows):
        row = sheet.rows[r]
        if _ends_table(build, row):
            break
        consumed.add(r)
        if all(_blank(sheet.value(r, c)) for c in header):
            r += 1
            continue
        items = activity.setdefault(key, [])
        if not isinstance(items, list):
            break
        index = len(items)
        item = dict(column.set)
        items.append(item)
        build.mark((*path, key), Place(sheet.name, r, 0), only_new=True)
        build.mark((*path, key, index), Place(sheet.name, r, min(header)))
        if labelled is not None:
            _row_label(build, sheet, r, labelled, column, item, (*path, key, index))
        for c, sub in header.items():
            cell = sheet.value(r, c)
            if not _blank(cell):
                build.put(item, (*path, key, index), sub, cell, Place(sheet.name, r, c))
        for c, sub in header.items():
            cell = sheet.value(r, c)
            if sub.fill and sub.fill not in item and isinstance(cell, str) and not _blank(cell):
                item[sub.fill] = cell
                build.mark((*path, key, index, sub.fill), Place(sheet.name, r, c))
        r += 1
    return r


def _row_label(build, sheet, r, c, column, item, at) -> None:
    label = sheet.value(r, c)
    if not isinstance(label, str):
        return
    place = Place(sheet.name, r, c)
    for k, v in column.plain_rows.get(plain(label), {}).items():
        item[k] = v
        build.mark((*at, k), place)
    if column.row_field and column.row_field not in item:
        item[column.row_field] = label
        build.mark((*at, column.row_field), place)


def _read_actors(build, sheet, r, activity, path, org, consumed) -> int:
    """The « Acteurs » table: the controller, the DPO and the representative go
    to the organisation (the first fiche to name them), joint controllers to
    the activity."""
    actors = build.layout.actors
    header = {c: actors.plain_columns[plain(t)] for c, t in enumerate(sheet.rows[r])
              if isinstance(t, str) and plain(t) in actors.plain_columns}  # fmt: skip
    consumed.add(r)
    r += 1
    while r < len(sheet.rows):
        row = sheet.rows[r]
        if _ends_table(build, row):
            break
        label = row[0]
        target = actors.plain_rows.get(plain(label)) if isinstance(label, str) else None
        if target is None:  # a row the model adds (« Société du DPO »): kept as x-
            r += 1
            continue
        consumed.add(r)
        person = {key: (sheet.value(r, c), Place(sheet.name, r, c)) for c, key in header.items()
                  if not _blank(sheet.value(r, c))}  # fmt: skip
        if person:
            _place_actor(build, target, person, activity, path, org)
        r += 1
    return r


def _place_actor(build, target, person, activity, path, org) -> None:
    lines = []
    if "address" in person or "postcode" in person or "city" in person:
        parts = [str(person[k][0]) for k in ("address", "postcode", "city") if k in person]
        where = next(person[k][1] for k in ("address", "postcode", "city") if k in person)
        lines.append(("address", " ".join(parts), where))
    for key in ("name", "email", "phone"):
        if key in person:
            lines.append((key, person[key][0], person[key][1]))
    if target == "joint_controllers[]":
        items = activity.setdefault("joint_controllers", [])
        if isinstance(items, list):
            at = (*path, "joint_controllers", len(items))
            item = {}
            items.append(item)
            build.mark(at, lines[0][2] if lines else person[next(iter(person))][1])
            for key, value, place in lines:
                item[key] = value
                build.mark((*at, key), place)
        return
    if target == "organization":
        node, at = org, ("organization",)
        if "country" in person and "country" not in org:
            org["country"] = country(person["country"][0])
            build.mark((*at, "country"), person["country"][1])
    else:
        sub = target.split(".", 1)[1]
        node, at = org.setdefault(sub, {}), ("organization", sub)
        if not isinstance(node, dict):
            return
    for key, value, place in lines:
        holder, where = node, at
        if target == "organization" and key != "name":
            holder, where = node.setdefault("contact", {}), (*at, "contact")
            if not isinstance(holder, dict):
                continue
        if key not in holder:  # the first fiche that names them
            holder[key] = value
            build.mark(where, place, only_new=True)
            build.mark((*where, key), place)


# What makes a fiche an activity: a fiche left as the model gave it (a
# reference and nothing else) is not one.
_CONTENT = ("name", "purposes", "data_subjects", "data_categories", "recipients", "transfers",
            "security_measures", "description")  # fmt: skip


def _read_fiches(build: Build, book: Workbook, data: dict) -> None:
    layout = build.layout
    fiches = [s for s in book.sheets if is_fiche(s, layout)]
    others = [s for s in book.sheets if s not in fiches and s.name != layout.extras_sheet]
    others = [s for s in others if not layout.ignores_sheet(s.name)]
    wanted = {sheet_key(name) for name in layout.organization_sheets}
    if layout.list_sheet:
        wanted |= layout.list_sheet.keys
    named = [s for s in others if sheet_key(s.name) in wanted]
    _organization(build, named or others, data["organization"])
    for sheet in named:
        if not (layout.list_sheet and sheet_key(sheet.name) in layout.list_sheet.keys):
            _organization_extras(build, sheet, data["organization"])
    read_fiches = []
    for sheet in fiches:
        index = len(data["activities"])
        activity: dict = {}
        data["activities"].append(activity)
        build.mark(("activities", index), Place(sheet.name, 0, 0))
        _read_fiche(build, sheet, activity, ("activities", index), data["organization"])
        if not any(key in activity for key in _CONTENT):
            data["activities"].pop()
            _forget(build, ("activities", index))
            build.unmapped.append(Unmapped(cell_ref(sheet.name, 0, 0), sheet.name, None))
            continue
        read_fiches.append(sheet)
    if layout.list_sheet:
        _read_list(build, book, data)
    extras = book.sheet(layout.extras_sheet) if layout.extras_sheet else None
    if extras is not None:
        build.extras = (extras, {s.name: i for i, s in enumerate(read_fiches)})


def _forget(build: Build, path: tuple) -> None:
    n = len(path)
    for table in (build.doc.positions, build.doc.cells):
        for key in [k for k in table if k[:n] == path]:
            del table[key]


def _read_list(build: Build, book: Workbook, data: dict) -> None:
    """The sheet that lists the activities: a row whose reference (or name) is
    a fiche's adds what the fiche leaves out; any other row is an activity of
    its own, with only what the list says of it."""
    spec = build.layout.list_sheet
    sheet = next((s for s in book.sheets if sheet_key(s.name) in spec.keys), None)
    if sheet is None:
        return
    scores = [
        (sum(1 for t in row if any(col.matches(t) for col in spec.columns)), r)
        for r, row in enumerate(sheet.rows[:HEADER_SCAN_ROWS])
    ]
    score, header = max(scores, default=(0, -1), key=lambda sr: (sr[0], -sr[1]))
    if score < 2:
        return
    by_column: dict[int, Column] = {}
    # A heading may span two lines (« Finalité du traitement » above the others).
    for rr in (header, header - 1):
        for c, text in enumerate(sheet.rows[rr] if rr >= 0 else []):
            column = next((col for col in spec.columns if col.matches(text)), None)
            if column is not None:
                by_column.setdefault(c, column)
    keys = {col.field: c for c, col in by_column.items()}
    for r, row in enumerate(sheet.rows):
        if r <= header or not any(not _blank(v) for v in row):
            continue
        ref, name = (row[keys[f]] if f in keys and keys[f] < len(row) else None
                     for f in ("x-reference", "name"))  # fmt: skip
        index = next(
            (i for i, a in enumerate(data["activities"])
             if (ref is not None and a.get("x-reference") == ref)
             or (name and a.get("name") == name)),
            None,
        )  # fmt: skip
        if index is None:
            index = len(data["activities"])
            data["activities"].append({})
            build.mark(("activities", index), Place(sheet.name, r, 0))
        activity = data["activities"][index]
        path = ("activities", index)
        for c, column in by_column.items():
            cell = row[c] if c < len(row) else None
            blank = cell is None if column.parse == "yesno" else _blank(cell)
            if blank or column.segments[0][0] in activity:
                continue  # the fiche says it already
            build.put(activity, path, column, cell, Place(sheet.name, r, c))
            if column.field == SENSITIVE and activity.get(SENSITIVE) is True:
                _sensitive_named(build, activity, path, Place(sheet.name, r, c))


# The list's « Données sensibles ? » column (layouts/cnil.yaml).
SENSITIVE = "x-donnees-sensibles"


def _sensitive_named(build: Build, activity: dict, path: tuple, place: Place) -> None:
    """The list says the activity holds sensitive data: its fiche must say
    which, or no rule on special categories can judge it."""
    from linter.core.messages import msg

    categories = activity.get("data_categories")
    named = any(
        isinstance(c, dict) and (c.get("special_category") or c.get("criminal"))
        for c in (categories if isinstance(categories, list) else [])
    )
    if not named:
        build.said.append(((*path, "data_categories"), place, msg("sheet.sensitive_unnamed")))


# -- the register -----------------------------------------------------------


def _purpose_types(build: Build, data: dict) -> None:
    """A purpose the sheet gives no type: the type its words name, where one
    alone does (« Gestion de la paie » → payroll), so that the references
    kept by type (retention, the NIR's purposes) apply to it."""
    phrases = build.layout.purpose_types
    if not phrases:
        return
    for i, activity in enumerate(data["activities"]):
        purposes = activity.get("purposes")
        for j, purpose in enumerate(purposes if isinstance(purposes, list) else []):
            if not isinstance(purpose, dict) or "type" in purpose:
                continue
            words = plain(purpose.get("description") or "")
            named = {code for code, said in phrases.items()
                     if any(re.search(rf"\b{re.escape(p)}", words) for p in said)}  # fmt: skip
            if len(named) == 1:
                path = ("activities", i, "purposes", j)
                purpose["type"] = named.pop()
                where = build.doc.cells.get((*path, "description"))
                if where is not None:
                    build.mark((*path, "type"), where)


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
            # The author's reference (« 1 - Exemple ») names the id where it can.
            ref = activity.get("x-reference")
            base = _slug(
                str(ref if ref is not None else activity.get("name") or f"activite-{i + 1}")
            )
            ident, n = base, 2
            while ident in seen:
                ident, n = f"{base}-{n}", n + 1
            activity["id"] = ident
        if isinstance(activity.get("id"), str):
            seen.add(activity["id"])
        if where:
            build.doc.positions.setdefault((*path, "id"), where)
            build.doc.cells.setdefault((*path, "id"), build.doc.cells[path])


def _clean(book: Workbook, layout: Layout) -> None:
    """Cells the layout reads as empty (a drop-down's prompt, a link to a guide)."""
    for sheet in book.sheets:
        if not isinstance(sheet.rows, list):
            continue  # a large sheet still arriving: a rows layout, which has none
        for row in sheet.rows:
            for c, value in enumerate(row):
                if value is not None and layout.ignores_cell(value):
                    row[c] = None


def _say_kept(build: Build, doc: Document) -> None:
    """What the reading itself has to say, for the schema to report
    (schema.validate owns SCH-003 and SCH-005): each cell whose word the
    vocabulary does not know, in the sheet's own words — the activity is
    judged all the same — and each gap the layout sees."""
    from linter.core.findings import Pos
    from linter.core.messages import Words, msg
    from linter.load import vocabulary

    for path, column, text, place in build.kept:
        field = column.vocabulary or column.parse
        words = sorted(vocabulary.table().get(column.vocabulary, {})) if column.vocabulary else []
        allowed = Words(
            vocabulary.labels(column.vocabulary, words, "en") if words else "",
            vocabulary.labels(column.vocabulary, words, "fr") if words else "",
        )
        key = "sheet.kept" if words else "sheet.kept_country"
        message = msg(key, text=text, what=msg(f"sheet.field.{field}"), allowed=allowed)
        doc.notes.append(("kept", path, Pos(doc.file, *place.pos, place), message))
        doc.kept.add(path)
    doc.kept |= build.quiet
    for path, place, message in build.said:
        doc.notes.append(("gap", path, Pos(doc.file, *place.pos, place), message))


def read(book: Workbook, layout: Layout) -> Document:
    """The register a workbook holds, read through `layout`."""
    doc = Document(book.file)
    data: dict = {"register": 1, "organization": {}, "activities": []}
    build = Build(doc, layout)
    if layout.ignore_cells:
        _clean(book, layout)
    if layout.kind == "rows":
        _read_rows(build, book, data)
    else:
        _read_fiches(build, book, data)
    _country_from_address(build, data)
    _defaults(build, data)
    _purpose_types(build, data)
    _names_and_ids(build, data)
    if build.extras is not None:
        # Last: what the sheet of other fields sets or removes is the author's
        # word over any default or inference (a purpose left without a type).
        apply_extras(build, build.extras[0], data, build.extras[1])
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
    _say_kept(build, doc)
    doc.layout = layout.name
    # How a rule's message names a field to this sheet's author (wording.py).
    doc.sheet_labels = field_labels(layout)
    doc.extras_sheet = layout.extras_sheet
    return doc
