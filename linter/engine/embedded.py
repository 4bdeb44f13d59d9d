"""In-process Rego through regorus (the `celine-regorus` wheel).

Chosen over regopy by measurement (benchmarks/README.md): regorus evaluates a
whole register in time linear in its activities, regopy quadratically.
"""

from __future__ import annotations

import json
import os
import re

from .base import DATA_ROOT, QUERY_PACKAGE, QUERY_RULE, EngineError

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

    def __init__(self, seconds: float = 0, memory_mb: int = 0) -> None:
        # Budgets for one evaluation (0: none, evaluated in this process).
        self.seconds = seconds
        self.memory_mb = memory_mb
        self._sandbox = None
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
            # Fork the evaluating child now, while this process holds little
            # more than the compiled pack: the child then carries the registers
            # it is sent, not everything the parent has read by then.
            self._start_sandbox()

    def _start_sandbox(self) -> None:
        from .sandbox import DEFAULT_MEMORY_MB, DEFAULT_SECONDS, Sandbox

        if self._sandbox is None:
            self._sandbox = Sandbox(
                self._engine,
                self.seconds or DEFAULT_SECONDS,
                self.memory_mb or DEFAULT_MEMORY_MB,
            )

    def _budgeted(self) -> bool:
        return bool(self.seconds or self.memory_mb) and hasattr(os, "fork")

    def evaluate(
        self, register: dict, rule: str = QUERY_RULE, package: str = QUERY_PACKAGE
    ) -> list[dict]:
        if self._engine is None:
            raise EngineError("the embedded engine was not loaded")
        query = f"data.{package}.{rule}"
        if self._budgeted():
            self._start_sandbox()
            answered, raw = self._sandbox.evaluate(query, json.dumps(register))
            if not answered:
                module, why = describe_error(RuntimeError(raw))
                raise EngineError(f"could not be evaluated: {why}", module=module)
        else:
            try:
                self._engine.set_input_json(json.dumps(register))
                raw = self._engine.eval_rule_as_json(query)
            except Exception as exc:
                module, why = describe_error(exc)
                raise EngineError(f"could not be evaluated: {why}", module=module) from None
        result = json.loads(raw)
        if not isinstance(result, list):
            # regorus answers an undefined rule with a marker string, not an error.
            raise EngineError(f"{query} is undefined on the embedded engine")
        return result

    def close(self) -> None:
        if self._sandbox is not None:
            self._sandbox.close()
            self._sandbox = None
        self._engine = None
