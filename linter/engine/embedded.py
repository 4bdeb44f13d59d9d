"""In-process Rego through regorus (the `celine-regorus` wheel).

Chosen over regopy by measurement (benchmarks/README.md): regorus evaluates a
whole register in time linear in its activities, regopy quadratically.
"""

from __future__ import annotations

import json
import os
import re
import select
import time

from linter.engine.base import (
    CHILDREN,
    DATA_ROOT,
    LAW_PACKAGE,
    PARTS,
    QUERY_PACKAGE,
    QUERY_RULE,
    EngineError,
)

_LOCATION = re.compile(r"-->\s*(\S+?):(\d+):(\d+)")
_ERROR_LINE = re.compile(r"^error:\s*(.+)$", re.M)


def describe_error(exc: Exception) -> tuple[str | None, str]:
    """(module id, one-line reason) from a regorus error, which spans many lines."""
    text = str(exc)
    loc = _LOCATION.search(text)
    reason = _ERROR_LINE.search(text)
    why = (
        reason.group(1).strip()
        if reason
        else text.strip().splitlines()[0]
        if text.strip()
        else "error"
    )
    if loc:
        return loc.group(1), f"{why} (line {loc.group(2)}, column {loc.group(3)})"
    return None, why


class EmbeddedEngine:
    name = "embedded"

    def __init__(self, seconds: float = 0, memory_mb: int = 0, cores: int = 1) -> None:
        # Budgets for one evaluation (0: none, evaluated in this process).
        self.seconds = seconds
        self.memory_mb = memory_mb
        # Children evaluating side by side: a large register's rules, dealt
        # into PARTS parts, are taken by CHILDREN children when the run may use
        # that many cores.
        self.children = CHILDREN if cores >= CHILDREN else 1
        self._sandboxes: list = []
        try:
            import regorus
        except ImportError as exc:  # pragma: no cover - a broken install
            raise EngineError(
                "the embedded engine needs the `celine-regorus` package: pip install celine-regorus"
            ) from exc
        self._regorus = regorus
        self._engine = None
        self.rule_of_module: dict[str, str] = {}

    def load(self, modules: dict[str, str], data: dict) -> None:
        engine = self._regorus.Engine()
        for module_id, source in modules.items():
            try:
                engine.add_policy(module_id, source)
            except Exception as exc:  # regorus raises RuntimeError with a rendered report
                _, why = describe_error(exc)
                raise EngineError(f"does not compile: {why}", module=module_id) from None
        try:
            engine.add_data_json(json.dumps({DATA_ROOT: data}))
        except Exception as exc:
            raise EngineError(f"reference data rejected by the embedded engine: {exc}") from None
        self._engine = engine
        if self._budgeted():
            # Fork the evaluating children now, while this process holds little
            # more than the compiled pack: they then carry the registers they
            # are sent, not everything the parent has read by then.
            self._start_sandboxes(self.children)

    def _start_sandboxes(self, n: int) -> list:
        from linter.engine.sandbox import DEFAULT_MEMORY_MB, DEFAULT_SECONDS, Sandbox

        while len(self._sandboxes) < n:
            self._sandboxes.append(
                Sandbox(
                    self._engine,
                    self.seconds or DEFAULT_SECONDS,
                    self.memory_mb or DEFAULT_MEMORY_MB,
                )
            )
        return self._sandboxes[:n]

    def _budgeted(self) -> bool:
        return bool(self.seconds or self.memory_mb) and hasattr(os, "fork")

    def evaluate(
        self, register: dict, rule: str = QUERY_RULE, package: str = QUERY_PACKAGE
    ) -> list[dict]:
        return self.timed(register, rule, package)[0]

    def timed(
        self, register: dict, rule: str = QUERY_RULE, package: str = QUERY_PACKAGE
    ) -> tuple[list[dict], float]:
        """Findings, and the seconds the rule took once the engine held the
        register (what `check --profile` shows: handing a large register over
        costs more than most rules)."""
        if self._engine is None:
            raise EngineError("the embedded engine was not loaded")
        pending = self.submit(register, rule, package)
        if pending is not None:
            return pending.result(), pending.seconds
        return self._in_process(register, f"data.{package}.{rule}")

    def ask(self, rule: str, given: dict, package: str = LAW_PACKAGE) -> list:
        # In this process: a built-in library rule (packs may not write into
        # ropa.lib.*) on an organisation, not a pack's rule on a register.
        if self._engine is None:
            raise EngineError("the embedded engine was not loaded")
        return self._in_process(given, f"data.{package}.{rule}")[0]

    def _in_process(self, register: dict, query: str) -> tuple[list[dict], float]:
        try:
            self._engine.set_input_json(json.dumps(register))
            start = time.perf_counter()
            raw = self._engine.eval_rule_as_json(query)
            spent = time.perf_counter() - start
        except Exception as exc:
            module, why = describe_error(exc)
            raise EngineError(f"could not be evaluated: {why}", module=module) from None
        return _findings(raw, query), spent

    def submit(
        self,
        register: dict,
        rule: str = QUERY_RULE,
        package: str = QUERY_PACKAGE,
        *,
        split: bool = False,
    ) -> Pending | None:
        """Start evaluating in the sandboxed children and return at once, so
        that this process does other work meanwhile; None where there is no
        child (no budget: evaluate() runs in this process).

        `split`: the rules dealt into PARTS parts (`findings_<n>`,
        aggregator.py), for a register large enough to pay for it; each
        child is sent the register with its first part, then the next part
        left whenever it answers (`_answer`).
        """
        if self._engine is None or not self._budgeted():
            return None
        query = f"data.{package}.{rule}"
        queries = [query]
        if split and self.children > 1 and rule == QUERY_RULE and package == QUERY_PACKAGE:
            queries = [f"{query}_{n}" for n in range(PARTS)]
        text = json.dumps(register)
        for n, sandbox in enumerate(self._start_sandboxes(min(self.children, len(queries)))):
            sandbox.send(queries[n], text)
        return Pending(self, queries)

    def _answer(self, queries: list[str]) -> tuple[list[dict], float]:
        """The parts' findings, joined in the parts' order whichever child
        answered first, and the longest evaluation's seconds."""
        busy = dict(zip(self._sandboxes, range(len(queries)), strict=False))
        waiting = list(range(len(busy), len(queries)))
        answers: dict[int, list[dict]] = {}
        longest = 0.0
        try:
            while busy:
                ready = _ready(busy) if len(busy) > 1 else list(busy)
                for sandbox in ready:
                    n = busy.pop(sandbox)
                    answered, raw, spent = sandbox.receive()
                    if not answered:
                        module, why = describe_error(RuntimeError(raw))
                        raise EngineError(f"could not be evaluated: {why}", module=module)
                    answers[n] = _findings(raw, queries[n])
                    longest = max(longest, spent)
                    if waiting:
                        # The child still holds the register: the next part only.
                        busy[sandbox] = waiting.pop(0)
                        sandbox.send(queries[busy[sandbox]], None)
        except EngineError:
            # A child that failed, or one whose answer is now unread: each
            # later evaluation (the LSP's next) starts from fresh children.
            self._drop_sandboxes()
            raise
        return [f for n in sorted(answers) for f in answers[n]], longest

    def _drop_sandboxes(self) -> None:
        """Stop the children, mid-evaluation or not; the next evaluation forks others."""
        for sandbox in self._sandboxes:
            sandbox.close()
        self._sandboxes = []

    def close(self) -> None:
        self._drop_sandboxes()
        self._engine = None


