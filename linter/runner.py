"""load → validate → evaluate → findings. The library API; the CLI is a thin layer."""

from __future__ import annotations

import datetime as _dt
import fnmatch
import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from .engine import EngineError, forbidden_calls, make_engine, resolve_kind
from .findings import Finding, RawFinding, format_path, sort_findings, summarize
from .loader import Document, LoadError, load_file, load_text, looks_like_register
from .rulepack import RulePack, RulePackError, load_pack
from .schema import validate

YAML_SUFFIXES = (".yaml", ".yml")


class LintError(Exception):
    """The linter could not do its job (exit status 2). One line, no traceback."""


@dataclass
class Options:
    engine: str = "auto"
    opa_url: str | None = None
    opa_token: str | None = None
    opa_timeout: float = 30.0
    opa_bin: str | None = None
    opa_ca_bundle: str | None = None  # CA of a private OPA deployment (https)
    lang: str = "en"
    fail_on: str = "error"
    rules_dirs: tuple[str, ...] = ()
    data_files: tuple[str, ...] = ()
    today: str | None = None  # YYYY-MM-DD; fixed in tests so results do not age
    root: str | None = None
    max_bytes: int = 50 * 1024 * 1024
    waivers: bool = True
    disabled: frozenset[str] = frozenset()
    severity: dict[str, str] = field(default_factory=dict)
    jurisdiction: str | None = None  # forces the national tables for every register
    exclude: tuple[str, ...] = ()  # globs not linted when a directory is searched
    config_path: str | None = None  # for messages
    progress: object = None  # callable(done, total), for a terminal progress bar
    jobs: int = 0  # worker processes for many files (0: one per core; embedded engine only)
    keep_documents: bool = False  # keep each register's data in the result (HTML report)


@dataclass
class Result:
    findings: list[Finding]
    summary: dict
    files: list[str]
    not_evaluated: list[str]  # files whose rules did not run (schema errors)
    # file → {"data": register, "files": [it and its includes]}, for the HTML report
    documents: dict = field(default_factory=dict)

    @property
    def exit_code(self) -> int:
        return 1 if self.summary["failed"] else 0


@dataclass
class _Target:
    shown: str
    real: str | None  # None for standard input
    root: str
    explicit: bool  # named on the command line (always linted)


def _repo_root(path: Path) -> Path | None:
    for parent in (path, *path.parents):
        if (parent / ".git").exists():
            return parent
    return None


def discover(
    paths: list[str], root: str | None = None, exclude: tuple[str, ...] = ()
) -> list[_Target]:
    """Files to lint: named files, and `*.yaml`/`*.yml` under named directories."""
    targets: list[_Target] = []
    for arg in paths:
        if arg == "-":
            targets.append(_Target("<stdin>", None, root or os.getcwd(), True))
            continue
        p = Path(arg)
        if not p.exists():
            raise LintError(f"{arg}: no such file or directory")
        real = p.resolve()
        if p.is_dir():
            base = root or str(_repo_root(real) or real)
            for f in sorted(_walk(p)):
                if not _excluded(f, exclude):
                    targets.append(_Target(str(f), str(f.resolve()), base, False))
        else:
            base = root or str(_repo_root(real.parent) or real.parent)
            targets.append(_Target(arg, str(real), base, True))
    return targets


def _excluded(path: Path, patterns: tuple[str, ...]) -> bool:
    shown = path.as_posix().removeprefix("./")
    return any(fnmatch.fnmatch(shown, p) or fnmatch.fnmatch(path.name, p) for p in patterns)


def _walk(directory: Path):
    for dirpath, dirnames, filenames in os.walk(directory):
        # Hidden folders hold tooling (.git, .github, .pre-commit), not registers.
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.endswith(YAML_SUFFIXES) and not name.startswith("."):
                yield Path(dirpath) / name


