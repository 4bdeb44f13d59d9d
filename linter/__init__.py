"""ropa-lint: a policy-as-code linter for GDPR Article 30 registers.

from linter import lint
result = lint(["registers/"], lang="fr")
for finding in result.findings: ...
"""

__version__ = "0.1.0"

__all__ = ["LintError", "Linter", "Options", "Result", "__version__", "lint"]


def __getattr__(name):
    # Lazy: `ropa-lint --version` must not pay for jsonschema and the engines.
    if name in ("lint", "Result", "Linter", "Options", "LintError"):
        import importlib

        return getattr(importlib.import_module(".run.runner", __name__), name)
    raise AttributeError(name)
