"""The rule pack: Rego modules, their METADATA, and the reference tables.

One rule per Rego file, in package `ropa.rules.<category>.<name>`, exposing
`report` — a set of `{"path": [...], "message": {"en": ..., "fr": ...}}`. Its
METADATA annotation is the one source of the rule's id, severity, title,
reference and remediation: read here, in Python, never at run time (neither
embedded engine has `rego.metadata.rule`).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import re
import sys
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from linter.core import cache as kept_between_runs
from linter.core.errors import RopaLintError
from linter.pack.aggregator import AGGREGATOR_ID, BATCH, UNITS, aggregator

try:
    from yaml import CSafeLoader as _YamlLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _YamlLoader  # type: ignore[assignment]

from linter.core.files import UnreadableFile, read_text
from linter.core.findings import CATEGORIES, SEVERITIES
from linter.core.resources import rules_dir, schema_path
from linter.load.tables import TableError, load_table
from linter.pack.rego_source import RegoSourceError, checked

RULE_PACKAGE = re.compile(r"^ropa\.rules\.([a-z_]+)\.([a-z0-9_]+)$")
RULE_ID = re.compile(r"^[A-Z][A-Z0-9]*-[0-9]{3}$")
_PACKAGE_LINE = re.compile(r"^package\s+([A-Za-z0-9_.]+)\s*$", re.M)
REQUIRED_CUSTOM = ("id", "severity", "reference", "remediation", "title_fr", "remediation_fr")


def _closed(package: str) -> bool:
    """A package a rule pack may not define (the built-in ones and OPA's)."""
    from linter.engine.base import DATA_ROOT  # where the tables are loaded

    root = package.split(".", 1)[0]
    if root in ("system", DATA_ROOT):
        return True
    return root == "ropa" and not RULE_PACKAGE.match(package)


class RulePackError(RopaLintError):
    """The rule pack cannot be used (exit status 2)."""


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    severity: str
    title: str
    description: str
    reference: str
    remediation: str
    title_fr: str = ""
    remediation_fr: str = ""
    related_resources: tuple = ()
    package: str = ""
    file: str = ""
    builtin: bool = False  # implemented in Python (schema family), not Rego
    # Fields whose absence or emptiness this rule reports (schema.py leaves them to it).
    covers: tuple[str, ...] = ()
    # `organization` rules judge the register as a whole and are set aside with
    # an ill-typed organisation; `activity` rules judge activities one by one.
    unit: str = "activity"
    own: bool = False  # shipped in this package's rules/ (the law table gates it)
    # The text that sets the severity, under docs/severity.md's policy.
    severity_basis: str = ""
    severity_basis_fr: str = ""
    description_fr: str = ""
    # The avoid and prefer snippets (linter/pack/snippets.py), or None.
    examples: dict | None = None

    def text(self, what: str, lang: str) -> str:
        value = getattr(self, f"{what}_fr", "") if lang == "fr" else ""
        return value or getattr(self, what)


@dataclass
class RulePack:
    modules: dict[str, str] = field(default_factory=dict)  # module id → source
    rules: dict[str, Rule] = field(default_factory=dict)  # rule id → rule
    by_package: dict[str, Rule] = field(default_factory=dict)
    module_rule: dict[str, str] = field(default_factory=dict)  # module id → rule id
    reference: dict[str, Any] = field(default_factory=dict)
    # Reference tables from outside the built-in pack (--data, a pack's own
    # ropadata/reference): they can change what the built-in rules decide.
    extra_tables: list[str] = field(default_factory=list)

    def rule_for_module(self, module_id: str) -> str | None:
        return self.module_rule.get(module_id)

    @cached_property
    def covers(self) -> frozenset[str]:
        return frozenset(c for rule in self.rules.values() for c in rule.covers)

    def modules_for(self, enabled, batch: bool = False) -> dict[str, str]:
        """The modules to load, with the entry point of the `enabled` rule ids
        (and, with `batch`, `data.ropa.main.batch`: several registers in one
        query, for an engine that pays per query — OPA over HTTP)."""
        rules = [r for r in self.by_package.values() if r.id in enabled]
        main = aggregator(rules)
        if batch:
            main += BATCH
        return {**self.modules, AGGREGATOR_ID: main}


def _examples(given, file: str) -> dict | None:
    """`custom.examples`, checked: where the snippets go and both snippets."""
    from linter.pack.snippets import PLACES

    if given is None:
        return None
    if not isinstance(given, dict) or not all(
        isinstance(given.get(k), str) and given[k].strip() for k in ("avoid", "prefer")
    ):
        raise RulePackError(f"{file}: examples need an `avoid` and a `prefer` snippet")
    at = given.get("at", "activity")
    if at not in PLACES:
        raise RulePackError(f"{file}: examples.at is one of {', '.join(PLACES)}")
    return {
        "at": at,
        "without": list(given.get("without") or []),
        "also": list(given.get("also") or []),
        "jurisdiction": given.get("jurisdiction"),
        "avoid": given["avoid"],
        "prefer": given["prefer"],
        # Keys that replace the base organisation's in both snippets.
        "organization": given.get("organization"),
        "exceptions": [_exception(x, at, file) for x in given.get("exceptions") or []],
    }


# An exception of the text the rule rests on: the case in words, in both
# languages, the text that makes it one, and a snippet on which the rule must
# stay silent (tests/test_rule_examples.py holds it there on both engines).
_EXCEPTION_TEXTS = ("case", "case_fr", "source", "snippet")


def _exception(given, at: str, file: str) -> dict:
    from linter.pack.snippets import PLACES

    if not isinstance(given, dict) or not all(
        isinstance(given.get(k), str) and given[k].strip() for k in _EXCEPTION_TEXTS
    ):
        raise RulePackError(
            f"{file}: each of examples.exceptions needs {', '.join(_EXCEPTION_TEXTS)}"
        )
    where = given.get("at", at)
    if where not in PLACES:
        raise RulePackError(f"{file}: examples.exceptions[].at is one of {', '.join(PLACES)}")
    return {
        **{k: " ".join(given[k].split()) for k in _EXCEPTION_TEXTS[:3]},
        "snippet": given["snippet"],
        "at": where,
        "without": list(given.get("without") or []),
        "jurisdiction": given.get("jurisdiction"),
        "organization": given.get("organization"),
    }


def _metadata(source: str, file: str) -> dict | None:
    """The package-level METADATA block: the comment block just before `package`."""
    lines = source.splitlines()
    for i, line in enumerate(lines):
        if line.strip() == "# METADATA":
            block = []
            for nxt in lines[i + 1 :]:
                if not nxt.startswith("#"):
                    break
                block.append(nxt[2:] if nxt.startswith("# ") else nxt[1:])
            try:
                # libyaml: the pure-Python loader cost ~0.1 s for the pack at each start.
                meta = yaml.load("\n".join(block), Loader=_YamlLoader)
            except yaml.YAMLError as exc:
                raise RulePackError(f"{file}: METADATA is not valid YAML: {exc}") from exc
            if isinstance(meta, dict) and meta.get("scope", "package") == "package":
                return meta
        if line.startswith("package "):
            break
    return None


def _rule_from(source: str, file: str, package: str, module_id: str) -> Rule:
    m = RULE_PACKAGE.match(package)
    if not m:
        raise RulePackError(f"{file}: package `{package}` is not `ropa.rules.<category>.<name>`")
    category, _ = m.groups()
    meta = _metadata(source, file)
    if not meta:
        raise RulePackError(f"{file}: rule has no METADATA annotation before its package")
    custom = meta.get("custom") or {}
    missing = [k for k in REQUIRED_CUSTOM if not custom.get(k)]
    if not meta.get("title") or not meta.get("description") or missing:
        raise RulePackError(
            f"{file}: METADATA needs title, description and custom "
            f"{', '.join(REQUIRED_CUSTOM)} (missing: {', '.join(missing) or 'title/description'})"
        )
    if not RULE_ID.match(str(custom["id"])):
        raise RulePackError(f"{file}: rule id `{custom['id']}` is not of the form ABC-001")
    if custom["severity"] not in SEVERITIES:
        raise RulePackError(f"{file}: severity `{custom['severity']}` is not one of {SEVERITIES}")
    if category not in CATEGORIES:
        raise RulePackError(f"{file}: category `{category}` is not one of {', '.join(CATEGORIES)}")
    unit = custom.get("unit", "activity")
    if unit not in UNITS:
        raise RulePackError(f"{file}: unit `{unit}` is not one of {', '.join(UNITS)}")
    covers = custom.get("covers") or []
    if not isinstance(covers, list) or not all(isinstance(c, str) for c in covers):
        raise RulePackError(f"{file}: covers must be a list of fields such as activity.purposes")
    return Rule(
        id=str(custom["id"]),
        category=category,
        severity=custom["severity"],
        title=meta["title"].strip(),
        description=meta["description"].strip(),
        reference=str(custom["reference"]).strip(),
        remediation=str(custom["remediation"]).strip(),
        title_fr=str(custom["title_fr"]).strip(),
        remediation_fr=str(custom["remediation_fr"]).strip(),
        severity_basis=" ".join(str(custom.get("severity_basis", "")).split()),
        severity_basis_fr=" ".join(str(custom.get("severity_basis_fr", "")).split()),
        description_fr=" ".join(str(custom.get("description_fr", "")).split()),
        examples=_examples(custom.get("examples"), file),
        related_resources=tuple(
            (r.get("description", ""), r.get("ref", ""))
            for r in meta.get("related_resources") or ()
        ),
        package=package,
        file=file,
        covers=tuple(covers),
        unit=unit,
    )


def _check_covers(rule: Rule) -> None:
    from linter.schema.covers import CoverError, covered_schema

    for cover in rule.covers:
        try:
            covered_schema(frozenset({cover}))
        except (CoverError, KeyError):
            raise RulePackError(
                f"{rule.file}: covers `{cover}` names no field of the register format "
                "(write a definition and the path to the field: activity.purposes, "
                "data_category.retention)"
            ) from None


def _schema_family() -> list[Rule]:
    """The checks made in Python, described as data (schemas/builtin-rules.yaml)."""
    path = schema_path().parent / "builtin-rules.yaml"
    table = _load_table(path)
    related = tuple((r["description"], r["ref"]) for r in table.get("related_resources", ()))
    return [
        Rule(
            id=r["id"],
            category="schema",
            severity=r["severity"],
            title=r["title"],
            title_fr=r["title_fr"],
            description=r["description"],
            reference=table["reference"],
            remediation=r["remediation"],
            remediation_fr=r["remediation_fr"],
            severity_basis=r.get("severity_basis", ""),
            severity_basis_fr=r.get("severity_basis_fr", ""),
            description_fr=r.get("description_fr", ""),
            examples=_examples(r.get("examples"), "schemas/builtin-rules.yaml"),
            package=r["module"],
            file="schemas/builtin-rules.yaml",
            related_resources=related,
            builtin=True,
        )
        for r in table["rules"]
    ]


def _rego_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob("*.rego") if not p.name.endswith("_test.rego"))


