"""What every engine shares: the query it answers, its one error, its contract.

Kept apart from the package's __init__, which picks an engine, so that the
engines import this module and not the one that imports them.
"""

from __future__ import annotations

from typing import Protocol

from linter.core.errors import RopaLintError

QUERY_PACKAGE = "ropa.main"
# The built-in library's package deciding which law judges a register
# (rules/lib/law.rego); packs may not write into ropa.lib.*.
LAW_PACKAGE = "ropa.lib.law"
QUERY_RULE = "findings"
# The same, less the rules of the `organization` unit (an organisation set aside).
QUERY_ACTIVITY_RULE = "activity_findings"
# `findings_0` … `findings_<PARTS-1>`: the rules dealt out, so that a large
# register is evaluated by CHILDREN children at once, each taking the next
# part as it finishes one. More parts than children: rules differ in cost,
# and two fixed halves left one core idle for a fifth of the evaluation.
PARTS = 6
CHILDREN = 2
DATA_ROOT = "ropadata"

# Rules read registers, nothing else: these reach the network or the host
# (json.match_schema and json.verify_schema fetch a schema's http/file $ref).
FORBIDDEN_BUILTINS = (
    "http.send", "net.lookup_ip_addr", "opa.runtime", "json.match_schema", "json.verify_schema",
)  # fmt: skip


class EngineError(RopaLintError):
    """The engine could not do its job; the run must fail closed.

    `module` names the rule module at fault, when the engine said which, so the
    message can name the rule.
    """

    def __init__(self, message: str, module: str | None = None):
        super().__init__(message)
        self.module = module


class Engine(Protocol):
    name: str

    def load(self, modules: dict[str, str], data: dict) -> None: ...

    def evaluate(
        self, register: dict, rule: str = QUERY_RULE, package: str = QUERY_PACKAGE
    ) -> list[dict]: ...

    def timed(
        self, register: dict, rule: str = QUERY_RULE, package: str = QUERY_PACKAGE
    ) -> tuple[list[dict], float]: ...

    def submit(
        self,
        register: dict,
        rule: str = QUERY_RULE,
        package: str = QUERY_PACKAGE,
        *,
        split: bool = False,
    ):
        """The evaluation started elsewhere (a child process), to be collected
        with `.result()`; None when the engine evaluates in `evaluate` only."""
        ...

    def ask(self, rule: str, given: dict, package: str = LAW_PACKAGE) -> list:
        """A question to the built-in library on a small input (`given`, not a
        register), answered at once: which law judges a register. Never a
        pack's rule, so never sent to a budgeted child."""
        ...

    def close(self) -> None: ...
