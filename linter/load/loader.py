"""YAML register → plain data, with the position of every node.

PyYAML's constructors read YAML 1.1 (`NO` is false, `2025-10-01` a date) and
keep the last of two duplicate keys. A register is a legal record: none of that
may happen silently. So we only *compose* with PyYAML (libyaml's C parser when
present, which keeps marks) and build the data ourselves from the node graph:

* scalars are resolved with the YAML 1.2 core schema: only true/false are
  booleans, so `country: NO` stays the string the author wrote and dates stay
  strings for the schema;
* a duplicate key is a finding at the second key, and the first value is kept
  (the author's first word is not silently replaced);
* aliases are expanded under a budget, so a "billion laughs" file ends at once;
* `include:` globs are resolved relative to the including file and never read
  a file outside the root the linter was pointed at.
"""

from __future__ import annotations

import os
import re
from typing import Any

import yaml

from linter.core.document import Document, Path, collector_paused
from linter.core.files import DEFAULT_MAX_BYTES, UnreadableFile, read_regular
from linter.core.findings import Pos, RawFinding
from linter.core.messages import Message, msg

try:  # libyaml is ~10x faster; it keeps line and column marks like the pure parser.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

# Aliases may legitimately repeat a block; they may not multiply a file into
# millions of nodes. The budget scales with the file's own size.
ALIAS_EXPANSION_FACTOR = 10
ALIAS_EXPANSION_FLOOR = 10_000
# A scalar weighs one node per 64 characters: an alias of a long text costs
# what its text does once expanded (each output and the engines' input write
# it out again), not one node — a 578 KB file of such aliases reached 2.3 GB.
CHARS_PER_NODE = 64
MAX_DEPTH = 200

_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"^[-+]?[0-9]+$")
_INT_OCT = re.compile(r"^0o[0-7]+$")
_INT_HEX = re.compile(r"^0x[0-9a-fA-F]+$")
_FLOAT = re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")

_MAYBE_NOT_TEXT = frozenset("0123456789+-.~nNtTfF")
_STD = "tag:yaml.org,2002:"


class _Abort(Exception):
    """Stops reading one file; the finding is already recorded."""


_NO_KEY, _SKIP, _MERGE = object(), object(), object()


def _finding(rule: str, display: str, mark, path: Path, message: Message) -> RawFinding:
    return RawFinding(rule, Pos(display, mark.line + 1, mark.column + 1), path, message)


def _resolve(ev) -> Any:
    """A scalar event's value under the YAML 1.2 core schema."""
    text = ev.value
    if ev.style or ev.tag == _STD + "str":
        return text  # quoted, block, or explicitly `!!str`: the author asked for text
    if text and text[0] not in _MAYBE_NOT_TEXT:
        return text  # most scalars are words: no pattern can match them
    if _NULL.match(text):
        return None
    if text in _BOOL:
        return _BOOL[text]
    if _INT.match(text):
        return int(text)
    if _INT_OCT.match(text):
        return int(text[2:], 8)
    if _INT_HEX.match(text):
        return int(text[2:], 16)
    if _FLOAT.match(text):
        return float(text)
    return text  # `NO`, `yes`, `2025-10-01`, `.inf` all stay as written


_OK_TAGS = {None, "!", *(_STD + t for t in ("str", "int", "float", "bool", "null", "map", "seq"))}