PACK_FILE_MAX_BYTES = 10 * 1024 * 1024


def _source(path: Path) -> str:
    """A rule file or table of the pack: a regular file, bounded, UTF-8."""
    try:
        return read_text(str(path), PACK_FILE_MAX_BYTES)
    except UnreadableFile as exc:
        raise RulePackError(str(exc)) from None


def _load_table(path: Path) -> dict:
    try:
        return load_table(path, PACK_FILE_MAX_BYTES)
    except TableError as exc:
        raise RulePackError(str(exc)) from None


def deep_merge(base: dict, extra: dict) -> dict:
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = deep_merge(out[key], value)
        else:
            out[key] = value
    return out


_LIB_CALL = re.compile(r"data\.ropa\.lib\.(\w+)")


def _callees_first(modules: dict[str, str], rule_modules) -> dict[str, str]:
    libs = {mid: src for mid, src in modules.items() if mid not in rule_modules}
    by_package = {}
    for mid, src in libs.items():
        pm = _PACKAGE_LINE.search(src)
        if pm and pm.group(1).startswith("ropa.lib."):
            by_package[pm.group(1).removeprefix("ropa.lib.")] = mid
    ordered: dict[str, str] = {}

    def visit(mid, seen=()):
        if mid in ordered or mid in seen:
            return  # a cycle is OPA's to report
        for name in sorted(set(_LIB_CALL.findall(libs[mid]))):
            callee = by_package.get(name)
            if callee and callee != mid:
                visit(callee, (*seen, mid))
        ordered[mid] = libs[mid]

    for mid in libs:
        visit(mid)
    ordered.update((mid, src) for mid, src in modules.items() if mid in rule_modules)
    return ordered


