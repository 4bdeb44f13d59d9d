"""GitHub Actions workflow commands: findings appear on the lines of a pull request."""

from __future__ import annotations

from linter.core.files import repo_path
from linter.core.messages import configuration, not_evaluated, say
from linter.report import ReportOptions
from linter.report.safe import visible

COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    # Escaped for the command's own syntax after register text is made visible:
    # no character of the register can end the command or start another.
    return visible(text).replace("%", "%25")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render(result, options: ReportOptions) -> str:
    lines = []
    for f in result.findings:
        if f.accepted:
            continue  # shown in other formats; an annotation would read as a failure
        rule = options.rules.get(f.rule)
        title = f"{f.rule} {rule.text('title', options.lang)}" if rule else f.rule
        props = f"file={_prop(repo_path(f.file))},line={f.line},col={f.column},title={_prop(title)}"
        cell = f"{f.cell}: " if f.cell else ""  # an annotation has only a line: the cell is said
        lines.append(f"::{COMMAND[f.severity]} {props}::{_data(cell + f.message)}")
    for item in result.not_evaluated:
        said = not_evaluated(item, options.lang)
        lines.append(f"::error file={_prop(repo_path(item.file))},title=ropa-lint::{_data(said)}")
    s = result.summary
    for item in s.fixed:
        said = say("baseline.fixed", options.lang, rule=item["rule"], path=item["path"])
        lines.append(f"::notice file={_prop(item['file'])},title=ropa-lint::{_data(said)}")
    said = configuration(s, options.lang)
    if said:
        lines.append(f"ropa-lint: {visible(said)}")
    lines.append(
        f"ropa-lint: {s.errors} errors, {s.warnings} warnings, {s.info} info "
        f"in {s.files} files ({s.waived} waived, {s.baselined} in the baseline)"
    )
    return "\n".join(lines) + "\n"
