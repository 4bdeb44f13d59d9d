"""Rego engines behind one small contract.

An engine loads the rule pack's modules and data once, then evaluates one
register at a time, returning the raw findings of `data.ropa.main.findings`.
Whatever it cannot do — a module that does not compile, a builtin it lacks, an
undefined result, a server it cannot reach — raises EngineError, which the
CLI turns into exit status 2. An engine never returns "no findings" for a
query it could not answer.
"""

from __future__ import annotations

import re

from .base import (
    DATA_ROOT,
    FORBIDDEN_BUILTINS,
    QUERY_ACTIVITY_RULE,
    QUERY_PACKAGE,
    QUERY_RULE,
    Engine,
    EngineError,
)

__all__ = [
    "DATA_ROOT",
    "FORBIDDEN_BUILTINS",
    "QUERY_ACTIVITY_RULE",
    "QUERY_PACKAGE",
    "QUERY_RULE",
    "Engine",
    "EngineError",
    "forbidden_calls",
    "make_engine",
    "resolve_kind",
]


# Any mention in code, not only a call: Rego can also mock a function with a
# builtin (`f(x) with data.pack.f as http.send`).
_FORBIDDEN_NAME = re.compile(
    r"(?<![\w.])(" + "|".join(re.escape(b) for b in FORBIDDEN_BUILTINS) + r")(?![\w])"
)


# A comment, a string (escapes included) or a raw string: one pass, in C.
_COMMENT_OR_STRING = re.compile(r'#[^\n]*|"(?:[^"\\\n]|\\.)*"|`[^`]*`')


def strip_comments_and_strings(source: str) -> str:
    """Rego source with comments and string literals blanked, for token scans.

    An unterminated string is left as code: such a module does not compile,
    and a forbidden name in it is refused all the same."""
    return _COMMENT_OR_STRING.sub(lambda m: "" if m.group(0)[0] == "#" else '""', source)


# A reference's key in brackets (`opa["runtime"]`, `http[`send`]`) is the
# same reference as its dotted form, and is read as it before the scan.
_BRACKET_KEY = re.compile(r'\s*\[\s*(?:"([A-Za-z_]\w*)"|`([A-Za-z_]\w*)`)\s*\]')
_COMMENT = re.compile(r'#[^\n]*|"(?:[^"\\\n]|\\.)*"|`[^`]*`')


def _dotted(source: str) -> str:
    without_comments = _COMMENT.sub(lambda m: "" if m.group(0)[0] == "#" else m.group(0), source)
    return _BRACKET_KEY.sub(lambda m: "." + (m.group(1) or m.group(2)), without_comments)


def forbidden_calls(source: str) -> list[str]:
    """Forbidden builtins that a module names in code (comments and strings
    aside), in dotted or bracket form."""
    return sorted(set(_FORBIDDEN_NAME.findall(strip_comments_and_strings(_dotted(source)))))


def resolve_kind(kind: str, opa_url: str | None) -> str:
    """`auto` is OPA when a URL is given, the embedded engine otherwise."""
    if kind == "auto":
        return "opa" if opa_url else "embedded"
    return kind


def make_engine(
    kind: str,
    *,
    opa_url: str | None = None,
    opa_token: str | None = None,
    opa_timeout: float = 30.0,
    opa_bin: str | None = None,
    opa_ca_bundle: str | None = None,
    eval_timeout: float = 0,
    max_memory: int = 0,
    cores: int = 1,
) -> Engine:
    kind = resolve_kind(kind, opa_url)
    if kind == "embedded":
        from .embedded import EmbeddedEngine

        return EmbeddedEngine(seconds=eval_timeout, memory_mb=max_memory, cores=cores)
    if kind == "opa":
        from .opa import OpaEngine

        return OpaEngine(
            url=opa_url,
            token=opa_token,
            timeout=opa_timeout,
            opa_bin=opa_bin,
            ca_bundle=opa_ca_bundle,
            memory_mb=max_memory,
        )
    raise EngineError(f"unknown engine `{kind}` (use auto, embedded or opa)")
