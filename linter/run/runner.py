"""load → validate and set aside → evaluate → report. The library API; the
CLI is a thin layer over it.

Python decides what runs (which files, which units of a register, which
rules); Rego decides what is wrong, and which findings a waiver covers.
"""

from __future__ import annotations

import datetime as _dt
import json
import os

from linter.core.document import Document, another_tools_file, looks_like_register
from linter.core.errors import LintError
from linter.core.findings import SEVERITIES, Finding, RawFinding, Result, format_path
from linter.core.messages import text
from linter.core.options import Options
from linter.engine import LAW_PACKAGE, QUERY_ACTIVITY_RULE, QUERY_RULE, EngineError
from linter.load.discovery import YAML_SUFFIXES, Target, discover, is_spreadsheet
from linter.load.includes import load_register, load_register_text
from linter.load.loader import LoadError
from linter.load.vocabulary import reference as reference_in
from linter.pack.rulepack import RulePack, RulePackError, load_pack
from linter.run import baseline as baseline_module
from linter.run.outcome import Outcome, account, gather, untrusted, weakening
from linter.run.pack_engine import PackOnEngine
from linter.schema.prune import Pruned, SetAside, prune
from linter.schema.validate import validate

__all__ = ["YAML_SUFFIXES", "LintError", "Linter", "Options", "Result", "discover", "lint"]


def _load(
    target: Target, max_bytes: int, stdin_text: str | None, layout: str | None = None
) -> Document:
    if target.real is None:
        return load_register_text(
            stdin_text or "",
            target.shown,
            root=target.root,
            base_dir=target.root,
            max_bytes=max_bytes,
        )
    try:
        if is_spreadsheet(target.shown):
            from linter.load import sheets

            return sheets.load_register(target.shown, layout=layout, max_bytes=max_bytes)
        return load_register(target.shown, root=target.root, max_bytes=max_bytes)
    except LoadError as exc:
        raise LintError(str(exc)) from None


