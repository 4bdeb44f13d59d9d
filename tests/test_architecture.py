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
        if module.startswith("linter.report"):
            assert "linter.run.runner" not in edges, module


def test_only_the_schema_family_names_rule_ids():
    """Python decides what runs; which finding a rule makes is Rego's. Only the
    loader, the includes and the schema make findings of their own (SCH-*)."""
    owners = {"load/loader.py", "load/includes.py", "schema/validate.py"}
    rule_id = re.compile(r"""["'][A-Z]{2,5}-[0-9]{3}["']""")
    for path in PACKAGE.rglob("*.py"):
        if path.relative_to(PACKAGE).as_posix() in owners:
            continue
        found = rule_id.findall(path.read_text(encoding="utf-8"))
        assert not found, (path.name, found)


def test_the_module_map_names_every_module_and_nothing_else():
    """Issue 35: one module map (DEVELOPERS.md, « Data flow »), held to the
    tree: each package on a line of its own, each module under it."""
    text = (ROOT / "DEVELOPERS.md").read_text(encoding="utf-8")
    start = text.index("```\n", text.index("## Data flow")) + 4
    block = text[start : text.index("```", start)]
    named, package = set(), None
    for line in block.splitlines():
        head = re.match(r"([a-z_]+)/", line)
        if head:
            package = head.group(1)
            continue
        module = re.match(r"  ([a-z_]+\.py|[a-z_]+/)", line)
        if module and package:
            named.add(f"{package}/{module.group(1)}")
    tree = {
        p.relative_to(PACKAGE).as_posix()
        for p in PACKAGE.glob("*/*.py")
        if p.name != "__init__.py" and "__pycache__" not in p.parts
    } | {
        p.relative_to(PACKAGE).as_posix() + "/"
        for p in PACKAGE.glob("*/*")
        if (p / "__init__.py").exists() or p.name in ("layouts", "templates")
    }
    assert tree <= named, sorted(tree - named)
    assert named <= tree, sorted(named - tree)


# What each stage may import (each package's docstring says it; `linter`
# itself, for __version__, is open to all). cli and tools may import anything.
MAY_IMPORT = {
    "core": {"core"},
    "load": {"core", "load"},
    "schema": {"core", "schema"},
    "engine": {"core", "engine"},
    "pack": {"core", "load", "schema", "engine", "pack"},
    "run": {"core", "load", "schema", "pack", "engine", "run"},
    "report": {"core", "load", "report"},
}


def test_each_stage_imports_only_what_its_docstring_allows():
    graph = _imports()
    for module, edges in sorted(graph.items()):
        parts = module.split(".")
        if len(parts) < 2 or parts[1] not in MAY_IMPORT:
            continue
        for edge in edges:
            target = edge.split(".")
            if len(target) > 1:
                assert target[1] in MAY_IMPORT[parts[1]], f"{module} imports {edge}"


def test_every_stage_says_what_it_owns_and_may_import():
    for stage in MAY_IMPORT:
        doc = ast.get_docstring(ast.parse((PACKAGE / stage / "__init__.py").read_text("utf-8")))
        assert doc and "May import:" in doc, stage
    assert not [
        p.name for p in PACKAGE.glob("*.py") if p.name not in ("__init__.py", "__main__.py")
    ]


def test_nothing_but_the_entry_points_imports_the_cli():
    graph = _imports()
    for module, edges in graph.items():
        if not module.startswith(("linter.cli", "linter.__main__")):
            assert not {e for e in edges if e.startswith("linter.cli")}, module
