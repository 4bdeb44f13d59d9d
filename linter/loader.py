"""YAML register → plain data, with the position of every node.

PyYAML's constructors read YAML 1.1 (`NO` is false, `2025-10-01` a date) and
keep the last of two duplicate keys. A register is a legal record: none of that
may happen silently. So we only *compose* with PyYAML (libyaml's C parser when
present, which keeps marks) and build the data ourselves from the node graph:

* scalars are resolved with the YAML 1.2 core schema: only true/false are
  booleans, so `country: NO` stays the string the author wrote and dates stay
  strings for the schema;
* a duplicate key is a finding at the second key, and the first value is kept
  (the author's first word is not silently replaced);
* aliases are expanded under a budget, so a "billion laughs" file ends at once;
* `include:` globs are resolved relative to the including file and never read
  a file outside the root the linter was pointed at.
"""

from __future__ import annotations

import glob
import os
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from .findings import Pos, RawFinding

try:  # libyaml is ~10x faster; it keeps line and column marks like the pure parser.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
# Aliases may legitimately repeat a block; they may not multiply a file into
# millions of nodes. The budget scales with the file's own size.
ALIAS_EXPANSION_FACTOR = 10
ALIAS_EXPANSION_FLOOR = 10_000
MAX_DEPTH = 200

_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"^[-+]?[0-9]+$")
_INT_OCT = re.compile(r"^0o[0-7]+$")
_INT_HEX = re.compile(r"^0x[0-9a-fA-F]+$")
_FLOAT = re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")

_STD = "tag:yaml.org,2002:"
_IMPLICIT_TAGS = {_STD + t for t in ("bool", "int", "float", "null", "timestamp", "value")}

Path = tuple  # ("activities", 0, "purposes", 1, "legal_basis")


@dataclass
class Document:
    """A register as loaded: its data, where each node stands, and what went wrong."""

    file: str  # as the user named it
    data: Any = None
    positions: dict[Path, Pos] = field(default_factory=dict)
    key_positions: dict[Path, Pos] = field(default_factory=dict)
    findings: list[RawFinding] = field(default_factory=list)
    included: list[str] = field(default_factory=list)  # display names of included files
    included_real: set[str] = field(default_factory=set)

    def locate(self, path: Path, *, key: bool = False) -> Pos:
        """Position of `path`, or of its nearest ancestor that exists."""
        p = tuple(path)
        if key and p in self.key_positions:
            return self.key_positions[p]
        while p:
            if p in self.positions:
                return self.positions[p]
            p = p[:-1]
        return self.positions.get((), Pos(self.file, 1, 1))


class _Abort(Exception):
    """Stops construction of one file; the finding is already recorded."""


