"""One base for every error that ends a run with exit status 2 and one line."""

from __future__ import annotations


class RopaLintError(Exception):
    """The linter could not do its job (exit status 2). One line, no traceback."""


class LintError(RopaLintError):
    """A run could not be completed: a path, a file, an engine, a rule."""
