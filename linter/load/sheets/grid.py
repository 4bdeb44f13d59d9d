"""A spreadsheet as a grid of values: what every reader (workbook.py for
XLSX and CSV, ods.py for ODS) builds, and the budgets they all read within.

Everything after the readers sees only `Workbook` — sheets of rows of plain
values (str, int, float, bool, None) — so that a layout reads an XLSX, an ODS
and a CSV alike, and every value keeps the cell it came from.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from linter.core.files import UnreadableFile
from linter.load.sheets.archive import RefusedXml
from linter.load.sheets.stream import BATCH_ROWS, Feed

# A register of a few thousand activities fits well within these; a hostile
# archive does not get past them.
MAX_CELLS = 2_000_000
MAX_ROWS = 100_000  # rows up to the last filled one, per sheet (20x the 5,000-row target)
MAX_COLUMNS = 16_384  # Excel's own limit
MAX_SHEETS = 1_000


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


def trimmed(rows: list[list]) -> list[list]:
    """Trailing empty cells and rows dropped: formatting reaches far past the data."""
    out = [_trim_row(row) for row in rows]
    while out and not out[-1]:
        out.pop()
    return out


class Budget:
    def __init__(self, display: str):
        self.display = display
        self.cells = 0

    def take(self, n: int) -> None:
        self.cells += n
        if self.cells > MAX_CELLS:
            raise UnreadableFile(f"{self.display}: workbook has over {MAX_CELLS} cells")


class Rows:
    """A sheet's rows as they come, each possibly repeated (ODS) or padded
    (a formatted cell far down): empty rows are only counted, and written out
    when a filled row follows them, so a million blank rows at the end of a
    sheet cost a counter, and a million filled ones hit MAX_ROWS. `emit`, if
    given, is handed the rows by batches (stream.py) instead of keeping them."""

    def __init__(self, budget: Budget, sheet: str, emit=None):
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


def read_sheets(workbook: Workbook, opened, read_sheet, streamed: bool, close=None):
    """The sheets `opened()` gives ((name, the library's sheet) pairs) into
    `workbook`, each read by `read_sheet(sheet, budget, emit)`: here, or,
    `streamed`, opened and read by a forked child while this process places
    the rows (stream.py; `close` is the child's to call)."""
    budget = Budget(workbook.file)
    if streamed:
        from linter.load.sheets.stream import start

        workbook.feed = start(opened, workbook.file, read_sheet, budget, why, close)
        workbook.feed.open()
        arriving = zip(workbook.feed.names, workbook.feed.sheets, strict=True)
        workbook.sheets = [Sheet(name, rows) for name, rows in arriving]
        return
    for name, sheet in opened():
        workbook.sheets.append(Sheet(name, trimmed(read_sheet(sheet, budget).rows)))


def why(exc: Exception) -> str:
    if isinstance(exc, RefusedXml):
        return str(exc)
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}"[:200] if text else type(exc).__name__
