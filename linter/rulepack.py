"""The rule pack: Rego modules, their METADATA, and the reference tables.

One rule per Rego file, in package `ropa.rules.<category>.<name>`, exposing
`report` — a set of `{"path": [...], "message": {"en": ..., "fr": ...}}`. Its
METADATA annotation is the one source of the rule's id, severity, title,
reference and remediation: read here, in Python, never at run time (neither
embedded engine has `rego.metadata.rule`).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

try:
    from yaml import CSafeLoader as _YamlLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _YamlLoader  # type: ignore[assignment]

from .findings import CATEGORIES, SEVERITIES
from .loader import load_text
from .resources import rules_dir

RULE_PACKAGE = re.compile(r"^ropa\.rules\.([a-z_]+)\.([a-z0-9_]+)$")
RULE_ID = re.compile(r"^[A-Z][A-Z0-9]*-[0-9]{3}$")
_PACKAGE_LINE = re.compile(r"^package\s+([A-Za-z0-9_.]+)\s*$", re.M)
REQUIRED_CUSTOM = ("id", "severity", "reference", "remediation", "title_fr", "remediation_fr")


AGGREGATOR_ID = "ropa/main.rego"


def aggregator(packages) -> str:
    """`data.ropa.main.findings`: the one query both engines answer.

    Generated, one line per rule: walking `data.ropa.rules` as a whole would
    also evaluate every helper of every package. Each finding is tagged with
    its package so that Python can attach the rule's METADATA (neither
    embedded engine has rego.metadata.rule).
    """
    lines = ["package ropa.main", ""]
    for package in sorted(packages):
        _, _, category, name = package.split(".")
        tag = f'{{"category": "{category}", "name": "{name}"}}'
        lines.append(
            f"findings contains object.union(finding, {tag}) "
            f"if some finding in data.{package}.report"
        )
        lines.append("")
    return "\n".join(lines)


class RulePackError(Exception):
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

    def rule_for_module(self, module_id: str) -> str | None:
        return self.module_rule.get(module_id)


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
        related_resources=tuple(
            (r.get("description", ""), r.get("ref", ""))
            for r in meta.get("related_resources") or ()
        ),
        package=package,
        file=file,
    )


def _rego_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob("*.rego") if not p.name.endswith("_test.rego"))


def _load_table(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    doc = load_text(text, str(path))  # our loader: `NO` stays Norway in a table too
    if doc.findings:
        first = doc.findings[0]
        raise RulePackError(
            f"{first.pos.file}:{first.pos.line}:{first.pos.column}: {first.message['en']}"
        )
    if not isinstance(doc.data, dict):
        raise RulePackError(f"{path}: a reference table must be a mapping")
    return doc.data


def deep_merge(base: dict, extra: dict) -> dict:
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = deep_merge(out[key], value)
        else:
            out[key] = value
    return out


def load_pack(extra_dirs: tuple[str, ...] = (), data_files: tuple[str, ...] = ()) -> RulePack:
    pack = RulePack()
    builtin = rules_dir()
    from .builtin_rules import BUILTIN_RULES

    for rule in BUILTIN_RULES:
        pack.rules[rule.id] = rule
    for index, directory in enumerate((builtin, *map(Path, extra_dirs))):
        if not directory.is_dir():
            raise RulePackError(f"rule directory `{directory}` does not exist")
        prefix = "ropa" if index == 0 else f"pack{index}"
        for path in _rego_files(directory):
            try:
                source = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise RulePackError(f"{path}: cannot read rule file: {exc}") from exc
            module_id = f"{prefix}/{path.relative_to(directory).as_posix()}"
            shown = str(path) if index else f"rules/{path.relative_to(directory).as_posix()}"
            pm = _PACKAGE_LINE.search(source)
            if not pm:
                raise RulePackError(f"{shown}: no package declaration")
            package = pm.group(1)
            pack.modules[module_id] = source
            if not package.startswith("ropa.rules."):
                continue  # a library or the aggregator: no METADATA required
            rule = _rule_from(source, shown, package, module_id)
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
    # Libraries before rules: a server that compiles module by module (OPA)
    # must know a function before a rule calls it. sorted() is stable.
    pack.modules = dict(sorted(pack.modules.items(), key=lambda kv: kv[0] in pack.module_rule))
    pack.modules[AGGREGATOR_ID] = aggregator(pack.by_package)
    for data_file in data_files:
        if not os.path.isfile(data_file):
            raise RulePackError(f"data file `{data_file}` does not exist")
        pack.reference = deep_merge(pack.reference, _load_table(Path(data_file)))
    return pack
