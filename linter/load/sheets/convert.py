"""`ropa-lint convert IN OUT`: spreadsheet → YAML, and YAML → XLSX/ODS.

Spreadsheet → YAML keeps the text as written (French stays French), puts a
comment above each activity naming the cell it was read from, and lists at the
end what the layout did not map (also kept as `x-` fields, never dropped).
YAML → workbook writes the CNIL fiche layout, losslessly (export.py).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

import yaml

from linter.core.errors import LintError
from linter.core.files import DEFAULT_MAX_BYTES
from linter.core.messages import say
from linter.load.loader import LoadError
from linter.load.sheets import load_register as load_sheet
from linter.load.sheets.export import to_workbook
from linter.load.sheets.layout import load
from linter.load.sheets.workbook import kind_of_file
from linter.load.sheets.writer import write

YAML_SUFFIXES = (".yaml", ".yml")


@dataclass
class Converted:
    out: str
    activities: int
    unmapped: list = field(default_factory=list)  # reader.Unmapped, spreadsheet → YAML


class _Dumper(yaml.SafeDumper):
    """Block style, text as written, multi-line text as a literal block."""


def _text(dumper, value: str):
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


def _dump(node, indent: int = 0) -> str:
    text = yaml.dump(node, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
    pad = " " * indent
    return "".join(pad + line if line.strip() else line for line in text.splitlines(True))


def unmapped_line(item, lang: str) -> str:
    """One cell the layout did not map, as convert lists it."""
    kept = (
        say("convert.kept", lang, key=item.kept_as)
        if item.kept_as
        else say("convert.not_kept", lang)
    )
    label = f" «{item.label}»" if item.label else ""
    return comment(say("convert.unmapped", lang, cell=item.cell, label=label, kept=kept))


def schema_line(target: str) -> str:
    """The editors' association for the written register: the repository's copy
    of the schema (`init --repo` keeps one in .ropa-lint/), else this install's."""
    from pathlib import Path

    from linter.core.resources import schema_path

    here = Path(target).resolve().parent
    for folder in (here, *here.parents):
        kept = folder / ".ropa-lint" / "register.schema.json"
        if kept.is_file():
            return f"# yaml-language-server: $schema={os.path.relpath(kept, here)}"
    return f"# yaml-language-server: $schema={schema_path().resolve().as_uri()}"


# Every break YAML (and an editor) takes as the end of a line: one in a
# comment's text would end the comment and make the rest live YAML.
_LINE_BREAKS = str.maketrans({c: " ⏎ " for c in "\n\r\x85\u2028\u2029\x0b\x0c"})


def comment(text: str) -> str:
    """`text` made safe to stand after a `#`: one line, whatever a cell held."""
    return str(text).translate(_LINE_BREAKS)


def to_yaml(doc, lang: str = "en", target: str = "register.yaml") -> str:
    data = doc.data
    name = os.path.basename(doc.file)
    out = [
        schema_line(target),
        "# " + comment(say("convert.header", lang, file=name, layout=doc.layout)),
        "# " + say("convert.header_cells", lang),
    ]
    head = {k: v for k, v in data.items() if k != "activities"}
    out.append(_dump(head).rstrip("\n"))
    out.append("activities:")
    for i, activity in enumerate(data["activities"]):
        out.append("  # " + comment(f"{name}: {doc.cells.get(('activities', i), '')}"))
        body = _dump(activity, 4).rstrip("\n")
        out.append("  - " + body[4:])
    if doc.unmapped:
        out.append("")
        out.append("# " + say("convert.unmapped_title", lang))
        out += ["#   " + comment(unmapped_line(item, lang)) for item in doc.unmapped]
    return "\n".join(out) + "\n"


def convert(
    source: str, target: str, *, layout: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
    force: bool = False, lang: str = "en",
) -> Converted:  # fmt: skip
    """Convert `source` into `target`; the direction follows the suffixes."""
    if os.path.exists(target) and not force:
        raise LintError(f"{target}: already exists (pass --force to replace it)")
    src_sheet, dst_sheet = kind_of_file(source), kind_of_file(target)
    if src_sheet and target.lower().endswith(YAML_SUFFIXES):
        try:
            doc = load_sheet(source, layout=layout, max_bytes=max_bytes)
        except LoadError as exc:
            raise LintError(str(exc)) from None
        _write_text(target, to_yaml(doc, lang, target))
        return Converted(target, len(doc.data["activities"]), doc.unmapped)
    if source.lower().endswith(YAML_SUFFIXES) and dst_sheet in ("xlsx", "ods"):
        from linter.load.includes import load_register

        try:
            doc = load_register(source, max_bytes=max_bytes)
        except LoadError as exc:
            raise LintError(str(exc)) from None
        if not doc.readable or not isinstance(doc.data, dict):
            first = doc.findings[0].message if doc.findings else "empty"
            raise LintError(f"{source}: cannot be read as a register ({_said(first)})")
        book = to_workbook(doc.data, load(layout or "cnil"), target)
        write(book, target)
        return Converted(target, len(doc.data.get("activities") or []))
    raise LintError(
        f"convert {source} {target}: give a spreadsheet (.xlsx, .ods, .csv) and a .yaml, "
        "or a .yaml and a .xlsx or .ods"
    )


def _said(message) -> str:
    from linter.core.messages import text

    return text(message, "en")


def _write_text(path: str, text: str) -> None:
    from linter.core.files import UnreadableFile, not_a_link

    try:
        not_a_link(path)
    except UnreadableFile as exc:
        raise LintError(str(exc)) from None
    try:
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
    except OSError as exc:
        raise LintError(f"{path}: cannot write: {exc.strerror or exc}") from None
