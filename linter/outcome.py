"""What a run returns: each target's outcome (what a worker process sends
back), gathered into the Result with the account of what configured the run.
runner.Linter produces the outcomes; the reporters read the Result."""

from __future__ import annotations

from dataclasses import dataclass, field

from . import baseline as baseline_module
from .errors import LintError
from .findings import SEVERITY_RANK, Finding, Result, sort_findings, summarize
from .options import Options
from .prune import SetAside


@dataclass
class Outcome:
    """One target's result."""

    shown: str
    real: str | None
    explicit: bool
    included_real: set
    findings: list = field(default_factory=list)
    files: list = field(default_factory=list)
    set_aside: list = field(default_factory=list)
    skipped: bool = False
    data: object = None


def regraded(options: Options, rules: dict) -> list[dict]:
    return [
        {"rule": rid, "from": rules[rid].severity, "to": sev}
        for rid, sev in sorted(options.severity.items())
        if sev != rules[rid].severity
    ]


def weakening(options: Options, rules: dict) -> str:
    """What the configuration takes away from the gate, in one phrase ("" if nothing)."""
    lowered = [
        f"{r['rule']} {r['from']} → {r['to']}"
        for r in regraded(options, rules)
        if SEVERITY_RANK[r["to"]] > SEVERITY_RANK[r["from"]]
    ]
    parts = []
    if options.disabled:
        parts.append(f"disables {', '.join(sorted(options.disabled))}")
    if lowered:
        parts.append(f"lowers {', '.join(lowered)}")
    return " and ".join(parts)


def account(options: Options, rules: dict) -> dict:
    """The run's account of what configured it, for every output's summary."""
    return {
        "file": options.config_path,
        "fail_on": options.fail_on,
        "fail_on_from": options.fail_on_source,
        "disabled": sorted(options.disabled),
        "regraded": regraded(options, rules),
        "waivers": "applied" if options.waivers else "ignored",
        "strict": options.strict_config,
    }


def gather(outcomes: list[Outcome], options: Options, *, baseline, engine: str, config: dict):
    """The Result of a run's outcomes: a register's included files are linted
    with it, not again alone; a run that found no register is exit 2."""
    included = set().union(*(o.included_real for o in outcomes)) if outcomes else set()
    findings: list[Finding] = []
    files: list[str] = []
    not_evaluated: list[SetAside] = []
    skipped: list[str] = []
    documents: dict = {}
    for o in outcomes:
        if o.real in included and not o.explicit:
            continue  # linted as part of the register that includes it
        if o.skipped:
            skipped.append(o.shown)
            continue
        findings.extend(o.findings)
        files.extend(o.files)
        not_evaluated.extend(o.set_aside)
        if options.keep_documents:
            documents[o.shown] = {"data": o.data, "files": o.files}
    if not files:
        # A gate that checked nothing must not pass: a mistyped or emptied path.
        what = f" ({len(skipped)} YAML file(s) without register keys skipped)" if skipped else ""
        raise LintError(f"no register found to check{what}")
    findings = sort_findings(findings)
    fixed: list = []
    if baseline is not None:
        findings, fixed = baseline_module.apply(findings, baseline)
    not_evaluated.sort(key=SetAside.sort_key)
    summary = summarize(
        findings,
        files,
        options.fail_on,
        not_evaluated=not_evaluated,
        skipped=skipped,
        engine=engine,
        config=config,
        fixed=fixed,
        baseline=options.baseline,
    )
    return Result(findings, summary, files, not_evaluated, documents)