class _Builder:
    """Builds plain data from a composed node graph, recording positions."""

    def __init__(self, doc: Document, display: str, budget: int):
        self.doc = doc
        self.display = display
        self.budget = budget
        self.count = 0
        self._stack: set[int] = set()

    def pos(self, node: yaml.Node) -> Pos:
        return Pos(self.display, node.start_mark.line + 1, node.start_mark.column + 1)

    def fail(self, node: yaml.Node, rule: str, message: dict[str, str], path: Path) -> None:
        self.doc.findings.append(RawFinding(rule, self.pos(node), path, message))

    def build(self, node: yaml.Node, path: Path, depth: int = 0) -> Any:
        self.count += 1
        if self.count > self.budget:
            self.fail(
                node,
                "SCH-004",
                {
                    "en": "Anchors and aliases expand this file beyond "
                    f"{self.budget} nodes; the file was not read further. Write the "
                    "repeated blocks out, or remove the nested aliases.",
                    "fr": "Les ancres et alias font dépasser à ce fichier "
                    f"{self.budget} nœuds ; sa lecture s'arrête ici. Écrivez les blocs "
                    "répétés en clair ou supprimez les alias imbriqués.",
                },
                path,
            )
            raise _Abort
        if depth > MAX_DEPTH:
            self.fail(
                node,
                "SCH-001",
                {
                    "en": f"The YAML nests deeper than {MAX_DEPTH} levels; a register "
                    "never needs that. Flatten the structure.",
                    "fr": f"Le YAML est imbriqué sur plus de {MAX_DEPTH} niveaux ; "
                    "un registre n'en a jamais besoin. Aplatissez la structure.",
                },
                path,
            )
            raise _Abort
        self.doc.positions[path] = self.pos(node)
        if isinstance(node, yaml.ScalarNode):
            return self.scalar(node, path)
        ident = id(node)
        if ident in self._stack:
            self.fail(
                node,
                "SCH-004",
                {
                    "en": "This alias refers to the block that contains it (a recursive "
                    "anchor); a register cannot be infinite. Remove the alias.",
                    "fr": "Cet alias renvoie au bloc qui le contient (ancre récursive) ; "
                    "un registre ne peut être infini. Supprimez l'alias.",
                },
                path,
            )
            raise _Abort
        self._stack.add(ident)
        try:
            if isinstance(node, yaml.SequenceNode):
                self.check_tag(node, _STD + "seq", path)
                return [self.build(v, (*path, i), depth + 1) for i, v in enumerate(node.value)]
            self.check_tag(node, _STD + "map", path)
            return self.mapping(node, path, depth)
        finally:
            self._stack.discard(ident)

    def check_tag(self, node: yaml.Node, expected: str, path: Path) -> None:
        if node.tag != expected:
            self.unsupported_tag(node, path)

    def unsupported_tag(self, node: yaml.Node, path: Path) -> None:
        self.fail(
            node,
            "SCH-001",
            {
                "en": f"The YAML tag `{node.tag}` is not allowed in a register; "
                "remove it and write plain text, numbers, lists and mappings.",
                "fr": f"L'étiquette YAML `{node.tag}` n'est pas admise dans un registre ; "
                "supprimez-la et écrivez du texte, des nombres, des listes et des tables.",
            },
            path,
        )

    def mapping(self, node: yaml.MappingNode, path: Path, depth: int) -> dict:
        out: dict[str, Any] = {}
        merges: list[tuple[yaml.Node, Path]] = []
        for key_node, value_node in node.value:
            if key_node.tag == _STD + "merge":
                merges.append((value_node, path))
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                self.fail(
                    key_node,
                    "SCH-001",
                    {
                        "en": "A mapping key must be plain text, not a list or a mapping.",
                        "fr": "Une clé doit être un texte simple, pas une liste ni une table.",
                    },
                    path,
                )
                continue
            key = key_node.value  # the key exactly as written: `NO:` stays "NO"
            kpath = (*path, key)
            if key in out:
                first = self.doc.key_positions[kpath]
                self.doc.findings.append(
                    RawFinding(
                        "SCH-002",
                        self.pos(key_node),
                        kpath,
                        {
                            "en": f"Duplicate key `{key}` (first written at line {first.line}); "
                            "YAML would silently keep only one of the two values. "
                            "Merge them into one entry.",
                            "fr": f"Clé `{key}` en double (déjà écrite ligne {first.line}) ; "
                            "YAML ne garderait silencieusement qu'une des deux valeurs. "
                            "Fusionnez-les en une seule entrée.",
                        },
                    )
                )
                continue
            self.doc.key_positions[kpath] = self.pos(key_node)
            out[key] = self.build(value_node, kpath, depth + 1)
        for value_node, mpath in merges:
            # `<<: *defaults` — explicit keys win, as YAML 1.1 merge keys specify.
            sources = (
                value_node.value if isinstance(value_node, yaml.SequenceNode) else [value_node]
            )
            for src in sources:
                if not isinstance(src, yaml.MappingNode):
                    self.fail(
                        src,
                        "SCH-001",
                        {
                            "en": "A merge key `<<` must refer to a mapping.",
                            "fr": "Une clé de fusion `<<` doit désigner une table.",
                        },
                        mpath,
                    )
                    continue
                merged = self.mapping(src, mpath, depth + 1)
                for k, v in merged.items():
                    out.setdefault(k, v)
        return out

    def scalar(self, node: yaml.ScalarNode, path: Path) -> Any:
        text = node.value
        tag = node.tag
        if node.style or tag == _STD + "str":  # libyaml says '' for plain, PyYAML None
            # Quoted, block, or explicitly `!!str`: the author asked for text.
            return text
        if tag not in _IMPLICIT_TAGS:
            self.unsupported_tag(node, path)
            return text
        # Plain scalar: YAML 1.2 core schema.
        if _NULL.match(text):
            return None
        if text in _BOOL:
            return _BOOL[text]
        if _INT.match(text):
            return int(text)
        if _INT_OCT.match(text):
            return int(text[2:], 8)
        if _INT_HEX.match(text):
            return int(text[2:], 16)
        if _FLOAT.match(text):
            return float(text)
        return text  # `NO`, `yes`, `2025-10-01`, `.inf` all stay as written


