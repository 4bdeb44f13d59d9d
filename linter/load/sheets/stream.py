"""A large XLSX or ODS read by a second process while this one places its rows.

openpyxl parses a sheet in Python, cell by cell (about 0.9 s for 130,000
cells on the benchmark machine), and an ODS's cells are walked in Python
too, on the tree odfdo parsed (ods.py: about 0.5 s for that many); placing
those cells at their register paths costs about as much again. In one
process the second waits for the first; on two cores they need not. So for
a large workbook a forked child reads the sheets and sends the rows as they
come, in batches, and this process places each batch as it arrives:
`StreamedRows` fills itself on demand, and reader.py walks a sheet's rows
without asking how many there are first.

The child applies the budgets that in-process reading applies, and what it
refuses — or its death — is the same one line (UnreadableFile). Before the
register is handed on, the rest of the workbook is drained (`Feed.finish`),
so a workbook is refused or accepted as it would be in one process.

The child also opens the workbook where the library parses it whole: odfdo
parses an ODS's content into a tree of about ten times its size, so a 7 MB
file of plain rows inflating to 190 MB took 1.8 GB and 34 s before MAX_ROWS
could refuse it. The child's address space is capped (READ_MEMORY_MB) and
the whole reading has a deadline (READ_SECONDS): such a workbook is one line,
and this process never holds the tree.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import struct
import sys
import time

from linter.core.children import (
    cap_address_space,
    die_with_parent,
    reached_cap,
    read_exact,
    reap,
    write_all,
)
from linter.core.files import UnreadableFile

# The sheets' XML, inflated, from which a second process pays for its fork.
STREAM_MIN_BYTES = 2_000_000
BATCH_ROWS = 200
# What a reading child may map beyond the parent it was forked from: a
# 5,000-row ODS as odfdo writes it (17.5 MB of XML) grows it by 100-150 MB.
READ_MEMORY_MB = 1024
# And the time a workbook may take to be read, its rows placed as they come:
# the 5,000-row sheets take under 2 s, the largest the cell budget lets
# through (75,000 rows of 26 cells, as XLSX) 11-14 s here; a sheet whose
# dimension claims millions of empty rows, which openpyxl walks one by one
# and no row budget counts, about 6 s a million.
READ_SECONDS = 120.0

_HEADER = struct.Struct("!cQ")  # kind (names, rows, end of a sheet, refusal), size


class StreamedRows:
    """A sheet's rows as far as they have arrived: indexing, slicing and
    iterating wait for the rows they need, `len` for all of them."""

    def __init__(self, feed: Feed):
        self._feed = feed
        self._rows: list[list] = []
        self.done = False

    def _want(self, n: int | None) -> None:
        while not self.done and (n is None or len(self._rows) < n):
            self._feed.pull()

    def __len__(self) -> int:
        self._want(None)
        return len(self._rows)

    def __getitem__(self, key):
        if isinstance(key, slice):
            plain = key.step in (None, 1) and (key.start or 0) >= 0
            self._want(key.stop if plain and key.stop is not None and key.stop >= 0 else None)
        else:
            self._want(key + 1 if key >= 0 else None)
        return self._rows[key]

    def __iter__(self):
        i = 0
        while True:
            if i < len(self._rows):
                yield self._rows[i]
                i += 1
            elif self.done:
                return
            else:
                self._feed.pull()


class Feed:
    """The pipe from the reading child: its messages, in order, into each
    sheet's rows."""

    def __init__(self, fd: int, pid: int, display: str):
        self.fd, self.pid, self.display = fd, pid, display
        self.deadline = time.monotonic() + READ_SECONDS
        self.names: list[str] = []
        self.sheets: list[StreamedRows] = []

    def open(self) -> None:
        """The sheets' names, which the child sends once it has opened the workbook."""
        kind, names = self._message()
        if kind != b"N":
            self.close()
            raise UnreadableFile(f"{self.display}: cannot read the workbook (no sheet names)")
        self.names = names
        self.sheets = [StreamedRows(self) for _ in names]

    def _message(self) -> tuple[bytes, object]:
        try:
            header = read_exact(self.fd, _HEADER.size, self.deadline) if self.fd >= 0 else None
            body = read_exact(self.fd, _HEADER.unpack(header)[1], self.deadline) if header else None
        except TimeoutError:
            self.close()
            raise UnreadableFile(
                f"{self.display}: cannot read the workbook within {READ_SECONDS:g} s"
            ) from None
        if body is None:
            self.close()
            raise UnreadableFile(
                f"{self.display}: cannot read the workbook (its reading process stopped)"
            )
        kind = header[:1]
        if kind == b"X":
            self.close()
            raise UnreadableFile(body.decode("utf-8", "replace"))
        return kind, pickle.loads(body)  # from our own child, never from the file

    def pull(self) -> None:
        kind, (index, rows) = self._message()
        if kind == b"R":
            self.sheets[index]._rows += rows
        else:
            self.sheets[index].done = True
            if all(s.done for s in self.sheets):
                self.close()

    def finish(self) -> None:
        """Every remaining row read, so that a budget the rest of the workbook
        breaks is refused here as it would be in one process."""
        for sheet in self.sheets:
            sheet._want(None)

    def close(self) -> None:
        if self.fd >= 0:
            with contextlib.suppress(OSError):
                os.close(self.fd)
            self.fd = -1
        if self.pid is not None:
            pid, self.pid = self.pid, None
            reap(pid, kill=True)


