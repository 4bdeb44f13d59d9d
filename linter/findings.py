"""What the linter reports: findings, their order, and the summary."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, NamedTuple

SEVERITIES = ("error", "warning", "info")
SUMMARY_KEYS = {"error": "errors", "warning": "warnings", "info": "info"}
SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
CATEGORIES = (
    "schema",
    "completeness",
    "legal_basis",
    "special_category",
    "retention",
    "transfer",
    "dpia",
    "security",
    "rights",
    "processor",
    "marketing",
    "hygiene",
)


class Pos(NamedTuple):
    file: str
    line: int
    column: int


@dataclass(frozen=True, slots=True)
class RawFinding:
    """A finding before the rule catalog gives it a severity and a reference."""

    rule: str
    pos: Pos
    path: tuple
    message: dict[str, str]  # {"en": ..., "fr": ...}


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    category: str
    severity: str
    file: str
    line: int
    column: int
    path: str
    activity: str | None
    message: str
    reference: str
    waived: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def sort_key(self) -> tuple:
        return (self.file, self.line, self.column, self.rule, self.path, self.message)


def format_path(path: tuple | list) -> str:
    """("activities", 2, "transfers", 0) → "activities[2].transfers[0]"."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def sort_findings(findings: list[Finding]) -> list[Finding]:
    return sorted(set(findings), key=Finding.sort_key)


def fails(finding: Finding, fail_on: str) -> bool:
    return not finding.waived and SEVERITY_RANK[finding.severity] <= SEVERITY_RANK[fail_on]


def summarize(findings: list[Finding], files: list[str], fail_on: str, **extra: Any) -> dict:
    counts = dict.fromkeys(SUMMARY_KEYS.values(), 0)
    for f in findings:
        if not f.waived:
            counts[SUMMARY_KEYS[f.severity]] += 1
    return {
        "files": len(files),
        "findings": len(findings),
        **counts,
        "waived": sum(1 for f in findings if f.waived),
        "fail_on": fail_on,
        "failed": any(fails(f, fail_on) for f in findings),
        **extra,
    }
