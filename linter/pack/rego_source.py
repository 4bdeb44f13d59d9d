"""A rule pack's Rego read as the parser reads it, not as text.

A pack comes from a pull request, so what it may name is decided on its parsed
syntax tree: a forbidden builtin written `opa["runtime"]`, `http[`send`]` or
behind a line break is the same reference to the parser, and a name inside a
string or a comment is none. regorus (the embedded engine, always installed)
parses the module whichever engine then runs it, so the check is the same for
OPA and for regorus. A module regorus cannot parse is refused: what cannot be
read cannot be cleared.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from linter.engine.base import FORBIDDEN_BUILTINS
from linter.engine.embedded import describe_error


class RegoSourceError(ValueError):
    """The module does not parse; the message is one line with its place."""


@dataclass(frozen=True)
class ParsedModule:
    package: str
    # (builtin, line) for every reference to a forbidden builtin, in order.
    forbidden: tuple[tuple[str, int], ...]


def _reference(node: dict) -> tuple[str, int] | None:
    """`a.b["c"]` as ("a.b.c", line), or None when a key is not a literal
    string or the root is not a name."""
    parts: list[str] = []
    line = 0
    while True:
        if "RefDot" in node:
            inner = node["RefDot"]
            parts.append(inner["field"][1])
        elif "RefBrack" in node:
            inner = node["RefBrack"]
            key = inner["index"]
            literal = key.get("String") or key.get("RawString")
            if not isinstance(literal, dict):
                return None
            parts.append(literal["value"])
        elif "Var" in node:
            var = node["Var"]
            parts.append(var["value"])
            line = var["span"]["line"]
            return ".".join(reversed(parts)), line
        else:
            return None
        node = inner["refr"]


def _walk_references(tree) -> list[tuple[str, int]]:
    """Every reference in the tree, inner ones included (`http.send` inside
    `http.send.x`), without recursion: a deep expression is not a crash."""
    found = []
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if "RefDot" in node or "RefBrack" in node:
                ref = _reference(node)
                if ref:
                    found.append(ref)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


def parse_module(name: str, source: str) -> ParsedModule:
    import regorus

    engine = regorus.Engine()
    try:
        engine.add_policy(name, source)
    except Exception as exc:  # regorus raises RuntimeError with a rendered report
        raise RegoSourceError(f"does not compile: {describe_error(exc)[1]}") from None
    (module,) = json.loads(engine.get_ast_as_json())
    ast = module["ast"]
    package = _reference(ast["package"]["refr"])
    forbidden = sorted(
        {(ref, line) for ref, line in _walk_references(ast) if ref in FORBIDDEN_BUILTINS},
        key=lambda item: (item[1], item[0]),
    )
    return ParsedModule(package=package[0] if package else "", forbidden=tuple(forbidden))


def checked(name: str, source: str) -> ParsedModule:
    """The module parsed, refused (RegoSourceError, one line) when it does not
    parse or names a forbidden builtin: `calls http.send (line 4): …`."""
    parsed = parse_module(name, source)
    if parsed.forbidden:
        calls = ", ".join(f"{name} (line {line})" for name, line in parsed.forbidden)
        raise RegoSourceError(
            f"calls {calls}: rules and their tests may read the register only, never the "
            "network or the environment"
        )
    return parsed
