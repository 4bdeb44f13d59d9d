"""Every output format behind one small interface: `render(result, options) -> str`."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field

from ..findings import Result

FORMATS = ("text", "json", "sarif", "junit", "github", "gitlab", "markdown", "html")
MACHINE_FORMATS = frozenset(FORMATS) - {"text"}


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