def _load(target: _Target, max_bytes: int, stdin_text: str | None) -> Document:
    if target.real is None:
        return load_text(
            stdin_text or "",
            target.shown,
            root=target.root,
            base_dir=target.root,
            max_bytes=max_bytes,
        )
    try:
        return load_file(target.shown, root=target.root, max_bytes=max_bytes)
    except LoadError as exc:
        raise LintError(str(exc)) from None


def _activity_of(doc: Document, path: tuple) -> str | None:
    if len(path) >= 2 and path[0] == "activities" and isinstance(path[1], int):
        acts = doc.data.get("activities") if isinstance(doc.data, dict) else None
        if isinstance(acts, list) and path[1] < len(acts) and isinstance(acts[path[1]], dict):
            ident = acts[path[1]].get("id")
            return ident if isinstance(ident, str) else None
    return None


class Linter:
    """One run: the rule pack and the engine are loaded once for all files."""

    def __init__(self, options: Options | None = None):
        self.options = options or Options()
        self.today = self.options.today or _dt.date.today().isoformat()
        try:
            self.pack: RulePack = load_pack(self.options.rules_dirs, self.options.data_files)
        except RulePackError as exc:
            raise LintError(str(exc)) from None
        unknown = sorted(
            (set(self.options.disabled) | set(self.options.severity)) - set(self.pack.rules)
        )
        if unknown:
            where = self.options.config_path or "configuration"
            raise LintError(f"{where}: no rule {', '.join(unknown)} (`ropa-lint rules` lists them)")
        self._engine = None

    def _rule_name(self, module: str | None) -> str:
        rule = self.pack.rule_for_module(module) if module else None
        if rule:
            return f"rule {rule} ({self.pack.rules[rule].file})"
        return f"rule module {module}" if module else ""

    def _engine_failure(self, exc: EngineError, where: str = "") -> LintError:
        parts = [where, self._rule_name(exc.module), str(exc)]
        return LintError(" ".join(p for p in parts if p))

    @property
    def engine_kind(self) -> str:
        return resolve_kind(self.options.engine, self.options.opa_url)

    def _refuse_forbidden(self) -> None:
        for module_id, source in self.pack.modules.items():
            bad = forbidden_calls(source)
            if bad:
                raise LintError(
                    f"{self._rule_name(module_id)} calls {', '.join(bad)}: rules may read "
                    "the register only, never the network or the environment"
                )

    def engine(self):
        if self._engine is None:
            self._refuse_forbidden()
            o = self.options
            try:
                engine = make_engine(
                    o.engine,
                    opa_url=o.opa_url,
                    opa_token=o.opa_token,
                    opa_timeout=o.opa_timeout,
                    opa_bin=o.opa_bin,
                    opa_ca_bundle=o.opa_ca_bundle,
                )
            except EngineError as exc:
                raise LintError(str(exc)) from None
            try:
                engine.load(self.pack.modules, self.data_document())
            except EngineError as exc:
                engine.close()
                raise self._engine_failure(exc) from None
            self._engine = engine
        return self._engine

    def data_document(self) -> dict:
        context = {"today": self.today, "rules": sorted(self.pack.rules)}
        if self.options.jurisdiction:
            context["jurisdiction"] = self.options.jurisdiction
        return {"reference": self.pack.reference, "context": context}

    def close(self) -> None:
        if self._engine is not None:
            self._engine.close()
            self._engine = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- one document -------------------------------------------------------

    def _finding(self, doc: Document, raw: RawFinding) -> Finding | None:
        rule = self.pack.rules.get(raw.rule)
        if rule is None:
            raise LintError(f"finding from unknown rule {raw.rule}")
        if rule.id in self.options.disabled:
            return None
        return Finding(
            rule=rule.id,
            category=rule.category,
            severity=self.options.severity.get(rule.id, rule.severity),
            file=raw.pos.file,
            line=raw.pos.line,
            column=raw.pos.column,
            path=format_path(raw.path),
            activity=_activity_of(doc, raw.path),
            message=raw.message.get(self.options.lang) or raw.message.get("en", ""),
            reference=rule.reference,
        )

    def evaluate(self, doc: Document) -> list[RawFinding]:
        try:
            raw = self.engine().evaluate(doc.data)
        except EngineError as exc:
            raise self._engine_failure(exc, f"{doc.file}:") from None
        out = []
        for item in raw:
            package = f"ropa.rules.{item.get('category')}.{item.get('name')}"
            rule = self.pack.by_package.get(package)
            if rule is None:
                raise LintError(f"{doc.file}: finding from {package}, which has no METADATA rule")
            path = tuple(item.get("path") or ())
            message = item.get("message")
            if not isinstance(message, dict) or not message.get("en"):
                raise LintError(f"{doc.file}: rule {rule.id} returned a finding without a message")
            out.append(RawFinding(rule.id, doc.locate(path), path, message))
        return out

    def check_document(self, doc: Document) -> tuple[list[Finding], bool]:
        raws = list(doc.findings)
        evaluated = False
        if isinstance(doc.data, dict) and not any(f.rule == "SCH-004" for f in raws):
            schema_findings, rules_can_run = validate(doc)
            raws.extend(schema_findings)
            if rules_can_run and not any(f.rule == "SCH-001" for f in raws):
                rule_raws = self.evaluate(doc)
                # A missing field that a rule explains better is reported once, by
                # the rule (which may point inside it: legitimate_interest.interest).
                explained = {f.path[:n] for f in rule_raws for n in range(1, len(f.path) + 1)}
                raws = [f for f in raws if not (f.rule == "SCH-003" and f.path in explained)]
                raws.extend(rule_raws)
                evaluated = True
        elif not raws:
            raws.append(
                RawFinding(
                    "SCH-005",
                    doc.locate(()),
                    (),
                    {
                        "en": "A register must be a mapping with `register`, `organization` "
                        "and `activities`.",
                        "fr": "Un registre est une table avec `register`, `organization` et "
                        "`activities`.",
                    },
                )
            )
        findings = [f for f in (self._finding(doc, r) for r in raws) if f is not None]
        if self.options.waivers and isinstance(doc.data, dict):
            findings = _apply_waivers(doc.data, findings, self.today)
        return findings, evaluated

    # -- a run --------------------------------------------------------------

    def check_target(self, target: _Target, stdin_text: str | None = None) -> _Outcome:
        doc = _load(target, self.options.max_bytes, stdin_text)
        outcome = _Outcome(target.shown, target.real, target.explicit, set(doc.included_real))
        if not target.explicit and not doc.findings and not looks_like_register(doc):
            outcome.skipped = True
            return outcome
        outcome.findings, outcome.evaluated = self.check_document(doc)
        outcome.files = [target.shown, *doc.included]
        if self.options.keep_documents:
            outcome.data = doc.data
        return outcome

    def _jobs(self, targets: list[_Target]) -> int:
        """Worker processes for this run: only where they pay for their start-up."""
        wanted = self.options.jobs or os.cpu_count() or 1
        if wanted <= 1 or self.engine_kind != "embedded" or len(targets) < PARALLEL_MIN_FILES:
            return 1
        if any(t.real is None for t in targets):
            return 1  # standard input was read by this process, not the workers
        return max(1, min(wanted, len(targets) // (PARALLEL_MIN_FILES // 2)))

    def run(self, paths: list[str], stdin_text: str | None = None) -> Result:
        targets = discover(paths, self.options.root, self.options.exclude)
        jobs = self._jobs(targets)
        if jobs > 1:
            self._refuse_forbidden()  # before any worker starts
            outcomes = _run_parallel(self.options, targets, jobs)
        else:
            outcomes = []
            for done, target in enumerate(targets, 1):
                outcomes.append(self.check_target(target, stdin_text))
                if self.options.progress:
                    self.options.progress(done, len(targets))
        return self._result(outcomes)

    def _result(self, outcomes: list[_Outcome]) -> Result:
        included = set().union(*(o.included_real for o in outcomes)) if outcomes else set()
        findings: list[Finding] = []
        files: list[str] = []
        not_evaluated: list[str] = []
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
            if not o.evaluated:
                not_evaluated.append(o.shown)
            if self.options.keep_documents:
                documents[o.shown] = {"data": o.data, "files": o.files}
        if not files:
            # A gate that checked nothing must not pass: a mistyped or emptied path.
            what = (
                f" ({len(skipped)} YAML file(s) without register keys skipped)" if skipped else ""
            )
            raise LintError(f"no register found to check{what}")
        findings = sort_findings(findings)
        summary = summarize(
            findings,
            files,
            self.options.fail_on,
            not_evaluated=not_evaluated,
            skipped=skipped,
            engine=self.engine_kind,
        )
        return Result(findings, summary, files, not_evaluated, documents)


@dataclass
class _Outcome:
    """One target's result: what a worker process sends back."""

    shown: str
    real: str | None
    explicit: bool
    included_real: set
    findings: list = field(default_factory=list)
    files: list = field(default_factory=list)
    evaluated: bool = False
    skipped: bool = False
    data: object = None


PARALLEL_MIN_FILES = 16


def _work(options: Options, targets: list[_Target]) -> list[_Outcome]:
    with Linter(options) as linter:
        return [linter.check_target(t) for t in targets]


def _run_parallel(options: Options, targets: list[_Target], jobs: int) -> list[_Outcome]:
    """Files spread over `jobs` processes, each with its own pack and engine.

    Chunks are contiguous and several per worker, so that the progress bar moves
    and a slow file does not hold one worker while the others wait; results are
    put back in the order of the targets, and sorted later, so the output does
    not depend on which worker finished first.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    worker_options = replace(options, progress=None)
    size = max(1, len(targets) // (jobs * 4))
    chunks = [targets[i : i + size] for i in range(0, len(targets), size)]
    results: dict[int, list[_Outcome]] = {}
    done = 0
    # fork: the workers inherit the imported modules instead of importing them again.
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        futures = {pool.submit(_work, worker_options, chunk): n for n, chunk in enumerate(chunks)}
        for future in as_completed(futures):
            results[futures[future]] = future.result()  # a LintError fails the run
            done += len(results[futures[future]])
            if options.progress:
                options.progress(done, len(targets))
    return [o for n in range(len(chunks)) for o in results[n]]


def _apply_waivers(data: dict, findings: list[Finding], today: str) -> list[Finding]:
    """A valid waiver silences one rule (for one activity, or the register) until it expires.

    Expired, unexplained or unknown-rule waivers do not silence anything; the
    hygiene rules report them.
    """
    waivers = data.get("waivers")
    if not isinstance(waivers, list):
        return findings
    active = [
        w
        for w in waivers
        if isinstance(w, dict)
        and isinstance(w.get("rule"), str)
        and isinstance(w.get("reason"), str)
        and w["reason"].strip()
        and isinstance(w.get("expires"), str)
        and w["expires"] >= today
    ]
    if not active:
        return findings
    out = []
    for f in findings:
        waived = f.category not in ("schema", "hygiene") and any(
            w["rule"] == f.rule and (w.get("activity") is None or w.get("activity") == f.activity)
            for w in active
        )
        out.append(Finding(**{**f.to_dict(), "waived": True}) if waived else f)
    return out


def lint(paths: list[str] | str, **options) -> Result:
    """Lint registers and return findings and summary.

    >>> from linter import lint
    >>> result = lint(["examples/"], lang="fr")
    >>> result.summary["errors"], result.exit_code
    """
    if isinstance(paths, str | os.PathLike):
        paths = [str(paths)]
    with Linter(Options(**options)) as linter:
        return linter.run(list(paths))
