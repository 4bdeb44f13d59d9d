"""GitLab Code Quality (the report a merge request shows): a JSON array of
issues with `description`, `check_name`, `fingerprint`, `severity` and
`location.path` / `location.lines.begin`, as GitLab documents it
(https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format).

GitLab compares the report of a merge request with its target branch's by
fingerprint, so a fingerprint is the finding's identity (baseline.fingerprint:
rule, file, register path, activity — not the line), made unique within the
report. Waived findings and those in the baseline are accepted and left out;
what was set aside is an issue of its own, since it was not judged.
"""

from __future__ import annotations

import hashlib
import json

from linter.core.files import repo_path
from linter.core.findings import fingerprint
from linter.core.messages import not_evaluated
from linter.report import ReportOptions
from linter.report.safe import visible

# GitLab's scale is info, minor, major, critical, blocker.
SEVERITY = {"error": "major", "warning": "minor", "info": "info"}


def render(result, options: ReportOptions) -> str:
    issues, seen = [], set()

    def unique(fp: str) -> str:
        n, candidate = 1, fp
        while candidate in seen:  # two findings of one rule at one node: still two issues
            n += 1
            candidate = hashlib.sha256(f"{fp}\x1f{n}".encode()).hexdigest()
        seen.add(candidate)
        return candidate

    for f in result.findings:
        if f.accepted:
            continue
        cell = f"{visible(f.cell)}: " if f.cell else ""  # a spreadsheet's cell, said
        issues.append(
            {
                # Shown in the merge request: register text is shown, never obeyed.
                "description": f"{f.rule} {cell}{visible(f.message)}",
                "check_name": f.rule,
                "fingerprint": unique(fingerprint(f)),
                "severity": SEVERITY[f.severity],
                "location": {"path": repo_path(f.file), "lines": {"begin": max(f.line, 1)}},
            }
        )
    for item in result.not_evaluated:
        key = "\x1f".join(("not-evaluated", repo_path(item.file), item.unit, item.path or ""))
        issues.append(
            {
                "description": visible(not_evaluated(item, options.lang)),
                "check_name": "ropa-lint/not-evaluated",
                "fingerprint": unique(hashlib.sha256(key.encode()).hexdigest()),
                "severity": "critical",
                "location": {"path": repo_path(item.file), "lines": {"begin": 1}},
            }
        )
    return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"
