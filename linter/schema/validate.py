"""JSON Schema validation of a loaded register: the shape and the vocabulary.

The register is validated against the published schema less what rules
cover (schema_covers.py): a field a rule reports missing, in its own words
and severity, the schema does not report too (one owner per check).

What is left are two kinds of slip: a content gap the schema still owns (a
missing field no rule explains), which sets nothing aside, and a shape error
(a wrong type, a value outside the vocabulary, an unknown field), which sets
aside the smallest unit it touches (see prune.py).
"""

from __future__ import annotations

import contextlib
import copy
import functools
import hashlib
import json
import marshal
import sys
from dataclasses import dataclass
from functools import cache

from linter.core import cache as kept_between_runs
from linter.core.document import Document, looks_like_register
from linter.core.findings import RawFinding
from linter.core.messages import msg
from linter.schema.covers import covered_schema, ref_name
from linter.schema.text import describe


@dataclass(frozen=True)
class Slip:
    """A shape error: where, and whether it is an unknown field (dropped) or an
    ill-typed value (its unit is set aside)."""

    path: tuple
    unknown: bool


@dataclass
class Validation:
    findings: list[RawFinding]
    slips: list[Slip]


# -- validators ---------------------------------------------------------------


def _without_activity_items(schema: dict) -> dict:
    """The register's schema with its activities' items left open: they are
    checked one by one (pre-check, then jsonschema where it fails)."""
    schema = copy.deepcopy(schema)
    schema["properties"]["activities"]["items"] = {}
    return schema


def _jsonschema(schema: dict):
    # jsonschema costs ~100 ms to import: only runs that meet an error pay for it.
    import jsonschema

    cls = jsonschema.Draft202012Validator
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def _inline_refs(node, defs: dict):
    """The schema with every `$ref` replaced by its target (ours are not recursive).

    jsonschema resolves a `$ref` through its registry on every use; inlined, a
    rejected activity is explained about 1.5x faster.
    """
    if isinstance(node, dict):
        if "$ref" in node:  # beside it only annotations (a description)
            target = _inline_refs(defs[node["$ref"].rsplit("/", 1)[-1]], defs)
            return {**target, **{k: v for k, v in node.items() if k != "$ref"}}
        return {k: _inline_refs(v, defs) for k, v in node.items() if k != "$defs"}
    if isinstance(node, list):
        return [_inline_refs(v, defs) for v in node]
    return node


def _real_date(value) -> bool:
    import datetime as dt

    try:
        dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


def _draft7(schema: dict, ref: str = "") -> dict:
    """`schema` for fastjsonschema's pre-check (draft-07 names for the same
    keywords, and `_one_of_as_any_of`); `ref` points at one definition, or ""
    for the whole register."""
    schema = json.loads(json.dumps(schema).replace("#/$defs/", "#/definitions/"))
    defs = schema.pop("$defs")
    body = {"$ref": ref} if ref else schema
    draft7 = {**body, "$schema": "http://json-schema.org/draft-07/schema#", "definitions": defs}
    _one_of_as_any_of(draft7, defs)
    return draft7


# fastjsonschema names the value at fault, for its error message, by formatting
# `locals()` at every call into a sub-definition — whether or not the value
# fails. Only its verdict is read here (jsonschema words the errors), so the
# naming is taken out of the generated code: it halves the time an activity
# takes (0.93 -> 0.44 s for 5,000 generated activities). `_UNNAMED` marks
# validators so made in the cache key.
_NAMING = ".format(**locals())"
_UNNAMED = "names unformatted"


_JSON_TYPES = {str: "string", bool: "boolean", int: "number", float: "number",
               type(None): "null", list: "array", dict: "object"}  # fmt: skip


def _types(node, defs: dict) -> frozenset | None:
    """The JSON types an instance of `node` can have, where the node says so
    (`type`, `enum`, `const`, or its `$ref`'s); None where it does not."""
    if not isinstance(node, dict):
        return None
    if "$ref" in node:
        return _types(defs.get(ref_name(node)), defs)
    if "type" in node:
        kind = node["type"]
        kinds = [kind] if isinstance(kind, str) else kind
    elif "enum" in node or "const" in node:
        values = node["enum"] if "enum" in node else [node["const"]]
        kinds = [_JSON_TYPES.get(type(v), "?") for v in values]
    else:
        return None
    # An integer is a number: the two are not told apart here.
    return frozenset("number" if k == "integer" else k for k in kinds)


def _one_of_as_any_of(node, defs: dict) -> None:
    """A `oneOf` whose branches take instances of different types holds
    exactly when one branch does, as `anyOf` says; fastjsonschema then stops
    at the first branch that holds instead of raising an exception in the
    others (a security measure written as a name failed the object branch on
    every activity). For the yes/no pre-check only: jsonschema, which words
    the errors, keeps the `oneOf`."""
    if isinstance(node, list):
        for item in node:
            _one_of_as_any_of(item, defs)
        return
    if not isinstance(node, dict):
        return
    for value in node.values():
        _one_of_as_any_of(value, defs)
    branches = node.get("oneOf")
    if isinstance(branches, list) and "anyOf" not in node:
        kinds = [_types(b, defs) for b in branches]
        if all(kinds) and sum(map(len, kinds)) == len(frozenset().union(*kinds)):
            node["anyOf"] = node.pop("oneOf")