def load_pack(extra_dirs: tuple[str, ...] = (), data_files: tuple[str, ...] = ()) -> RulePack:
    """The rule pack, parsed once per content of its files: reading the
    METADATA and tables of every rule costs a third of a small run, so the
    parsed pack is kept (linter/core/cache.py) under a hash of every file it is
    made from, and made again when any of them changes."""
    key = _pack_key(extra_dirs, data_files)
    name = f"pack-{key}.pickle"
    kept = kept_between_runs.read(name)
    if kept is not None:
        with contextlib.suppress(Exception):  # stale or foreign: made again below
            pack = pickle.loads(kept)
            if isinstance(pack, RulePack):
                return pack
    pack = _load_pack(extra_dirs, data_files)
    kept_between_runs.write(name, pickle.dumps(pack, protocol=pickle.HIGHEST_PROTOCOL))
    return pack


def _pack_key(extra_dirs, data_files) -> str:
    from linter import __version__

    digest = hashlib.sha256(f"{__version__}\n{sys.implementation.cache_tag}\n".encode())
    # The code that parses the pack too: a checkout whose parser changed must
    # not read a pack another parser pickled.
    digest.update(Path(__file__).read_bytes())
    digest.update((Path(__file__).parent / "rego_source.py").read_bytes())
    files = [schema_path().parent / "builtin-rules.yaml", schema_path()]
    for directory in (rules_dir(), *map(Path, extra_dirs)):
        if directory.is_dir():
            files += _rego_files(directory)
            files += sorted((directory / "ropadata" / "reference").glob("*.y*ml"))
    files += [Path(f) for f in data_files if os.path.isfile(f)]
    for path in files:
        digest.update(f"{path}\0".encode())
        digest.update(_source(path).encode())
        digest.update(b"\0")
    digest.update(repr((tuple(extra_dirs), tuple(data_files))).encode())
    return digest.hexdigest()[:32]


