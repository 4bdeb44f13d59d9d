"""A rule as its page teaches it, in Markdown: why, what to avoid, what to
prefer, the fix. SARIF's help and the language server's hover show this."""

from __future__ import annotations

from linter.core.messages import colon, say
from linter.load.vocabulary import reference


def markdown(rule, lang: str) -> str:
    """The rule as its page teaches it: why, what to avoid, what to prefer, the fix."""
    sep = colon(lang)
    parts = [f"**{rule.text('title', lang)}**", rule.text("description", lang)]
    if rule.examples:
        for kind in ("avoid", "prefer"):
            snippet = rule.examples[kind].rstrip("\n")
            title = say(f"explain.{kind}", lang)
            parts.append(f"**{title}**{sep}\n\n```yaml\n{snippet}\n```")
    cited = reference(rule.reference, lang)
    parts.append(
        f"**{say('explain.reference', lang).capitalize()}**{sep} {cited}  \n"
        f"**{say('explain.remediation', lang)}**{sep} {rule.text('remediation', lang)}  \n"
        f"docs/rules/{rule.id}.md"
    )
    return "\n\n".join(parts)
