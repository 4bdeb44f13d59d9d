"""Register text, made harmless for outputs a person or a CI log reads.

A register is written by anyone who can open a pull request. Its text must
never start a new line in a log (where `::warning::…` at the start of a line
is a GitHub workflow command), drive a terminal (ANSI escapes), or reorder or
hide what a reviewer reads (bidi overrides, zero-width characters). Controls
become visible escapes (`\\n`, `\\x1b`); bidi and invisible format characters
become `<U+202E>`. Machine formats (JSON, SARIF) carry the text as it is:
their encoders escape it and their consumers need it exact.
"""

from __future__ import annotations

import re

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# Bidi embeddings, overrides and isolates, marks; zero-width and invisible
# format characters; line and paragraph separators.
_HIDDEN = (
    "\u061c\u200b\u200c\u200d\u200e\u200f\u2028\u2029\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)
# Characters XML 1.0 cannot carry at all (a JUnit report with one does not
# parse): the noncharacters U+FFFE and U+FFFF, and lone surrogates.
_NOT_XML = "\ud800-\udfff\ufffe\uffff"
_UNSAFE = re.compile(f"[\\x00-\\x1f\\x7f-\\x9f{_HIDDEN}{_NOT_XML}]")
_UNSAFE_BUT_LINES = re.compile(f"[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f{_HIDDEN}{_NOT_XML}]")


def _escape(match: re.Match) -> str:
    char = match.group(0)
    if char in _NAMED:
        return _NAMED[char]
    if char in _HIDDEN or ord(char) >= 0xD800:
        return f"<U+{ord(char):04X}>"
    return f"\\x{ord(char):02x}"


def visible(text) -> str:
    """One line, every character shown: for text, Markdown, JUnit, GitHub."""
    return _UNSAFE.sub(_escape, str(text))


def visible_in_page(text) -> str:
    """For HTML, where a line break or a tab starts nothing: only the hidden
    characters and the other controls are shown."""
    return _UNSAFE_BUT_LINES.sub(_escape, str(text))


def no_command(line: str) -> str:
    """A line of ropa-lint's text output never begins a workflow command: a
    path that begins with `::` is written `./::…`, the same file."""
    return f"./{line}" if line.startswith("::") else line
