"""The schema a register is linted against: the published one less what rules cover.

The published schema (schemas/register.schema.json) is what editors read. A
rule that declares `covers: [data_category.retention]` reports that field
missing or empty, in its own words and severity, so the copy the linter
validates against has the requirement taken out (one owner per check), and
what a cover leaves deciding nothing (a condition with nothing left to
require) is taken out with it.
"""

from __future__ import annotations

import copy
import json
from functools import cache

from linter.core.resources import schema_path


@cache
def published() -> dict:
    with open(schema_path(), encoding="utf-8") as fh:
        return json.load(fh)


# -- what rules cover ---------------------------------------------------------


class CoverError(ValueError):
    """A rule's `covers` names no field of the schema."""


def ref_name(node: dict) -> str | None:
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
    name = ref_name(node)
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
    name = ref_name(node)
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
    _drop_idle_conditions(schema)
    return schema


# Keywords that never make an instance fail.
_ANNOTATIONS = frozenset(
    {"title", "description", "$comment", "examples", "default", "deprecated", "readOnly",
     "writeOnly", "markdownDescription", "errorMessage"}
)  # fmt: skip


def _vacuous(node) -> bool:
    """Whether every instance satisfies `node` (conservatively: only the
    shapes covers leave behind, such as `{}` or `{"properties": {"x": {}}}`)."""
    if node is True:
        return True
    if not isinstance(node, dict):
        return False
    for key, value in node.items():
        if key in _ANNOTATIONS or key.startswith("x-"):
            continue
        if key in ("properties", "patternProperties"):
            if not (isinstance(value, dict) and all(_vacuous(v) for v in value.values())):
                return False
        elif key in ("items", "additionalProperties"):
            if not _vacuous(value):
                return False
        elif key == "allOf":
            if not all(_vacuous(v) for v in value):
                return False
        else:
            return False
    return True


def _drop_idle_conditions(node) -> None:
    """An `if` whose `then` (and `else`) a cover emptied decides nothing, yet a
    validator still tries it on every instance, and fastjsonschema raises an
    exception each time it does not hold: 5,000 activities paid 0.1 s for
    conditions that could no longer fail."""
    if isinstance(node, list):
        for item in node:
            _drop_idle_conditions(item)
        return
    if not isinstance(node, dict):
        return
    for value in node.values():
        _drop_idle_conditions(value)
    if "if" in node and _vacuous(node.get("then", True)) and _vacuous(node.get("else", True)):
        for key in ("if", "then", "else"):
            node.pop(key, None)
    if isinstance(node.get("allOf"), list):
        node["allOf"] = [b for b in node["allOf"] if not _vacuous(b)]
        if not node["allOf"]:
            del node["allOf"]
