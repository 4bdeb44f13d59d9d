"""The shape of the package: data flows one way, each check has one owner."""

from __future__ import annotations

import ast
import re

from conftest import ROOT

PACKAGE = ROOT / "linter"


def _module(path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports() -> dict[str, set[str]]:
    """Every linter module → the linter modules it imports, at any depth of
    the file (a function-level import is an edge too)."""
    graph: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        name = _module(path)
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        edges = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                base = package.split(".")
                if node.level:
                    base = base[: len(base) - node.level + 1]
                    target = ".".join([*base, node.module] if node.module else base)
                else:
                    target = node.module or ""
                if target.startswith("linter"):
                    edges.add(target)
                    edges.update(f"{target}.{a.name}" for a in node.names)
            elif isinstance(node, ast.Import):
                edges.update(a.name for a in node.names if a.name.startswith("linter"))
        graph[name] = edges
    known = set(graph)
    return {m: {e for e in edges if e in known and e != m} for m, edges in graph.items()}


def _cycle(graph):
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node):
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def test_the_import_graph_has_no_loop():
    graph = _imports()
    # The package's __init__ re-exports lazily; it is the entry, not a layer.
    graph = {m: e - {"linter"} for m, e in graph.items()}
    assert _cycle(graph) is None, " → ".join(_cycle(graph))


def test_reporters_read_results_not_the_runner():
    graph = _imports()
    for module, edges in graph.items():
        if module.startswith("linter.reporters"):
            assert "linter.runner" not in edges, module


def test_only_the_schema_family_names_rule_ids():
    """Python decides what runs; which finding a rule makes is Rego's. Only the
    loader, the includes and the schema make findings of their own (SCH-*)."""
    owners = {"loader.py", "includes.py", "schema.py"}
    rule_id = re.compile(r"""["'][A-Z]{2,5}-[0-9]{3}["']""")
    for path in PACKAGE.rglob("*.py"):
        if path.name in owners:
            continue
        found = rule_id.findall(path.read_text(encoding="utf-8"))
        assert not found, (path.name, found)


def test_the_module_map_names_every_module_and_nothing_else():
    """Issue 35: one module map (DEVELOPERS.md, « Data flow »), held to the tree."""
    text = (ROOT / "DEVELOPERS.md").read_text(encoding="utf-8")
    start = text.index("```\n", text.index("## Data flow")) + 4
    block = text[start : text.index("```", start)]
    named = {m.group(1) for line in block.splitlines()
             for m in re.finditer(r"(?<![\w./-])([a-z_]+\.py|[a-z_]+/)(?![\w])", line)}  # fmt: skip
    package = ROOT / "linter"
    modules = {p.name for p in package.glob("*.py") if p.name not in ("__init__.py", "__main__.py")}
    packages = {p.name + "/" for p in package.iterdir() if (p / "__init__.py").exists()}
    inner = {p.name for d in packages for p in (package / d).glob("*.py")}
    layouts = {"layouts/", "templates/"}  # data folders the map also names
    assert modules | packages <= named, sorted((modules | packages) - named)
    assert named <= modules | packages | inner | layouts, sorted(
        named - modules - packages - inner - layouts
    )
