"""Reading a file the linter was given: regular files only, never unbounded.

A named pipe would stall a plain `open()` until a writer comes, a device such
as /dev/zero never ends, and a size taken from `stat` can lie (/proc, a file
growing while it is read). So the file is opened without blocking, checked
with `fstat` on the descriptor actually opened, and read up to the limit plus
one byte whatever its claimed size.
"""

from __future__ import annotations

import functools
import os
import stat
from pathlib import Path

from linter.core.errors import RopaLintError

DEFAULT_MAX_BYTES = 50 * 1024 * 1024


class UnreadableFile(RopaLintError):
    """Not a regular file, over the limit, or not readable (exit status 2)."""


def kind_of(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def read_regular(path: str, display: str, max_bytes: int, hint: str = "--max-file-size") -> bytes:
    """The bytes of the regular file at `path`, at most `max_bytes` of them."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        # A socket cannot be opened at all: say what it is rather than "no such device".
        try:
            mode = os.stat(path).st_mode
        except OSError:
            mode = stat.S_IFREG
        if not stat.S_ISREG(mode):
            raise UnreadableFile(
                f"{display}: is {kind_of(mode)}, not a file ropa-lint reads"
            ) from None
        raise UnreadableFile(f"{display}: cannot read file: {exc.strerror or exc}") from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise UnreadableFile(f"{display}: is {kind_of(mode)}, not a file ropa-lint reads")
        with os.fdopen(fd, "rb", closefd=True) as fh:
            fd = -1
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise UnreadableFile(f"{display}: cannot read file: {exc.strerror or exc}") from None
    finally:
        if fd >= 0:
            os.close(fd)
    if len(data) > max_bytes:
        raise UnreadableFile(
            f"{display}: file is over the {max_bytes}-byte limit (raise it with {hint})"
        )
    return data


def not_a_link(path: str) -> str:
    """`path`, which ropa-lint is about to write: refused (UnreadableFile,
    exit 2) when it is a symbolic link — one committed to a repository could
    point anywhere the runner may write."""
    if os.path.islink(path):
        raise UnreadableFile(
            f"{path}: is a symbolic link; ropa-lint does not write through one "
            "(remove it, or name another file)"
        )
    return path


def read_text(path: str, max_bytes: int, encoding: str = "utf-8") -> str:
    """A small text file the linter needs (configuration, rule, table): regular,
    bounded, decoded; any failure is UnreadableFile naming the file."""
    raw = read_regular(path, path, max_bytes, hint="a smaller file")
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise UnreadableFile(f"{path}: cannot read: not UTF-8 ({exc.reason})") from None


def read_stream(stream, display: str, max_bytes: int) -> bytes:
    """Standard input, bounded like a file."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise UnreadableFile(
            f"{display}: over the {max_bytes}-byte limit (raise it with --max-file-size)"
        )
    return data


def repo_root(path: Path) -> Path | None:
    """The git repository holding `path` (the nearest folder with `.git`)."""
    for parent in (path, *path.parents):
        if (parent / ".git").exists():
            return parent
    return None


@functools.cache  # one look up the tree per directory, not per finding
def _root_of(directory: str) -> str | None:
    root = repo_root(Path(directory))
    return str(root) if root else None


def repo_path(file: str) -> str:
    """A file as code scanning and annotations place it: relative to the root of
    the git repository that holds it, else to the working directory; never
    absolute, with forward slashes. Standard input and the like stay as named."""
    import os

    if file.startswith("<"):
        return file
    absolute = os.path.abspath(file)
    root = _root_of(os.path.dirname(absolute)) or os.getcwd()
    relative = os.path.relpath(absolute, root)
    if relative.startswith(".."):  # outside both: as given, made relative if it can be
        relative = os.path.relpath(absolute, os.getcwd())
    return relative.replace(os.sep, "/")
