"""A register as the CNIL fiche workbook an auditor or a board asks for — lossless.

The fiche shows what the CNIL model has a line for, in French words (« Exécution
d'un contrat », « 5 ans à compter de la fin du contrat »). Whatever those words
would not give back exactly — a field the model has no line for, a duration
the words round off, a nested block — goes to the sheet `Compléments`, one row
per field (fiche, field path, JSON value). The workbook is then read back
through the same layout and compared with the register: if anything differs,
the conversion stops with exit 2 rather than write a lossy file.
"""

from __future__ import annotations

import json
import re

from linter.core.errors import LintError
from linter.load.sheets.build import EXTRAS_HEADER, REMOVE
from linter.load.sheets.grid import Sheet, Workbook, plain_value
from linter.load.sheets.layout import Column, Layout
from linter.load.sheets.reader import read
from linter.load.sheets.values import write_value

ORGANIZATION_SHEET = "Registre"
_KEY = re.compile(r"^[\w-]+$")


def _get(node, dotted: str):
    for part in dotted.removesuffix("[]").split("."):
        if not isinstance(node, dict):
            return None
        node = node.get(part)
    return node


NOTHING = "Aucun"  # an empty list, as the reader takes it back (build.NONE_WORDS)


def _line(column: Column, node) -> list:
    value = _get(node, column.field)
    return [column.labels[0], NOTHING if value == [] else write_value(value, column)]


def _fiche_rows(activity: dict, layout: Layout) -> list[list]:
    rows: list[list] = []
    for column in layout.columns:
        if not column.write:
            continue
        if not column.columns:
            rows.append(_line(column, activity))
            continue
        items = activity.get(column.field.removesuffix("[]"))
        rows.append([column.labels[0], NOTHING] if items == [] else [column.labels[0]])
        if isinstance(items, list) and items:
            rows.append([sub.labels[0] for sub in column.columns])
            for item in items:
                if isinstance(item, dict):
                    rows.append([write_value(item.get(sub.field), sub) for sub in column.columns])
                else:
                    rows.append([item])  # not an object: the extras sheet restores it
        rows.append([])
    return rows


def _sheet_names(activities: list) -> list[str]:
    names = []
    for n, activity in enumerate(activities, start=1):
        name = activity.get("name") if isinstance(activity, dict) else None
        title = f"{n}. {name}" if isinstance(name, str) else f"Fiche {n}"
        for ch in "[]:*?/\\'":
            title = title.replace(ch, " ")
        title = _NOT_XML.sub(" ", title)
        names.append(" ".join(title.split())[:31].rstrip())
    return names


def _organization_sheet(data: dict, layout: Layout, names: list[str]) -> Sheet:
    org = data.get("organization") if isinstance(data.get("organization"), dict) else {}
    rows: list[list] = [["Registre des activités de traitement"], []]
    for column in layout.organization:
        rows.append([column.labels[0], write_value(_get(org, column.field[13:]), column)])
    rows += [[], ["Activités de traitement"], ["N°", "Activité", "Fiche"]]
    for n, (activity, sheet) in enumerate(
        zip(data.get("activities") or [], names, strict=False), 1
    ):
        rows.append([n, activity.get("name") if isinstance(activity, dict) else None, sheet])
    return Sheet(ORGANIZATION_SHEET, rows)


def _leaves(node, path=()):
    if isinstance(node, dict):
        if not node:
            yield path, {}
        for key, value in node.items():
            yield from _leaves(value, (*path, key))
    elif isinstance(node, list):
        if not node:
            yield path, []
        for index, value in enumerate(node):
            yield from _leaves(value, (*path, index))
    else:
        yield path, node


def _dotted(path: tuple) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        elif not _KEY.match(str(part)):
            raise LintError(
                f"cannot convert the key {part!r}: a field name the workbook cannot name"
            )
        else:
            out += ("." if out else "") + part
    return out


def _same(a, b) -> bool:
    return type(a) is type(b) and a == b


def _extras(original: dict, back: dict, names: list[str]) -> list[list]:
    want, got = dict(_leaves(original)), dict(_leaves(back))
    sets = [(p, v) for p, v in want.items() if p not in got or not _same(got[p], v)]
    # A leaf the reader made that the register does not have (a default, a
    # container where the register has a value) is removed, deepest list items
    # last-first, unless a set above or below it replaces it anyway (a set
    # under a text turns it into the list or mapping the register has).
    set_paths = [p for p, _ in sets]
    removes = [
        p for p in got
        if p not in want
        and not any(p[: len(s)] == s or s[: len(p)] == p for s in set_paths)
    ]  # fmt: skip
    removes.sort(key=lambda p: [(-x if isinstance(x, int) else 0, str(x)) for x in p])
    rows = [list(EXTRAS_HEADER)]
    for path, value in sets:
        rows.append(_extra_row(path, json.dumps(value, ensure_ascii=False), None, names))
    for path in removes:
        rows.append(_extra_row(path, None, REMOVE, names))
    return rows


def _extra_row(path: tuple, value, action, names) -> list:
    if (
        len(path) >= 2
        and path[0] == "activities"
        and isinstance(path[1], int)
        and path[1] < len(names)
    ):
        fiche, rest = names[path[1]], path[2:]
    else:
        fiche, rest = None, path
    return [fiche, _dotted(rest) if rest else "", value, action]


# Characters XML 1.0 cannot hold: a cell cannot say them, the extras sheet's
# JSON can (json escapes them as \u000b).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _cell(value):
    """What a cell can hold of `value`; anything else (a list where the fiche
    expects text, a character XML refuses) is left to the extras sheet."""
    if not isinstance(value, (str, int, float, bool)):
        return None
    value = plain_value(value)
    return None if isinstance(value, str) and _NOT_XML.search(value) else value


def _as_read(book: Workbook) -> Workbook:
    """The grid as a reader will see it once written: the check below compares
    what the file will give back, not what was meant."""
    for sheet in book.sheets:
        sheet.rows = [[_cell(v) for v in row] for row in sheet.rows]
    return book


def to_workbook(data: dict, layout: Layout, file: str) -> Workbook:
    """The register `data` as a fiche workbook that reads back to exactly `data`."""
    if layout.kind != "fiches" or not layout.extras_sheet:
        raise LintError(f"layout {layout.name}: a register is written in a fiche layout (cnil)")
    data = {k: v for k, v in data.items() if k != "include"}  # included activities are in
    activities = [a for a in data.get("activities") or [] if isinstance(a, dict)]
    if len(activities) != len(data.get("activities") or []):
        raise LintError(f"{file}: an activity is not a mapping; fix the register first")
    names = _sheet_names(activities)
    sheets = [_organization_sheet(data, layout, names)]
    sheets += [Sheet(n, _fiche_rows(a, layout)) for n, a in zip(names, activities, strict=True)]
    book = _as_read(Workbook(file, "xlsx", sheets))
    back = read(book, layout).data
    book.sheets.append(_as_read(Workbook(file, "xlsx", [
        Sheet(layout.extras_sheet, _extras(data, back, names))])).sheets[0])  # fmt: skip
    want, got = dict(_leaves(data)), dict(_leaves(read(book, layout).data))
    lost = [p for p, v in want.items() if not _same(got.get(p, ...), v)]
    if lost or got.keys() != want.keys():
        where = _dotted(lost[0]) if lost else "an added field"
        raise LintError(f"{file}: conversion would not give the register back ({where})")
    return book
