"""The commands that write a register: `init` (a starter, or a register
repository) and `convert` (a spreadsheet to YAML and back). cli.py registers
them beside the others."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from linter import __version__
from linter.cli.params import CI, Lang, LangOpt, LayoutOpt, _fail, _value
from linter.cli.run import _emit
from linter.core.errors import RopaLintError
from linter.core.files import DEFAULT_MAX_BYTES


def init(
    path: Annotated[
        str | None,
        typer.Argument(
            metavar="PATH", help="File to create (with --repo: the repository's folder)."
        ),
    ] = None,
    lang: Annotated[Lang, typer.Option(help="Language of the comments and examples.")] = Lang.fr,
    force: Annotated[
        bool, typer.Option("--force", metavar="", help="Overwrite existing files.")
    ] = False,
    repo: Annotated[
        bool,
        typer.Option(
            "--repo",
            metavar="",
            help="Set up a register repository: registers/ with a starter register tied to "
            "the schema for editors, .ropa-lint.yaml and a pre-commit hook.",
        ),
    ] = False,
    ci: Annotated[
        CI,
        typer.Option(help="With --repo: the CI definition to write too."),
    ] = None,
    source: Annotated[
        str | None,
        typer.Option(
            metavar="SPEC",
            help="With --ci: what the CI installs with pip (a wheel, a git URL, or a "
            "published version). [default: ropa-lint==<this version>]",
        ),
    ] = None,
) -> None:
    """Write a commented starter register that passes the linter."""
    from linter.cli.starter import ci_files, repository, starter

    if not repo:
        target = path or "register.yaml"
        if os.path.exists(target) and not force:
            raise _fail(f"{target} exists; use --force to overwrite it")
        from linter.core.resources import schema_path

        # Editors (yaml-language-server) complete and check against the schema
        # of this install; `init --repo` keeps a copy in the repository instead.
        association = f"# yaml-language-server: $schema={schema_path().resolve().as_uri()}\n"
        _emit(association + starter(lang.value, target), target)
        typer.echo(f"wrote {target}: edit it, then run `ropa-lint check {target}`", err=True)
        return
    base = path or "."
    files = repository(lang.value)
    wheel = None
    if (_value(ci) or "none") != "none":
        source, wheel = _ci_source(source, base)
    files.update(ci_files(_value(ci) or "none", source or f"ropa-lint=={__version__}"))
    taken = [name for name in files if os.path.exists(os.path.join(base, name))]
    if taken and not force:
        raise _fail(f"{', '.join(taken)} exist(s) in {base}; use --force to overwrite")
    if wheel is not None:
        _place_wheel(wheel, base)
    for name, text in files.items():
        target = os.path.join(base, name)
        os.makedirs(os.path.dirname(target) or ".", exist_ok=True)
        _emit(text, target)
        typer.echo(f"wrote {target}", err=True)
    typer.echo(
        "next: edit registers/, then `ropa-lint check registers/`; "
        "`pre-commit install` gates every commit",
        err=True,
    )


WHEELS = ".ropa-lint"  # where the wheel the CI installs is kept, in the repository


def _ci_source(source: str | None, base: str) -> tuple[str, str | None]:
    """What the CI installs, checked: (pip's argument, a wheel to copy into
    the repository or None). No release is published yet: by default the CI
    installs a wheel of this install, kept in the repository."""
    from pathlib import Path

    if source and source.endswith(".whl") and "://" not in source and "@" not in source:
        if not os.path.isfile(source):
            raise _fail(f"--source {source}: no such wheel")
        name = os.path.basename(source)
        return f"./{WHEELS}/{name}", source
    if source:
        return source, None
    root = Path(__file__).resolve().parents[2]  # linter/cli/files.py → the checkout
    if not (root / "pyproject.toml").is_file():
        return f"ropa-lint=={__version__}", None  # installed from an index: a release
    built = _build_wheel(root)
    name = os.path.basename(built)
    typer.echo(
        f"no release of ropa-lint is published yet: the CI installs {WHEELS}/{name}, built "
        "from this install — commit it with the rest (--source names another)",
        err=True,
    )
    return f"./{WHEELS}/{name}", built


def _build_wheel(root) -> str:
    import subprocess
    import sys
    import tempfile

    out = tempfile.mkdtemp(prefix="ropa-lint-wheel-")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", out, str(root)],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    wheels = [f for f in os.listdir(out) if f.endswith(".whl")] if done.returncode == 0 else []
    if not wheels:
        last = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no wheel"]
        raise _fail(f"cannot build a wheel of this install for the CI ({last[0]}); pass --source")
    return os.path.join(out, wheels[0])


def _place_wheel(wheel: str, base: str) -> None:
    import shutil

    folder = os.path.join(base, WHEELS)
    os.makedirs(folder, exist_ok=True)
    shutil.copyfile(wheel, os.path.join(folder, os.path.basename(wheel)))
    typer.echo(f"wrote {os.path.join(folder, os.path.basename(wheel))}", err=True)


def convert(
    source: Annotated[str, typer.Argument(metavar="IN", help="A spreadsheet or a YAML register.")],
    target: Annotated[
        str, typer.Argument(metavar="OUT", help="A .yaml, or a .xlsx / .ods (CNIL fiches).")
    ],
    layout: LayoutOpt = None,
    lang: LangOpt = None,
    force: Annotated[bool, typer.Option("--force", help="Replace OUT if it exists.")] = False,
    max_file_size: Annotated[
        int, typer.Option(metavar="BYTES", help="Largest file read.")
    ] = DEFAULT_MAX_BYTES,
) -> None:
    """Convert a spreadsheet register to YAML, or a YAML register to the CNIL fiche workbook."""
    from linter.core.messages import say
    from linter.load.sheets.convert import convert as run
    from linter.load.sheets.convert import unmapped_line

    language = _value(lang) or "en"
    try:
        done = run(
            source, target, layout=layout, max_bytes=max_file_size, force=force, lang=language
        )
    except RopaLintError as exc:
        raise _fail(str(exc)) from None
    for item in done.unmapped:
        typer.echo(f"{source}:{unmapped_line(item, language)}", err=True)
    typer.echo(say("convert.written", language, file=done.out, count=done.activities))
