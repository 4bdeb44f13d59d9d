"""Every output format behind one small interface: `render(result, options) -> str`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..lint import Result


@dataclass(frozen=True)
class ReportOptions:
    lang: str = "en"
    color: bool = False
    rules: dict | None = None  # rule id → Rule, for formats that describe rules


Reporter = Callable[[Result, ReportOptions], str]


def get(name: str) -> Reporter:
    if name == "text":
        from .text import render
    elif name == "json":
        from .json import render
    else:
        raise KeyError(name)
    return render


FORMATS = ("text", "json")
