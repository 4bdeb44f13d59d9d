"""The attack catalogue: one row per hostile input, with the outcome promised.

A register repository is written by whoever can open a pull request: its
files, its configuration, its waivers and its rule pack are all input. Each row
below runs ropa-lint as a CI job would (a separate process) and checks the
outcome: exit status, what must be said, what must never appear. The README's
Guarantees section names the classes and how many rows each has (a test
below keeps the two in step).
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field

import pytest
from conftest import REGISTERS, ROOT, TODAY, write

MINIMAL = (REGISTERS / "minimal.yaml").read_text(encoding="utf-8")
PACK_HEAD = (
    "# METADATA\n# title: T\n# description: D.\n# custom:\n#   id: ACME-00{n}\n"
    "#   severity: error\n#   reference: none\n#   remediation: x\n#   title_fr: x\n"
    "#   remediation_fr: x\npackage ropa.rules.hygiene.r{n}\n\n"
)


@dataclass
class Row:
    kind: str  # the class of attack, as the README names it
    name: str
    setup: object  # (tmp_path) -> (args, stdin bytes or None)
    status: int | tuple
    says: tuple = ()  # in stdout or stderr
    never: tuple = ()  # in neither
    no_command_lines: bool = False  # no stdout line may begin with `::`
    max_mb: int | None = None  # peak memory of the run
    env: dict = field(default_factory=dict)
    in_tmp: bool = False  # run from the test's directory (paths as a user types them)
    max_seconds: float | None = None  # wall time of the run


def _register(name="r.yaml", text=MINIMAL):
    def setup(tmp):
        return [str(write(tmp / name, text))], None

    return setup


def _named(value: str):
    return MINIMAL.replace("name: Gestion de la paie", f"name: {value}").replace(
        "        legal_basis: legal_obligation\n", ""
    )


def _fifo(tmp):
    path = tmp / "pipe.yaml"
    os.mkfifo(path)
    return [str(path)], None


def _socket(tmp):
    path = tmp / "sock.yaml"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    _socket.keep = server  # open for the run
    return [str(path)], None


def _symlink_to_device(tmp):
    link = tmp / "zero.yaml"
    link.symlink_to("/dev/zero")
    return [str(link)], None


def _config(text, *extra):
    def setup(tmp):
        write(tmp / "r.yaml", MINIMAL)
        cfg = write(tmp / "cfg.yaml", text)
        return ["--config", str(cfg), *extra, str(tmp / "r.yaml")], None

    return setup


def _config_fifo(tmp):
    write(tmp / "r.yaml", MINIMAL)
    os.mkfifo(tmp / "cfg.yaml")
    return ["--config", str(tmp / "cfg.yaml"), str(tmp / "r.yaml")], None


def _config_dir(tmp):
    write(tmp / "r.yaml", MINIMAL)
    (tmp / "cfg").mkdir()
    return ["--config", str(tmp / "cfg"), str(tmp / "r.yaml")], None


def _looping_include(tmp):
    """`frags/**` where frags holds links to itself and to its parent."""
    args, _ = _include("['frags/**/*.yaml']", {"frags/a.yaml": "activities: []\n"})(tmp)
    (tmp / "repo" / "frags" / "up").symlink_to("..")
    (tmp / "repo" / "frags" / "self").symlink_to(".")
    return args, None


def _include(patterns, files=None, main_text=None):
    def setup(tmp):
        base = main_text or MINIMAL
        text = base.replace("activities:\n", f"include: {patterns}\nactivities:\n", 1)
        write(tmp / "repo" / "r.yaml", text)
        for rel, content in (files or {}).items():
            if content is None:
                (tmp / "repo" / rel).parent.mkdir(parents=True, exist_ok=True)
                os.mkfifo(tmp / "repo" / rel)
            else:
                write(tmp / "repo" / rel, content)
        return ["--root", str(tmp / "repo"), str(tmp / "repo" / "r.yaml")], None

    return setup


def _outside_symlink(tmp):
    write(tmp / "outside" / "x.yaml", "activities: []\n")
    (tmp / "repo" / "parts").mkdir(parents=True)
    (tmp / "repo" / "parts" / "x.yaml").symlink_to(tmp / "outside" / "x.yaml")
    text = MINIMAL.replace("activities:\n", "include: ['parts/*.yaml']\nactivities:\n", 1)
    write(tmp / "repo" / "r.yaml", text)
    return ["--root", str(tmp / "repo"), str(tmp / "repo" / "r.yaml")], None


def _waivers(block):
    return _register(text=MINIMAL + block)


def _pack(body, n=1):
    def setup(tmp):
        write(tmp / "pack" / "hygiene" / f"r{n}.rego", PACK_HEAD.format(n=n) + body)
        return ["--rules", str(tmp / "pack"), str(REGISTERS / "minimal.yaml")], None

    return setup


def _engine_args(engine: str) -> list[str]:
    """The options that run ropa-lint on `engine` (OPA: the binary found)."""
    if engine != "opa":
        return ["--engine", engine]
    from linter.engine.opa import find_opa

    return ["--engine", "opa", "--opa-bin", find_opa() or "opa"]


def _pack_as(package: str, body: str, engine: str):
    """A pack whose one file is in `package` (a rule's, or a closed one), run
    on `engine`."""

    def setup(tmp):
        head = PACK_HEAD.format(n=1).replace("package ropa.rules.hygiene.r1", f"package {package}")
        write(tmp / "pack" / "hygiene" / "r1.rego", head + body)
        engine_args = _engine_args(engine)
        return ["--rules", str(tmp / "pack"), *engine_args, str(REGISTERS / "minimal.yaml")], None

    return setup


def _repository_config(text: str, *extra: str, files: dict | None = None):
    """A configuration file beside the register, as a pull request writes it."""

    def setup(tmp):
        write(tmp / "r.yaml", MINIMAL)
        for name, body in (files or {}).items():
            write(tmp / name, body)
        cfg = write(tmp / ".ropa-lint.yaml", text)
        return ["--config", str(cfg), *extra, str(tmp / "r.yaml")], None

    return setup


def _outside_link(key: str):
    """A configuration naming, through a committed link, a file outside the
    repository (here: a YAML file of the runner's holding a secret)."""

    def setup(tmp):
        secret = write(tmp.parent / f"{tmp.name}-secret.yaml", "token: s3cr3t-of-the-runner\n")
        repo = tmp / "repo"
        (repo / ".git").mkdir(parents=True)
        write(repo / "r.yaml", MINIMAL)
        (repo / "policy.yaml").symlink_to(secret)
        cfg = write(repo / ".ropa-lint.yaml", f"{key}: [policy.yaml]\n")
        return ["--config", str(cfg), str(repo / "r.yaml")], None

    return setup


def _test_rules(kind: str, engine: str):
    """`ropa-lint test-rules` on a pack a pull request wrote."""

    def setup(tmp):
        pack = tmp / "pack" / "hygiene"
        pack.mkdir(parents=True)
        if kind == "fifo":
            os.mkfifo(pack / "r1_test.rego")
        else:
            write(pack / "r1_test.rego", "package ropa.rules.hygiene.r1_test\n\n"
                  'test_env if {\n\topa["runtime"]().env\n}\n')  # fmt: skip
        engine_args = _engine_args(engine)
        return ["test-rules", str(tmp / "pack"), *engine_args], None

    return setup


def _output_link(option: str):
    """A report written to a file the repository committed as a link to a
    file of the runner's: refused, the file untouched."""

    def setup(tmp):
        victim = write(tmp.parent / f"{tmp.name}-bashrc", "export SAFE=1\n")
        write(tmp / "r.yaml", MINIMAL)
        (tmp / "report.out").symlink_to(victim)
        target = str(tmp / "report.out")
        given = ["--output", target] if option == "--output" else ["-o", f"{option}={target}"]
        return [*given, str(tmp / "r.yaml")], None

    return setup


_LONG_TEXT_ALIASES = f"register: 1\nx-big: &a {'x' * 500_000}\nx-copies:\n" + "  - *a\n" * 1000

# A table that says French law applies no rule: the register's 32 errors gone.
_NO_RULES_TABLE = "law:\n  jurisdictions:\n    FR:\n      name: {en: x, fr: x}\n      rules: {}\n"


def _budget_pack(body, engine):
    """A runaway rule, on one engine, with small budgets so the test stays quick."""

    def setup(tmp):
        write(tmp / "pack" / "hygiene" / "r1.rego", PACK_HEAD.format(n=1) + body)
        engine_args = _engine_args(engine)
        return [
            "--rules",
            str(tmp / "pack"),
            "--max-memory",
            "512",
            "--eval-timeout",
            "5",
            *engine_args,
            str(REGISTERS / "minimal.yaml"),
        ], None

    return setup


RUNAWAY_RANGE = (
    'report contains {"path": [], "message": {"en": "x"}} if '
    "count(numbers.range(1, 200000000)) > 0\n"
)
NESTED = (
    'report contains {"path": [], "message": {"en": "x"}} if {\n'
    "\tr := numbers.range(1, 2000)\n"
    "\tcube := [[[[x, y, z] | some z in r] | some y in r] | some x in r]\n"
    "\tcount(cube) > 0\n}\n"
)
HUGE_STRING = (
    'report contains {"path": [], "message": {"en": "x"}} if {\n'
    '\ttext := concat("", ["0123456789" | some n in numbers.range(1, 100000000)])\n'
    "\tcount(text) > 0\n}\n"
)
SLOW = (
    'report contains {"path": [], "message": {"en": "x"}} if {\n'
    "\tsome i in numbers.range(1, 20000)\n\tsome j in numbers.range(1, 20000)\n"
    "\ti * j == -1\n}\n"
)


def _baseline(content=None, kind="text"):
    """A register with an error and a baseline of the given kind beside it."""

    def setup(tmp):
        # No security measure: COMP-008, an error the forged entry cannot hide.
        text = _named("Paie").replace(
            "    security_measures: [access_control, encryption_at_rest]\n", ""
        )
        reg = write(tmp / "r.yaml", text)
        base = tmp / "base.json"
        if kind == "fifo":
            os.mkfifo(base)
        elif kind == "device":
            base.symlink_to("/dev/zero")
        else:
            base.write_text(content, encoding="utf-8")
        return ["--baseline", str(base), str(reg)], None

    return setup


_FORGED = (
    '{"format": "ropa-lint-baseline", "version": 1, "findings": ['
    '{"fingerprint": "0000", "rule": "LB-001", "file": "r.yaml", "path": "activities[0]"}]}'
)


def _pack_fifo(tmp):
    (tmp / "pack" / "hygiene").mkdir(parents=True)
    os.mkfifo(tmp / "pack" / "hygiene" / "r1.rego")
    return ["--rules", str(tmp / "pack"), str(REGISTERS / "minimal.yaml")], None


def _stdin(data: bytes, *args):
    def setup(tmp):
        return [*args, "-"], data

    return setup


def _device_stdin(path):
    def setup(tmp):
        return ["-"], path

    return setup


def _named_file(name):
    def setup(tmp):
        write(tmp / name, _named("Paie"))
        return [name], None

    return setup


INJECTED = _named('"Paie\\n::warning file=x::forged\\n::error::forged"')
BIDI = _named('"Paie \\u202eexe.gpj \\u200b"')
ANSI = _named('"Paie \\e[2J\\e[31mROUGE"')
# An organisation name written to end the report's CSS string and restyle the page.
CSS_BREAK = MINIMAL.replace(
    "organization:\n  name: ",
    "organization:\n  name: '\\\"; } body { display: none } /* '\n  x-was: ",
    1,
)

# -- spreadsheets ---------------------------------------------------------------


def _sheet_bytes(name: str, data: bytes):
    def setup(tmp):
        return [str(write_bytes(tmp / name, data))], None

    return setup


def _zip_of(name: str, parts: dict):
    def setup(tmp):
        import io
        import zipfile

        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for part, body in parts.items():
                z.writestr(part, body)
        return [str(write_bytes(tmp / name, buf.getvalue()))], None

    return setup


def _xlsx_entity_bomb(tmp):
    """A real workbook whose sheet XML declares nested entities (billion laughs)."""
    import io
    import zipfile

    import openpyxl

    buf = io.BytesIO()
    openpyxl.Workbook().save(buf)
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">'
        + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
        + ']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&i;</t></is></c></row>'
        "</sheetData></worksheet>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = bomb.encode() if item.filename == "xl/worksheets/sheet1.xml" else src.read(item)
            dst.writestr(item.filename, body)
    return [str(write_bytes(tmp / "bomb.xlsx", out.getvalue()))], None


def _zip_with_rows(base, path, part: str, end: bytes, pieces, edit=None):
    """The archive `base` copied to `path`, `pieces` (text) written into
    `part` before its first `end` as they come, so that this process stays
    small (a run's peak memory is measured from a fork of it); `edit`, if
    given, changes the part first."""
    import zipfile

    with (
        zipfile.ZipFile(base) as src,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as dst,
    ):
        for item in src.infolist():
            body = src.read(item)
            if item.filename != part:
                dst.writestr(item.filename, body)
                continue
            head, tail = (edit(body) if edit else body).split(end, 1)
            with dst.open(part, "w", force_zip64=True) as out:
                out.write(head)
                for piece in pieces:
                    out.write(piece.encode())
                out.write(end + tail)
    return path


def _xlsx_empty_rows(count: int):
    """A real workbook (openpyxl) whose sheet claims `count` rows in its
    dimension and holds that many empty row elements, each with a random
    height so that the archive's ratio check lets them through (4 to 1):
    no row budget counts a blank row, and openpyxl keeps each row's height
    (500 MB for a million)."""

    def setup(tmp):
        import io
        import random
        import re

        import openpyxl

        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = "Export"
        sheet["A1"], sheet["B1"], sheet["A2"] = "Traitement", "Finalité", "Paie"
        base = io.BytesIO()
        book.save(base)
        rnd = random.Random(3)
        rows = (
            "".join(
                f'<row r="{i}" ht="1{rnd.getrandbits(24):08d}"/>'
                for i in range(start, min(start + 10_000, count + 1))
            )
            for start in range(3, count + 1, 10_000)
        )
        claimed = b'<dimension ref="A1:B%d"' % count
        path = _zip_with_rows(
            base, tmp / "vide.xlsx", "xl/worksheets/sheet1.xml", b"</sheetData>", rows,
            lambda body: re.sub(rb'<dimension ref="[^"]*"', claimed, body),
        )  # fmt: skip
        layout = write(tmp / "l.yaml", "kind: rows\nmin_header: 1\ncolumns:\n"
                       "  - {labels: [Traitement], field: name}\n")  # fmt: skip
        return ["--layout", str(layout), str(path)], None

    return setup


def _xlsx_long_token(utf16: bool, comment: bool = False):
    """A real workbook whose sheet holds one token of 3 MB: an attribute of
    random text (so that the archive's ratio check lets it through). In
    UTF-16 the text is of characters one of whose bytes is that of `<`.
    `comment`: a comment instead, with a `<` every 100 KB, as a comment may."""

    def setup(tmp):
        import io
        import random
        import zipfile

        import openpyxl

        buf = io.BytesIO()
        openpyxl.Workbook().save(buf)
        if utf16:
            rng = random.Random(16)
            attr = "".join(chr(0x3C00 + rng.randrange(256)) for _ in range(1_500_000))
        else:
            attr = random.Random(8).randbytes(2_250_000).hex()[:3_000_000]
        if comment:
            attr = _with_a_lt_every_100_kb(attr)
        row = f'<!--{attr}--><row r="1"/>' if comment else f'<row r="1" x="{attr}"/>'
        sheet = (
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f"<sheetData>{row}</sheetData></worksheet>"
        )
        body = sheet.encode("utf-16") if utf16 else sheet.encode()
        out = io.BytesIO()
        with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for item in src.infolist():
                part = body if item.filename == "xl/worksheets/sheet1.xml" else src.read(item)
                dst.writestr(item.filename, part)
        return [str(write_bytes(tmp / "token.xlsx", out.getvalue()))], None

    return setup


def _sheet_fifo(tmp):
    path = tmp / "registre.ods"
    os.mkfifo(path)
    return [str(path)], None


def _bad_layout(tmp):
    write(tmp / "r.csv", "Traitement;Finalité\nPaie;Bulletins\n")
    layout = write(
        tmp / "l.yaml",
        "kind: rows\ncolumns:\n  - {labels: [Traitement], field: name, parse: magic}\n",
    )
    return ["--layout", str(layout), str(tmp / "r.csv")], None


def _ods_with_rows(extra, entities: bool = False):
    """A real ODS (odfdo) whose sheet gets `extra` rows written as LibreOffice
    does (`extra`: the XML, or a function giving it in pieces); with
    `entities`, its content declares nested entities (billion laughs)."""

    def setup(tmp):
        import io

        from odfdo import Document, Table

        doc = Document("spreadsheet")
        doc.body.clear()
        table = Table("Export")
        table.set_value("A1", "Traitement")
        table.set_value("B1", "Finalité")
        doc.body.append(table)
        base = io.BytesIO()
        doc.save(base)
        path = _zip_with_rows(
            base, tmp / "r.ods", "content.xml", b"</table:table>",
            extra() if callable(extra) else [extra],
            (lambda body: body.replace(b"?>", ENTITY_BOMB.encode(), 1)) if entities else None,
        )  # fmt: skip
        layout = write(tmp / "l.yaml", "kind: rows\nmin_header: 1\ncolumns:\n"
                       "  - {labels: [Traitement], field: name}\n")  # fmt: skip
        return ["--layout", str(layout), str(path)], None

    return setup


def _with_a_lt_every_100_kb(text: str) -> str:
    """`text` cut by a `<` every 100 KB, as a comment may hold: a check for
    long stretches without a `<` would let it through."""
    return "<".join(text[i : i + 100_000] for i in range(0, len(text), 100_000))


def _long_ods_tokens() -> str:
    """A 3 MB comment (a `<` every 100 KB) and a 3 MB attribute before one
    filled row: lxml reads each part in one pass, so an ODS needs no bound
    on tokens (archive.py)."""
    import random

    text = random.Random(8).randbytes(1_500_000).hex()
    return (
        f'<!--{_with_a_lt_every_100_kb(text)}--><table:table-row x="{text}"><table:table-cell '
        'office:value-type="string"><text:p>Paie</text:p></table:table-cell></table:table-row>'
    )


def _plain_rows(inflated: int):
    """Rows of short random texts, `inflated` bytes of them in pieces: as
    compressible as a real sheet (about 23 to 1), far under the zip budgets,
    and a tree of ten times that once odfdo has parsed it."""

    def rows():
        import random

        rnd = random.Random(5)
        cell = '<table:table-cell office:value-type="string"><text:p>%03x</text:p>'
        block = "".join(
            "<table:table-row>"
            + "".join(cell % rnd.getrandbits(12) + "</table:table-cell>" for _ in range(10))
            + "</table:table-row>"
            for _ in range(1000)
        )
        for _ in range(inflated // len(block) + 1):
            yield block

    return rows


ENTITY_BOMB = (
    '?><!DOCTYPE office:document-content [<!ENTITY a "aaaaaaaaaa">'
    + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
    + "]>"
)
FILLED_MILLION = (
    '<table:table-row table:number-rows-repeated="1000000"><table:table-cell '
    'office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>'
)


def _too_many_cells(tmp):
    row = ";".join(["x"] * 1000) + "\n"
    return [str(write(tmp / "big.csv", "Traitement;Finalité\n" + row * 2100))], None


ROWS = [
    # -- file kinds -----------------------------------------------------------
    Row("file kinds", "named pipe", _fifo, 2, ("named pipe (FIFO)",)),
    Row(
        "file kinds",
        "/dev/zero",
        lambda t: (["/dev/zero"], None),
        2,
        ("character device",),
        max_mb=200,
    ),
    Row(
        "file kinds",
        "/dev/urandom",
        lambda t: (["/dev/urandom"], None),
        2,
        ("character device",),
        max_mb=200,
    ),
    Row("file kinds", "socket", _socket, 2, ("a socket",)),
    Row(
        "file kinds",
        "symbolic link to a device",
        _symlink_to_device,
        2,
        ("character device",),
        max_mb=200,
    ),
    Row(
        "file kinds",
        "standard input from /dev/zero",
        _device_stdin("/dev/zero"),
        2,
        ("standard input: over the",),
        max_mb=200,
    ),
    Row(
        "file kinds",
        "standard input over --max-file-size",
        _stdin(b"a: b\n" * 100, "--max-file-size", "64"),
        2,
        ("over the 64-byte limit",),
    ),
    Row(
        "file kinds",
        "file over --max-file-size",
        lambda t: (["--max-file-size", "100", str(REGISTERS / "minimal.yaml")], None),
        2,
        ("over the 100-byte limit",),
    ),
    # -- encodings ------------------------------------------------------------
    Row(
        "encodings",
        "UTF-16",
        lambda t: ([str(write_bytes(t / "u16.yaml", MINIMAL.encode("utf-16")))], None),
        1,
        ("SCH-001", "not UTF-8"),
    ),
    Row(
        "encodings",
        "Latin-1",
        lambda t: (
            [
                str(
                    write_bytes(
                        t / "l1.yaml",
                        MINIMAL.replace("Établissement", "\xc9tablissement").encode("latin-1"),
                    )
                )
            ],
            None,
        ),
        1,
        ("SCH-001", "byte 0xc9"),
    ),
    Row(
        "encodings",
        "NUL byte",
        _register(text=MINIMAL.replace("Exemple", "Exem\x00ple")),
        1,
        ("SCH-001",),
    ),
    Row(
        "encodings",
        "BOM and CRLF",
        lambda t: (
            [
                str(
                    write_bytes(
                        t / "bom.yaml", b"\xef\xbb\xbf" + MINIMAL.replace("\n", "\r\n").encode()
                    )
                )
            ],
            None,
        ),
        0,
        (),
        ("SCH-001",),
    ),
    # -- YAML features --------------------------------------------------------
    Row(
        "YAML features",
        "alias bomb",
        lambda t: ([str(REGISTERS / "hazards" / "alias-bomb.yaml")], None),
        1,
        ("SCH-004",),
        max_mb=300,
    ),
    Row("YAML features", "recursive alias", _register(text="a: &x [*x]\n"), 1, ("SCH-004",)),
    # Aliases of one long text: few nodes, but each written out again in every
    # output and in the engines' input (a 511 KB file took 2.5 GB).
    Row(
        "YAML features",
        "aliases of a long text",
        _register(text=_LONG_TEXT_ALIASES),
        1,
        ("SCH-004",),
        max_mb=300,
    ),
    Row(
        "YAML features",
        "python tag",
        _register(text="register: 1\norganization: !!python/object/apply:os.system ['id']\n"),
        1,
        ("SCH-001", "python/object"),
    ),
    Row(
        "YAML features",
        "deep nesting",
        _register(text="a: " + "[" * 5000 + "]" * 5000 + "\n"),
        1,
        ("SCH-001",),
    ),
    Row(
        "YAML features",
        "duplicate key",
        _register(text=MINIMAL.replace("  country: FR\n", "  country: FR\n  country: MC\n")),
        1,
        ("SCH-002",),
    ),
    Row(
        "YAML features",
        "two documents",
        _register(text=MINIMAL + "---\nregister: 1\n"),
        1,
        ("SCH-001",),
    ),
    # -- include shapes -------------------------------------------------------
    Row(
        "include shapes",
        "includes itself",
        _include("['r.yaml']"),
        1,
        ("SCH-006", "names this register itself"),
    ),
    Row(
        "include shapes",
        "file named twice",
        lambda t: ([str(REGISTERS / "includes-twice" / "register.yaml")], None),
        0,
        ("SCH-007",),
    ),
    Row(
        "include shapes",
        "outside the root",
        _include("['../outside/*.yaml']", {"../outside/x.yaml": "activities: []\n"}),
        1,
        ("SCH-006", "outside"),
    ),
    Row("include shapes", "absolute path", _include("['/etc/passwd']"), 1, ("SCH-006", "absolute")),
    Row(
        "include shapes",
        "a glob climbing above the root",
        _include("['../../../../../**/*.yaml']"),
        1,
        ("SCH-006", "outside"),
        max_seconds=10,
    ),
    Row(
        "include shapes",
        "a glob through links looping back",
        _looping_include,
        1,
        ("SCH-006", "matches over 10000 paths or takes over 5 s"),
        max_seconds=20,
    ),
    Row(
        "include shapes",
        "symbolic link leaving the root",
        _outside_symlink,
        1,
        ("SCH-006", "outside"),
    ),
    Row(
        "include shapes",
        "fragment that is a pipe",
        _include("['parts/*.yaml']", {"parts/p.yaml": None}),
        1,
        ("SCH-006", "named pipe", "not evaluated"),
    ),
    Row(
        "include shapes",
        "fragment that does not parse",
        _include("['parts/*.yaml']", {"parts/p.yaml": "activities:\n  - id: [\n"}),
        1,
        ("SCH-001", "not evaluated"),
    ),
    # -- output injection -----------------------------------------------------
    *[
        Row(
            "output injection",
            f"forged workflow command ({fmt})",
            _register(text=INJECTED),
            0,  # the finding carrying the text is LB-001's, a warning
            ("\\n::warning file=x::forged",),
            no_command_lines=True,
            env={"FORMAT": fmt},
        )
        for fmt in ("text", "github", "markdown", "junit")
    ],
    *[
        Row(
            "output injection",
            f"bidi and zero-width characters ({fmt})",
            _register(text=BIDI),
            0,
            ("U+202E", "U+200B"),
            ("\u202e", "\u200b"),
            env={"FORMAT": fmt},
        )
        for fmt in ("text", "github", "markdown", "junit")
    ],
    Row(
        "output injection",
        "bidi and zero-width characters (html)",
        _register(text=BIDI),
        0,
        ("&lt;U+202E&gt;", "&lt;U+200B&gt;"),
        ("\u202e", "\u200b"),
        env={"FORMAT": "html"},
    ),
    Row("output injection", "terminal escapes", _register(text=ANSI), 0, ("\\x1b[2J",), ("\x1b",)),
    # The print's running header carries the organisation inside a CSS string:
    # every character but letters, digits and spaces is escaped.
    Row(
        "output injection",
        "organisation name that ends the report's CSS",
        _register(text=CSS_BREAK),
        0,
        ("@top-center { content: ",),
        ('"; } body { display: none }',),
        env={"FORMAT": "html"},
    ),
    Row(
        "output injection",
        "file name beginning with ::",
        _named_file("::error::x.yaml"),
        0,
        ("./::error::x.yaml:",),
        no_command_lines=True,
        in_tmp=True,
    ),
    Row(
        "output injection",
        "markup in the HTML report",
        _register(text=_named('"<script>alert(1)</script>"')),
        0,
        ("&lt;script&gt;",),
        ("<script>",),
        env={"FORMAT": "html"},
    ),
    # -- configuration and waiver abuse ---------------------------------------
    Row(
        "configuration and waivers",
        "configuration disables a rule",
        _config("rules:\n  RGT-001: disable\n"),
        0,
        ("disabled: RGT-001",),
    ),
    Row(
        "configuration and waivers",
        "configuration lowers a rule",
        _config("rules:\n  RGT-001: {severity: info}\n"),
        0,
        ("severity changed: RGT-001 warning → info",),
    ),
    Row(
        "configuration and waivers",
        "--strict-config refuses disabling",
        _config("rules:\n  HYG-003: disable\n", "--strict-config"),
        2,
        ("--strict-config refuses", "disables HYG-003"),
    ),
    Row(
        "configuration and waivers",
        "--strict-config refuses lowering",
        _config("rules:\n  RGT-001: {severity: info}\n", "--strict-config"),
        2,
        ("lowers RGT-001 warning → info",),
    ),
    Row(
        "configuration and waivers",
        "configuration that is a pipe",
        _config_fifo,
        2,
        ("named pipe",),
    ),
    Row(
        "configuration and waivers",
        "configuration that is a directory",
        _config_dir,
        2,
        ("a directory",),
    ),
    Row(
        "configuration and waivers",
        "configuration that does not parse",
        _config("fail_on: [\n"),
        2,
        ("cfg.yaml:2:1", "not valid YAML"),
    ),
    Row(
        "configuration and waivers",
        "waiver without a reason",
        _waivers("waivers:\n  - {rule: RGT-001, reason: ' ', expires: 2099-01-01}\n"),
        1,
        ("HYG-005",),
        ("waived",),
    ),
    Row(
        "configuration and waivers",
        "expired waiver",
        _waivers("waivers:\n  - {rule: RGT-001, reason: Revue, expires: 2020-01-01}\n"),
        0,
        ("HYG-004",),
        ("(waived)",),
    ),
    Row(
        "configuration and waivers",
        "waiver of an unknown rule",
        _waivers("waivers:\n  - {rule: NOPE-001, reason: Revue, expires: 2099-01-01}\n"),
        1,
        ("HYG-006",),
    ),
    Row(
        "configuration and waivers",
        "ill-typed waiver",
        _waivers("waivers:\n  - {rule: RGT-001, reason: Revue, expires: 01/01/2099}\n"),
        1,
        ("waiver waivers[0] not evaluated",),
        ("(waived)",),
    ),
    # -- the gate a pull request cannot weaken (issue 32) ----------------------
    Row(
        "gate weakened by the repository",
        "opa_url in the configuration",
        _repository_config("opa_url: http://127.0.0.1:9/\n"),
        2,
        ("`opa_url` would send the registers", "--trust-config"),
    ),
    Row(
        "gate weakened by the repository",
        "data table emptying the law, under --strict-config",
        _repository_config(
            "data: [law.yaml]\n", "--strict-config", files={"law.yaml": _NO_RULES_TABLE}
        ),
        2,
        ("gives data tables", "--strict-config refuses them"),
    ),
    Row(
        "gate weakened by the repository",
        "baseline named by the configuration, under --strict-config",
        _repository_config(
            "baseline: base.json\n", "--strict-config",
            files={"base.json": '{"format": "ropa-lint-baseline", "version": 1, "findings": []}'},
        ),
        2,
        ("gives a baseline",),
    ),
    Row(
        "gate weakened by the repository",
        "data table trusted by the CI owner: obeyed and said",
        _repository_config(
            "data: [law.yaml]\n", "--strict-config", files={"law.yaml": _NO_RULES_TABLE}
        ),
        0,
        ("trusted from the repository (--trust-config): data tables",),
        env={"ROPA_TRUST_CONFIG": "1"},
    ),
    Row(
        "gate weakened by the repository",
        "data table linked outside the repository",
        _outside_link("data"),
        2,
        ("outside the repository",),
        ("s3cr3t-of-the-runner",),
    ),
    *[
        Row(
            "file kinds",
            f"output written through a committed link ({option})",
            _output_link(option),
            2,
            ("is a symbolic link",),
        )
        for option in ("--output", "sarif")
    ],
    *[
        Row(
            "hostile rule packs",
            f"test-rules on a {kind} ({engine})",
            _test_rules(kind, engine),
            2,
            said,
            max_seconds=60,
        )
        for engine in ("embedded", "opa")
        for kind, said in (
            ("fifo", ("named pipe",)),
            ("test reading the environment", ("opa.runtime",)),
        )
    ],
    *[
        Row(
            "hostile rule packs",
            f"{name} ({engine})",
            _pack_as(package, body, engine),
            2,
            said,
        )
        for engine in ("embedded", "opa")
        for name, package, body, said in (
            (
                "opa[\"runtime\"]() in brackets", "ropa.rules.hygiene.r1",
                'report contains {"path": [], "message": {"en": sprintf("%v", [opa["runtime"]()])}}'
                " if input.register\n",
                ("opa.runtime", "never the network"),
            ),
            (
                "http[`send`] in brackets", "ropa.rules.hygiene.r1",
                'report contains {"path": [], "message": {"en": "x"}} if http[`send`]({})\n',
                ("r1.rego", "does not compile"),
            ),
            (
                "json.match_schema fetching a $ref", "ropa.rules.hygiene.r1",
                'report contains {"path": [], "message": {"en": "x"}} if '
                'json.match_schema({}, {"$ref": "http://127.0.0.1:9/s.json"})\n',
                ("json.match_schema",),
            ),
            (
                "a pack in the built-in library", "ropa.lib.waivers",
                "waived(_) := true\n", ("closed",),
            ),
            (
                "a pack in OPA's system packages", "system.authz",
                "allow := true\n", ("closed",),
            ),
        )
    ],
    # -- hostile rule packs ---------------------------------------------------
    Row(
        "hostile rule packs",
        "http.send",
        _pack('report contains {"path": [], "message": {"en": "x"}} if http.send({})\n'),
        2,
        ("http.send", "never the network"),
    ),
    Row(
        "hostile rule packs",
        "syntax error",
        _pack("report contains x if {\n"),
        2,
        ("ACME-001", "does not compile"),
    ),
    Row(
        "hostile rule packs",
        "conflicting values",
        _pack(
            "v := 1 if input.register\n\nv := 2 if input.register\n\n"
            'report contains {"path": [], "message": {"en": "x"}} if v == 1\n'
        ),
        2,
        ("ACME-001",),
    ),
    Row("hostile rule packs", "rule file that is a pipe", _pack_fifo, 2, ("named pipe",)),
    Row("baselines", "a named pipe", _baseline(kind="fifo"), 2, ("named pipe",)),
    Row(
        "baselines", "a link to /dev/zero", _baseline(kind="device"), 2, ("base.json",), max_mb=200
    ),
    Row("baselines", "not JSON", _baseline("{[}"), 2, ("is not JSON",)),
    Row(
        "baselines",
        "a rule the pack does not have",
        _baseline(
            '{"format": "ropa-lint-baseline", "version": 1, "findings": '
            '[{"fingerprint": "x", "rule": "ZZZ-999"}]}'
        ),
        2,
        ("is stale", "ZZZ-999"),
    ),
    # Entries that match no finding silence nothing: the error still fails the
    # gate (an entry of a file this run did not lint is not said fixed either).
    Row(
        "baselines", "forged entries", _baseline(_FORGED), 1, ("COMP-008", "1 error")
    ),
    *[
        Row(
            "rule budgets",
            f"{name} ({engine})",
            _budget_pack(body, engine),
            2,
            (said,),
            ("Traceback", "panicked", "memory allocation of"),
            max_seconds=30,
        )
        for name, body, engine, said in (
            ("a range of 200 million numbers", RUNAWAY_RANGE, "embedded", "memory budget (512 MB"),
            ("a range of 200 million numbers", RUNAWAY_RANGE, "opa", "memory budget (512 MB"),
            ("a comprehension nested three deep", NESTED, "opa", "memory budget (512 MB"),
            # regorus cannot schedule it: refused, naming the rule, before any memory is spent
            ("a comprehension nested three deep", NESTED, "embedded", "rule ACME-001"),
            ("a string of a gigabyte", HUGE_STRING, "embedded", "memory budget (512 MB"),
            ("a string of a gigabyte", HUGE_STRING, "opa", "memory budget (512 MB"),
        )
    ],
    Row(
        "rule budgets",
        "a rule that never ends (embedded)",
        _budget_pack(SLOW, "embedded"),
        2,
        ("evaluation budget (5 s",),
        max_seconds=30,
    ),
    # -- spreadsheets ---------------------------------------------------------
    Row("spreadsheets", "not a zip archive", _sheet_bytes("r.xlsx", b"not a workbook"), 2,
        ("not a workbook",)),
    Row("spreadsheets", "password-protected workbook",
        _sheet_bytes("r.xlsx", bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 4096), 2,
        ("password-protected",)),
    Row("spreadsheets", "encrypted OpenDocument",
        _zip_of("r.ods", {"mimetype": "application/vnd.oasis.opendocument.spreadsheet",
                          "META-INF/manifest.xml": "<manifest:encryption-data/>",
                          "content.xml": "\x00garbled"}), 2, ("password-protected",)),
    Row("spreadsheets", "zip bomb", _zip_of("r.xlsx", {"xl/workbook.xml": "0" * 60_000_000}), 2,
        ("budget",), max_mb=300, max_seconds=20),
    Row("spreadsheets", "XML entity bomb in a sheet", _xlsx_entity_bomb, 2,
        ("cannot read the workbook", "declares a DTD"), max_mb=400, max_seconds=20),
    Row("spreadsheets", "a 3 MB XML tag in a sheet (read in time that grows with its square)",
        _xlsx_long_token(utf16=False), 2, ("without closing an element",), max_seconds=10),
    Row("spreadsheets", "the same tag in UTF-16, its bytes full of `<`'s byte",
        _xlsx_long_token(utf16=True), 2, ("without closing an element",), max_seconds=10),
    Row("spreadsheets", "a 3 MB XML comment in a sheet, with a `<` every 100 KB",
        _xlsx_long_token(utf16=False, comment=True), 2, ("without closing an element",),
        max_seconds=10),
    Row("spreadsheets", "an XLSX of 3 million empty rows, each with a height openpyxl keeps",
        _xlsx_empty_rows(3_000_000), 2, ("cannot read the workbook within 1024 MB",),
        max_seconds=60, max_mb=1300),
    Row("spreadsheets", "a pipe named .ods", _sheet_fifo, 2, ("named pipe (FIFO)",)),
    Row("spreadsheets", "layout file with an unknown parser", _bad_layout, 2, ("parse 'magic'",)),
    Row("spreadsheets", "two million cells", _too_many_cells, 2, ("cells",), max_seconds=30),
    Row("spreadsheets", "a filled row repeated a million times (ODS)",
        _ods_with_rows(FILLED_MILLION), 2, ("over 100000 rows",), max_seconds=10, max_mb=300),
    Row("spreadsheets", "a 3 MB XML comment and a 3 MB tag in an ODS (read in one pass)",
        _ods_with_rows(_long_ods_tokens()), 1, ("Export!A2",), max_seconds=10),
    Row("spreadsheets", "an ODS whose plain rows inflate to 150 MB (read by a capped child)",
        _ods_with_rows(_plain_rows(150_000_000)), 2, ("cannot read the workbook within 1024 MB",),
        max_seconds=40, max_mb=1300),
    Row("spreadsheets", "XML entity bomb in an ODS",
        _ods_with_rows("<table:table-row><table:table-cell office:value-type=\"string\">"
                       "<text:p>&i;</text:p></table:table-cell></table:table-row>", entities=True),
        2, ("cannot read the workbook",), max_seconds=10, max_mb=300),
]  # fmt: skip


def write_bytes(path, data: bytes):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _run(args, stdin, env_extra, cwd=ROOT):
    fmt = env_extra.get("FORMAT", "text")
    cmd = [sys.executable, "-m", "linter", "check", "--today", TODAY, "-f", fmt]
    out_file = None
    if fmt == "html":
        cmd = [sys.executable, "-m", "linter", "report", "--today", TODAY]
    env = {k: v for k, v in os.environ.items() if k not in ("ROPA_OPA_URL", "ROPA_TRUST_CONFIG")}
    env.update({k: v for k, v in env_extra.items() if k.startswith("ROPA_")})
    stdin_handle = subprocess.PIPE
    if isinstance(stdin, str):  # a device to read from
        stdin_handle = open(stdin, "rb")  # noqa: SIM115 - closed below
        stdin = None
    if fmt == "html":
        out_file = args[-1] + ".html"
        cmd += ["-o", out_file]
    if args and args[0] == "test-rules":  # another command than check
        cmd, args = [sys.executable, "-m", "linter", args[0]], args[1:]
    proc = subprocess.Popen(
        [*cmd, *args],
        stdin=stdin_handle,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=cwd,
        env=env,
    )
    try:
        out, err = proc.communicate(stdin, timeout=60)
    finally:
        if stdin_handle is not subprocess.PIPE:
            stdin_handle.close()
    text = out.decode("utf-8", "replace")
    if out_file and os.path.exists(out_file):
        with open(out_file, encoding="utf-8") as fh:
            text = fh.read()
    return proc.returncode, text, err.decode("utf-8", "replace")


def _peak_mb(args, stdin) -> int:
    """Peak resident memory of the same run, measured by the kernel (wait4)."""
    cmd = [sys.executable, "-m", "linter", "check", "--today", TODAY, *args]
    stdin_handle = open(stdin, "rb") if isinstance(stdin, str) else subprocess.DEVNULL  # noqa: SIM115
    try:
        proc = subprocess.Popen(
            cmd, stdin=stdin_handle, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT
        )
        _, _, usage = os.wait4(proc.pid, 0)
    finally:
        if stdin_handle is not subprocess.DEVNULL:
            stdin_handle.close()
    return usage.ru_maxrss // 1024


@pytest.mark.parametrize("row", ROWS, ids=[f"{r.kind}: {r.name}" for r in ROWS])
def test_attack(row, tmp_path):
    args, stdin = row.setup(tmp_path)
    started = time.monotonic()
    status, out, err = _run(args, stdin, row.env, tmp_path if row.in_tmp else ROOT)
    if row.max_seconds:
        assert time.monotonic() - started < row.max_seconds
        assert not _left_behind(tmp_path), "a process outlived the run"
    both = out + err
    expected = row.status if isinstance(row.status, tuple) else (row.status,)
    assert status in expected, (status, both[-2000:])
    assert "Traceback" not in err and "internal error" not in err, err
    for said in row.says:
        assert said in both, (said, both[-2000:])
    for never in row.never:
        assert never not in out, (never, out[-2000:])
    if status == 2:
        assert len(err.strip().splitlines()) == 1, err  # one clear line
    if row.no_command_lines:
        forged = ("::warning file=x", "::error::forged", "::error::x")
        bad = [line for line in out.splitlines() if line.startswith(forged)]
        assert not bad, bad
        if row.env.get("FORMAT", "text") == "text":
            assert not any(line.startswith("::") for line in out.splitlines()), out
    if row.max_mb:
        assert _peak_mb(args, stdin) < row.max_mb


def _left_behind(tmp_path) -> list[str]:
    """Processes still running that belong to this test's run (OPA's server,
    the embedded engine's evaluator): none may outlive ropa-lint."""
    mine = str(tmp_path)
    out = subprocess.run(["ps", "-eo", "pid,args"], capture_output=True, text=True).stdout
    return [line for line in out.splitlines() if mine in line and "ps -eo" not in line]


def test_the_readme_counts_the_rows_of_each_class():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    counts = Counter(r.kind for r in ROWS)
    for kind, n in counts.items():
        assert re.search(rf"\| {re.escape(kind)} \| {n} \|", readme), (kind, n)
