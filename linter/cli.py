"""`ropa-lint`: a thin command line over linter.lint.

Exit status: 0 nothing at or above --fail-on remains unwaived; 1 something
does; 2 the linter could not do its job (bad path or option, unreadable file,
rule that does not compile, engine unreachable, bad configuration). Never a
traceback.
"""

from __future__ import annotations

import inspect
import os
import sys
from enum import StrEnum
from typing import Annotated

import typer

from . import __version__
from .options import DEFAULT_MAX_BYTES, Options


def _plain_types() -> None:
    """Help that reads like a linter's: an argument's metavar (PATH, FILE)
    instead of typer's `PATH <str>`. typer 0.28's rich help asks the
    argument's type for a metavar and prints `<str>` when it has none; the
    type is asked for nothing where the argument names its own. typer's own
    help stands if its internals move."""
    try:
        from typer._click.types import ParamType
        from typer.core import TyperArgument
    except ImportError:  # pragma: no cover - another typer
        return
    original = ParamType.get_metavar
    if getattr(original, "_ropa_lint", False):  # pragma: no cover
        return

    def get_metavar(self, param, ctx, _original=original):
        if isinstance(param, TyperArgument) and param.metavar:
            return ""
        return _original(self, param=param, ctx=ctx)

    get_metavar._ropa_lint = True
    ParamType.get_metavar = get_metavar


_plain_types()

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Lint GDPR Article 30 registers (records of processing activities) written in YAML.",
    pretty_exceptions_enable=False,
)


class Format(StrEnum):
    text = "text"
    json = "json"
    sarif = "sarif"
    junit = "junit"
    github = "github"
    gitlab = "gitlab"
    markdown = "markdown"
    html = "html"


class Severity(StrEnum):
    error = "error"
    warning = "warning"
    info = "info"


class EngineKind(StrEnum):
    auto = "auto"
    embedded = "embedded"
    opa = "opa"


class CIKind(StrEnum):
    none = "none"
    github = "github"
    gitlab = "gitlab"


CI = CIKind | None


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


# Options shared by `check` and `report`. None means "not given": the
# configuration file, then the built-in default, decide.
PathsArg = Annotated[
    list[str], typer.Argument(metavar="PATH", help="Register files, directories, or - for stdin.")
]
FailOnOpt = Annotated[
    Severity | None,
    typer.Option(help="Lowest severity that makes the run fail (exit 1). [default: error]"),
]
EngineOpt = Annotated[
    EngineKind | None,
    typer.Option(help="auto uses OPA when a URL is given, the embedded engine otherwise."),
]
UrlOpt = Annotated[
    str | None, typer.Option(envvar="ROPA_OPA_URL", metavar="URL", help="URL of an OPA server.")
]
TokenOpt = Annotated[
    str | None,
    typer.Option(envvar="ROPA_OPA_TOKEN", metavar="TOKEN", help="Bearer token for --opa-url."),
]
TimeoutOpt = Annotated[float, typer.Option(metavar="SECONDS", help="Seconds to wait for OPA.")]
CaOpt = Annotated[
    str | None,
    typer.Option(
        envvar="ROPA_OPA_CA_BUNDLE",
        metavar="FILE",
        help="CA bundle (PEM) to verify an https OPA URL.",
    ),
]
BinOpt = Annotated[
    str | None, typer.Option(metavar="FILE", help="The `opa` binary to start when no URL is given.")
]
LangOpt = Annotated[Lang | None, typer.Option(help="Language of messages. [default: en]")]
RulesOpt = Annotated[
    list[str] | None,
    typer.Option("--rules", metavar="DIR", help="Extra rule directory (repeatable)."),
]
DataOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--data", metavar="FILE", help="YAML file extending or overriding reference tables."
    ),
]
RootOpt = Annotated[
    str | None,
    typer.Option(metavar="DIR", help="Root that `include:` may not leave (default: repository)."),
]
TodayOpt = Annotated[
    str | None,
    typer.Option(metavar="YYYY-MM-DD", help="Date to check against, YYYY-MM-DD (default: today)."),
]
NoWaiversOpt = Annotated[
    bool,
    typer.Option("--no-waivers", metavar="", help="Ignore waivers: show everything, for audits."),
]
MaxSizeOpt = Annotated[
    int, typer.Option(metavar="BYTES", help="Largest register file read, in bytes.")
]
OutputOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FILE|FORMAT=FILE",
        help="Write the report to FILE (in --format), or FORMAT=FILE to write that format "
        "too: repeat it to lint once and write every output CI needs "
        "(-o sarif=out.sarif -o junit=out.xml). The terminal still gets --format "
        "unless a plain FILE is given.",
    ),
]
ConfigOpt = Annotated[
    str | None,
    typer.Option(
        "--config",
        metavar="FILE",
        help="Configuration file (default: .ropa-lint.yaml or pyproject.toml found upwards).",
    ),
]
JobsOpt = Annotated[
    int,
    typer.Option(
        metavar="N", help="Worker processes for many files (0: one per core; embedded engine)."
    ),
]
EvalTimeoutOpt = Annotated[
    float | None,
    typer.Option(
        metavar="SECONDS",
        help="Seconds one register's evaluation may take before the run fails (exit 2). "
        f"[default: {Options.eval_timeout:g}]",
    ),
]
MaxMemoryOpt = Annotated[
    int | None,
    typer.Option(
        metavar="MB",
        help="Megabytes the rule evaluation may use before the run fails (exit 2). "
        f"[default: {Options.max_memory}]",
    ),
]
BaselineOpt = Annotated[
    str | None,
    typer.Option(
        metavar="FILE",
        help="Known findings (`ropa-lint baseline write`): reported apart, failing only on "
        "new ones; fixed ones are listed so the baseline shrinks.",
    ),
]
StrictConfigOpt = Annotated[
    bool,
    typer.Option(
        "--strict-config",
        metavar="",
        help="Refuse a configuration file that disables rules or lowers their severity "
        "(for a CI gate that a pull request's configuration must not weaken).",
    ),
]
JurisdictionOpt = Annotated[
    str | None,
    typer.Option(metavar="CODE", help="National tables to apply to every register (FR, MC...)."),
]


