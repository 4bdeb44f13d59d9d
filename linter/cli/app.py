"""`ropa-lint`: a thin command line over linter.lint.

Exit status: 0 nothing at or above --fail-on remains unwaived; 1 something
does; 2 the linter could not do its job (bad path or option, unreadable file,
rule that does not compile, engine unreachable, bad configuration). Never a
traceback.
"""

from __future__ import annotations

import os
import sys
from typing import Annotated

import typer

from linter import __version__
from linter.cli.files import convert, init
from linter.cli.params import (
    BinOpt,
    ConfigOpt,
    EngineKind,
    FailOnOpt,
    Format,
    JobsOpt,
    LangOpt,
    OutputOpt,
    PathsArg,
    RulesOpt,
    _fail,
    _value,
    _with_run_options,
)
from linter.cli.run import _emit, _options, _run

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Lint GDPR Article 30 registers (records of processing activities) written in YAML "
    "or kept in a spreadsheet.",
    pretty_exceptions_enable=False,
)


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


# Options shared by `check` and `report`. None means "not given": the
# configuration file, then the built-in default, decide.


@app.command()
@_with_run_options
def check(
    paths: PathsArg,
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.text,
    fail_on: FailOnOpt = None,
    output: OutputOpt = None,
    jobs: JobsOpt = 0,
    profile: Annotated[
        bool,
        typer.Option(
            "--profile",
            metavar="",
            help="Also time each rule on each register (standard error): where evaluation "
            "time goes.",
        ),
    ] = False,
    **shared,
) -> None:
    """Check registers and report findings."""
    result, _ = _run(
        paths,
        format=format.value,
        output=output,
        progress_ok=True,
        fail_on=fail_on,
        jobs=1 if profile else jobs,
        profile=profile,
        **shared,
    )
    raise typer.Exit(result.exit_code)


@app.command()
@_with_run_options
def report(
    paths: PathsArg,
    output: Annotated[
        str,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="The report to write: FILE.html, or FILE.pdf (printed by the pdf extra or "
            "Chromium).",
        ),
    ],
    compare: Annotated[
        str | None,
        typer.Option(
            "--compare",
            metavar="FILE",
            help="The JSON result of an earlier run (check -f json): findings marked new, "
            "unchanged or fixed since.",
        ),
    ] = None,
    **shared,
) -> None:
    """Write a self-contained HTML (or PDF) report for auditors (exit 0 once written)."""
    if compare is not None:
        from linter.core.errors import LintError
        from linter.run.baseline import previous_run

        try:
            shared["previous"] = previous_run(compare)
        except LintError as exc:
            raise _fail(str(exc)) from None
    if output.lower().endswith(".pdf"):
        import tempfile

        from linter.core.errors import LintError
        from linter.report.pdf import write_pdf

        with tempfile.TemporaryDirectory(prefix="ropa-lint-report-") as work:
            page = f"{work}/report.html"
            result, lang = _run(paths, format="html", output=page, progress_ok=True, **shared)
            with open(page, encoding="utf-8") as fh:
                html = fh.read()
            try:
                write_pdf(html, output)
            except LintError as exc:
                raise _fail(str(exc)) from None
    else:
        result, lang = _run(paths, format="html", output=output, progress_ok=True, **shared)
    from linter.report.text import summary_line

    typer.echo(f"{output}: {summary_line(result.summary, lang)}", err=True)


baseline_app = typer.Typer(
    no_args_is_help=True,
    help="Record today's findings, so that a gate adopted on an existing register fails "
    "only on new ones.",
)
app.add_typer(baseline_app, name="baseline")


@baseline_app.command("write")
@_with_run_options
def baseline_write(
    file: Annotated[str, typer.Argument(metavar="FILE", help="The baseline to write (JSON).")],
    paths: PathsArg,
    **shared,
) -> None:
    """Write FILE from the findings of PATH... (exit 0 once written)."""
    from linter.core.messages import say
    from linter.run import baseline

    shared["baseline"] = None  # a new baseline records every finding, known or not
    result, lang = _run(paths, format="text", output=None, progress_ok=True, emit=False, **shared)
    import datetime as dt

    recorded = baseline.render(result, generated=shared.get("today") or dt.date.today().isoformat())
    _emit(recorded, file)
    count = sum(1 for f in result.findings if not f.waived)
    typer.echo(f"{file}: {say('baseline.written', lang, count=count)}", err=True)


@app.command("lsp")
@_with_run_options
def lsp(**shared) -> None:
    """Run as a language server on standard input and output (for editors)."""
    from dataclasses import replace

    from linter.cli.lsp import serve

    def options(folder: str):
        # Each document's folder finds its configuration, as `check` run there
        # would; but an editor never sends what it opens to a server a cloned
        # repository names: the configuration's opa_url is left out.
        found = _options(shared, config_from=folder)
        if "opa_url" in found.from_config and not found.trust_config:
            found = replace(found, opa_url=None, from_config=found.from_config - {"opa_url"})
        return found

    serve(options)


