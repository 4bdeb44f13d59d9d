"""The commands that write a register: `init` (a starter, or a register
repository) and `convert` (a spreadsheet to YAML and back). cli.py registers
them beside the others."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from . import __version__
from .cli_options import CI, Lang, LangOpt, LayoutOpt, _fail, _value
from .cli_run import _emit
from .errors import RopaLintError
from .files import DEFAULT_MAX_BYTES


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
    from .starter import ci_files, repository, starter

    if not repo:
        target = path or "register.yaml"
        if os.path.exists(target) and not force:
            raise _fail(f"{target} exists; use --force to overwrite it")
        from .resources import schema_path

        # Editors (yaml-language-server) complete and check against the schema
        # of this install; `init --repo` keeps a copy in the repository instead.
        association = f"# yaml-language-server: $schema={schema_path().resolve().as_uri()}\n"
        _emit(association + starter(lang.value, target), target)
        typer.echo(f"wrote {target}: edit it, then run `ropa-lint check {target}`", err=True)
        return
    base = path or "."
    files = repository(lang.value)
    files.update(ci_files(_value(ci) or "none", source or f"ropa-lint=={__version__}"))
    taken = [name for name in files if os.path.exists(os.path.join(base, name))]
    if taken and not force:
        raise _fail(f"{', '.join(taken)} exist(s) in {base}; use --force to overwrite")
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
    from .messages import say
    from .sheets.convert import convert as run
    from .sheets.convert import unmapped_line

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
