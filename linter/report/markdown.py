"""A summary for a pull-request comment or a job summary ($GITHUB_STEP_SUMMARY)."""

from __future__ import annotations

from collections import Counter

from linter.core.findings import CATEGORIES
from linter.core.messages import configuration, not_evaluated, say
from linter.load.vocabulary import label
from linter.report import ReportOptions
from linter.report.safe import visible


def _count(w, n: int, one: str, many: str) -> str:
    return f"**{n}** {w(one) if n == 1 else w(many)}"


ICON = {"error": "🔴", "warning": "🟠", "info": "🔵"}


def _cell(text: str) -> str:
    return visible(text).replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;")


def render(result, options: ReportOptions) -> str:
    lang = options.lang

    def w(key: str) -> str:
        return say(f"markdown.{key}", lang)

    s = result.summary
    out = [
        f"## {w('title')}",
        "",
        f"{_count(w, s.errors, 'error', 'errors')} · "
        f"{_count(w, s.warnings, 'warning', 'warnings')} · **{s.info}** {w('info')} · "
        f"{s.waived} {w('waived').lower()} · {_count(w, s.files, 'one_file', 'files')}",
        "",
    ]
    said = configuration(s, options.lang)
    if said:
        out += [f"_{_cell(said)}_", ""]
    if result.not_evaluated:
        out += [f"**{say('not_evaluated.title', options.lang)}**", ""]
        out += [
            f"- 🔴 `{_cell(item.file)}` {_cell(not_evaluated(item, options.lang))}"
            for item in result.not_evaluated
        ]
        out.append("")
    active = [f for f in result.findings if not f.accepted]
    if not result.findings:
        return "\n".join([*out, w("none"), ""])
    by_cat = Counter(f.category for f in active)
    out += [f"| {w('cat')} | {w('count')} |", "|---|---:|"]
    out += [
        f"| {label('rule_category', c, options.lang)} | {by_cat[c]} |"
        for c in CATEGORIES
        if by_cat[c]
    ]
    out += ["", f"| | {w('file')} | {w('rule')} | {w('msg')} |", "|---|---|---|---|"]
    for f in active:
        out.append(
            f"| {ICON[f.severity]} | `{_cell(f.short_where)}` | {f.rule} | {_cell(f.message)} |"
        )
    known = [f for f in result.findings if f.baselined]
    if known:
        out += ["", f"<details><summary>{w('baselined')} ({len(known)})</summary>", ""]
        out += [f"- `{_cell(f.short_where)}` {f.rule} {_cell(f.message)}" for f in known]
        out += ["", "</details>"]
    if s.fixed:
        out += ["", f"**{w('fixed')} ({len(s.fixed)})**", ""]
        out += [f"- `{_cell(i['file'])}` {i['rule']} `{_cell(i['path'])}`" for i in s.fixed]
    waived = [f for f in result.findings if f.waived]
    if waived:
        out += ["", f"<details><summary>{w('waived')} ({len(waived)})</summary>", ""]
        out += [f"- `{_cell(f.short_where)}` {f.rule} {_cell(f.message)}" for f in waived]
        out += ["", "</details>"]
    return "\n".join(out) + "\n"