class Pending:
    """An evaluation under way in the child: its answer, or its cancellation."""

    def __init__(self, engine: EmbeddedEngine, queries: list[str]):
        self._engine, self._queries = engine, queries
        self.seconds = 0.0  # the evaluation's own time, once answered

    def result(self) -> list[dict]:
        engine, self._engine = self._engine, None
        if engine is None:
            raise EngineError("an evaluation was answered twice")
        found, self.seconds = engine._answer(self._queries)
        return found

    def cancel(self) -> None:
        """Its answer is not wanted: the children are stopped rather than waited for."""
        engine, self._engine = self._engine, None
        if engine is not None:
            engine._drop_sandboxes()


def _ready(busy: dict) -> list:
    """The busy children with an answer (or an end) to read, waiting for one
    until the nearest deadline; past it, the child it belongs to, whose
    receive() then reports the budget exceeded."""
    by_fd = {sandbox.fileno(): sandbox for sandbox in busy}
    first = min(busy, key=lambda sandbox: sandbox.remaining())
    readable, _, _ = select.select(list(by_fd), [], [], max(0.0, first.remaining()))
    return [by_fd[fd] for fd in sorted(readable)] or [first]


def _findings(raw: str, query: str) -> list[dict]:
    result = json.loads(raw)
    if not isinstance(result, list):
        # regorus answers an undefined rule with a marker string, not an error.
        raise EngineError(f"{query} is undefined on the embedded engine")
    return result
