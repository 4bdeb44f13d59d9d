"""`check --profile`: each enabled rule timed on each register, one query per
rule — where evaluation time goes, before CI finds out."""

from __future__ import annotations

from linter.engine import EngineError
from linter.load.discovery import discover


def profile(linter, paths: list[str], stdin_text: str | None = None) -> list[dict]:
    """Rows of rule, file, evaluations, seconds and findings, slowest first."""
    o = linter.options
    rules = sorted(
        (r for r in linter.pack.by_package.values() if r.id not in o.disabled),
        key=lambda r: r.id,
    )
    rows = {
        r.id: {"rule": r.id, "file": r.file, "evaluations": 0, "seconds": 0.0, "findings": 0}
        for r in rules
    }
    for target in discover(paths, o.root, o.exclude, o.exclude_base):
        _, doc = linter.open_target(target, stdin_text)
        if doc is None:
            continue
        _, pruned = linter.prepare_document(doc)
        if pruned.input is None:
            continue
        for rule in rules:
            # The engine's own time for the rule: handing a large register
            # over costs more than most rules, and varies more than they take.
            try:
                found, seconds = linter.engine().timed(pruned.input, "report", rule.package)
            except EngineError as exc:
                raise linter._engine_failure(exc, f"{doc.file}:") from None
            row = rows[rule.id]
            row["seconds"] += seconds
            row["evaluations"] += 1
            row["findings"] += len(found)
    return sorted(rows.values(), key=lambda r: (-r["seconds"], r["rule"]))
