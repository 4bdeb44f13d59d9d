"""JSON Schema validation of a loaded register: the shape and the vocabulary.

The published schema (schemas/register.schema.json) is what editors read. The
linter validates against a copy of it from which the requirements that rules
own are taken out: a rule that declares `covers: [data_category.retention]`
reports that field missing or empty, in its own words and severity, so the
schema does not report it too (one owner per check).

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

from . import cache as kept_between_runs
from .findings import RawFinding
from .loader import Document
from .messages import msg
from .resources import schema_path
from .schema_text import describe

REGISTER_KEYS = frozenset({"register", "organization", "activities"})


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


@cache
def published() -> dict:
    with open(schema_path(), encoding="utf-8") as fh:
        return json.load(fh)


# -- what rules cover ---------------------------------------------------------


class CoverError(ValueError):
    """A rule's `covers` names no field of the schema."""


def _ref_name(node: dict) -> str | None:
    ref = node.get("$ref") if isinstance(node, dict) else None
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


def _relax(node: dict, field: str) -> None:
    """Take `field` out of `node`'s `required` (the caller walks its branches
    and conditionals' `then` with _subschemas, never an `if`: that would change
    which condition holds)."""
    if field in node.get("required", ()):
        node["required"] = [f for f in node["required"] if f != field]
        if not node["required"]:
            del node["required"]


def _empty_allowed(node: dict) -> None:
    """Emptiness of a covered field is the rule's to report."""
    if not isinstance(node, dict):
        return
    node.pop("minItems", None)
    node.pop("minLength", None)
    for key in ("allOf", "anyOf", "oneOf"):
        for branch in node.get(key, ()):
            _empty_allowed(branch)


def _own(node: dict, defs: dict) -> dict:
    """A private copy of a `$ref` target, so that relaxing it at one place
    leaves the definition alone elsewhere (annotations beside the `$ref` kept)."""
    name = _ref_name(node)
    if not name:
        return node
    return {**copy.deepcopy(defs[name]), **{k: v for k, v in node.items() if k != "$ref"}}


def _subschemas(node: dict):
    """`node` and the branches that constrain the same instance."""
    yield node
    for key in ("allOf", "anyOf", "oneOf"):
        for branch in node.get(key, ()):
            yield from _subschemas(branch)
    for key in ("then", "else"):
        if isinstance(node.get(key), dict):
            yield from _subschemas(node[key])


def _resolved(node: dict, defs: dict) -> dict:
    name = _ref_name(node)
    return defs[name] if name else node


def _would_change(node: dict, names: list[str], defs: dict) -> bool:
    """Whether relaxing `names` below `node` would change anything there."""
    node = _resolved(node, defs)
    if isinstance(node.get("items"), dict):
        node = _resolved(node["items"], defs)
    name, rest = names[0], names[1:]
    for sub in _subschemas(node):
        prop = sub.get("properties", {}).get(name)
        if not rest:
            if name in sub.get("required", ()):
                return True
            target = _resolved(prop, defs) if isinstance(prop, dict) else {}
            if "minLength" in target or "minItems" in target:
                return True
        elif isinstance(prop, dict) and _would_change(prop, rest, defs):
            return True
    return False


def _apply_cover(schema: dict, cover: str) -> None:
    """`organization.contact`, `activity.purposes.legal_basis`: a definition
    (or `register` for the top level) and the path of property names to the
    covered field. Intermediate properties are inlined, so the relaxation holds
    at that place only."""
    defs = schema["$defs"]
    head, *names = cover.split(".")
    if not names:
        raise CoverError(cover)
    if head == "register":
        nodes = [schema]
    elif head in defs:
        nodes = [defs[head]]
    else:
        raise CoverError(cover)
    found = False
    for depth, name in enumerate(names):
        last = depth == len(names) - 1
        following = []
        for node in nodes:
            for sub in _subschemas(node):
                props = sub.get("properties", {})
                if last:
                    found = found or name in sub.get("required", ()) or name in props
                    _relax(sub, name)
                    prop = props.get(name)
                    if isinstance(prop, dict):
                        target = _resolved(prop, defs)
                        if "minLength" in target or "minItems" in target:
                            props[name] = prop = _own(prop, defs)
                        _empty_allowed(prop)
                    continue
                prop = props.get(name)
                if not isinstance(prop, dict) or not _would_change(prop, names[depth + 1 :], defs):
                    continue  # copying a definition for nothing costs the validator time
                props[name] = prop = _own(prop, defs)
                if isinstance(prop.get("items"), dict):
                    prop["items"] = _own(prop["items"], defs)
                    prop = prop["items"]
                following.append(prop)
        nodes = following
        if not last and not nodes:
            raise CoverError(cover)
    if not found:
        raise CoverError(cover)


def covered_schema(covers: frozenset[str]) -> dict:
    """The published schema less what `covers` hand to rules.

    Covers of one field (`data_category.retention`) change definitions in
    place and go first; a longer path (`activity.purposes.legal_basis`)
    copies the definitions it passes through, already relaxed, so that its own
    relaxation holds at that place only."""
    schema = copy.deepcopy(published())
    for cover in sorted(covers, key=lambda c: (c.count("."), c)):
        _apply_cover(schema, cover)
    return schema


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
    """`schema` for fastjsonschema (draft-07 names for the same keywords);
    `ref` points at one definition, or "" for the whole register."""
    schema = json.loads(json.dumps(schema).replace("#/$defs/", "#/definitions/"))
    defs = schema.pop("$defs")
    body = {"$ref": ref} if ref else schema
    return {**body, "$schema": "http://json-schema.org/draft-07/schema#", "definitions": defs}


# fastjsonschema names the value at fault, for its error message, by formatting
# `locals()` at every call into a sub-definition — whether or not the value
# fails. Only its verdict is read here (jsonschema words the errors), so the
# naming is taken out of the generated code: it halves the time an activity
# takes (0.93 -> 0.44 s for 5,000 generated activities). `_UNNAMED` marks
# validators so made in the cache key.
_NAMING = ".format(**locals())"
_UNNAMED = "names unformatted"


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
    if not isinstance(doc.data, dict) or not REGISTER_KEYS & set(doc.data):
        # Not a register at all: one finding, not one per missing key.
        found = RawFinding("SCH-005", doc.locate(()), (), msg("schema.not_a_register"))
        return Validation([found], [Slip((), False)])
    findings: list[RawFinding] = []
    slips: list[Slip] = []
    for err in validators(frozenset(covers)).iter_errors(doc.data):
        for said in describe(err, gdpr):
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
    return Validation(findings, slips)