def _decode(raw: bytes, display: str, doc: Document) -> str | None:
    try:
        text = raw.decode("utf-8-sig")  # a BOM is harmless: drop it
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        col = len(before) - (before.rfind(b"\n") + 1) + 1
        doc.findings.append(
            RawFinding(
                "SCH-001",
                Pos(display, line, col),
                (),
                {
                    "en": f"The file is not UTF-8 (byte 0x{raw[exc.start]:02x}); save it as UTF-8.",
                    "fr": f"Le fichier n'est pas en UTF-8 (octet 0x{raw[exc.start]:02x}) ; "
                    "enregistrez-le en UTF-8.",
                },
            )
        )
        return None
    return text


def _compose(text: str, display: str, doc: Document) -> yaml.Node | None:
    try:
        return yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = exc.problem or "invalid YAML"
        doc.findings.append(
            RawFinding(
                "SCH-001",
                Pos(display, line, col),
                (),
                {
                    "en": f"The file is not valid YAML: {problem}. Fix the syntax at "
                    "this position (indentation, a missing colon or quote).",
                    "fr": f"Le fichier n'est pas du YAML valide : {problem}. Corrigez la "
                    "syntaxe à cet endroit (indentation, deux-points ou guillemet manquant).",
                },
            )
        )
    except yaml.YAMLError as exc:
        doc.findings.append(
            RawFinding(
                "SCH-001",
                Pos(display, 1, 1),
                (),
                {
                    "en": f"The file is not valid YAML: {exc}.",
                    "fr": f"Le fichier n'est pas du YAML valide : {exc}.",
                },
            )
        )
    return None


class LoadError(Exception):
    """The file could not be read at all (exit status 2)."""


def _read(real: str, display: str, max_bytes: int) -> bytes:
    try:
        size = os.path.getsize(real)
        if size > max_bytes:
            raise LoadError(
                f"{display}: file is {size} bytes, over the {max_bytes}-byte limit "
                "(raise it with --max-file-size)"
            )
        with open(real, "rb") as fh:
            return fh.read()
    except OSError as exc:
        raise LoadError(f"{display}: cannot read file: {exc.strerror or exc}") from exc


def _budget(text: str) -> int:
    return max(ALIAS_EXPANSION_FLOOR, ALIAS_EXPANSION_FACTOR * text.count("\n"))


def _build_root(node: yaml.Node, display: str, doc: Document, text: str) -> Any:
    builder = _Builder(doc, display, _budget(text))
    try:
        return builder.build(node, ())
    except _Abort:
        return None
    except RecursionError:
        builder.fail(
            node,
            "SCH-001",
            {
                "en": "The YAML nests too deeply to be read; flatten the structure.",
                "fr": "Le YAML est trop imbriqué pour être lu ; aplatissez la structure.",
            },
            (),
        )
        return None


