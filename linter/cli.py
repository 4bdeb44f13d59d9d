"""`ropa-lint`: a thin command line over linter.lint.

Exit status: 0 nothing at or above --fail-on remains unwaived; 1 something
does; 2 the linter could not do its job (bad path or option, unreadable file,
rule that does not compile, engine unreachable). Never a traceback.
"""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from typing import Annotated

import typer

from . import __version__

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Lint GDPR Article 30 registers (records of processing activities) written in YAML.",
    pretty_exceptions_enable=False,
)


class Format(StrEnum):
    text = "text"
    json = "json"


class Severity(StrEnum):
    error = "error"
    warning = "warning"
    info = "info"


class EngineKind(StrEnum):
    auto = "auto"
    embedded = "embedded"
    opa = "opa"


class Lang(StrEnum):
    en = "en"
    fr = "fr"


def _fail(message: str) -> typer.Exit:
    typer.echo(f"ropa-lint: error: {message}", err=True)
    return typer.Exit(2)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"ropa-lint {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """Lint GDPR Article 30 registers written in YAML."""


@app.command()
def check(
    paths: Annotated[
        list[str], typer.Argument(help="Register files, directories, or - for stdin.")
    ],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.text,
    fail_on: Annotated[
        Severity, typer.Option(help="Lowest severity that makes the run fail (exit 1).")
    ] = Severity.error,
    engine: Annotated[
        EngineKind,
        typer.Option(help="Rego engine: auto uses OPA when a URL is given, embedded otherwise."),
    ] = EngineKind.auto,
    opa_url: Annotated[
        str | None, typer.Option(envvar="ROPA_OPA_URL", help="URL of an OPA server to use.")
    ] = None,
    opa_token: Annotated[
        str | None, typer.Option(envvar="ROPA_OPA_TOKEN", help="Bearer token for --opa-url.")
    ] = None,
    opa_timeout: Annotated[float, typer.Option(help="Seconds to wait for OPA.")] = 30.0,
    opa_bin: Annotated[
        str | None, typer.Option(help="The `opa` binary to start when no URL is given.")
    ] = None,
    lang: Annotated[Lang, typer.Option(help="Language of messages.")] = Lang.en,
    rules: Annotated[
        list[str] | None, typer.Option("--rules", help="Extra rule directory (repeatable).")
    ] = None,
    data: Annotated[
        list[str] | None,
        typer.Option("--data", help="YAML file extending or overriding reference tables."),
    ] = None,
    root: Annotated[
        str | None, typer.Option(help="Root that `include:` may not leave (default: repository).")
    ] = None,
    today: Annotated[
        str | None, typer.Option(help="Date to check against, YYYY-MM-DD (default: today).")
    ] = None,
    no_waivers: Annotated[
        bool, typer.Option("--no-waivers", help="Ignore waivers: show everything, for audits.")
    ] = False,
    max_file_size: Annotated[int, typer.Option(help="Largest register file read, in bytes.")] = 50
    * 1024
    * 1024,
    output: Annotated[
        str | None, typer.Option("--output", "-o", help="Write the report to this file.")
    ] = None,
) -> None:
    """Check registers and report findings."""
    from .lint import Linter, LintError, Options
    from .reporters import ReportOptions, get

    if today is not None:
        import datetime as dt

        try:
            dt.date.fromisoformat(today)
        except ValueError:
            raise _fail(f"--today `{today}` is not a YYYY-MM-DD date") from None
    options = Options(
        engine=engine.value,
        opa_url=opa_url,
        opa_token=opa_token,
        opa_timeout=opa_timeout,
        opa_bin=opa_bin,
        lang=lang.value,
        fail_on=fail_on.value,
        rules_dirs=tuple(rules or ()),
        data_files=tuple(data or ()),
        today=today,
        root=root,
        max_bytes=max_file_size,
        waivers=not no_waivers,
    )
    stdin_text = None
    if "-" in paths:
        raw = sys.stdin.buffer.read()
        try:
            stdin_text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise _fail("standard input is not UTF-8") from None
    try:
        with Linter(options) as linter:
            result = linter.run(paths, stdin_text=stdin_text)
    except LintError as exc:
        raise _fail(str(exc)) from None
    color = (
        output is None
        and format is Format.text
        and sys.stdout.isatty()
        and "NO_COLOR" not in os.environ
    )
    text = get(format.value)(result, ReportOptions(lang=lang.value, color=color))
    _emit(text, output)
    raise typer.Exit(result.exit_code)


def _emit(text: str, output: str | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    try:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(text)
    except OSError as exc:
        raise _fail(f"cannot write {output}: {exc.strerror}") from None


@app.command("rules")
def list_rules(
    category: Annotated[str | None, typer.Option(help="Only this category.")] = None,
    lang: Annotated[Lang, typer.Option(help="Language of titles.")] = Lang.en,
    rules: Annotated[
        list[str] | None, typer.Option("--rules", help="Extra rule directory.")
    ] = None,
) -> None:
    """List the rules: id, severity, category and title."""
    pack = _pack(rules)
    for rule in sorted(pack.rules.values(), key=lambda r: r.id):
        if category and rule.category != category:
            continue
        typer.echo(
            f"{rule.id:<9} {rule.severity:<8} {rule.category:<17} {rule.text('title', lang.value)}"
        )


@app.command()
def explain(
    rule_id: Annotated[str, typer.Argument(help="A rule id, e.g. LB-001.")],
    lang: Annotated[Lang, typer.Option(help="Language.")] = Lang.en,
    rules: Annotated[
        list[str] | None, typer.Option("--rules", help="Extra rule directory.")
    ] = None,
) -> None:
    """Print one rule in full: what it checks, why, and how to fix it."""
    pack = _pack(rules)
    rule = pack.rules.get(rule_id.upper())
    if rule is None:
        raise _fail(f"no rule {rule_id}; `ropa-lint rules` lists them")
    fr = lang.value == "fr"
    typer.echo(f"{rule.id}: {rule.text('title', lang.value)}")
    typer.echo(
        f"{'catégorie' if fr else 'category'}: {rule.category}    "
        f"{'sévérité' if fr else 'severity'}: {rule.severity}"
    )
    typer.echo(f"{'référence' if fr else 'reference'}: {rule.reference}")
    typer.echo("")
    typer.echo(rule.description)
    typer.echo("")
    typer.echo(f"{'Correction' if fr else 'Remediation'}: {rule.text('remediation', lang.value)}")
    for description, ref in rule.related_resources:
        typer.echo(f"  - {description}: {ref}" if description else f"  - {ref}")


def _pack(rules):
    from .rulepack import RulePackError, load_pack

    try:
        return load_pack(tuple(rules or ()))
    except RulePackError as exc:
        raise _fail(str(exc)) from None


def _terminate(signum, frame):  # pragma: no cover - exercised in a subprocess
    # SIGTERM unwinds like Ctrl-C, so `with Linter(...)` stops the OPA server
    # and removes its temporary directory.
    raise KeyboardInterrupt


def main() -> None:
    import signal

    signal.signal(signal.SIGTERM, _terminate)
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("ropa-lint: interrupted", err=True)
        sys.exit(130)
    except SystemExit:
        raise
    except BaseException as exc:  # fail closed, in one line; ROPA_DEBUG=1 shows the trace
        if os.environ.get("ROPA_DEBUG"):
            raise
        typer.echo(f"ropa-lint: internal error: {type(exc).__name__}: {exc}", err=True)
        sys.exit(2)
