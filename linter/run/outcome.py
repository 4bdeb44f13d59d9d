"""What a run returns: each target's outcome (what a worker process sends
back), gathered into the Result with the account of what configured the run.
runner.Linter produces the outcomes; the reporters read the Result."""

from __future__ import annotations

from dataclasses import dataclass, field

from linter.core.errors import LintError
from linter.core.findings import SEVERITY_RANK, Finding, Result, sort_findings, summarize
from linter.core.options import Options
from linter.run import baseline as baseline_module
from linter.schema.prune import SetAside


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
    jurisdiction: str | None = None  # as the policy decided it (HTML report)


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


# What a configuration file gives that a pull request could use to weaken
# the gate, or to send the register elsewhere: obeyed only when the CI owner
# trusts the file (--trust-config), and then said in every output.
REPOSITORY_HELD = {
    "opa_url": "opa_url",
    "data": "data tables",
    "extra_rules": "rule packs",
    "baseline": "baseline",
}


HELD_KEYS = frozenset(REPOSITORY_HELD)


def untrusted(options: Options, extra_tables: list[str]) -> str:
    """Why the run refuses its configuration file ("" if it does not)."""
    if options.trust_config or not options.config_path:
        return ""
    given = options.from_config
    where = options.config_path
    if "opa_url" in given:
        return (
            f"{where}: `opa_url` would send the registers (and the OPA token) to a server the "
            "repository names; give it with --opa-url or ROPA_OPA_URL, or trust this "
            "configuration with --trust-config (ROPA_TRUST_CONFIG=1)"
        )
    if not options.strict_config:
        return ""
    held = []
    if "data" in given:
        held.append("data tables")
    if "extra_rules" in given and any(t not in options.data_files for t in extra_tables):
        held.append("rule packs with reference tables")
    if "baseline" in given and not options.baseline_ref:
        held.append("a baseline not read at a --baseline-ref")
    if held:
        return (
            f"{where}: gives {', '.join(held)}, which can weaken the gate and which a pull "
            "request can write; --strict-config refuses them unless the CI owner trusts "
            "the configuration (--trust-config, ROPA_TRUST_CONFIG=1)"
        )
    return ""


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
        "trusted": options.trust_config,
        "repository": sorted(REPOSITORY_HELD[k] for k in options.from_config if k in HELD_KEYS),
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
            documents[o.shown] = {"data": o.data, "files": o.files, "jurisdiction": o.jurisdiction}
    if not files:
        # A gate that checked nothing must not pass: a mistyped or emptied path.
        what = f" ({len(skipped)} YAML file(s) without register keys skipped)" if skipped else ""
        raise LintError(f"no register found to check{what}")
    findings = sort_findings(findings)
    fixed: list = []
    if baseline is not None:
        from linter.core.files import repo_path

        unjudged = {
            (repo_path(s.fragment or s.file), s.activity if s.unit == "activity" else None)
            for s in not_evaluated
            if s.unit in ("activity", "file", "fragment")
        }
        findings, fixed = baseline_module.apply(findings, baseline, files, unjudged)
    not_evaluated.sort(key=SetAside.sort_key)
    # A unit set aside by slips the baseline already holds was set aside when
    # the baseline was written too: it is still said, but fails the run no
    # more than those slips do.
    blocking = (
        not_evaluated
        if baseline is None
        else [s for s in not_evaluated if not set_aside_by_known_slips(s, findings)]
    )
    summary = summarize(
        findings,
        files,
        options.fail_on,
        not_evaluated=not_evaluated,
        blocking=blocking,
        skipped=skipped,
        engine=engine,
        config=config,
        fixed=fixed,
        baseline=options.baseline,
    )
    return Result(findings, summary, files, not_evaluated, documents)


def set_aside_by_known_slips(unit: SetAside, findings: list[Finding]) -> bool:
    """The schema's findings inside `unit` are all in the baseline (and there is one)."""
    where = unit.fragment or unit.file
    inside = [
        f
        for f in findings
        if f.rule.startswith("SCH-")
        and f.file == where
        and (
            not unit.path
            or f.path == unit.path
            or f.path.startswith((unit.path + ".", unit.path + "["))
        )
    ]
    return bool(inside) and all(f.baselined for f in inside)
