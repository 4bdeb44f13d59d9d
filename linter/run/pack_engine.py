"""The rule pack on an engine: which engine, loaded with what data, and its
failures named by the rule at fault. `Linter` (runner.py) is built on it;
this is the half of a run that talks to OPA or regorus."""

from __future__ import annotations

import os

from linter.core.errors import LintError
from linter.engine import EngineError, make_engine, resolve_kind

# From this size a register's rules are dealt out over two cores: below it the
# second child's copy of the register costs about what it saves (benchmarks/).
SPLIT_MIN_ACTIVITIES = 500


class PackOnEngine:
    """Needs `self.pack`, `self.options`, `self.today` and `self._engine`."""

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

    def engine(self):
        if self._engine is None:
            o = self.options
            try:
                engine = make_engine(
                    o.engine,
                    opa_url=o.opa_url,
                    opa_token=o.opa_token,
                    opa_timeout=o.opa_timeout,
                    opa_bin=o.opa_bin,
                    opa_ca_bundle=o.opa_ca_bundle,
                    eval_timeout=o.eval_timeout,
                    max_memory=o.max_memory,
                    # --jobs 1 (or a worker of a parallel run) keeps to one core.
                    cores=o.jobs or os.cpu_count() or 1,
                )
            except EngineError as exc:
                raise LintError(str(exc)) from None
            try:
                enabled = set(self.pack.rules) - set(o.disabled)
                batch = self.engine_kind == "opa"
                engine.load(self.pack.modules_for(enabled, batch), self.data_document())
            except EngineError as exc:
                engine.close()
                raise self._engine_failure(exc) from None
            self._engine = engine
        return self._engine

    def _submit(self, data: dict, query: str):
        """The evaluation started in the engine's children (None: the engine has
        none), dealt out over two cores for a large register."""
        activities = data.get("activities")
        large = isinstance(activities, list) and len(activities) >= SPLIT_MIN_ACTIVITIES
        return self.engine().submit(data, query, split=large)

    def data_document(self) -> dict:
        context = {
            "today": self.today,
            "rules": sorted(self.pack.rules),
            # The pack's own rules that run: the law that applies may leave
            # some out (rules/lib/law.rego), and JUR-001 says which.
            "law_gated": sorted(
                rid
                for rid, rule in self.pack.rules.items()
                if rule.own and rid not in self.options.disabled
            ),
            "use_waivers": self.options.waivers,
        }
        if self.options.jurisdiction:
            context["jurisdiction"] = self.options.jurisdiction
        return {"reference": self.pack.reference, "context": context}

    def close(self) -> None:
        if self._engine is not None:
            self._engine.close()
            self._engine = None
