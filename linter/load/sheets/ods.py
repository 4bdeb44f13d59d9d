"""An ODS workbook's sheets as rows of plain values, through odfdo.

odfdo parses `content.xml` (through lxml) and knows what each cell's value
is. Asking it cell by cell wraps every cell in a Python object first, which
was half of reading a sheet (0.5 s of 1.0-1.2 for the 5,000-row benchmark
sheet, its 130,000 cells). So the cells are walked on the tree odfdo parsed,
and the two commonest kinds are taken from it directly, as odfdo would take
them: a cell with no value type (empty), and a text cell whose paragraphs
hold plain text. Every other cell — a number, a date, a paragraph with a
span or a line break in it — is odfdo's to read (`Element.from_tag`), and a
test holds the direct reading to odfdo's on every kind of cell.
"""

from __future__ import annotations

import io
import re
import zipfile

from linter.core.files import UnreadableFile
from linter.load.sheets.grid import (
    MAX_COLUMNS,
    MAX_SHEETS,
    Budget,
    Rows,
    Workbook,
    plain_value,
    read_sheets,
    why,
)

# OpenDocument 1.3, part 3 (schema): the namespaces of tables, office
# attributes and text.
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_ROW, _CELL, _COVERED = f"{_TABLE}table-row", f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell"
_ROWS_REPEATED = f"{_TABLE}number-rows-repeated"
_COLUMNS_REPEATED = f"{_TABLE}number-columns-repeated"
_VALUE_TYPE, _STRING_VALUE = f"{_OFFICE}value-type", f"{_OFFICE}string-value"
_PARAGRAPH = f"{_TEXT}p"
_LINK = f"{_TEXT}a"
# odfdo writes a link's text as Markdown, `[shown](target)`: a cell the user
# reads as « dpo@ets.com » (LibreOffice makes a mailto: link of every address
# typed) is read as the text it shows.
_MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\([^)\s]*\)")


def read_ods(raw: bytes, archive: zipfile.ZipFile, display: str, streamed: bool = False):
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
        # (stream.py).
        found = Document(io.BytesIO(raw)).body.get_tables()
        if len(found) > MAX_SHEETS:
            raise UnreadableFile(f"{display}: workbook has over {MAX_SHEETS} sheets")
        return [(t.name, t) for t in found]

    workbook = Workbook(display, "ods")
    try:
        read_sheets(workbook, tables, read_table, streamed)
    except UnreadableFile:
        raise
    except Exception as exc:
        raise UnreadableFile(f"{display}: cannot read the workbook ({why(exc)})") from None
    return workbook


def read_table(table, budget: Budget, emit=None) -> Rows:
    """One odfdo table's rows. Rows and cells are read with their repeat
    counts, never expanded blindly: LibreOffice ends each sheet with a row
    repeated ~1,048,000 times and cells repeated to column AMJ."""
    rows = Rows(budget, table.name, emit)
    for row in table._xml_element.iter(_ROW):
        rows.add(_row_values(row), _repeat(row.get(_ROWS_REPEATED)))
    if emit is not None:
        rows.flush()
    return rows


def _row_values(row) -> list:
    values: list = []
    blank = 0
    for cell in row:
        tag = cell.tag
        if tag != _CELL and tag != _COVERED:
            continue
        repeat = _repeat(cell.get(_COLUMNS_REPEATED))
        # A cell a merge covers reads as empty, whatever it still holds: it is not shown.
        value = None if tag == _COVERED else cell_value(cell)
        if value is None:
            blank += repeat
            continue
        if len(values) + blank + repeat > MAX_COLUMNS:
            break
        values.extend([None] * blank)
        values.extend([value] * repeat)
        blank = 0
    return values


def cell_value(cell):
    """The plain value of a `table:table-cell` (an lxml element), as
    `plain_value` makes it of odfdo's `Cell.get_value()`."""
    kind = cell.get(_VALUE_TYPE)
    if kind is None:
        return None
    if kind == "string":
        text = cell.get(_STRING_VALUE)
        if text is not None:
            return plain_value(text)
        paragraphs = cell.findall(_PARAGRAPH)
        if not paragraphs:
            return None
        # A paragraph with any child (span, space, tab, line break, even a
        # comment) is odfdo's to read: its text is more than `.text`.
        if not any(len(p) for p in paragraphs):
            return plain_value("\n".join(p.text or "" for p in paragraphs))
    from odfdo import Element

    value = Element.from_tag(cell).get_value()
    if isinstance(value, str) and next(cell.iter(_LINK), None) is not None:
        value = _MARKDOWN_LINK.sub(r"\1", value)
    return plain_value(value)


def _repeat(count: str | None) -> int:
    """A repeat attribute as odfdo reads it (`true`/`false` become booleans),
    absent or zero counting once."""
    if count is None or count in ("true", "false"):
        return 1
    return int(count) or 1
