"""`include:` — activities kept in other files of the same repository.

Globs are resolved relative to the including file and never read a file
outside the root the linter was pointed at. A fragment that cannot be read is
a finding, and its activities are named as not evaluated (Document.unread_fragments).
"""

from __future__ import annotations

import glob
import os

from linter.core.document import Document, Path
from linter.core.findings import Pos, RawFinding
from linter.core.messages import msg
from linter.load.loader import (
    DEFAULT_MAX_BYTES,
    LoadError,
    _budget,
    _Builder,
    _decode,
    _parse,
    _read,
    load_file,
    load_text,
)


def load_register(
    path: str, *, root: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Document:
    """The register at `path` (as the user wrote it), with its included activities."""
    doc = load_file(path, max_bytes=max_bytes)
    base = os.path.dirname(os.path.realpath(path))
    _follow(doc, path, base, root or base, max_bytes)
    return doc


def load_register_text(
    text: str,
    display: str,
    *,
    root: str | None = None,
    base_dir: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Document:
    """A register given as text (standard input): includes relative to `base_dir`."""
    doc = load_text(text, display)
    if base_dir is not None:
        _follow(doc, display, base_dir, root or base_dir, max_bytes)
    return doc


def _follow(doc: Document, display: str, base_dir: str, root: str, max_bytes: int) -> None:
    if isinstance(doc.data, dict) and "include" in doc.data:
        resolve_includes(doc, display, base_dir, root, max_bytes)


def _inside(real: str, root: str) -> bool:
    return real == root or real.startswith(root.rstrip(os.sep) + os.sep)


def resolve_includes(doc: Document, display: str, base_dir: str, root: str, max_bytes: int) -> None:
    patterns = doc.data.get("include")
    if patterns is None:
        return
    if isinstance(patterns, str):
        patterns = [patterns]
    if not isinstance(patterns, list):
        return  # the schema reports the wrong type
    root_real = os.path.realpath(root)
    acts = doc.data.get("activities")
    if acts is None:
        acts = doc.data["activities"] = []
        doc.positions[("activities",)] = doc.positions.get(("include",), (1, 1))
    if not isinstance(acts, list):
        return
    itself = os.path.realpath(os.path.join(base_dir, os.path.basename(display)))
    seen: dict[str, str] = {}  # fragment → the pattern that named it first
    display_dir = os.path.dirname(display)
    for i, pattern in enumerate(patterns):
        ppath = ("include", i)
        if not isinstance(pattern, str):
            continue
        where = doc.locate(ppath)
        if os.path.isabs(pattern):
            doc.findings.append(_include_refused(where, ppath, pattern, "absolute"))
            continue
        fixed = _fixed_part(pattern)
        if fixed and not _inside(os.path.realpath(os.path.join(base_dir, fixed)), root_real):
            # `../../**`: refused before a single directory outside is walked.
            doc.findings.append(_include_refused(where, ppath, pattern, "outside"))
            continue
        matches = _matches(pattern, base_dir)
        if matches is None:
            said = msg("include.too_many", pattern=pattern, most=MAX_MATCHES,
                       seconds=f"{GLOB_SECONDS:g}")  # fmt: skip
            doc.findings.append(RawFinding("SCH-006", where, ppath, said))
            continue
        if not matches:
            doc.findings.append(
                RawFinding(
                    "SCH-006",
                    where,
                    ppath,
                    msg("include.no_match", pattern=pattern),
                )
            )
            continue
        directories = 0
        for rel in matches:
            real = os.path.realpath(os.path.join(base_dir, rel))
            if not _inside(real, root_real):
                doc.findings.append(_include_refused(where, ppath, rel, "outside"))
                continue
            if os.path.isdir(real):
                # A glob's directories are passed over; a pattern that names
                # nothing else would read nothing, and is said.
                directories += 1
                if directories == len(matches):
                    said = msg("include.only_directories", pattern=pattern.rstrip("/"))
                    doc.findings.append(RawFinding("SCH-006", where, ppath, said))
                continue
            shown = os.path.normpath(os.path.join(display_dir, rel))
            if real == itself:
                doc.findings.append(
                    RawFinding("SCH-006", where, ppath, msg("include.itself", pattern=pattern))
                )
                continue
            if real in seen:
                # Read once; the second mention is the one to remove.
                first = seen[real]
                said = msg("include.twice", file=shown, pattern=pattern, first=first)
                doc.findings.append(RawFinding("SCH-007", where, ppath, said))
                continue
            seen[real] = pattern
            _load_fragment(doc, real, shown, acts, max_bytes, where, ppath)


# A pattern is walked within bounds: a link looping back to a parent makes
# `**` endless, and a pattern over a large tree costs what the tree does.
MAX_MATCHES = 10_000
GLOB_SECONDS = 5.0


def _fixed_part(pattern: str) -> str:
    """The directories a pattern names before its first wildcard."""
    parts = []
    for part in pattern.replace("\\", "/").split("/")[:-1]:
        if any(ch in part for ch in "*?["):
            break
        parts.append(part)
    return "/".join(parts)


def _matches(pattern: str, base_dir: str) -> list[str] | None:
    """The pattern's matches, sorted; None past MAX_MATCHES or GLOB_SECONDS."""
    import time

    deadline = time.monotonic() + GLOB_SECONDS
    found = []
    for rel in glob.iglob(pattern, root_dir=base_dir, recursive=True):
        found.append(rel)
        if len(found) > MAX_MATCHES or time.monotonic() > deadline:
            return None
    return sorted(found)


def _include_refused(where: Pos, ppath: Path, target: str, why: str) -> RawFinding:
    return RawFinding(
        "SCH-006",
        where,
        ppath,
        msg("include.absolute" if why == "absolute" else "include.outside", target=target),
    )


def _load_fragment(
    doc: Document, real: str, shown: str, acts: list, max_bytes: int, where: Pos, ppath: Path
) -> None:
    try:
        raw = _read(real, shown, max_bytes)
    except LoadError as exc:
        why = str(exc).removeprefix(f"{shown}: ")
        doc.findings.append(
            RawFinding("SCH-006", where, ppath, msg("include.unreadable", file=shown, why=why))
        )
        doc.unread_fragments.append((shown, ppath))
        return
    doc.included.append(shown)
    doc.included_real.add(real)
    frag = Document(file=shown)
    text = _decode(raw, shown, frag)
    if text is None:
        doc.findings.extend(frag.findings)
        doc.unread_fragments.append((shown, ppath))
        return
    offset = len(acts)
    builder = _Builder(
        shown,
        _budget(text),
        frag.positions,
        frag.key_positions,
        frag.findings,
        offsets={("activities",): offset},
        slips=doc.slips,  # paths are the register's: activities[offset + j]
    )
    data, complete = _parse(text, shown, builder, frag.findings)
    doc.findings.extend(frag.findings)
    if not complete:
        doc.unread_fragments.append((shown, ppath))
        return

    def refuse(line_col, message):
        doc.findings.append(RawFinding("SCH-006", Pos(shown, *line_col), (), message))

    if not isinstance(data, dict) or "activities" not in data:
        refuse(
            frag.positions.get((), (1, 1)),
            msg("include.not_a_fragment"),
        )
        doc.unread_fragments.append((shown, ppath))
        return
    for key in data:
        if key != "activities":
            refuse(
                frag.key_positions.get((key,), (1, 1)),
                msg("include.extra_key", key=key),
            )
    items = data["activities"]
    if not isinstance(items, list):
        refuse(
            frag.positions.get(("activities",), (1, 1)),
            msg("include.not_a_list"),
        )
        doc.unread_fragments.append((shown, ppath))
        return
    # Paths were built with the offset: activities[offset + j] of the register.
    for table, into in ((frag.positions, doc.positions), (frag.key_positions, doc.key_positions)):
        into.update((p, lc) for p, lc in table.items() if len(p) >= 2 and p[0] == "activities")
    for j in range(len(items)):
        doc.files[("activities", offset + j)] = shown
    acts.extend(items)
