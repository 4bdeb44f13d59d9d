"""What ropa-lint keeps between runs: work that depends only on its own files
(the generated schema validators, the parsed rule pack), keyed by a hash of
what it was made from, in the user's cache (ROPA_CACHE_DIR, else
XDG_CACHE_HOME/ropa-lint, else ~/.cache/ropa-lint).

Both are executable in effect (bytecode, a pickle), so an entry is read only
if this user alone could have written it and its folder; anything unreadable
or stale is made again, never trusted.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path


def folder() -> Path | None:
    base = os.environ.get("ROPA_CACHE_DIR")
    if not base:
        xdg = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        base = os.path.join(xdg, "ropa-lint")
    try:
        os.makedirs(base, mode=0o700, exist_ok=True)
    except OSError:
        return None
    return Path(base)


def trusted(path) -> bool:
    """Whether this user alone can have written `path` and its folder."""
    try:
        info = os.stat(path)
        parent = os.stat(os.path.dirname(path))
    except OSError:
        return False
    owner = os.getuid() if hasattr(os, "getuid") else info.st_uid
    return all(
        i.st_uid == owner and not i.st_mode & (stat.S_IWGRP | stat.S_IWOTH) for i in (info, parent)
    )


def read(name: str) -> bytes | None:
    base = folder()
    path = base / name if base else None
    if path is None or not trusted(path):
        return None
    with contextlib.suppress(OSError):
        return path.read_bytes()
    return None


KEEP = 8  # entries of one kind (validator-, pack-): older ones are removed


def write(name: str, data: bytes) -> None:
    """Atomically (a reader sees the old entry or the new one, never half);
    the cache keeps the KEEP most recent entries of the same kind, so that
    editing a rule pack does not grow it without bound."""
    base = folder()
    if base is None:
        return
    with contextlib.suppress(OSError):
        fd, tmp = tempfile.mkstemp(dir=base, prefix=f".{name}-")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, base / name)
        kind = name.split("-", 1)[0] + "-"
        entries = sorted(base.glob(f"{kind}*"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in entries[KEEP:]:
            old.unlink()
