"""What a hostile workbook could do to the zip and XML readers, bounded.

Office files are zip archives of XML. Before a library opens one, the archive
itself is checked against budgets (entries, inflated size, ratio), so that a
zip bomb costs a directory listing, not the machine.

openpyxl reads a sheet's and the shared strings' XML through an `iterparse`
it chooses when imported: defusedxml's when installed, which refuses entity
declarations but parses through ElementTree's pure-Python parser class, a
third of the time openpyxl takes on a large sheet. While ropa-lint reads a
workbook (`guarded`), openpyxl is given `iterparse` below instead: the C
parser, fed by a loop that refuses what defusedxml refused and what Expat
before 2.6 cannot read in time:

* a part that declares a DTD. The packaging rules of Office Open XML forbid
  DTDs and tell readers to treat one as an error (ECMA-376 Part 2, §8.1.4,
  [M1.18]); without one, no entity is declared, so none can expand;
* a part that runs over MAX_QUIET bytes without closing an element. Expat
  before 2.6 (this Python has 2.5) re-reads a token — a tag with its
  attributes, a comment — from its start at every buffer it is fed, so one
  20 MB tag took 23 s to read, growing with its square. A cell holds at most
  32,767 characters; no spreadsheet leaves a megabyte between two ends.

Inside the guard, openpyxl also takes the text of a string — inline (`<is>`,
what openpyxl writes) or shared (`<si>`) — through `InlineText` below rather
than through its rich-text objects, which it builds only to join their texts
again: half the time it spends on a sheet it wrote.

ODS is read by odfdo through lxml, which parses each part in one pass and
keeps its own limits on entities and text.
"""

from __future__ import annotations

import contextlib
import io
import xml.etree.ElementTree as ElementTree
import zipfile
from xml.parsers import expat

from linter.core.files import UnreadableFile

MAX_ZIP_ENTRIES = 10_000
MAX_INFLATED = 200 * 1024 * 1024
MAX_RATIO = 200  # inflated / compressed, per entry (real workbooks stay under 30)
MAX_QUIET = 1024 * 1024  # bytes of a part fed without an element closing
_BLOCK = 64 * 1024


class RefusedXml(Exception):
    """A workbook part refused before it is read: the one line says why. Not a
    ValueError, which openpyxl rewords into "invalid XML"."""


def checked_zip(raw: bytes, display: str) -> zipfile.ZipFile:
    """The archive, once its directory shows no zip bomb."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise UnreadableFile(f"{display}: is not a workbook (not a zip archive)") from None
    if len(entries) > MAX_ZIP_ENTRIES:
        raise UnreadableFile(f"{display}: workbook has over {MAX_ZIP_ENTRIES} parts")
    inflated = 0
    for entry in entries:
        inflated += entry.file_size
        ratio = entry.file_size / max(entry.compress_size, 1)
        if inflated > MAX_INFLATED or (entry.file_size > 1_000_000 and ratio > MAX_RATIO):
            raise UnreadableFile(
                f"{display}: workbook inflates beyond the reader's budget "
                f"({entry.filename}: {entry.file_size} bytes from {entry.compress_size})"
            )
    return archive


class _Root(Exception):
    """The first element began: the prolog, where a DTD would be, is over."""


def _no_dtd(name: str):
    def refuse(*_):
        raise RefusedXml(
            f"part {name} declares a DTD, which Office Open XML forbids (ECMA-376 Part 2, M1.18)"
        )

    return refuse


def _root_began(*_):
    raise _Root


def iterparse(source, events=None):
    """ElementTree's `iterparse` (the C parser, the same events), refusing a
    DTD and a part that goes MAX_QUIET bytes without an event."""
    name = getattr(source, "name", "of the workbook")
    parser = ElementTree.XMLPullParser(events=events or ("end",))
    # Expat alone reads the prolog: its handlers say whether a DTD comes
    # before the first element, which the C parser above never reports.
    prolog = expat.ParserCreate()
    prolog.StartDoctypeDeclHandler = _no_dtd(name)
    prolog.StartElementHandler = _root_began
    quiet = 0
    while True:
        block = source.read(_BLOCK)
        if not block:
            break
        if prolog is not None:
            try:
                prolog.Parse(block, False)
            except (_Root, expat.ExpatError):
                # Malformed XML is left for the parser below to word.
                prolog = None
        parser.feed(block)
        found = False
        for event in parser.read_events():
            found = True
            yield event
        quiet = 0 if found else quiet + len(block)
        if quiet > MAX_QUIET:
            raise RefusedXml(
                f"part {name} runs over {MAX_QUIET} bytes without closing an element, "
                "which no spreadsheet writes (XML that long takes minutes to read)"
            )
    parser.close()
    yield from parser.read_events()


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


class InlineText:
    """What openpyxl's `Text.from_tree(node).content` gives for a string, inline
    (`is`) or shared (`si`): the text of its `t`, then each run's `t` (the last
    one, if a run has several), leaving out phonetic runs (`rPh`). Namespaces
    are ignored, as openpyxl ignores them there."""

    __slots__ = ("content",)

    def __init__(self, content: str):
        self.content = content

    @classmethod
    def from_tree(cls, node) -> InlineText:
        plain, runs = "", []
        for child in node:
            tag = _local(child.tag)
            if tag == "t":
                plain = child.text or ""
            elif tag == "r":
                text = ""
                for part in child:
                    if _local(part.tag) == "t":
                        text = part.text or ""
                runs.append(text)
        return cls(plain + "".join(runs))


@contextlib.contextmanager
def guarded():
    """openpyxl reads through `iterparse` above while inside; its own choice
    is back afterwards, for any other use of openpyxl in this process. Two
    threads that overlap here stay safe either way: one may read through the
    guard, or through defusedxml once the other has left, never through
    neither."""
    global _openpyxl_own
    from openpyxl.reader import strings
    from openpyxl.worksheet import _reader

    if _openpyxl_own is None:
        _openpyxl_own = _reader.iterparse, strings.iterparse, _reader.Text, strings.Text
    _reader.iterparse = strings.iterparse = iterparse
    _reader.Text = strings.Text = InlineText
    try:
        yield
    finally:
        # openpyxl's own, not what was there on entry: a thread that entered
        # after another must not leave the guard in place when it exits last.
        _reader.iterparse, strings.iterparse, _reader.Text, strings.Text = _openpyxl_own


_openpyxl_own = None  # openpyxl's own iterparse and Text (sheets, strings), once seen