@app.command("schema")
def schema_command(
    path: Annotated[
        bool,
        typer.Option(
            "--path", metavar="", help="Print where the bundled schema is, not the schema."
        ),
    ] = False,
    schemastore: Annotated[
        str | None,
        typer.Option(
            "--schemastore",
            metavar="DIR",
            help="Write the schema, a test register and the catalogue entry as a "
            "SchemaStore contribution takes them, under DIR.",
        ),
    ] = None,
) -> None:
    """Print the register format's JSON Schema (what editors complete and check against)."""
    from linter.core.resources import schema_path

    where = schema_path()
    if schemastore:
        from linter.cli import schemastore as store

        for written in store.write(schemastore):
            typer.echo(str(written))
        return
    if path:
        typer.echo(str(where))
        return
    sys.stdout.write(where.read_text(encoding="utf-8"))


@app.command("rules")
def list_rules(
    category: Annotated[
        str | None, typer.Option(metavar="CATEGORY", help="Only this category.")
    ] = None,
    lang: LangOpt = None,
    rules: RulesOpt = None,
    config: ConfigOpt = None,
) -> None:
    """List the rules: id, severity, category and title."""
    from linter.core.findings import CATEGORIES

    if category is not None and category not in CATEGORIES:
        raise _fail(f"no category {category} (categories: {', '.join(CATEGORIES)})")
    lang_, extra = _configured(lang, config)
    pack = _pack((*extra, *(rules or ())))
    for rule in sorted(pack.rules.values(), key=lambda r: r.id):
        if category and rule.category != category:
            continue
        typer.echo(
            f"{rule.id:<9} {rule.severity:<8} {rule.category:<17} {rule.text('title', lang_)}"
        )


def _configured(lang, config) -> tuple[str, tuple[str, ...]]:
    """The language and extra rule directories the configuration gives, the
    command line winning, as `check` reads them."""
    from linter.run.config import ConfigError, load

    try:
        cfg = load(config)
    except ConfigError as exc:
        raise _fail(str(exc)) from None
    chosen = _value(lang) or cfg.lang or "en"
    return chosen, cfg.extra_rules


@app.command()
def explain(
    rule_id: Annotated[str, typer.Argument(metavar="RULE", help="A rule id, e.g. LB-001.")],
    lang: LangOpt = None,
    rules: RulesOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Print one rule in full: what it checks, why, and how to fix it."""
    from linter.core.messages import colon as colon_in
    from linter.core.messages import say
    from linter.load.vocabulary import label, reference

    lang_, extra = _configured(lang, config)
    pack = _pack((*extra, *(rules or ())))
    rule = pack.rules.get(rule_id.upper())
    if rule is None:
        raise _fail(f"no rule {rule_id}; `ropa-lint rules` lists them")
    colon = colon_in(lang_)
    typer.echo(f"{rule.id}{colon} {rule.text('title', lang_)}")
    category = label("rule_category", rule.category, lang_)
    typer.echo(
        f"{say('explain.category', lang_)}{colon} {category}    "
        f"{say('explain.severity', lang_)}{colon} {say(f'severity.{rule.severity}', lang_)}"
    )
    typer.echo(f"{say('explain.reference', lang_)}{colon} {reference(rule.reference, lang_)}")
    if rule.severity_basis:
        typer.echo(f"{say('explain.basis', lang_)}{colon} {rule.text('severity_basis', lang_)}")
    typer.echo("")
    typer.echo(rule.text("description", lang_))
    typer.echo("")
    if rule.examples:
        for kind in ("avoid", "prefer"):
            typer.echo(f"{say(f'explain.{kind}', lang_)}{colon}")
            for line in rule.examples[kind].rstrip("\n").splitlines():
                typer.echo(f"    {line}")
            typer.echo("")
    typer.echo(f"{say('explain.remediation', lang_)}{colon} {rule.text('remediation', lang_)}")
    for description, ref in rule.related_resources:
        # The sources' own titles are in their language; in French, their links.
        shown = description if description and lang_ != "fr" else ""
        typer.echo(f"  - {shown}: {ref}" if shown else f"  - {ref}")


app.command()(init)
app.command()(convert)


@app.command("test-rules")
def test_rules(
    directory: Annotated[
        str,
        typer.Argument(metavar="DIR", help="A rule pack: .rego files and their _test.rego."),
    ],
    engine: Annotated[
        EngineKind, typer.Option(help="embedded runs the tests in-process; opa runs `opa test`.")
    ] = EngineKind.embedded,
    opa_bin: BinOpt = None,
    profile: Annotated[
        bool, typer.Option("--profile", metavar="", help="Print each test's time, slowest first.")
    ] = False,
) -> None:
    """Run a rule pack's Rego unit tests (with the built-in library and tables)."""
    from linter.pack.packtest import TIMINGS, PackTestError, run_pack_tests

    try:
        passed, failed = run_pack_tests(directory, engine.value, opa_bin)
    except PackTestError as exc:
        raise _fail(str(exc)) from None
    if profile:
        for name, seconds in sorted(TIMINGS.items(), key=lambda kv: (-kv[1], kv[0])):
            typer.echo(f"{seconds * 1000:10.2f} ms  {name}", err=True)
    for name in failed:
        typer.echo(f"FAIL {name}")
    typer.echo(f"{len(passed)} passed, {len(failed)} failed")
    raise typer.Exit(1 if failed else 0)


def _pack(rules):
    from linter.pack.rulepack import RulePackError, load_pack

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
