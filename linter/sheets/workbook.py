"""A spreadsheet as a grid of values: XLSX (openpyxl), ODS (odfdo), CSV (csv).

Everything after this module sees only `Workbook` — sheets of rows of plain
values (str, int, float, bool, None) — so that a layout reads an XLSX, an ODS
and a CSV alike, and every value keeps the cell it came from.

Office files are zip archives of XML: archive.py bounds what a hostile one
can cost the zip and XML readers. A workbook encrypted with a password is not
a zip archive at all (an OLE compound file), nor is a legacy .xls: both get
one line and exit 2.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal

from ..discovery import CSV_SUFFIXES, ODS_SUFFIXES, XLSX_SUFFIXES
from ..files import UnreadableFile, read_regular
from .archive import RefusedXml, checked_zip, guarded
from .stream import BATCH_ROWS, Feed

# A register of a few thousand activities fits well within these; a hostile
# archive does not get past them.
MAX_CELLS = 2_000_000
MAX_ROWS = 100_000  # rows up to the last filled one, per sheet (20x the 5,000-row target)
MAX_COLUMNS = 16_384  # Excel's own limit
MAX_SHEETS = 1_000

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass
class Sheet:
    name: str
    # A list, or a large XLSX's rows still arriving (stream.StreamedRows):
    # index, slice or walk them; `len` waits for the last one.
    rows: list[list] = field(default_factory=list)

    def value(self, row: int, col: int):
        """The value at 0-based (row, col), None outside the grid."""
        found = self.rows[row : row + 1] if row >= 0 else []
        if found and 0 <= col < len(found[0]):
            return found[0][col]
        return None


@dataclass
class Workbook:
    file: str  # as the user named it
    kind: str  # xlsx | ods | csv
    sheets: list[Sheet] = field(default_factory=list)
    feed: Feed | None = None  # a large XLSX still arriving from its reader

    def finish(self) -> None:
        """Every row read (a streamed workbook's budgets are then all checked)."""
        if self.feed is not None:
            self.feed.finish()

    def close(self) -> None:
        if self.feed is not None:
            self.feed.close()

    def sheet(self, name: str) -> Sheet | None:
        for sheet in self.sheets:
            if sheet.name == name:
                return sheet
        return None


def column_letters(col: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    col += 1
    while col:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell_ref(sheet: str, row: int, col: int) -> str:
    """The cell as a spreadsheet names it: Fiches!C14 (1-based row); a sheet
    name with spaces or punctuation is quoted, as the formula bar shows it."""
    plain = sheet.replace("_", "").isalnum()
    name = sheet if plain else "'" + sheet.replace("'", "''") + "'"
    return f"{name}!{column_letters(col)}{row + 1}"


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
        return _read_ods(raw, archive, display, streamed and _streams(archive, "content.xml"))
    return _read_xlsx(raw, display, streamed and _streams(archive, "xl/worksheets/"))


def plain_value(value):
    """A cell's value as the register format takes it: dates as ISO text,
    whole numbers as integers, text trimmed, an empty cell None."""
    # Text and empty cells first: they are nearly all of a register's cells.
    if isinstance(value, str):
        value = value.replace("\r\n", "\n").strip()
        return value or None
    if value is None:
        return None
    if isinstance(value, Decimal):  # odfdo's numbers
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def _trim_row(row: list) -> list:
    end = len(row)
    while end and row[end - 1] is None:
        end -= 1
    return row[:end]


def _trimmed(rows: list[list]) -> list[list]:
    """Trailing empty cells and rows dropped: formatting reaches far past the data."""
    out = [_trim_row(row) for row in rows]
    while out and not out[-1]:
        out.pop()
    return out


class _Budget:
    def __init__(self, display: str):
        self.display = display
        self.cells = 0

    def take(self, n: int) -> None:
        self.cells += n
        if self.cells > MAX_CELLS:
            raise UnreadableFile(f"{self.display}: workbook has over {MAX_CELLS} cells")


class _Rows:
    """A sheet's rows as they come, each possibly repeated (ODS) or padded
    (a formatted cell far down): empty rows are only counted, and written out
    when a filled row follows them, so a million blank rows at the end of a
    sheet cost a counter, and a million filled ones hit MAX_ROWS. `emit`, if
    given, is handed the rows by batches (stream.py) instead of keeping them."""

    def __init__(self, budget: _Budget, sheet: str, emit=None):
        self.budget, self.sheet, self.emit = budget, sheet, emit
        self.rows: list[list] = []
        self.blank = 0
        self.emitted = 0

    def add(self, values: list, repeat: int = 1) -> None:
        if not any(v is not None for v in values):
            self.blank += repeat
            return
        if self.emitted + len(self.rows) + self.blank + repeat > MAX_ROWS:
            raise UnreadableFile(
                f"{self.budget.display}: sheet {self.sheet} has over {MAX_ROWS} rows"
            )
        self.rows.extend([] for _ in range(self.blank))
        self.blank = 0
        for _ in range(repeat):
            self.budget.take(len(values))
            self.rows.append(list(values))
        if self.emit is not None and len(self.rows) >= BATCH_ROWS:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            self.emit([_trim_row(row) for row in self.rows])
            self.emitted += len(self.rows)
            self.rows = []


def _xlsx_sheet(ws, budget: _Budget, emit=None) -> _Rows:
    rows = _Rows(budget, ws.title, emit)
    with guarded():
        for row in ws.iter_rows(values_only=True):
            rows.add([plain_value(v) for v in row[:MAX_COLUMNS]])
    if emit is not None:
        rows.flush()
    return rows


def _streams(archive: zipfile.ZipFile, sheets: str) -> bool:
    """Whether the parts named from `sheets` on are large enough to be read
    by a second process."""
    from .stream import STREAM_MIN_BYTES

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
        raise UnreadableFile(f"{display}: cannot read the workbook ({_why(exc)})") from None
    workbook = Workbook(display, "xlsx")
    try:
        if len(book.sheetnames) > MAX_SHEETS:
            raise UnreadableFile(f"{display}: workbook has over {MAX_SHEETS} sheets")
        sheets = [(ws.title, ws) for ws in book.worksheets]
        _read_sheets(workbook, lambda: sheets, _xlsx_sheet, streamed, book.close)
    except UnreadableFile:
        raise
    except Exception as exc:
        raise UnreadableFile(f"{display}: cannot read the workbook ({_why(exc)})") from None
    finally:
        book.close()
    return workbook


def _read_ods(
    raw: bytes, archive: zipfile.ZipFile, display: str, streamed: bool = False
) -> Workbook:
    try:
        manifest = archive.read("META-INF/manifest.xml")
    except KeyError:
        raise UnreadableFile(f"{display}: is not an OpenDocument spreadsheet") from None
    if b"encryption-data" in manifest:
        raise UnreadableFile(
            f"{display}: is password-protected; save it without a password to lint it"
        )

    def tables() -> list:
        from odfdo import Document

        # odfdo parses the whole content here, in C, into a tree about ten
        # times its size: a large one is opened in the capped reading child
        # (stream.py). Reading each cell's value is the Python part (0.9 s
        # of 1.3 for 130,000 cells).
        found = Document(io.BytesIO(raw)).body.get_tables()
        if len(found) > MAX_SHEETS:
            raise UnreadableFile(f"{display}: workbook has over {MAX_SHEETS} sheets")
        return [(t.name, t) for t in found]

    workbook = Workbook(display, "ods")
    try:
        _read_sheets(workbook, tables, _ods_sheet, streamed)
    except UnreadableFile:
        raise
    except Exception as exc:
        raise UnreadableFile(f"{display}: cannot read the workbook ({_why(exc)})") from None
    return workbook


def _read_sheets(workbook: Workbook, opened, read_sheet, streamed: bool, close=None):
    """The sheets `opened()` gives ((name, the library's sheet) pairs) into
    `workbook`, each read by `read_sheet(sheet, budget, emit)`: here, or,
    `streamed`, opened and read by a forked child while this process places
    the rows (stream.py; `close` is the child's to call)."""
    budget = _Budget(workbook.file)
    if streamed:
        from .stream import start

        workbook.feed = start(opened, workbook.file, read_sheet, budget, _why, close)
        workbook.feed.open()
        arriving = zip(workbook.feed.names, workbook.feed.sheets, strict=True)
        workbook.sheets = [Sheet(name, rows) for name, rows in arriving]
        return
    for name, sheet in opened():
        workbook.sheets.append(Sheet(name, _trimmed(read_sheet(sheet, budget).rows)))


def _ods_sheet(table, budget: _Budget, emit=None) -> _Rows:
    # Rows and cells are read with their repeat counts, never expanded
    # blindly: LibreOffice ends each sheet with a row repeated ~1,048,000
    # times and cells repeated to column AMJ.
    rows = _Rows(budget, table.name, emit)
    for row in table.xpath("descendant::table:table-row"):
        rows.add(_ods_values(row), row.repeated or 1)
    if emit is not None:
        rows.flush()
    return rows


def _ods_values(row) -> list:
    values: list = []
    blank = 0
    # A cell a merge covers reads as empty, whatever it still holds. Asking
    # each cell its tag costs a namespace lookup (a third of reading the
    # sheet), so only a row with a covered cell in it asks.
    merged = bool(row.xpath("table:covered-table-cell"))
    for cell in row.xpath("table:table-cell|table:covered-table-cell"):
        repeat = cell.repeated or 1
        covered = merged and cell.tag != "table:table-cell"
        value = None if covered else plain_value(cell.get_value())
        if value is None:
            blank += repeat
            continue
        if len(values) + blank + repeat > MAX_COLUMNS:
            break
        values.extend([None] * blank)
        values.extend([value] * repeat)
        blank = 0
    return values


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
    rows = _Rows(_Budget(display), name)
    try:
        for row in csv.reader(io.StringIO(text, newline=""), dialect):
            rows.add([plain_value(v) for v in row[:MAX_COLUMNS]])
    except csv.Error as exc:
        raise UnreadableFile(f"{display}: cannot read the CSV file ({exc})") from None
    return Workbook(display, "csv", [Sheet(name, _trimmed(rows.rows))])


def _why(exc: Exception) -> str:
    if isinstance(exc, RefusedXml):
        return str(exc)
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}"[:200] if text else type(exc).__name__
