"""What the linter reports: findings, their order, and the summary."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
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
    "jurisdiction",
)


class Pos(NamedTuple):
    file: str
    line: int
    column: int
    # A spreadsheet's cell ("Fiches!C14"); line and column are then its row and column.
    cell: str | None = None


@dataclass(frozen=True, slots=True)
class RawFinding:
    """A finding before the rule catalog gives it a severity and a reference."""

    rule: str
    pos: Pos
    path: tuple
    message: Any  # messages.Message (Python-made), or {"en": ..., "fr": ...} (Rego)
    waived: bool = False  # an active waiver covers it (rules/lib/waivers.rego)
    # Set by a rule whose severity or citation depends on the law that applies
    # (a reference table says which); None keeps the rule's METADATA.
    severity: str | None = None
    reference: Any = None  # {"en": ..., "fr": ...}


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
    baselined: bool = False  # recorded in the baseline given with --baseline
    cell: str | None = None  # the spreadsheet cell at fault ("Fiches!C14"), if read from one

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        if self.cell is None:  # a YAML register's finding reads as it always has
            del out["cell"]
        return out

    @property
    def where(self) -> str:
        """`register.yaml:12:5`, or `register.xlsx:Fiches!C14` for a spreadsheet's cell."""
        return f"{self.file}:{self.cell}" if self.cell else f"{self.file}:{self.line}:{self.column}"

    @property
    def short_where(self) -> str:
        """Without the column: `register.yaml:12`, or the cell."""
        return f"{self.file}:{self.cell}" if self.cell else f"{self.file}:{self.line}"

    @property
    def accepted(self) -> bool:
        """Reported apart and never failing: waived, or known from the baseline."""
        return self.waived or self.baselined

    def sort_key(self) -> tuple:
        # A spreadsheet's findings: sheet by sheet, then by row and column.
        sheet = self.cell.rpartition("!")[0] if self.cell else ""
        return (
            self.file,
            sheet,
            self.line,
            self.column,
            self.rule,
            self.path,
            self.message,
        )


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
    return not finding.accepted and SEVERITY_RANK[finding.severity] <= SEVERITY_RANK[fail_on]


@dataclass(frozen=True)
class Summary:
    """The counts of a run, and what it did not judge."""

    files: int
    findings: int
    errors: int
    warnings: int
    info: int
    waived: int
    fail_on: str
    failed: bool
    not_evaluated: tuple = ()  # dicts of prune.SetAside
    skipped: tuple = ()  # YAML files without register keys, found by searching
    engine: str = ""
    # What configured the run: file, fail_on and where it came from, disabled
    # and re-graded rules, waivers applied or ignored (runner.Linter.configuration)
    config: dict = field(default_factory=dict)
    # With --baseline: the findings it holds (apart, not failing), and its
    # entries no finding matches any more (fixed since it was written).
    baselined: int = 0
    fixed: tuple = ()
    baseline: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["not_evaluated"] = list(self.not_evaluated)
        out["skipped"] = list(self.skipped)
        out["fixed"] = list(self.fixed)
        return out

    def __getitem__(self, key: str):  # `result.summary["errors"]`, as before
        return getattr(self, key)


def summarize(
    findings: list[Finding],
    files: list[str],
    fail_on: str,
    not_evaluated: list = (),
    blocking: list | None = None,
    skipped: list = (),
    engine: str = "",
    config: dict | None = None,
    fixed: list = (),
    baseline: str | None = None,
) -> Summary:
    """The counts; `not_evaluated` lists the units set aside (prune.SetAside).

    A run that set anything aside fails whatever `fail_on` says: what the
    rules did not judge cannot pass as compliant — unless the baseline holds
    what set it aside (`blocking`: the units that still fail the run).
    """
    blocking = not_evaluated if blocking is None else blocking
    counts = dict.fromkeys(SUMMARY_KEYS.values(), 0)
    for f in findings:
        if not f.accepted:
            counts[SUMMARY_KEYS[f.severity]] += 1
    return Summary(
        files=len(files),
        findings=len(findings),
        **counts,
        waived=sum(1 for f in findings if f.waived),
        fail_on=fail_on,
        failed=bool(blocking) or any(fails(f, fail_on) for f in findings),
        not_evaluated=tuple(s.to_dict() for s in not_evaluated),
        skipped=tuple(skipped),
        engine=engine,
        config=config or {},
        baselined=sum(1 for f in findings if f.baselined),
        fixed=tuple(fixed),
        baseline=baseline,
    )


@dataclass
class Result:
    """What a run found: the findings, the summary, and what was not judged."""

    findings: list[Finding]
    summary: Summary
    files: list[str]
    not_evaluated: list  # prune.SetAside: units the rules did not judge
    # file → {"data": register, "files": [it and its includes]}, for the HTML report
    documents: dict = field(default_factory=dict)

    @property
    def exit_code(self) -> int:
        return 1 if self.summary.failed else 0


def fingerprint(f) -> str:
    """A finding's identity across commits — the baseline's, SARIF's and
    GitLab's: its rule, its file as the repository names it (however the path
    was typed), its place in the register and its activity; never its line."""
    import hashlib

    from linter.core.files import repo_path

    key = "\x1f".join((f.rule, repo_path(f.file), f.path, f.activity or ""))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()