class Linter(PackOnEngine):
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
        refused = untrusted(self.options, self.pack.extra_tables)
        if refused:
            raise LintError(refused)
        strict = self.options.strict_config and not self.options.trust_config
        weakened = weakening(self.options, self.pack.rules) if strict else ""
        if weakened:
            where = self.options.config_path or "configuration"
            raise LintError(
                f"{where}: {weakened}; --strict-config refuses a configuration "
                "that weakens the gate"
            )
        self._engine = None
        self._laws: dict[str, dict] = {}
        # A baseline that cannot be used stops the run before anything is linted.
        self.baseline = (
            baseline_module.load(self.options.baseline, self.pack.rules, self.options.baseline_ref)
            if self.options.baseline
            else None
        )

    def configuration(self) -> dict:
        """The run's account of what configured it, for every output's summary."""
        return account(self.options, self.pack.rules)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- one document -------------------------------------------------------

    def _finding(self, doc: Document, raw: RawFinding) -> Finding:
        rule = self.pack.rules.get(raw.rule)
        if rule is None:
            raise LintError(f"finding from unknown rule {raw.rule}")
        return Finding(
            rule=rule.id,
            category=rule.category,
            severity=self.options.severity.get(rule.id, raw.severity or rule.severity),
            file=raw.pos.file,
            line=raw.pos.line,
            column=raw.pos.column,
            path=format_path(raw.path),
            activity=doc.activity_id(raw.path),
            message=self._message(doc, raw),
            reference=text(raw.reference, self.options.lang)
            if raw.reference
            else reference_in(rule.reference, self.options.lang),
            waived=raw.waived,
            cell=str(raw.pos.cell) if raw.pos.cell is not None else None,
        )

    def _message(self, doc: Document, raw: RawFinding) -> str:
        said = text(raw.message, self.options.lang)
        cell = str(raw.pos.cell) if raw.pos.cell is not None else ""
        in_extras = bool(doc.extras_sheet) and cell.strip("'").startswith(f"{doc.extras_sheet}")
        # On a spreadsheet, but not in its sheet of other fields, which names
        # fields as the register does.
        if doc.layout and not in_extras:
            from linter.load.sheets.wording import in_sheet_words

            said = in_sheet_words(
                said, doc.sheet_labels, doc.extras_sheet, tuple(raw.path), self.options.lang
            )
        return said

    def evaluate(self, doc: Document, pruned: Pruned, ahead=None) -> list[RawFinding]:
        """The rules' findings on what `prune` kept, placed back in `doc`;
        `ahead`: that very evaluation, already started (`_evaluate_ahead`)."""
        query = QUERY_RULE if pruned.organization else QUERY_ACTIVITY_RULE
        try:
            pending = ahead or self._submit(pruned.input, query)
            raw = pending.result() if pending else self.engine().evaluate(pruned.input, query)
        except EngineError as exc:
            raise self._engine_failure(exc, f"{doc.file}:") from None
        return self.raw_findings(doc, pruned, raw)

    def raw_findings(self, doc: Document, pruned: Pruned, raw: list) -> list[RawFinding]:
        """The engine's answer for `doc`, checked and placed back in the register."""
        out = []
        for item in raw:
            package = f"ropa.rules.{item.get('category')}.{item.get('name')}"
            rule = self.pack.by_package.get(package)
            if rule is None:
                raise LintError(f"{doc.file}: finding from {package}, which has no METADATA rule")
            path = pruned.original(tuple(item.get("path") or ()))
            message = item.get("message")
            if not isinstance(message, dict) or not message.get("en"):
                raise LintError(f"{doc.file}: rule {rule.id} returned a finding without a message")
            waived = item.get("waived") is True
            severity = item.get("severity")
            if severity is not None and severity not in SEVERITIES:
                raise LintError(f"{doc.file}: rule {rule.id} graded a finding `{severity}`")
            reference = item.get("reference")
            if reference is not None and not (isinstance(reference, dict) and reference.get("en")):
                raise LintError(f"{doc.file}: rule {rule.id} cited a reference without text")
            out.append(
                RawFinding(rule.id, doc.locate(path), path, message, waived, severity, reference)
            )
        return out

    def check_document(self, doc: Document) -> tuple[list[Finding], list[SetAside]]:
        """Findings of one loaded register, and the units the rules did not judge."""
        ahead = self._evaluate_ahead(doc)
        raws, pruned = self.prepare_document(doc)
        # Only if the schema set nothing aside is the engines' input the
        # register as read; otherwise the early evaluation is stopped unread.
        if ahead is not None and not (pruned.input is doc.data and pruned.organization):
            ahead.cancel()
            ahead = None
        found = self.evaluate(doc, pruned, ahead) if pruned.input is not None else []
        return self.findings_of(doc, raws + found), pruned.set_aside

    def _evaluate_ahead(self, doc: Document):
        """The rules' evaluation of the register as read, started in the engine's
        child before the schema runs, so that the two use both cores; None when
        the engine evaluates in this process or the loader already set a unit aside."""
        if not doc.readable or doc.slips or not looks_like_register(doc):
            return None
        try:
            return self._submit(doc.data, QUERY_RULE)
        except EngineError as exc:
            raise self._engine_failure(exc, f"{doc.file}:") from None

    def prepare_document(self, doc: Document) -> tuple[list[RawFinding], Pruned]:
        """The loader's and the schema's findings, and what the engines may judge."""
        raws = list(doc.findings)
        schema_findings, pruned = self._validated(doc)
        return raws + schema_findings, pruned

    def findings_of(self, doc: Document, raws: list[RawFinding]) -> list[Finding]:
        # The schema family runs in Python: a disabled one is not reported. A
        # disabled Rego rule is not even evaluated (aggregator.py).
        disabled = self.options.disabled
        return [self._finding(doc, r) for r in raws if r.rule not in disabled]

    def _validated(self, doc: Document) -> tuple[list[RawFinding], Pruned]:
        """Schema findings of `doc`, and what of it the engines may judge."""
        if not doc.readable:
            return [], Pruned(None, [SetAside(doc.file, "file", "")])
        gdpr = not self.judged_under(doc.data).get("own_law")
        validation = validate(doc, self.pack.covers, gdpr)
        return validation.findings, prune(doc, validation.slips)

    def judged_under(self, data) -> dict:
        """Which law judges `data`: {"jurisdiction": code or None, "own_law":
        bool}. The policy decides it (rules/lib/law.rego); the run asks it on
        the organisation alone, once for each organisation it meets."""
        org = data.get("organization") if isinstance(data, dict) else None
        given = {"organization": org if isinstance(org, dict) else {}}
        key = json.dumps(given, sort_keys=True, default=str)
        if key not in self._laws:
            try:
                answer = self.engine().ask("judged_under", given)
            except EngineError as exc:
                raise self._engine_failure(exc) from None
            if not (len(answer) == 1 and isinstance(answer[0], dict)):
                raise LintError(f"{LAW_PACKAGE}.judged_under gave no single answer")
            self._laws[key] = answer[0]
        return self._laws[key]

    # -- a run --------------------------------------------------------------

    def check_target(self, target: Target, stdin_text: str | None = None) -> Outcome:
        outcome, doc = self.open_target(target, stdin_text)
        if doc is not None:
            outcome.findings, outcome.set_aside = self.check_document(doc)
        return outcome

    def open_target(self, target: Target, stdin_text: str | None = None):
        """(its outcome, its Document — None when the file is skipped)."""
        doc = _load(target, self.options.max_bytes, stdin_text, self.options.layout)
        outcome = Outcome(target.shown, target.real, target.explicit, set(doc.included_real))
        # Found by searching a directory: a YAML file that is empty or holds no
        # register key is some other tool's file, skipped and counted.
        if not target.explicit and another_tools_file(doc):
            outcome.skipped = True
            return outcome, None
        outcome.files = [target.shown, *doc.included]
        if self.options.keep_documents:
            outcome.data = doc.data
            code = self.judged_under(doc.data).get("jurisdiction")
            outcome.jurisdiction = code if isinstance(code, str) else None
        return outcome, doc

    def _jobs(self, targets: list[Target]) -> int:
        """Worker processes for this run: only where they pay for their start-up."""
        wanted = self.options.jobs or os.cpu_count() or 1
        if wanted <= 1 or self.engine_kind != "embedded" or len(targets) < PARALLEL_MIN_FILES:
            return 1
        if any(t.real is None for t in targets):
            return 1  # standard input was read by this process, not the workers
        return max(1, min(wanted, len(targets) // (PARALLEL_MIN_FILES // 2)))

    def run(self, paths: list[str], stdin_text: str | None = None) -> Result:
        o = self.options
        targets = discover(paths, o.root, o.exclude, o.exclude_base)
        jobs = self._jobs(targets)
        if jobs > 1:
            from linter.run.parallel import run_parallel

            outcomes = run_parallel(self.options, targets, jobs, _work)
        elif self.engine_kind == "opa" and len(targets) > 1 and all(t.real for t in targets):
            from linter.run.batch import run_batched

            outcomes = run_batched(self, targets)
        else:
            if self.engine_kind == "embedded":
                # The engine before any register: its evaluating child is forked
                # now, small, not after a register was read (10,000 activities:
                # 410 → 297 MB at the peak, benchmarks/README.md).
                self.engine()
            outcomes = []
            for done, target in enumerate(targets, 1):
                outcomes.append(self.check_target(target, stdin_text))
                if self.options.progress:
                    self.options.progress(done, len(targets))
        return self._result(outcomes)

    def _result(self, outcomes: list[Outcome]) -> Result:
        return gather(
            outcomes,
            self.options,
            baseline=self.baseline,
            engine=self.engine_kind,
            config=self.configuration(),
        )


PARALLEL_MIN_FILES = 16


def _work(options: Options, targets: list[Target]) -> list[Outcome]:
    """A worker's chunk of files (parallel.py)."""
    with Linter(options) as linter:
        return [linter.check_target(t) for t in targets]


def lint(paths: list[str] | str, *, config: str | None = None, **options) -> Result:
    """Lint registers and return findings and summary.

    The configuration file is read as the command line reads it (`config`, or
    .ropa-lint.yaml / [tool.ropa-lint] found upwards); keyword options win
    over it, as command-line options do.

    >>> from linter import lint
    >>> result = lint(["examples/"], lang="fr")
    >>> result.summary["errors"], result.exit_code
    """
    from linter.run.config import ConfigError, load, options_from

    if isinstance(paths, str | os.PathLike):
        paths = [str(paths)]
    try:
        built = options_from(load(config), **options)
    except ConfigError as exc:
        raise LintError(str(exc)) from None
    with Linter(built) as linter:
        return linter.run(list(paths))
