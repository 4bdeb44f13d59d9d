"""A rule's message told to someone who keeps the register in a spreadsheet.

Rules name the field a finding is about in backticks (`last_review`,
`dpia`: `reference`, `in_scope: true`, or `recipients: []`), relative to the
finding's place or from the register's root: that is the YAML register's
vocabulary. A spreadsheet's author knows the sheet's labels instead, so a
finding on a workbook names each field by the label its layout reads it from
(« Dernière mise à jour de la fiche »), a value by a word that layout reads
(« Aucun », « Oui »), and a field the sheet has no line for by where it can be
written (the sheet « Compléments »), or says the sheet has none. The rule still
decides what is wrong; this only changes the words.
"""

from __future__ import annotations

import re

from linter.core.messages import say
from linter.load.sheets.layout import Column, Layout

# `a`, `a.b`, `a: true`, `a: []` — or a bare `a: []` — and a group
# `a`: `b`, `c` (the fields under a block).
_GROUP = re.compile(r"`([\w.-]+)` ?: ((?:`[\w.-]+`(?:, )?)+)")
_ONE = re.compile(r"`([\w.\[\]-]+)(?:: (true|false|\[\]))?`|\b([a-z_][\w.]*): \[\]")


def _plain_path(field: str) -> str:
    """`purposes[*].legitimate_interest.assessment` → `purposes.legitimate_interest.assessment`."""
    return re.sub(r"\[[^\]]*\]", "", field)


def field_labels(layout: Layout) -> dict[str, str]:
    """Each field path the layout reads (without indices) → the first label
    it reads it from; a line the layout writes wins over one it only reads."""
    found: dict[str, tuple[bool, str]] = {}

    def visit(columns: list[Column], prefix: str) -> None:
        for column in columns:
            path = prefix + _plain_path(column.field)
            if column.labels and not path.split(".")[-1].startswith("x-"):
                known = found.get(path)
                if known is None or (column.write and not known[0]):
                    found[path] = (column.write, column.labels[0])
            visit(column.columns, path + ".")

    visit(layout.organization, "")
    visit(layout.columns, "")
    return {path: label for path, (_, label) in found.items()}


def _where(path: tuple) -> tuple[list[str], list]:
    """The finding's place inside its activity, without and with indices."""
    inside = list(path[2:]) if path[:1] == ("activities",) else list(path)
    return [p for p in inside if isinstance(p, str)], inside


def _resolve(token: str, labels: dict[str, str], path: tuple) -> str | None:
    """The label of `token`, read relative to the finding's place, its
    parents', then the register's root; a block is named by its first line."""
    names, _ = _where(path)
    for start in range(len(names) + 1):
        candidate = ".".join([*names[: len(names) - start], token])
        if candidate in labels:
            return labels[candidate]
    for start in range(len(names) + 1):
        candidate = ".".join([*names[: len(names) - start], token]) + "."
        for known, label in labels.items():
            if known.startswith(candidate):
                return label
    return None


def _written(token: str, path: tuple) -> str:
    """Where a field with no line goes in the sheet of fields: its path
    inside the activity, with the finding's indices (`purposes[1].consent.proof`)."""
    _, inside = _where(path)
    if token.startswith("organization."):
        return token
    head = token.split(".")
    for k in range(min(len(head), len(inside)), 0, -1):
        if inside[-k:] == head[:k]:  # the finding stands on the token's block
            inside = inside[:-k]
            break
    text = ""
    for part in inside:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return f"{text}.{token}" if text else token


def in_sheet_words(
    message: str, labels: dict[str, str], extras_sheet: str | None, path: tuple, lang: str
) -> str:
    """`message` with each field named as the sheet names it."""
    missing: list[str] = []

    def name(token: str) -> str:
        if "[" in token or token == "organization":  # a place in the register, not a field
            names = [p for p in re.split(r"\.|\[\d+\]", token) if p]
            if names[:1] == ["activities"]:
                names = names[1:]
            if not names:
                return say("sheet.words.this_activity", lang)
            if names == ["organization"]:
                return say("sheet.words.organization", lang)
            label = labels.get(".".join(names)) or _resolve(".".join(names), labels, ())
            return f"« {label} »" if label else f"« {'.'.join(names)} »"
        label = _resolve(token, labels, path)
        if label is None:
            missing.append(_written(token, path))
            return f"« {token} »"
        return f"« {label} »"

    def group(m: re.Match) -> str:
        block = m.group(1)
        fields = re.findall(r"`([\w.-]+)`", m.group(2))
        return ", ".join(name(f"{block}.{f}") for f in fields)

    def one(m: re.Match) -> str:
        token, value = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), "[]")
        if value is None:
            return name(token)
        word = say({"[]": "sheet.words.none", "true": "sheet.words.yes"}.get(value,
                   "sheet.words.no"), lang)  # fmt: skip
        return f"{name(token)} : « {word} »" if lang == "fr" else f"{name(token)}: « {word} »"

    out = _ONE.sub(one, _GROUP.sub(group, message))
    if missing:
        fields = ", ".join(dict.fromkeys(missing))
        if extras_sheet:
            out += " " + say("sheet.words.no_line", lang, fields=fields, sheet=extras_sheet)
        else:
            out += " " + say("sheet.words.no_column", lang, fields=fields)
    return out
