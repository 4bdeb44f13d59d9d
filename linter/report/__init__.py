"""Report: every output format behind one small interface, `render(result, options) -> str`;
the printed report (pdf) and a rule's page (rule_help).

May import: core (findings, messages) and load (the vocabulary's words). Never the run:
a Result is all a reporter reads.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field

from linter.core.findings import Result


@dataclass(frozen=True)
class OutputFormat:
    """One output format, as everything else needs to know it: the CLI's
    choices, the progress bar, the tests that run every format."""

    name: str
    # Beside a terminal's progress bar: only `text` is read as it scrolls.
    progress: bool = False
    # Known (baselined) findings are in it, marked; annotations and merge
    # request widgets carry only what is to be fixed.
    shows_baselined: bool = True


# The one list of formats: the CLI's --format, -o FORMAT=FILE and the tests
# that run every format are derived from it.
TABLE = (
    OutputFormat("text", progress=True),
    OutputFormat("json"),
    OutputFormat("sarif"),
    OutputFormat("junit"),
    OutputFormat("github", shows_baselined=False),
    OutputFormat("gitlab", shows_baselined=False),
    OutputFormat("markdown"),
    OutputFormat("html"),
)
FORMATS = tuple(f.name for f in TABLE)
MACHINE_FORMATS = frozenset(f.name for f in TABLE if not f.progress)


@dataclass(frozen=True)
class ReportOptions:
    lang: str = "en"
    color: bool = False
    rules: dict = field(default_factory=dict)  # rule id → Rule, for formats that describe rules
    generated: str = ""  # date of the evaluation (--today), YYYY-MM-DD
    generated_at: str = ""  # when the report was written (UTC), kept apart from it
    repository: dict | None = None  # {"commit", "dirty"} of the registers' git repository
    previous: list | None = None  # findings of an earlier run (report --compare)


Reporter = Callable[[Result, ReportOptions], str]


def get(name: str) -> Reporter:
    if name not in FORMATS:
        raise KeyError(name)
    # One module per format; only the one asked for is imported.
    return importlib.import_module(f".{name}", __name__).render
