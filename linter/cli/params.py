"""The command line's shared vocabulary: its option types, the options every
linting command takes (RUN_OPTIONS), and help that reads like a linter's."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated

import typer

from linter.core.options import DEFAULT_MAX_BYTES, Options
from linter.report import FORMATS


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


# --format's choices: the reporters' table of formats.
Format = StrEnum("Format", {name: name for name in FORMATS})


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


PathsArg = Annotated[
    list[str],
    typer.Argument(
        metavar="PATH",
        help="Register files (YAML, or a spreadsheet: .xlsx, .ods, .csv), directories "
        "(searched for YAML), or - for stdin.",
    ),
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
        help="Megabytes each evaluating process may use before the run fails (exit 2). "
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
BaselineRefOpt = Annotated[
    str | None,
    typer.Option(
        "--baseline-ref",
        envvar="ROPA_BASELINE_REF",
        metavar="REV",
        help="Read the baseline as it stands at this git revision (the base branch's commit "
        "in CI; `index` for the staged file), so that a pull request cannot absorb its own "
        "findings by rewriting it.",
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
TrustConfigOpt = Annotated[
    bool,
    typer.Option(
        "--trust-config",
        envvar="ROPA_TRUST_CONFIG",
        metavar="",
        help="Trust the repository's configuration: obey its opa_url, and under "
        "--strict-config its data tables, packs' tables and baseline. For the CI owner, never "
        "the repository; every weakening it allows is printed.",
    ),
]
JurisdictionOpt = Annotated[
    str | None,
    typer.Option(metavar="CODE", help="National tables to apply to every register (FR, MC...)."),
]

LayoutOpt = Annotated[
    str | None,
    typer.Option(
        metavar="NAME|FILE",
        help="Layout of a spreadsheet register: cnil, ico-controller, ico-processor, or a "
        "layout file (docs/spreadsheets.md). Default: recognised from the workbook.",
    ),
]


def _value(value):
    return value.value if isinstance(value, StrEnum) else value


@dataclass(frozen=True)
class RunOption:
    """One option `check` and `report` share: its typer declaration, its
    default, and the Options field it sets (None: the command line's own,
    --config) and how (`into`: the typed value to the field's)."""

    kind: object
    default: object = None
    field: str | None = ""  # "": the option's own name
    into: Callable = _value  # a choice's enum member to its text

    def target(self, name: str) -> str | None:
        return name if self.field == "" else self.field


def _tuple(value):
    return tuple(value or ())


# The options `check` and `report` share, declared once: each becomes a
# parameter of both commands (see _with_run_options) and sets its field of
# the run's Options (run.py), named as Options names it where the two differ.
# The one list of run options: the help, the README's table and the tests
# derive from it.
RUN_OPTIONS = {
    "lang": RunOption(LangOpt),
    "engine": RunOption(EngineOpt),
    "opa_url": RunOption(UrlOpt),
    "opa_token": RunOption(TokenOpt),
    "opa_timeout": RunOption(TimeoutOpt, 30.0),
    "opa_bin": RunOption(BinOpt),
    "opa_ca_bundle": RunOption(CaOpt),
    "rules": RunOption(RulesOpt, field="rules_dirs", into=_tuple),
    "data": RunOption(DataOpt, field="data_files", into=_tuple),
    "root": RunOption(RootOpt),
    "today": RunOption(TodayOpt),
    "no_waivers": RunOption(NoWaiversOpt, False, field="waivers", into=lambda value: not value),
    "max_file_size": RunOption(MaxSizeOpt, DEFAULT_MAX_BYTES, field="max_bytes"),
    "config": RunOption(ConfigOpt, field=None),
    "jurisdiction": RunOption(JurisdictionOpt),
    "strict_config": RunOption(StrictConfigOpt, False),
    "trust_config": RunOption(TrustConfigOpt, False),
    "eval_timeout": RunOption(EvalTimeoutOpt),
    "max_memory": RunOption(MaxMemoryOpt),
    "baseline": RunOption(BaselineOpt),
    "baseline_ref": RunOption(BaselineRefOpt),
    "layout": RunOption(LayoutOpt),
}


def run_options(given: dict) -> dict:
    """The Options fields the shared options set, from their typed values."""
    return {
        option.target(name): option.into(given.get(name, option.default))
        for name, option in RUN_OPTIONS.items()
        if option.target(name) is not None
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
        inspect.Parameter(
            name, inspect.Parameter.KEYWORD_ONLY, annotation=option.kind, default=option.default
        )
        for name, option in RUN_OPTIONS.items()
        if name not in signature.parameters
    ]
    command.__signature__ = signature.replace(parameters=[*own, *shared])
    return command