# The options `check` and `report` share, declared once: each becomes a
# parameter of both commands (see _with_run_options), named as Options names it
# where the two differ.
RUN_OPTIONS = {
    "lang": (LangOpt, None),
    "engine": (EngineOpt, None),
    "opa_url": (UrlOpt, None),
    "opa_token": (TokenOpt, None),
    "opa_timeout": (TimeoutOpt, 30.0),
    "opa_bin": (BinOpt, None),
    "opa_ca_bundle": (CaOpt, None),
    "rules": (RulesOpt, None),
    "data": (DataOpt, None),
    "root": (RootOpt, None),
    "today": (TodayOpt, None),
    "no_waivers": (NoWaiversOpt, False),
    "max_file_size": (MaxSizeOpt, DEFAULT_MAX_BYTES),
    "config": (ConfigOpt, None),
    "jurisdiction": (JurisdictionOpt, None),
    "strict_config": (StrictConfigOpt, False),
    "eval_timeout": (EvalTimeoutOpt, None),
    "max_memory": (MaxMemoryOpt, None),
    "baseline": (BaselineOpt, None),
}


def _with_run_options(command):
    """Add RUN_OPTIONS to `command`'s signature; typer reads `__signature__`."""
    import typing

    signature = inspect.signature(command)
    hints = typing.get_type_hints(command, include_extras=True)  # annotations are strings here
    own = [
        p.replace(annotation=hints.get(p.name, p.annotation))
        for p in signature.parameters.values()
        if p.kind is not p.VAR_KEYWORD
    ]
    shared = [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=kind, default=default)
        for name, (kind, default) in RUN_OPTIONS.items()
        if name not in signature.parameters
    ]
    command.__signature__ = signature.replace(parameters=[*own, *shared])
    return command


def _value(value):
    return value.value if isinstance(value, StrEnum) else value


def _print_profile(rows: list[dict]) -> None:
    """Per rule: evaluations, total time, findings — slowest first, on standard error."""
    typer.echo(f"{'rule':<10} {'evaluations':>11} {'ms':>10} {'findings':>9}  file", err=True)
    for row in rows:
        typer.echo(
            f"{row['rule']:<10} {row['evaluations']:>11} {row['seconds'] * 1000:>10.1f} "
            f"{row['findings']:>9}  {row['file']}",
            err=True,
        )


def _options(given: dict, *, fail_on=None, jobs=0, keep_documents=False, config_from=None):
    """The run's Options from the shared options as typed, over the
    configuration (--config, else found from `config_from` or the working
    directory)."""
    from .config import ConfigError, discover, load, options_from

    today = given["today"]
    if today is not None:
        import datetime as dt

        try:
            dt.date.fromisoformat(today)
        except ValueError:
            raise _fail(f"--today `{today}` is not a YYYY-MM-DD date") from None
    try:
        config = given["config"]
        if config is None and config_from is not None:
            found = discover(config_from)
            config = str(found) if found else None
        return options_from(
            load(config),
            source="command line",
            strict_config=given["strict_config"],
            eval_timeout=given["eval_timeout"],
            max_memory=given["max_memory"],
            engine=_value(given["engine"]),
            opa_url=given["opa_url"],
            opa_token=given["opa_token"],
            opa_timeout=given["opa_timeout"],
            opa_bin=given["opa_bin"],
            opa_ca_bundle=given["opa_ca_bundle"],
            lang=_value(given["lang"]),
            fail_on=_value(fail_on),
            rules_dirs=tuple(given["rules"] or ()),
            data_files=tuple(given["data"] or ()),
            today=today,
            root=given["root"],
            max_bytes=given["max_file_size"],
            waivers=not given["no_waivers"],
            jurisdiction=given["jurisdiction"],
            baseline=given.get("baseline"),
            jobs=jobs,
            keep_documents=keep_documents,
        )
    except ConfigError as exc:
        raise _fail(str(exc)) from None


