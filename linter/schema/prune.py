"""Set aside the smallest unit a slip touches; the rules run on the rest.

A register is read by units: the file, its organisation (the register-level
rules), each activity, each waiver, its `include:` list, each included file.
An unknown field is dropped from what the engines see and sets nothing
aside; an ill-typed value sets aside the unit that holds it. What is set
aside is said in every output, never shown as compliant.

Activities and waivers that are set aside are removed from the engines'
input, so the findings of the others come back with the indices of the
pruned lists: `Pruned.original` maps them back.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from linter.core.document import Document
from linter.core.findings import format_path

# Top-level lists whose items are judged one by one.
ITEM_UNITS = {"activities": "activity", "waivers": "waiver"}


@dataclass(frozen=True)
class SetAside:
    """A unit the rules did not judge, and where it is."""

    file: str
    unit: str  # file, organization, activities, activity, waivers, waiver, include, fragment
    path: str  # register path, e.g. activities[3]
    activity: str | None = None  # the activity's id, for an activity
    fragment: str | None = None  # the included file, for a fragment

    def to_dict(self) -> dict:
        return asdict(self)

    def sort_key(self) -> tuple:
        return (self.file, self.path, self.unit, self.activity or "", self.fragment or "")


@dataclass
class Pruned:
    input: dict | None  # what the engines see; None: nothing to evaluate
    set_aside: list[SetAside]
    organization: bool = True  # the register-level rules run
    kept: dict[str, list[int]] = field(default_factory=dict)  # list → original indices

    def original(self, path: tuple) -> tuple:
        """A path in the engines' input → the same place in the register."""
        if len(path) >= 2 and path[0] in self.kept and isinstance(path[1], int):
            kept = self.kept[path[0]]
            if 0 <= path[1] < len(kept):
                return (path[0], kept[path[1]], *path[2:])
        return path


def _unit(path: tuple) -> tuple[str, tuple]:
    """The unit that holds `path`, and that unit's own path."""
    if not path:
        return "file", ()
    head = path[0]
    if head == "register":
        return "file", ()  # a format version we do not know: nothing can be judged
    if head in ITEM_UNITS:
        if len(path) >= 2 and isinstance(path[1], int):
            return ITEM_UNITS[head], path[:2]
        return head, (head,)
    if head == "organization":
        return "organization", (head,)
    if head == "include":
        return "include", (head,)
    return "field", (head,)  # `$schema`: dropped, nothing depends on it


def _drop(data: dict, path: tuple) -> dict:
    """`data` without the node at `path`, copying only the containers on the way."""
    out = dict(data)
    parent = out
    for key in path[:-1]:
        child = parent.get(key) if isinstance(parent, dict) else None
        if isinstance(parent, list) and isinstance(key, int) and key < len(parent):
            child = parent[key]
        if isinstance(child, dict):
            child = dict(child)
        elif isinstance(child, list):
            child = list(child)
        else:
            return out
        parent[key] = child
        parent = child
    if isinstance(parent, dict):
        parent.pop(path[-1], None)
    return out


def prune(doc: Document, slips: list) -> Pruned:
    """What the engines may judge of `doc`, given its schema slips and the
    loader's (a refused tag, a bad merge, an included file not read)."""
    if not isinstance(doc.data, dict):
        return Pruned(None, [SetAside(doc.file, "file", "")])
    data = doc.data
    units: dict[tuple, str] = {}
    org_fields: set = set()  # the organisation's ill-typed fields, left out of its input
    for slip in slips:
        if slip.unknown:
            data = _drop(data, slip.path)
            continue
        kind, at = _unit(slip.path)
        units[at] = kind
        if kind == "organization" and len(slip.path) > 1:
            org_fields.add(slip.path[1])
    for path in doc.slips:
        kind, at = _unit(path)
        units[at] = kind
        if kind == "organization" and len(path) > 1:
            org_fields.add(path[1])
    if units.get(()) == "file":
        return Pruned(None, [SetAside(doc.file, "file", "")])
    out: list[SetAside] = []
    pruned = Pruned(data, out)
    for at, kind in sorted(units.items(), key=lambda kv: repr(kv[0])):
        if kind == "field":
            data = _drop(data, at)
        elif kind in ("organization", "include"):
            out.append(SetAside(doc.file, kind, format_path(at)))
            if kind == "organization":
                pruned.organization = False
                data = _without(data, org_fields)
            else:
                data = _drop(data, at)
        elif kind in ITEM_UNITS:  # the whole list is ill-typed
            out.append(SetAside(doc.file, kind, kind))
            data = _drop(data, at)
    for name in ITEM_UNITS:
        gone = sorted(at[1] for at, kind in units.items() if at[:1] == (name,) and len(at) == 2)
        items = data.get(name)
        if not gone or not isinstance(items, list):
            continue
        gone_set = set(gone)
        pruned.kept[name] = [i for i in range(len(items)) if i not in gone_set]
        data = {**data, name: [items[i] for i in pruned.kept[name]]}
        for i in gone:
            ident = doc.activity_id((name, i))
            out.append(SetAside(doc.file_of((name, i)), ITEM_UNITS[name], f"{name}[{i}]", ident))
    for fragment, at in doc.unread_fragments:
        out.append(SetAside(doc.file, "fragment", format_path(at), fragment=fragment))
    pruned.input = data
    pruned.set_aside = sorted(set(out), key=SetAside.sort_key)
    return pruned


def _without(data: dict, org_fields: set) -> dict:
    """The organisation less its ill-typed fields: activity rules still read
    its country and jurisdiction when those are well formed."""
    org = data.get("organization")
    if not isinstance(org, dict):
        return _drop(data, ("organization",))
    return {**data, "organization": {k: v for k, v in org.items() if k not in org_fields}}