def _named(shown: str, source: str) -> str:
    """`rule ACME-001 (pack/x.rego)` when the file's METADATA names its rule."""
    with contextlib.suppress(Exception):
        rule_id = ((_metadata(source, shown) or {}).get("custom") or {}).get("id")
        if rule_id:
            return f"rule {rule_id} ({shown})"
    return shown


def _checked_package(shown: str, module_id: str, source: str) -> str:
    """A pack module's package, once its parsed tree names no forbidden
    builtin (linter/pack/rego_source.py: the parser's reading, not the text's)."""
    try:
        parsed = checked(module_id, source)
    except RegoSourceError as exc:
        raise RulePackError(f"{_named(shown, source)}: {exc}") from None
    if not parsed.package:
        raise RulePackError(f"{shown}: no package declaration")
    return parsed.package


def _load_pack(extra_dirs: tuple[str, ...], data_files: tuple[str, ...]) -> RulePack:
    pack = RulePack()
    builtin = rules_dir()
    for rule in _schema_family():
        pack.rules[rule.id] = rule
    for index, directory in enumerate((builtin, *map(Path, extra_dirs))):
        if not directory.is_dir():
            raise RulePackError(f"rule directory `{directory}` does not exist")
        prefix = "ropa" if index == 0 else f"pack{index}"
        for path in _rego_files(directory):
            source = _source(path)
            module_id = f"{prefix}/{path.relative_to(directory).as_posix()}"
            shown = str(path) if index else f"rules/{path.relative_to(directory).as_posix()}"
            if index:
                package = _checked_package(shown, module_id, source)
            else:  # ours: held to the same by tests/test_engines.py
                pm = _PACKAGE_LINE.search(source)
                if not pm:
                    raise RulePackError(f"{shown}: no package declaration")
                package = pm.group(1)
            if index and _closed(package):
                # The built-in library, the aggregator, the reference tables and
                # OPA's own packages (system.*) are closed: a pack only adds
                # rules (and helpers in a namespace of its own).
                raise RulePackError(
                    f"{shown}: package `{package}`: a rule pack may only add rules, each in "
                    "`ropa.rules.<category>.<name>`; the built-in library, the reference "
                    "tables and OPA's system packages are closed to it"
                )
            pack.modules[module_id] = source
            if not package.startswith("ropa.rules."):
                continue  # a library or the aggregator: no METADATA required
            rule = _rule_from(source, shown, package, module_id)
            if index == 0:
                rule = replace(rule, own=True)
            if rule.covers and index:
                _check_covers(rule)  # the built-in pack's are checked by a test
            if rule.id in pack.rules:
                raise RulePackError(
                    f"{shown}: rule id {rule.id} is already used by {pack.rules[rule.id].file}"
                )
            if package in pack.by_package:
                raise RulePackError(f"{shown}: package {package} is defined twice")
            pack.rules[rule.id] = rule
            pack.by_package[package] = rule
            pack.module_rule[module_id] = rule.id
        # Where `opa test rules/` also finds them: data.ropadata.reference.
        tables = directory / "ropadata" / "reference"
        if tables.is_dir():
            for path in sorted(tables.glob("*.y*ml")):
                pack.reference = deep_merge(pack.reference, _load_table(path))
                if index:
                    pack.extra_tables.append(str(path))
    # Libraries before rules, and a library after those it calls: a server
    # that compiles module by module (OPA) must know a function before a
    # module calls it.
    pack.modules = _callees_first(pack.modules, pack.module_rule)
    for data_file in data_files:
        if not os.path.isfile(data_file):
            raise RulePackError(f"data file `{data_file}` does not exist")
        pack.reference = deep_merge(pack.reference, _load_table(Path(data_file)))
        pack.extra_tables.append(data_file)
    return pack
