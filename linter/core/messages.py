"""Words the linter itself says (not the rules), translated at one boundary.

Python-made findings carry a `Message` — a catalogue key and its parameters —
and are put into the reader's language once, when the run turns raw findings
into findings (runner) or a reporter writes its page. Rego-made findings carry
their text in both languages already ({"en": ..., "fr": ...}).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from linter.core.catalogue import CATALOGUE


@dataclass(frozen=True)
class Message:
    """A catalogue key and its parameters; a parameter may itself be a Message."""

    key: str
    params: tuple[tuple[str, Any], ...] = ()

    def render(self, lang: str) -> str:
        said = (Message, Words)
        values = {k: v.render(lang) if isinstance(v, said) else v for k, v in self.params}
        return say(self.key, lang, **values)

    def __getitem__(self, lang: str) -> str:
        return self.render(lang)


def msg(_key: str, /, **params) -> Message:
    if _key not in CATALOGUE:
        raise KeyError(f"no message {_key!r} in the catalogue")
    return Message(_key, tuple(sorted(params.items())))


def say(_key: str, _lang: str, /, **fields) -> str:
    en, fr = CATALOGUE[_key]
    return (fr if _lang == "fr" else en).format(**fields)


@dataclass(frozen=True)
class Words:
    """A parameter already said in both languages (vocabulary labels)."""

    en: str
    fr: str

    def render(self, lang: str) -> str:
        return self.fr if lang == "fr" else self.en


def colon(lang: str) -> str:
    """The colon after a label: French puts a space before it (« Motif : »)."""
    return " :" if lang == "fr" else ":"


def text(message, lang: str) -> str:
    """A finding's message in `lang`: a Message, or a Rego {"en", "fr"} dict."""
    if isinstance(message, Message):
        return message.render(lang)
    return message.get(lang) or message.get("en", "")


def not_evaluated(item, lang: str) -> str:
    """One set-aside unit (prune.SetAside or its dict), as a sentence."""
    get = item.get if isinstance(item, dict) else lambda k: getattr(item, k)
    return say(
        f"not_evaluated.{get('unit')}",
        lang,
        name=get("activity") or get("path"),
        path=get("path"),
        fragment=get("fragment") or "",
    )


def configuration(summary, lang: str) -> str | None:
    """What configured a run, in one line; None when it ran as shipped (no
    rule disabled or re-graded, fail_on error by default, no waiver)."""
    config = summary.config or {}
    if not config:
        return None
    parts = []
    if config["fail_on_from"] == "configuration":  # a file a pull request can change
        source = say(f"config.source.{config['fail_on_from']}", lang)
        parts.append(say("config.fail_on", lang, level=config["fail_on"], source=source))
    if config["disabled"]:
        parts.append(say("config.disabled", lang, rules=", ".join(config["disabled"])))
    if config["regraded"]:

        def level(name: str) -> str:
            return say(f"severity.{name}", lang)

        rules = ", ".join(
            f"{r['rule']} {level(r['from'])} → {level(r['to'])}" for r in config["regraded"]
        )
        parts.append(say("config.regraded", lang, rules=rules))
    if summary.waived:
        parts.append(say("config.waived", lang, count=summary.waived))
    if config["waivers"] == "ignored":
        parts.append(say("config.no_waivers", lang))
    if config.get("strict"):
        parts.append(say("config.strict", lang))
    if config.get("repository"):
        held = ", ".join(say(f"config.held.{h}", lang) for h in config["repository"])
        key = "config.trusted" if config.get("trusted") else "config.held"
        parts.append(say(key, lang, what=held))
    if not parts:
        return None
    where = f" ({config['file']})" if config.get("file") else ""
    return f"{say('config.title', lang)}{where}: " + "; ".join(parts)
