"""A `Workbook` grid written as XLSX (openpyxl) or ODS (odfdo): no hand-made XML.

Written files are reproducible: the document's creation and modification
dates are fixed (SOURCE_DATE_EPOCH when set), so converting the same register
twice gives the same cells and the same metadata.
"""

from __future__ import annotations

import datetime as dt
import os

from linter.core.errors import LintError
from linter.load.sheets.grid import Workbook


def _stamp() -> dt.datetime:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).replace(tzinfo=None)
    return dt.datetime(2000, 1, 1)


def write(book: Workbook, path: str) -> None:
    from linter.core.files import UnreadableFile, not_a_link

    try:
        not_a_link(path)
    except UnreadableFile as exc:
        raise LintError(str(exc)) from None
    lower = path.lower()
    if lower.endswith(".xlsx"):
        _write_xlsx(book, path)
    elif lower.endswith(".ods"):
        _write_ods(book, path)
    else:
        raise LintError(f"{path}: write a workbook as .xlsx or .ods")


def _sheet_title(name: str) -> str:
    # Both formats refuse these characters in a sheet's name; Excel stops at 31.
    for ch in "[]:*?/\\":
        name = name.replace(ch, "-")
    return name[:31]


def _write_xlsx(book: Workbook, path: str) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for sheet in book.sheets:
        ws = wb.create_sheet(_sheet_title(sheet.name))
        for r, row in enumerate(sheet.rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is None:
                    continue
                cell = ws.cell(row=r, column=c, value=value)
                if isinstance(value, str):
                    if value.startswith("="):  # text, never a formula
                        cell.data_type = "s"
                    cell.alignment = wrap
                if c == 1 and isinstance(value, str):
                    cell.font = bold
        ws.column_dimensions["A"].width = 42
        for letter in "BCDEF":
            ws.column_dimensions[letter].width = 36
    stamp = _stamp()
    wb.properties.created = stamp
    wb.properties.modified = stamp
    wb.properties.creator = "ropa-lint"
    try:
        wb.save(path)
    except OSError as exc:
        raise LintError(f"{path}: cannot write: {exc.strerror or exc}") from None


def _write_ods(book: Workbook, path: str) -> None:
    from odfdo import Cell, Document, Row, Table

    doc = Document("spreadsheet")
    body = doc.body
    body.clear()
    for sheet in book.sheets:
        table = Table(_sheet_title(sheet.name))
        # Rows built whole and appended: set_value((c, r)) looks the cell up
        # each time, which made a 2,000-activity register take 25 s.
        for values in sheet.rows:
            row = Row()
            for value in values:
                row.append_cell(Cell(value) if value is not None else Cell(), clone=False)
            table.append_row(row, clone=False)
        body.append(table)
    stamp = _stamp()
    doc.meta.set_creation_date(stamp)
    doc.meta.set_modification_date(stamp)
    try:
        doc.save(path)
    except OSError as exc:
        raise LintError(f"{path}: cannot write: {exc.strerror or exc}") from None