class _Builder:
    """Plain data from libyaml's event stream, recording where each node stands.

    Iterative (an explicit stack, so nesting cannot overflow Python's), one
    pass, no node graph: aliases share the anchored value and only their size
    counts against the budget, so an alias bomb is caught before it is built.
    """

    def __init__(
        self,
        display: str,
        budget: int,
        positions: dict,
        key_positions: dict,
        findings: list,
        offsets: dict | None = None,
        slips: list | None = None,
    ):
        self.slips = slips if slips is not None else []
        self.display = display
        self.budget = budget
        self.positions = positions
        self.key_positions = key_positions
        self.findings = findings
        self.offsets = offsets or {}

    def slip(self, rule: str, mark, path: Path, message: str, **values) -> None:
        """A finding about a node that is kept but not as written."""
        self.fail(rule, mark, path, message, **values)
        self.slips.append(path)

    def fail(self, rule: str, mark, path: Path, message: str, **values) -> None:
        self.findings.append(
            _finding(rule, self.display, mark, path, msg(f"loader.{message}", **values))
        )

    def build(self, events) -> Any:
        positions = self.positions
        stack: list[list] = []  # [is_map, container, path, pending_key, anchor, count0, merges]
        anchors: dict[str, tuple[Any, int]] = {}
        open_anchors: set[str] = set()
        count = 0
        root: Any = None
        documents = 0
        for ev in events:
            cls = type(ev)
            if cls is yaml.MappingEndEvent or cls is yaml.SequenceEndEvent:
                frame = stack.pop()
                value = frame[1]
                if frame[6]:
                    self._merge(value, frame[6], ev.start_mark, frame[2])
                if frame[4]:
                    open_anchors.discard(frame[4])
                    anchors[frame[4]] = (value, count - frame[5])
                value_done = value
            elif cls is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    self.fail("SCH-001", ev.start_mark, (), "documents")
                    raise _Abort
                continue
            elif cls in (
                yaml.ScalarEvent,
                yaml.AliasEvent,
                yaml.MappingStartEvent,
                yaml.SequenceStartEvent,
            ):
                top = stack[-1] if stack else None
                if top is not None and top[0] and top[3] is _NO_KEY:
                    self._key(ev, cls, top, stack, count)
                    continue
                if top is None:
                    path: Path = ()
                elif top[0]:
                    path = (
                        (*top[2], top[3])
                        if top[3] is not _SKIP and top[3] is not _MERGE
                        else top[2]
                    )
                else:
                    path = (*top[2], self.offsets.get(top[2], 0) + len(top[1]))
                mark = ev.start_mark
                count += 1
                if count > self.budget:
                    self._over_budget(mark, path)
                positions[path] = (mark.line + 1, mark.column + 1)
                if cls is yaml.ScalarEvent:
                    if ev.tag not in _OK_TAGS:
                        self._bad_tag(ev.tag, mark, path)
                    value_done = _resolve(ev)
                    weight = 1 + len(ev.value) // CHARS_PER_NODE
                    if weight > 1:
                        count += weight - 1
                        if count > self.budget:
                            self._over_budget(mark, path)
                    if ev.anchor:
                        anchors[ev.anchor] = (value_done, weight)
                elif cls is yaml.AliasEvent:
                    if ev.anchor in open_anchors:
                        self.fail("SCH-004", mark, path, "recursive")
                        raise _Abort
                    if ev.anchor not in anchors:
                        self.fail("SCH-001", mark, path, "undefined_alias", anchor=ev.anchor)
                        raise _Abort
                    value_done, size = anchors[ev.anchor]
                    count += size
                    if count > self.budget:
                        self._over_budget(mark, path)
                else:
                    if ev.tag not in _OK_TAGS:
                        self._bad_tag(ev.tag, mark, path)
                    if len(stack) >= MAX_DEPTH:
                        self.fail("SCH-001", mark, path, "depth", depth=MAX_DEPTH)
                        raise _Abort
                    is_map = cls is yaml.MappingStartEvent
                    if ev.anchor:
                        open_anchors.add(ev.anchor)
                    stack.append(
                        [is_map, {} if is_map else [], path, _NO_KEY, ev.anchor, count, None]
                    )
                    continue
            else:
                continue  # stream and document ends
            # attach the finished value to its parent
            if not stack:
                root = value_done
                continue
            parent = stack[-1]
            if parent[0]:
                key = parent[3]
                if key is _MERGE:
                    parent[6] = [*(parent[6] or ()), value_done]
                elif key is not _SKIP:
                    parent[1][key] = value_done
                parent[3] = _NO_KEY
            else:
                parent[1].append(value_done)
        return root

    def _key(self, ev, cls, frame, stack, count) -> None:
        mark = ev.start_mark
        if cls is not yaml.ScalarEvent:
            self.fail("SCH-001", mark, frame[2], "complex_key")
            raise _Abort
        key = ev.value  # the key exactly as written: `NO:` stays "NO"
        if key == "<<" and not ev.style:
            frame[3] = _MERGE
            return
        kpath = (*frame[2], key)
        if key in frame[1]:
            first = self.key_positions.get(kpath, (0, 0))
            self.fail("SCH-002", mark, kpath, "duplicate", key=key, line=first[0])
            frame[3] = _SKIP  # the first value is kept
            return
        self.key_positions[kpath] = (mark.line + 1, mark.column + 1)
        frame[3] = key

    def _merge(self, target: dict, sources: list, mark, path: Path) -> None:
        # `<<: *defaults` — explicit keys win, as YAML 1.1 merge keys specify.
        for source in sources:
            for item in source if isinstance(source, list) else [source]:
                if not isinstance(item, dict):
                    self.slip("SCH-001", mark, path, "merge")
                    continue
                for k, v in item.items():
                    target.setdefault(k, v)

    def _bad_tag(self, tag: str, mark, path: Path) -> None:
        self.slip("SCH-001", mark, path, "tag", tag=tag)

    def _over_budget(self, mark, path: Path) -> None:
        self.fail("SCH-004", mark, path, "budget", budget=self.budget)
        raise _Abort


