"""JUnit XML for CI dashboards: one test case per file and rule finding.

Errors are failures; warnings and info are passing cases that carry their
message; waived findings are skipped; a file without findings is one passing
case; a unit set aside (not evaluated) is an error case, never a pass.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict

from linter.core.messages import not_evaluated
from linter.report import ReportOptions
from linter.report.safe import visible


def render(result, options: ReportOptions) -> str:
    by_file = defaultdict(list)
    for f in result.findings:
        by_file[f.file].append(f)
    aside = defaultdict(list)
    for item in result.not_evaluated:
        aside[item.file].append(item)
    suites = ET.Element("testsuites", name="ropa-lint")
    total = failures = skipped = errors = 0
    for file in sorted(set(result.files) | set(by_file) | set(aside)):
        findings = by_file.get(file, [])
        suite = ET.SubElement(suites, "testsuite", name=visible(file))
        s_fail = s_skip = 0
        for item in aside.get(file, []):
            case = ET.SubElement(
                suite,
                "testcase",
                classname=visible(file),
                name=f"not evaluated {item.path or 'register'}",
            )
            said = visible(not_evaluated(item, options.lang))
            ET.SubElement(case, "error", message=said, type="not-evaluated").text = said
        if not findings and not aside.get(file):
            ET.SubElement(suite, "testcase", classname=file, name="register")
        for f in findings:
            place = visible(f.cell) if f.cell else f"line {f.line}"
            case = ET.SubElement(
                suite,
                "testcase",
                classname=visible(file),
                name=f"{f.rule} {visible(f.path) or 'register'} ({place})",
            )
            where = visible(f.where)
            detail = (
                f"{where}: {f.severity} {f.rule} {visible(f.message)}\n"
                f"activity: {visible(f.activity or '-')}\nreference: {f.reference}"
            )
            rule = options.rules.get(f.rule)
            if rule:
                detail += f"\nremediation: {rule.text('remediation', options.lang)}"
            if f.waived:
                ET.SubElement(case, "skipped", message=f"waived: {visible(f.message)}")
                s_skip += 1
            elif f.baselined:
                ET.SubElement(case, "skipped", message=f"in the baseline: {visible(f.message)}")
                s_skip += 1
            elif f.severity == "error":
                failure = ET.SubElement(case, "failure", message=visible(f.message), type=f.rule)
                failure.text = detail
                s_fail += 1
            else:
                ET.SubElement(case, "system-out").text = detail
        s_err = len(aside.get(file, []))
        tests = max(len(findings) + s_err, 1)
        suite.set("tests", str(tests))
        suite.set("failures", str(s_fail))
        suite.set("errors", str(s_err))
        suite.set("skipped", str(s_skip))
        total, failures, skipped = total + tests, failures + s_fail, skipped + s_skip
        errors += s_err
    suites.set("tests", str(total))
    suites.set("failures", str(failures))
    suites.set("errors", str(errors))
    suites.set("skipped", str(skipped))
    ET.indent(suites)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
    )
