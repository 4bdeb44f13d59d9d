"""One self-contained HTML file for auditors: no network, no script, no CDN.

A summary by severity and category (inline SVG charts), then one table per
activity in the shape of the CNIL *fiche de registre*, each finding with its
legal reference and remediation, and waived findings shown apart. This module
builds a view of plain values; templates/report.html.j2 lays it out, with
Jinja2's autoescaping, so no register text is ever read as markup.
"""

from __future__ import annotations

import contextlib
import zlib
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

from linter import __version__
from linter.core.findings import CATEGORIES, SEVERITIES, SEVERITY_RANK
from linter.core.messages import colon, configuration, not_evaluated, say
from linter.load.vocabulary import country, label
from linter.report import ReportOptions
from linter.report.fiche import _contact, _fiche
from linter.report.page_one import page_one
from linter.report.safe import visible_in_page

COLORS = {"error": "#c0392b", "warning": "#d68910", "info": "#2e86c1"}
SLATE = "#5d6d7e"


def _shown(value):
    import markupsafe

    # A macro's output is markup this module made; only values are register text.
    return value if isinstance(value, markupsafe.Markup) else visible_in_page(value)


def _css_string(text: str) -> str:
    """`text` as a CSS string literal that nothing in it can end or escape:
    every character but letters, digits and spaces as a hexadecimal escape."""
    out = "".join(c if c.isalnum() or c == " " else f"\\{ord(c):06x}" for c in text)
    return f'"{out}"'


def _running_header(names: list[str], lang: str) -> str:
    """The print's running header: the organisation, or how many there are."""
    import markupsafe

    if len(names) == 1:
        said = names[0]
    else:
        said = f"{len(names)} " + ("organismes" if lang == "fr" else "organisations")
    css = (
        "@media print { @page { @top-center { content: "
        + _css_string(f"ropa-lint — {said}")
        + "; } } }"
    )
    return markupsafe.Markup(css)


def _code_spans(value):
    """Text whose `spans` are what to type in the register, shown as code."""
    import markupsafe

    parts = str(value).split("`")
    out = markupsafe.Markup("")
    for i, part in enumerate(parts):
        shown = visible_in_page(part)
        out += (
            markupsafe.Markup("<code>{}</code>").format(shown)
            if i % 2
            else markupsafe.escape(shown)
        )
    return out


@cache
def _template():
    import jinja2  # only the HTML report pays for it

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,  # a missing value is a bug, not a blank
        keep_trailing_newline=True,
        # Every value shown: no bidi override or zero-width character hides
        # or reorders register text (escaping for HTML comes after).
        finalize=_shown,
    )
    env.filters["code_spans"] = _code_spans
    return env.get_template("report.html.j2")


def _chart(counts: list[tuple[str, int, str]], width: int = 360) -> dict:
    """Horizontal bars, one per (label, count, colour), laid out here."""
    top = max([c for _, c, _ in counts] + [1])
    row, label_w = 24, 130
    bars = []
    for i, (name, count, color) in enumerate(counts):
        length = round((width - label_w - 40) * count / top)
        bars.append(
            {
                "label": name,
                "count": count,
                "color": color,
                "x": label_w,
                "y": 4 + i * row,
                "width": max(length, 1),
                "length": length,
            }
        )
    return {"bars": bars, "width": width, "height": row * len(counts) + 8}


def _rows(findings, rules, lang) -> list[dict]:
    out = []
    for f in findings:
        rule = rules.get(f.rule)
        out.append(
            {
                "severity": f.severity,
                "badge": say(f"severity.{f.severity}", lang),
                "rule": f.rule,
                "where": f.where,
                "message": f.message,
                "path": f.path,
                "reference": f.reference,
                "fix": rule.text("remediation", lang) if rule else "",
                "why": rule.text("description", lang) if rule else "",
                "prefer": (rule.examples or {}).get("prefer", "") if rule else "",
                "waived": f.waived,
            }
        )
    return out


SHOWN = 2  # findings of one rule shown in full in a fiche


def _grouped(findings, rules, lang) -> list[dict]:
    """An activity's findings by rule, the most severe first: the rule, its
    fix and reference once, then each finding (its register path on hover)."""
    by_rule: dict[str, list] = defaultdict(list)
    for f in findings:
        by_rule[f.rule].append(f)
    out = []
    # Each group most severe first: a graded rule's findings may differ in
    # severity, and a set's order is not the same from one run to the next.
    for group in by_rule.values():
        group.sort(key=lambda f: (SEVERITY_RANK[f.severity], f.sort_key()))
    for rule_id, group in sorted(
        by_rule.items(), key=lambda kv: (SEVERITY_RANK[kv[1][0].severity], kv[0])
    ):
        first, rule = group[0], rules.get(rule_id)
        out.append(
            {
                "severity": first.severity,
                "badge": say(f"severity.{first.severity}", lang),
                "rule": rule_id,
                "title": rule.text("title", lang) if rule else rule_id,
                "count": len(group),
                # The first findings in full; the rest of the group by place, so
                # that ten times one fault reads once (the JSON report has all).
                "items": [
                    {"message": f.message, "path": f.path, "where": f.short_where}
                    for f in sorted(group, key=lambda f: f.sort_key())[:SHOWN]
                ],
                "more": [f.short_where for f in sorted(group, key=lambda f: f.sort_key())[SHOWN:]],
                "reference": first.reference,
                "fix": rule.text("remediation", lang) if rule else "",
                "why": rule.text("description", lang) if rule else "",
                "prefer": (rule.examples or {}).get("prefer", "") if rule else "",
            }
        )
    return out