def _decode(raw: bytes, display: str, doc: Document) -> str | None:
    try:
        text = raw.decode("utf-8-sig")  # a BOM is harmless: drop it
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        col = len(before) - (before.rfind(b"\n") + 1) + 1
        doc.findings.append(
            RawFinding(
                "SCH-001",
                Pos(display, line, col),
                (),
                msg("loader.not_utf8", byte=f"{raw[exc.start]:02x}"),
            )
        )
        return None
    return text


# libyaml's words for the mistakes a person makes by hand → what to fix, in the
# reader's language (catalogue `yaml.*`); anything else keeps libyaml's words.
_SYNTAX = {
    "did not find expected key": "yaml.indent",
    "could not find expected ':'": "yaml.colon",
    "mapping values are not allowed in this context": "yaml.colon_in_value",
    "did not find expected '-' indicator": "yaml.list",
    "did not find expected ',' or ']'": "yaml.bracket",
    "did not find expected ',' or '}'": "yaml.bracket",
}


def _syntax(exc, text: str, mark):
    problem = exc.problem or "invalid YAML"
    context = exc.context or ""
    if problem == "found character that cannot start any token" and mark is not None:
        char = text[mark.index] if mark.index < len(text) else ""
        return msg("yaml.tab") if char == "\t" else msg("yaml.bad_char", char=char)
    if "quoted scalar" in context:
        return msg("yaml.quote")
    key = _SYNTAX.get(problem)
    return msg(key) if key else msg("yaml.other", problem=problem)


def _codepoint(character) -> int:
    # PyYAML's reader gives the code point as an int, or (bytes) a one-char str.
    return character if isinstance(character, int) else ord(character)


def _parse(text: str, display: str, builder: _Builder, findings: list) -> tuple[Any, bool]:
    """(data, read to the end?) — a syntax error or an abort is a finding, not a crash."""
    with collector_paused():
        return _build(text, display, builder, findings)


def _build(text: str, display: str, builder: _Builder, findings: list) -> tuple[Any, bool]:
    try:
        return builder.build(yaml.parse(text, Loader=_Loader)), True
    except _Abort:
        return None, False
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        findings.append(
            RawFinding(
                "SCH-001",
                Pos(display, line, col),
                (),
                msg("loader.not_yaml", problem=_syntax(exc, text, mark)),
            )
        )
    except yaml.reader.ReaderError as exc:
        # A character YAML does not allow (a NUL, a control character): the
        # reader gives its offset, not a mark; said at its line and column.
        before = text[: exc.position]
        line = before.count("\n") + 1
        col = exc.position - (before.rfind("\n") + 1) + 1
        findings.append(
            RawFinding(
                "SCH-001",
                Pos(display, line, col),
                (),
                msg("loader.bad_character", code=f"U+{_codepoint(exc.character):04X}"),
            )
        )
    except yaml.YAMLError as exc:  # pragma: no cover - libyaml marks its other errors
        findings.append(
            RawFinding(
                "SCH-001",
                Pos(display, 1, 1),
                (),
                msg("loader.not_yaml", problem=str(exc)),
            )
        )
    return None, False


# The file could not be read at all (exit status 2): not a regular file, too big.
LoadError = UnreadableFile


def _read(real: str, display: str, max_bytes: int) -> bytes:
    return read_regular(real, display, max_bytes)


def _budget(text: str) -> int:
    # Nodes and characters, each as the file has them, times the factor.
    own = text.count("\n") + len(text) // CHARS_PER_NODE
    return max(ALIAS_EXPANSION_FLOOR, ALIAS_EXPANSION_FACTOR * own)


def load_text(text: str, display: str) -> Document:
    """Read YAML given as text: a register, a configuration, a reference table.

    `include:` is not followed here: includes.load_register does that."""
    doc = Document(file=display)
    builder = _Builder(
        display, _budget(text), doc.positions, doc.key_positions, doc.findings, slips=doc.slips
    )
    data, complete = _parse(text, display, builder, doc.findings)
    doc.positions.setdefault((), (1, 1))
    if not complete:
        return doc
    if data is None:
        doc.empty = True
        doc.findings.append(_empty(display))
        return doc
    doc.data = data
    return doc


def _empty(display: str) -> RawFinding:
    return RawFinding(
        "SCH-001",
        Pos(display, 1, 1),
        (),
        msg("loader.empty"),
    )


def load_file(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read the YAML file at `path` (as the user wrote it), includes not followed."""
    raw = _read(os.path.realpath(path), path, max_bytes)
    doc = Document(file=path)
    text = _decode(raw, path, doc)
    if text is None:
        return doc
    return load_text(text, path)


__all__ = ["LoadError", "load_file", "load_text"]