def _fast(definition: dict):
    """fastjsonschema's validator for `definition`, its generated code kept in
    the user's cache keyed by the definition's hash: generating it costs a
    tenth of a second at every start (benchmarks/README.md)."""
    import fastjsonschema

    formats = {"date": _real_date}
    text = json.dumps(definition, sort_keys=True)
    tag = f"{fastjsonschema.VERSION}\n{sys.implementation.cache_tag}\n{_UNNAMED}\n{text}"
    key = hashlib.sha256(tag.encode()).hexdigest()[:32]
    name = f"validator-{key}.marshal"
    compiled = None
    kept = kept_between_runs.read(name)
    if kept is not None:
        # Bytecode, not source: compiling the generated source costs 30 ms a run.
        with contextlib.suppress(ValueError, EOFError, TypeError):
            compiled = marshal.loads(kept)
    if compiled is None:
        code = fastjsonschema.compile_to_code(definition, formats=formats)
        code = code.replace(_NAMING, "")
        compiled = compile(code, "<ropa-lint validator>", "exec")
        kept_between_runs.write(name, marshal.dumps(compiled))
    namespace: dict = {}
    exec(compiled, namespace)
    root = next(  # the root validator is the first function generated
        name for name in compiled.co_names if name.startswith("validate")
    )
    return functools.partial(namespace[root], custom_formats=formats)


class Validators:
    """The compiled checks for one set of covers (one rule pack)."""

    def __init__(self, covers: frozenset[str] = frozenset()):
        self.schema = covered_schema(covers)
        self._cache: dict[str, object] = {}

    def _get(self, name: str, build):
        if name not in self._cache:
            self._cache[name] = build()
        return self._cache[name]

    def whole(self):
        return self._get("whole", lambda: _jsonschema(self.schema))

    def top_level(self):
        return self._get("top", lambda: _jsonschema(_without_activity_items(self.schema)))

    def activity(self):
        defs = self.schema["$defs"]
        return self._get("activity", lambda: _jsonschema(_inline_refs(defs["activity"], defs)))

    def top_level_precheck(self):
        """The register without its activities' items, compiled: a valid
        register then never imports jsonschema (a tenth of a second at each start)."""
        return self._get("top-fast", lambda: _fast(_draft7(_without_activity_items(self.schema))))

    def activity_precheck(self):
        """A compiled yes/no check of one activity, ~5x faster than jsonschema.

        Measured on 10,000 generated activities (benchmarks/README.md):
        fastjsonschema 1.0 s, jsonschema 4.6-6.7 s. It only decides whether
        jsonschema needs to look; a test holds the two to the same verdict on
        mutated registers.
        """
        return self._get(
            "activity-fast", lambda: _fast(_draft7(self.schema, "#/definitions/activity"))
        )

    def iter_errors(self, data):
        """Every schema error of a register, as jsonschema reports them."""
        activities = data.get("activities") if isinstance(data, dict) else None
        if not isinstance(activities, list):
            yield from self.whole().iter_errors(data)
            return
        if not passes(self.top_level_precheck(), data):
            yield from self.top_level().iter_errors(data)
        check = self.activity_precheck()
        for i, activity in enumerate(activities):
            if passes(check, activity):
                continue
            for err in self.activity().iter_errors(activity):
                _prefix(err, ("activities", i))
                yield err


@cache
def validators(covers: frozenset[str] = frozenset()) -> Validators:
    return Validators(covers)


def passes(check, value) -> bool:
    import fastjsonschema

    try:
        check(value)
    except fastjsonschema.JsonSchemaException:
        return False
    return True


def _prefix(err, prefix: tuple) -> None:
    err.absolute_path.extendleft(reversed(prefix))
    for sub in err.context or ():
        _prefix(sub, prefix)


def validate(doc: Document, covers: frozenset[str] = frozenset(), gdpr: bool = True) -> Validation:
    """Schema findings of a readable register, and its shape errors.

    `covers` are the fields whose absence or emptiness the rule pack reports
    itself (rulepack.RulePack.covers). `gdpr`: the register is judged under
    the GDPR, whose articles explain why a field is required; under another
    law (law.yaml) those explanations are left out, not mis-cited.
    """
    if not looks_like_register(doc):
        # Not a register at all: one finding, not one per missing key.
        found = RawFinding("SCH-005", doc.locate(()), (), msg("schema.not_a_register"))
        return Validation([found], [Slip((), False)])
    findings: list[RawFinding] = []
    slips: list[Slip] = []
    for err in validators(frozenset(covers)).iter_errors(doc.data):
        for said in describe(err, gdpr):
            if said.kind == "gap" and tuple(said.path) in doc.kept:
                continue  # the cell's own word was kept beside it: said there (sheets)
            rule = "SCH-003" if said.kind == "gap" else "SCH-005"
            where = doc.locate(said.path, key=said.on_key)
            findings.append(RawFinding(rule, where, said.path, said.message))
            if said.kind != "gap":
                slips.append(
                    Slip(
                        tuple(err.absolute_path) if said.kind == "shape" else said.path,
                        said.kind == "unknown",
                    )
                )
    for kind, path, where, message in doc.notes:
        # A kept word in a field a rule covers: the rule says it is missing,
        # at this cell, in its own words; the schema does not say it twice.
        if kind == "kept" and _covered(path, covers):
            continue
        rule = "SCH-005" if kind == "kept" else "SCH-003"
        findings.append(RawFinding(rule, where, path, message))
    return Validation(findings, slips)


def _covered(path: tuple, covers: frozenset[str]) -> bool:
    """`path` (activities.0.purposes.1.legal_basis) is a field some rule's
    `covers` names (activity.purposes.legal_basis)."""
    chain = [p for p in path if isinstance(p, str)]
    for cover in covers:
        head, *names = cover.split(".")
        n = len(names)
        if n and chain[-n:] == names and len(chain) > n and chain[-n - 1].startswith(head[:4]):
            return True
    return False
