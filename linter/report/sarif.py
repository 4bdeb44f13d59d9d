"""SARIF 2.1.0, for code-scanning services (GitHub, Azure DevOps, SonarQube).

Fingerprints hash the rule, file, register path and activity — not the line —
so a finding keeps its identity when lines above it move.
"""

from __future__ import annotations

import json

from linter import __version__
from linter.core.files import repo_path
from linter.core.findings import fingerprint
from linter.core.messages import colon, not_evaluated, say
from linter.load.vocabulary import reference
from linter.report import ReportOptions
from linter.report.rule_help import markdown

SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _descriptor(rule, lang: str) -> dict:
    sep = colon(lang)
    help_text = (
        f"{rule.text('title', lang)}\n\n{rule.text('description', lang)}\n\n"
        f"{say('explain.reference', lang).capitalize()}{sep} {reference(rule.reference, lang)}\n"
        f"{say('explain.remediation', lang)}{sep} {rule.text('remediation', lang)}"
    )
    out = {
        "id": rule.id,
        "name": rule.id.replace("-", ""),
        "shortDescription": {"text": rule.text("title", lang)},
        "fullDescription": {"text": rule.text("description", lang)},
        "help": {"text": help_text, "markdown": markdown(rule, lang)},
        "defaultConfiguration": {"level": LEVEL[rule.severity]},
        "properties": {
            "category": rule.category,
            "reference": rule.reference,
            "tags": ["gdpr", rule.category],
        },
    }
    if rule.related_resources:
        out["helpUri"] = rule.related_resources[0][1]
    return out


def _logical(f) -> list[dict]:
    found = [{"fullyQualifiedName": f.path or "register", "kind": "member"}]
    if f.cell:
        # A spreadsheet has no lines: the region is the cell's row and column,
        # and the cell itself is named as a logical location.
        found.append(
            {"name": f.cell.rpartition("!")[2], "fullyQualifiedName": f.cell, "kind": "element"}
        )
    return found


def render(result, options: ReportOptions) -> str:
    rules = sorted(options.rules.values(), key=lambda r: r.id)
    index = {r.id: i for i, r in enumerate(rules)}
    results = []
    for f in result.findings:
        item = {
            "ruleId": f.rule,
            "level": LEVEL[f.severity],
            "message": {"text": f.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {
                            "uri": repo_path(f.file),
                            "uriBaseId": "%SRCROOT%",
                        },
                        "region": {"startLine": f.line, "startColumn": f.column},
                    },
                    "logicalLocations": _logical(f),
                }
            ],
            "partialFingerprints": {"ropaLint/v1": fingerprint(f)},
            "properties": {
                "category": f.category,
                "reference": f.reference,
                "activity": f.activity,
            },
        }
        if f.rule in index:
            item["ruleIndex"] = index[f.rule]
        if f.waived:
            item["suppressions"] = [{"kind": "inSource", "justification": "waiver in the register"}]
        if result.summary.baseline:
            # SARIF's own words for a run compared with a baseline.
            item["baselineState"] = "unchanged" if f.baselined else "new"
        results.append(item)
    for fixed in result.summary.fixed:
        results.append(
            {
                "ruleId": fixed["rule"],
                "level": "none",
                "baselineState": "absent",
                "message": {
                    "text": say(
                        "baseline.fixed", options.lang, rule=fixed["rule"], path=fixed["path"]
                    )
                },
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": fixed["file"], "uriBaseId": "%SRCROOT%"}
                        },
                        "logicalLocations": [
                            {"fullyQualifiedName": fixed["path"], "kind": "member"}
                        ],
                    }
                ],
            }
        )
    # What was set aside is said where SARIF says what a run could not do.
    notifications = [
        {
            "level": "error",
            "message": {"text": not_evaluated(item, options.lang)},
            "descriptor": {"id": f"not-evaluated/{item.unit}"},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {
                            "uri": repo_path(item.file),
                            "uriBaseId": "%SRCROOT%",
                        }
                    },
                    "logicalLocations": [
                        {"fullyQualifiedName": item.path or "register", "kind": "member"}
                    ],
                }
            ],
            "properties": item.to_dict(),
        }
        for item in result.not_evaluated
    ]
    doc = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "ropa-lint",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": [_descriptor(r, options.lang) for r in rules],
                    }
                },
                "originalUriBaseIds": {
                    "%SRCROOT%": {
                        "description": {
                            "text": "the root of the git repository that holds the registers "
                            "(else the working directory)"
                        }
                    }
                },
                "results": results,
                "columnKind": "unicodeCodePoints",
                # What configured the run: disabled and re-graded rules, fail_on.
                "properties": {"config": result.summary.config},
                "invocations": [
                    {
                        "executionSuccessful": not notifications,
                        "toolExecutionNotifications": notifications,
                    }
                ],
            }
        ],
    }
    return json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
