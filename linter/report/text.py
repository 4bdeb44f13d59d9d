"""Compiler-style lines: `file:line:col: severity RULE-ID message [activity]`."""

from __future__ import annotations

from linter.core.messages import configuration, not_evaluated, say
from linter.report import ReportOptions
from linter.report.safe import no_command, visible

_COLORS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_RESET, _DIM, _BOLD = "\033[0m", "\033[2m", "\033[1m"


# Register text is the author's: never let it drive the terminal or the log.
clean = visible


def render(result, options: ReportOptions) -> str:
    lang = options.lang

    def w(key: str) -> str:
        return say(f"word.{key}", lang)

    def paint(code: str, text: str) -> str:
        return f"{code}{text}{_RESET}" if options.color else text

    lines = []
    for f in result.findings:
        sev = paint(_COLORS[f.severity], w(f.severity))
        where = paint(_BOLD, f"{no_command(clean(f.where))}:")
        tail = f" [{clean(f.activity)}]" if f.activity else ""
        waived = paint(_DIM, f" ({w('waived')})") if f.waived else ""
        known = paint(_DIM, f" ({w('baselined')})") if f.baselined else ""
        lines.append(f"{where} {sev} {f.rule} {clean(f.message)}{tail}{waived}{known}")
    for item in result.summary.fixed:
        said = say("baseline.fixed", lang, rule=item["rule"], path=item["path"])
        lines.append(f"{no_command(clean(item['file']))}: {clean(said)}")
    for item in result.not_evaluated:
        said = clean(not_evaluated(item, options.lang))
        lines.append(f"{no_command(clean(item.file))}: {paint(_BOLD, said)}")
    said = configuration(result.summary, options.lang)
    if said:
        lines.append(clean(said))
    lines.append(summary_line(result.summary, options.lang))
    return "\n".join(no_command(line) for line in lines) + "\n"


def summary_line(s, lang: str) -> str:
    """`3 errors, 1 warning, 0 info in 2 files`, in the reader's language."""

    def w(key: str) -> str:
        return say(f"word.{key}", lang)

    def n(count: int, one: str, many: str) -> str:
        return f"{count} {w(one) if count == 1 else w(many)}"

    counts = [
        n(s.errors, "error", "errors"),
        n(s.warnings, "warning", "warnings"),
        f"{s.info} {w('info')}",
    ]
    if s.waived:
        counts.append(f"{s.waived} {w('waived')}")
    if s.baselined:
        counts.append(f"{s.baselined} {w('baselined')}")
    return f"{', '.join(counts)} {w('in')} {n(s.files, 'file', 'files')}"
