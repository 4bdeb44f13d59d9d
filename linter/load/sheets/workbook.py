"""Reading a spreadsheet file into a `Workbook` (grid.py): XLSX through
openpyxl and CSV through the csv module here, ODS through odfdo in ods.py.

Office files are zip archives of XML: archive.py bounds what a hostile one
can cost the zip and XML readers. A workbook encrypted with a password is not
a zip archive at all (an OLE compound file), nor is a legacy .xls: both get
one line and exit 2.
"""

from __future__ import annotations

import csv
import io
import os
import zipfile

from linter.core.files import UnreadableFile, read_regular
from linter.load.discovery import CSV_SUFFIXES, ODS_SUFFIXES, XLSX_SUFFIXES
from linter.load.sheets.archive import checked_zip, guarded
from linter.load.sheets.grid import (
    MAX_COLUMNS,
    MAX_SHEETS,
    Budget,
    Rows,
    Sheet,
    Workbook,
    plain_value,
    read_sheets,
    trimmed,
    why,
)
from linter.load.sheets.ods import read_ods

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_KINDS = {
    **dict.fromkeys(XLSX_SUFFIXES, "xlsx"),
    **dict.fromkeys(ODS_SUFFIXES, "ods"),
    **dict.fromkeys(CSV_SUFFIXES, "csv"),
}


def kind_of_file(path: str) -> str | None:
    """xlsx, ods or csv, by the file's suffix; None for anything else (YAML)."""
    return _KINDS.get(os.path.splitext(path.lower())[1])


def read_workbook(path: str, display: str, max_bytes: int, *, streamed: bool = False) -> Workbook:
    """The workbook at `path`; any failure is UnreadableFile with one line.

    `streamed`: a large XLSX may come back still arriving from a second
    process (stream.py); the caller then calls `finish()` and `close()`."""
    kind = kind_of_file(path)
    raw = read_regular(path, display, max_bytes)
    if kind == "csv":
        return _read_csv(raw, display)
    if raw.startswith(_OLE_MAGIC):
        raise UnreadableFile(
            f"{display}: is password-protected or a legacy .xls workbook; "
            "save it without a password as .xlsx or .ods"
        )
    archive = checked_zip(raw, display)
    if kind == "ods":
        return read_ods(raw, archive, display, streamed and _streams(archive, "content.xml"))
    return _read_xlsx(raw, display, streamed and _streams(archive, "xl/worksheets/"))


def _xlsx_sheet(ws, budget: Budget, emit=None) -> Rows:
    rows = Rows(budget, ws.title, emit)
    with guarded():
        for row in ws.iter_rows(values_only=True):
            rows.add([plain_value(v) for v in row[:MAX_COLUMNS]])
    if emit is not None:
        rows.flush()
    return rows


def _streams(archive: zipfile.ZipFile, sheets: str) -> bool:
    """Whether the parts named from `sheets` on are large enough to be read
    by a second process."""
    from linter.load.sheets.stream import STREAM_MIN_BYTES

    if not hasattr(os, "fork"):
        return False
    size = sum(e.file_size for e in archive.infolist() if e.filename.startswith(sheets))
    return size >= STREAM_MIN_BYTES


def _read_xlsx(raw: bytes, display: str, streamed: bool = False) -> Workbook:
    import openpyxl

    try:
        # read_only streams the sheets; data_only takes a formula's cached value.
        with guarded():
            book = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl's errors, archive.py's refusals, a malformed part
        raise UnreadableFile(f"{display}: cannot read the workbook ({why(exc)})") from None
    workbook = Workbook(display, "xlsx")
    try:
        if len(book.sheetnames) > MAX_SHEETS:
            raise UnreadableFile(f"{display}: workbook has over {MAX_SHEETS} sheets")
        sheets = [(ws.title, ws) for ws in book.worksheets]
        read_sheets(workbook, lambda: sheets, _xlsx_sheet, streamed, book.close)
    except UnreadableFile:
        raise
    except Exception as exc:
        raise UnreadableFile(f"{display}: cannot read the workbook ({why(exc)})") from None
    finally:
        book.close()
    return workbook


def _read_csv(raw: bytes, display: str) -> Workbook:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    if "\x00" in text:
        raise UnreadableFile(f"{display}: is not a text file")
    sample = text[:8192]
    try:
        # French spreadsheets write `;` between cells; tabs come from exports.
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        # The sniffer gives up on long or ragged rows: the header line decides.
        first = sample.split("\n", 1)[0]
        dialect = csv.excel()
        dialect.delimiter = max(",;\t", key=first.count)
    name = os.path.splitext(os.path.basename(display))[0] or "csv"
    rows = Rows(Budget(display), name)
    try:
        for row in csv.reader(io.StringIO(text, newline=""), dialect):
            rows.add([plain_value(v) for v in row[:MAX_COLUMNS]])
    except csv.Error as exc:
        raise UnreadableFile(f"{display}: cannot read the CSV file ({exc})") from None
    return Workbook(display, "csv", [Sheet(name, trimmed(rows.rows))])