def _waivers(data, today: str, t) -> list[dict]:
    """The register's waivers in full: rule, scope, reason, approver, expiry, days left."""
    import datetime as dt

    listed = data.get("waivers") if isinstance(data, dict) else None
    rows = []
    for waiver in listed if isinstance(listed, list) else []:
        if not isinstance(waiver, dict):
            continue
        left = ""
        with contextlib.suppress(TypeError, ValueError):
            expires = dt.date.fromisoformat(str(waiver.get("expires")))
            left = str((expires - dt.date.fromisoformat(today)).days)
        rows.append(
            {
                "rule": str(waiver.get("rule", "?")),
                "scope": str(waiver.get("activity") or t("whole_register")),
                "reason": str(waiver.get("reason") or "—"),
                "approver": str(waiver.get("approved_by") or "—"),
                "expires": str(waiver.get("expires", "—")),
                "left": left,
            }
        )
    return rows


def _register(file, loaded, result, by_activity, active, options, t) -> dict:
    lang = options.lang
    data, files_of_register = loaded["data"], set(loaded["files"])
    aside = [a for a in result.not_evaluated if a.file in files_of_register]
    aside_activities = {a.path: a for a in aside if a.unit == "activity"}
    org = data.get("organization") if isinstance(data, dict) else None
    organization = None
    if isinstance(org, dict):
        people = [(key, _contact(org[key])) for key in ("dpo", "representative") if org.get(key)]
        organization = {
            "contact": _contact(org),
            "country": country(org.get("country", "?"), lang),
            "people": people,
        }
    general = [f for f in active if f.file in files_of_register and not f.activity]
    # Under a law that applies only some rules (the jurisdiction rule says
    # which were left out), "no finding" speaks of the rules applied only.
    ok = "ok_partial" if any(f.category == "jurisdiction" for f in general) else "ok"
    activities = []
    listed = data.get("activities") if isinstance(data, dict) else None
    for index, activity in enumerate(listed if isinstance(listed, list) else []):
        if not isinstance(activity, dict):
            continue
        ident = activity.get("id")
        mine = {
            f
            for (ff, a), fs in by_activity.items()
            if a == ident
            and (ff in files_of_register or f"activities[{index}]" in aside_activities)
            for f in fs
        }
        # A baselined finding is known, not fixed (issue 34): said on its fiche,
        # apart from the new ones, and never as "no finding".
        found = {f for f in mine if not f.baselined}
        known = mine - found
        item = aside_activities.get(f"activities[{index}]")
        status = "aside" if item else ("findings" if found else ("known" if known else ok))
        activities.append(
            {
                "name": str(activity.get("name", ident)),
                "ident": str(ident),
                # Stable across runs (the page's diffs mean something).
                "anchor": f"fiche-{zlib.crc32(file.encode('utf-8')):08x}-{index}",
                "role": label("role", activity.get("role"), lang) if activity.get("role") else "",
                "status": status,
                "status_label": t(f"status_{status}"),
                # Never shown as compliant: the rules did not judge it.
                "not_evaluated": not_evaluated(item, lang) if item else "",
                "fiche": _fiche(activity, t, lang, org if isinstance(org, dict) else {}),
                "findings": _grouped(found, options.rules, lang),
                "known": _grouped(known, options.rules, lang),
            }
        )
    return {
        "file": file,
        "organization_name": str(org.get("name", "")) if isinstance(org, dict) else "",
        # As the policy decided it (rules/lib/law.rego), --jurisdiction included.
        "jurisdiction": loaded.get("jurisdiction") or "",
        "waivers": _waivers(data, options.generated, t),
        "notes": [not_evaluated(a, lang) for a in aside if a.unit != "activity"],
        "organization": organization,
        "general": _grouped(general, options.rules, lang),
        "activities": activities,
    }


def render(result, options: ReportOptions) -> str:
    lang = options.lang

    def t(key: str) -> str:
        return say(f"html.{key}", lang)

    active = [f for f in result.findings if not f.accepted]
    waived = [f for f in result.findings if f.waived]
    known = [f for f in result.findings if f.baselined]
    sev = Counter(f.severity for f in active)
    cat = Counter(f.category for f in active)
    by_activity = defaultdict(list)
    for f in [*active, *known]:
        by_activity[(f.file, f.activity)].append(f)
    registers = [
        _register(file, loaded, result, by_activity, active, options, t)
        for file, loaded in result.documents.items()
    ]
    view = {
        "lang": lang,
        "t": t,
        "colon": colon(lang),
        "page_one": page_one(result, options, registers),
        "running_header": _running_header(
            [r["organization_name"] for r in registers if r.get("organization_name")], lang
        ),
        "generated": options.generated,
        "version": __version__,
        "rule_count": len(options.rules),
        "files": result.summary.files,
        "files_word": t("one_file") if result.summary.files == 1 else t("files"),
        "cards": [{"label": t(k), "count": sev[k], "color": COLORS[k]} for k in SEVERITIES],
        "by_severity": _chart([(t(k), sev[k], COLORS[k]) for k in SEVERITIES]),
        "by_category": _chart(
            [(label("rule_category", c, lang), cat[c], SLATE) for c in CATEGORIES if cat[c]]
            or [("—", 0, SLATE)],
            width=420,
        ),
        "not_evaluated_title": say("not_evaluated.title", lang),
        "configuration": configuration(result.summary, lang) or "",
        "registers": registers,
        "waived": _rows(waived, options.rules, lang),
        "baselined": _rows(known, options.rules, lang),
        "fixed": [
            {"where": i["file"], "rule": i["rule"], "path": i["path"]} for i in result.summary.fixed
        ],
    }
    return _template().render(view)