def _run(
    paths,
    *,
    format: str,
    output,
    progress_ok: bool,
    fail_on=None,
    jobs=0,
    profile=False,
    emit=True,
    **given,
):
    """One run of check or report: `given` holds the shared options as typed."""
    from .reporters import MACHINE_FORMATS, ReportOptions, get
    from .runner import Linter, LintError

    progress = None
    options = _options(given, fail_on=fail_on, jobs=jobs, keep_documents=format == "html")
    if progress_ok and format not in MACHINE_FORMATS:
        from .progress import terminal_progress

        progress = options.progress = terminal_progress()
    stdin_text = None
    if "-" in paths:
        from .files import UnreadableFile, read_stream

        try:
            raw = read_stream(sys.stdin.buffer, "standard input", options.max_bytes)
            stdin_text = raw.decode("utf-8-sig")
        except UnreadableFile as exc:
            raise _fail(str(exc)) from None
        except UnicodeDecodeError:
            raise _fail("standard input is not UTF-8") from None
    try:
        with Linter(options) as linter:
            result = linter.run(paths, stdin_text=stdin_text)
            rules = dict(linter.pack.rules)
            generated = linter.today
            if profile:
                _print_profile(linter.profile(paths, stdin_text=stdin_text))
    except LintError as exc:
        raise _fail(str(exc)) from None
    finally:
        if progress:
            progress.close()
    main_file, extra = _outputs(output, format)
    for fmt, target in [(format, main_file), *extra] if emit else []:
        color = (
            target is None
            and fmt == "text"
            and sys.stdout.isatty()
            and "NO_COLOR" not in os.environ
        )
        page = get(fmt)(
            result, ReportOptions(lang=options.lang, color=color, rules=rules, generated=generated)
        )
        _emit(page, target)
    return result, options.lang


def _outputs(given, format: str) -> tuple[str | None, list[tuple[str, str]]]:
    """(file for --format or None for the terminal, [(format, file), ...])."""
    from .reporters import FORMATS

    if given is None:
        return None, []
    if isinstance(given, str):
        given = [given]
    main, extra = None, []
    for item in given:
        fmt, sep, target = item.partition("=")
        if sep and fmt in FORMATS and target:
            extra.append((fmt, target))
        elif main is None:
            main = item
        else:
            raise _fail(f"--output {item}: only one plain file; write FORMAT=FILE for the others")
    return main, extra


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
        str, typer.Option("--output", "-o", metavar="FILE", help="The HTML file to write.")
    ],
    **shared,
) -> None:
    """Write a self-contained HTML report for auditors (exit 0 once written)."""
    result, lang = _run(paths, format="html", output=output, progress_ok=True, **shared)
    from .reporters.text import summary_line

    typer.echo(f"{output}: {summary_line(result.summary, lang)}", err=True)


def _emit(text: str, output: str | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    try:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(text)
    except OSError as exc:
        raise _fail(f"cannot write {output}: {exc.strerror}") from None


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
    from . import baseline
    from .messages import say

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
    from .lsp import serve

    # Each document's folder finds its configuration, as `check` run there would.
    serve(lambda folder: _options(shared, config_from=folder))


@app.command("schema")
def schema_command(
    path: Annotated[
        bool,
        typer.Option(
            "--path", metavar="", help="Print where the bundled schema is, not the schema."
        ),
    ] = False,
) -> None:
    """Print the register format's JSON Schema (what editors complete and check against)."""
    from .resources import schema_path

    where = schema_path()
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
    from .findings import CATEGORIES

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
    from .config import ConfigError, load

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
    from .messages import say
    from .vocabulary import label

    lang_, extra = _configured(lang, config)
    pack = _pack((*extra, *(rules or ())))
    rule = pack.rules.get(rule_id.upper())
    if rule is None:
        raise _fail(f"no rule {rule_id}; `ropa-lint rules` lists them")
    typer.echo(f"{rule.id}: {rule.text('title', lang_)}")
    typer.echo(
        f"{say('explain.category', lang_)}: {label('rule_category', rule.category, lang_)}    "
        f"{say('explain.severity', lang_)}: {say(f'severity.{rule.severity}', lang_)}"
    )
    typer.echo(f"{say('explain.reference', lang_)}: {rule.reference}")
    if rule.severity_basis:
        typer.echo(f"{say('explain.basis', lang_)}: {rule.severity_basis}")
    typer.echo("")
    typer.echo(rule.description)
    typer.echo("")
    typer.echo(f"{say('explain.remediation', lang_)}: {rule.text('remediation', lang_)}")
    for description, ref in rule.related_resources:
        typer.echo(f"  - {description}: {ref}" if description else f"  - {ref}")


@app.command()
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
    from .packtest import TIMINGS, PackTestError, run_pack_tests

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
