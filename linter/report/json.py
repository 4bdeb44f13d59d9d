"""`{"findings": [...], "summary": {...}}`, keys sorted so that CI diffs are stable."""

from __future__ import annotations

import json

from linter.report import ReportOptions


def render(result, options: ReportOptions) -> str:
    doc = {"findings": [f.to_dict() for f in result.findings], "summary": result.summary.to_dict()}
    return json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