def load_text(
    text: str,
    display: str,
    *,
    root: str | None = None,
    base_dir: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Document:
    """Load a register given as text (standard input, tests)."""
    doc = Document(file=display)
    doc.positions[()] = Pos(display, 1, 1)
    node = _compose(text, display, doc)
    if node is None:
        if not doc.findings:
            doc.findings.append(_empty(display))
        return doc
    doc.data = _build_root(node, display, doc, text)
    if isinstance(doc.data, dict) and "include" in doc.data and base_dir is not None:
        _resolve_includes(doc, display, base_dir, root or base_dir, max_bytes)
    return doc


def _empty(display: str) -> RawFinding:
    return RawFinding(
        "SCH-001",
        Pos(display, 1, 1),
        (),
        {
            "en": "The file is empty; a register needs `register`, `organization` "
            "and `activities`.",
            "fr": "Le fichier est vide ; un registre comporte `register`, `organization` "
            "et `activities`.",
        },
    )


def load_file(
    path: str, *, root: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Document:
    """Load the register at `path` (as the user wrote it) and its includes."""
    real = os.path.realpath(path)
    raw = _read(real, path, max_bytes)
    doc = Document(file=path)
    doc.positions[()] = Pos(path, 1, 1)
    text = _decode(raw, path, doc)
    if text is None:
        return doc
    base = os.path.dirname(real)
    return load_text(text, path, root=root or base, base_dir=base, max_bytes=max_bytes)


def _inside(real: str, root: str) -> bool:
    return real == root or real.startswith(root.rstrip(os.sep) + os.sep)


def _resolve_includes(
    doc: Document, display: str, base_dir: str, root: str, max_bytes: int
) -> None:
    patterns = doc.data.get("include")
    if patterns is None:
        return
    if isinstance(patterns, str):
        patterns = [patterns]
    if not isinstance(patterns, list):
        return  # the schema reports the wrong type
    root_real = os.path.realpath(root)
    acts = doc.data.get("activities")
    if acts is None:
        acts = doc.data["activities"] = []
        doc.positions[("activities",)] = doc.positions[("include",)]
    if not isinstance(acts, list):
        return
    seen: set[str] = {os.path.realpath(os.path.join(base_dir, os.path.basename(display)))}
    display_dir = os.path.dirname(display)
    for i, pattern in enumerate(patterns):
        ppath = ("include", i)
        if not isinstance(pattern, str):
            continue
        where = doc.locate(ppath)
        if os.path.isabs(pattern):
            doc.findings.append(_include_refused(where, ppath, pattern, "absolute"))
            continue
        matches = sorted(glob.glob(pattern, root_dir=base_dir, recursive=True))
        if not matches:
            doc.findings.append(
                RawFinding(
                    "SCH-006",
                    where,
                    ppath,
                    {
                        "en": f"`include: {pattern}` matches no file, so no activity is "
                        "read from it; fix the pattern or remove it.",
                        "fr": f"`include: {pattern}` ne correspond à aucun fichier : aucune "
                        "activité n'en est lue ; corrigez le motif ou supprimez-le.",
                    },
                )
            )
            continue
        for rel in matches:
            real = os.path.realpath(os.path.join(base_dir, rel))
            if not _inside(real, root_real):
                doc.findings.append(_include_refused(where, ppath, rel, "outside"))
                continue
            if real in seen or os.path.isdir(real):
                continue
            seen.add(real)
            shown = os.path.normpath(os.path.join(display_dir, rel))
            _load_fragment(doc, real, shown, acts, max_bytes, where, ppath)


def _include_refused(where: Pos, ppath: Path, target: str, why: str) -> RawFinding:
    return RawFinding(
        "SCH-006",
        where,
        ppath,
        {
            "en": f"`include` of `{target}` refused: it is "
            + ("an absolute path" if why == "absolute" else "outside the register's root")
            + "; include only files inside the repository being linted.",
            "fr": f"`include` de `{target}` refusé : "
            + ("chemin absolu" if why == "absolute" else "hors de la racine du registre")
            + " ; n'incluez que des fichiers du dépôt contrôlé.",
        },
    )


def _load_fragment(
    doc: Document, real: str, shown: str, acts: list, max_bytes: int, where: Pos, ppath: Path
) -> None:
    try:
        raw = _read(real, shown, max_bytes)
    except LoadError as exc:
        doc.findings.append(RawFinding("SCH-006", where, ppath, {"en": str(exc), "fr": str(exc)}))
        return
    frag = Document(file=shown)
    text = _decode(raw, shown, frag)
    node = _compose(text, shown, frag) if text is not None else None
    doc.findings.extend(frag.findings)
    doc.included.append(shown)
    doc.included_real.add(real)
    if node is None:
        return
    if not isinstance(node, yaml.MappingNode) or not any(
        isinstance(k, yaml.ScalarNode) and k.value == "activities" for k, _ in node.value
    ):
        doc.findings.append(
            RawFinding(
                "SCH-006",
                Pos(shown, node.start_mark.line + 1, node.start_mark.column + 1),
                (),
                {
                    "en": "An included file must hold a mapping with `activities: [...]`.",
                    "fr": "Un fichier inclus doit contenir une table `activities: [...]`.",
                },
            )
        )
        return
    builder = _Builder(doc, shown, _budget(text))
    for key_node, value_node in node.value:
        if key_node.value != "activities":
            doc.findings.append(
                RawFinding(
                    "SCH-006",
                    builder.pos(key_node),
                    (),
                    {
                        "en": f"`{key_node.value}` is not allowed in an included file; "
                        "it may only hold `activities`.",
                        "fr": f"`{key_node.value}` n'est pas admis dans un fichier inclus ; "
                        "il ne peut contenir que `activities`.",
                    },
                )
            )
            continue
        if not isinstance(value_node, yaml.SequenceNode):
            builder.fail(
                value_node,
                "SCH-006",
                {
                    "en": "`activities` in an included file must be a list.",
                    "fr": "`activities` dans un fichier inclus doit être une liste.",
                },
                (),
            )
            continue
        for item in value_node.value:
            try:
                acts.append(builder.build(item, ("activities", len(acts))))
            except _Abort:
                return


def looks_like_register(doc: Document) -> bool:
    data = doc.data
    return isinstance(data, dict) and bool({"register", "organization", "activities"} & set(data))


__all__ = ["Document", "LoadError", "load_file", "load_text", "looks_like_register"]