def start(opened, display: str, read_sheet, budget, why, close=None) -> Feed:
    """Fork the child that opens the workbook (`opened()`: its sheets as
    (name, openpyxl's worksheet or odfdo's table) pairs), sends their names,
    then reads them one by one through `read_sheet(sheet, budget, emit)` and
    calls `close`; this process gets the feed, whose `open()` waits for the
    names. `why(exc)` words a failure the reader did not foresee."""
    read_fd, write_fd = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child (its work is tested through the parent)
        code = 0
        try:
            os.close(read_fd)
            _child(opened, display, read_sheet, budget, why, close, write_fd)
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(write_fd)
    return Feed(read_fd, pid, display)


def _child(opened, display, read_sheet, budget, why, close, fd: int) -> None:  # pragma: no cover
    die_with_parent()
    # Worded before the cap: at it, even this line might find no memory.
    capped = _framed(
        b"X", f"{display}: cannot read the workbook within {READ_MEMORY_MB} MB".encode()
    )
    cap = cap_address_space(READ_MEMORY_MB)
    try:
        failure = _read(opened, read_sheet, budget, close, fd)
        # Here the workbook is released: what follows may allocate again.
        if failure is None:
            return
        if isinstance(failure, UnreadableFile):
            _send(fd, b"X", str(failure).encode())
        elif isinstance(failure, MemoryError) or reached_cap(cap):
            write_all(fd, capped)
        else:
            _send(fd, b"X", f"{display}: cannot read the workbook ({why(failure)})".encode())
    except MemoryError:
        write_all(fd, capped)


def _read(opened, read_sheet, budget, close, fd: int) -> Exception | None:  # pragma: no cover
    """Open and send the sheets; the failure, if one, stripped of its
    traceback, so that the workbook it holds goes with this frame: handling
    a refused allocation with the tree still mapped failed in its turn now
    and then, and the child died without a word."""
    try:
        sheets = opened()
        _send(fd, b"N", pickle.dumps([name for name, _ in sheets]))
        for index, (_, sheet) in enumerate(sheets):
            read_sheet(sheet, budget, _emitter(fd, index))
            _send(fd, b"E", pickle.dumps((index, None)))
    except Exception as exc:  # MemoryError among them
        exc.__context__ = exc.__cause__ = None
        return exc.with_traceback(None)
    finally:
        if close is not None:
            close()
    return None


def _framed(kind: bytes, payload: bytes) -> bytes:
    return _HEADER.pack(kind, len(payload)) + payload


def _send(fd: int, kind: bytes, payload: bytes) -> None:
    write_all(fd, _framed(kind, payload))


def _emitter(fd: int, index: int):
    """What a sheet's reader hands its batches of rows to."""

    def emit(rows: list) -> None:
        _send(fd, b"R", pickle.dumps((index, rows)))

    return emit
