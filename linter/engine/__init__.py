"""Rego engines behind one small contract.

An engine loads the rule pack's modules and data once, then evaluates one
register at a time, returning the raw findings of `data.ropa.main.findings`.
Whatever it cannot do — a module that does not compile, a builtin it lacks, an
undefined result, a server it cannot reach — raises EngineError, which the
CLI turns into exit status 2. An engine never returns "no findings" for a
query it could not answer.

May import: core. Never load, schema, pack, run, report or cli.
"""

from __future__ import annotations

from linter.engine.base import (
    DATA_ROOT,
    FORBIDDEN_BUILTINS,
    LAW_PACKAGE,
    QUERY_ACTIVITY_RULE,
    QUERY_PACKAGE,
    QUERY_RULE,
    Engine,
    EngineError,
)

__all__ = [
    "DATA_ROOT",
    "FORBIDDEN_BUILTINS",
    "LAW_PACKAGE",
    "QUERY_ACTIVITY_RULE",
    "QUERY_PACKAGE",
    "QUERY_RULE",
    "Engine",
    "EngineError",
    "make_engine",
    "resolve_kind",
]


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
        from linter.engine.embedded import EmbeddedEngine

        return EmbeddedEngine(seconds=eval_timeout, memory_mb=max_memory, cores=cores)
    if kind == "opa":
        from linter.engine.opa import OpaEngine

        return OpaEngine(
            url=opa_url,
            token=opa_token,
            timeout=opa_timeout,
            opa_bin=opa_bin,
            ca_bundle=opa_ca_bundle,
            memory_mb=max_memory,
        )
    raise EngineError(f"unknown engine `{kind}` (use auto, embedded or opa)")
