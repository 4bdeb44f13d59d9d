"""One self-contained HTML file for auditors: no network, no script, no CDN.

A summary by severity and category (inline SVG charts), then one table per
activity in the shape of the CNIL *fiche de registre*, each finding with its
legal reference and remediation, and waived findings shown apart. Every piece
of register text goes through `html.escape`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from html import escape

from .. import __version__
from ..findings import CATEGORIES, SEVERITIES
from ..messages import not_evaluated, say
from . import ReportOptions

COLORS = {"error": "#c0392b", "warning": "#d68910", "info": "#2e86c1"}

T = {
    "en": {
        "title": "Record of processing activities — audit report",
        "generated": "Generated on",
        "pack": "rule pack",
        "summary": "Summary",
        "by_sev": "Findings by severity",
        "by_cat": "Findings by category",
        "files": "files",
        "activities": "Activities",
        "error": "errors",
        "warning": "warnings",
        "info": "information",
        "waived": "Waived findings",
        "badge": {"error": "error", "warning": "warning", "info": "info"},
        "none": "No finding.",
        "org": "Controller / processor",
        "dpo": "Data protection officer",
        "representative": "EU representative",
        "role": "Role",
        "purposes": "Purposes and legal bases",
        "subjects": "Categories of data subjects",
        "categories": "Categories of data and retention",
        "recipients": "Recipients",
        "transfers": "Transfers outside the EEA",
        "security": "Security measures",
        "dpia": "DPIA",
        "review": "Last review",
        "owner": "Owner",
        "findings": "Findings",
        "ref": "Reference",
        "fix": "Remediation",
        "register": "Register",
        "other": "Findings outside any activity",
        "yes": "performed",
        "no": "not performed",
        "empty": "none",
        "missing": "not stated",
        "rule": "Rule",
        "where": "Where",
    },
    "fr": {
        "title": "Registre des activités de traitement — rapport d'audit",
        "generated": "Généré le",
        "pack": "jeu de règles",
        "summary": "Synthèse",
        "by_sev": "Constats par sévérité",
        "by_cat": "Constats par catégorie",
        "files": "fichiers",
        "activities": "Activités",
        "error": "erreurs",
        "warning": "avertissements",
        "badge": {"error": "erreur", "warning": "avertissement", "info": "info"},
        "info": "informations",
        "waived": "Constats levés (dérogations)",
        "none": "Aucun constat.",
        "org": "Responsable du traitement / sous-traitant",
        "dpo": "Délégué à la protection des données",
        "representative": "Représentant dans l'Union",
        "role": "Rôle",
        "purposes": "Finalités et bases légales",
        "subjects": "Catégories de personnes concernées",
        "categories": "Catégories de données et durées de conservation",
        "recipients": "Destinataires",
        "transfers": "Transferts hors EEE",
        "security": "Mesures de sécurité",
        "dpia": "AIPD",
        "review": "Dernière revue",
        "owner": "Responsable",
        "findings": "Constats",
        "ref": "Référence",
        "fix": "Correction",
        "register": "Registre",
        "other": "Constats hors activité",
        "yes": "réalisée",
        "no": "non réalisée",
        "empty": "aucun",
        "missing": "non renseigné",
        "rule": "Règle",
        "where": "Emplacement",
    },
}

CSS = """
:root { --err: #c0392b; --warn: #d68910; --info: #2e86c1; --line: #d5d8dc; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1c2833;
       margin: 0 auto; max-width: 1100px; padding: 24px; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 28px 0 8px; }
h3 { font-size: 16px; margin: 22px 0 6px; }
.meta { color: #566573; }
.cards { display: flex; gap: 12px; margin: 16px 0; flex-wrap: wrap; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 10px 16px; min-width: 130px; }
.card b { display: block; font-size: 24px; }
.charts { display: flex; gap: 24px; flex-wrap: wrap; }
figure { margin: 0; } figcaption { font-weight: 600; margin-bottom: 4px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; }
th, td { border: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
th { background: #f4f6f7; width: 28%; }
.findings td:first-child { width: 9em; white-space: nowrap; }
.sev { display: inline-block; border-radius: 3px; color: #fff; padding: 0 6px; font-size: 12px; }
.sev.error { background: var(--err); } .sev.warning { background: var(--warn); }
.sev.info { background: var(--info); }
.waived { color: #566573; }
.note { color: #566573; font-style: italic; }
section.activity { break-inside: avoid-page; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  h2 { break-after: avoid; } table { break-inside: auto; } tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  @page { margin: 16mm; }
}
"""


def _e(value) -> str:
    return escape(str(value), quote=True)


def _bar_chart(counts: list[tuple[str, int, str]], width: int = 360) -> str:
    """Horizontal bars, one per (label, count, colour)."""
    top = max([c for _, c, _ in counts] + [1])
    row, label_w = 24, 130
    height = row * len(counts) + 8
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'role="img" viewBox="0 0 {width} {height}">'
    ]
    for i, (label, count, color) in enumerate(counts):
        y = 4 + i * row
        w = round((width - label_w - 40) * count / top)
        parts.append(f'<text x="0" y="{y + 15}" font-size="12">{_e(label)}</text>')
        parts.append(
            f'<rect x="{label_w}" y="{y + 2}" width="{max(w, 1)}" height="16" '
            f'fill="{color}"><title>{_e(label)}: {count}</title></rect>'
        )
        parts.append(f'<text x="{label_w + w + 6}" y="{y + 15}" font-size="12">{count}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _joined(*values) -> str:
    return ", ".join(str(v) for v in values if v)


def _text(value, t) -> str:
    if value is None or value == [] or value == {}:
        return f'<span class="note">{t["missing"] if value is None else t["empty"]}</span>'
    return _e(value)


def _contact(party) -> str:
    if not isinstance(party, dict):
        return ""
    bits = [party.get("name")] + [party.get(k) for k in ("email", "phone", "address")]
    contact = party.get("contact")
    if isinstance(contact, dict):
        bits += [contact.get(k) for k in ("email", "phone", "address")]
    return " — ".join(_e(b) for b in bits if isinstance(b, str) and b)


def _retention(r) -> str:
    if not isinstance(r, dict):
        return ""
    parts = [
        r.get("active"),
        r.get("trigger") and f"({r['trigger']})",
        r.get("archive") and f"+ archive {r['archive']}",
        r.get("basis"),
        r.get("description"),
    ]
    return " ".join(str(p) for p in parts if p)


def _fiche(activity: dict, t) -> list[str]:
    rows = []

    def row(label, value_html):
        rows.append(f"<tr><th>{label}</th><td>{value_html}</td></tr>")

    row(t["role"], _text(activity.get("role"), t))
    if activity.get("controllers"):
        row("Controllers", "<br>".join(_contact(c) for c in activity["controllers"]))
    purposes = activity.get("purposes") or []
    row(
        t["purposes"],
        "<br>".join(
            f"{_e(p.get('description', '?'))} — <b>{_e(p.get('legal_basis', '—'))}</b>"
            for p in purposes
            if isinstance(p, dict)
        )
        or _text(None, t),
    )
    row(t["subjects"], _text(", ".join(map(str, activity.get("data_subjects") or [])) or None, t))
    cats = activity.get("data_categories") or []
    row(
        t["categories"],
        "<br>".join(
            f"{_e(c.get('name', '?'))}"
            + (f" <i>[{_e(c['special_category'])}]</i>" if c.get("special_category") else "")
            + f" — {_e(_retention(c.get('retention')))}"
            for c in cats
            if isinstance(c, dict)
        )
        or _text(None, t),
    )
    recipients = activity.get("recipients")
    row(
        t["recipients"],
        "<br>".join(
            _e(f"{r.get('name', '?')} ({_joined(r.get('type'), r.get('country'))})")
            for r in recipients
            if isinstance(r, dict)
        )
        if recipients
        else _text(recipients, t),
    )
    transfers = activity.get("transfers")
    row(
        t["transfers"],
        "<br>".join(
            _e(f"{x.get('recipient', '?')} → {x.get('country', '?')}: {x.get('safeguard', '?')}")
            for x in transfers
            if isinstance(x, dict)
        )
        if transfers
        else _text(transfers, t),
    )
    measures = [
        m if isinstance(m, str) else m.get("measure", "?")
        for m in activity.get("security_measures") or []
        if isinstance(m, str | dict)
    ]
    row(t["security"], _text(", ".join(measures) or None, t))
    dpia = activity.get("dpia")
    if isinstance(dpia, dict):
        done = t["yes"] if dpia.get("performed") is True else t["no"]
        row(
            t["dpia"],
            _e(" ".join(str(x) for x in (done, dpia.get("reference"), dpia.get("date")) if x)),
        )
    row(t["owner"], _text(activity.get("owner"), t))
    row(t["review"], _text(activity.get("last_review"), t))
    return ["<table>", *rows, "</table>"]


def _findings_table(findings, t, rules, lang) -> list[str]:
    if not findings:
        return [f'<p class="note">{t["none"]}</p>']
    out = [
        '<table class="findings"><tr>'
        f"<th>{t['rule']}</th><th>{t['findings']}</th><th>{t['ref']} / {t['fix']}</th></tr>"
    ]
    for f in findings:
        rule = rules.get(f.rule)
        fix = _e(rule.text("remediation", lang)) if rule else ""
        out.append(
            f'<tr class="{"waived" if f.waived else ""}"><td><span class="sev {f.severity}">'
            f"{_e(t['badge'][f.severity])}</span> {_e(f.rule)}"
            f"<br><small>{_e(f.file)}:{f.line}:{f.column}</small>"
            f"</td><td>{_e(f.message)}<br><small><code>{_e(f.path)}</code></small></td>"
            f"<td>{_e(f.reference)}<br><small>{fix}</small></td></tr>"
        )
    out.append("</table>")
    return out


def render(result, options: ReportOptions) -> str:
    lang = options.lang if options.lang in T else "en"
    t = T[lang]
    active = [f for f in result.findings if not f.waived]
    waived = [f for f in result.findings if f.waived]
    sev = Counter(f.severity for f in active)
    cat = Counter(f.category for f in active)
    s = result.summary
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; img-src data:\">",
        f"<title>{_e(t['title'])}</title><style>{CSS}</style></head><body>",
        f"<h1>{_e(t['title'])}</h1>",
        f'<p class="meta">{t["generated"]} {_e(options.generated)} · ropa-lint {_e(__version__)} '
        f"({t['pack']} {_e(__version__)}, {len(options.rules)} rules) · "
        f"{s['files']} {t['files']}</p>",
        f"<h2>{t['summary']}</h2>",
        '<div class="cards">',
        *(
            f'<div class="card" style="border-left:6px solid {COLORS[k]}">'
            f"<b>{sev[k]}</b>{t[k]}</div>"
            for k in SEVERITIES
        ),
        f'<div class="card"><b>{len(waived)}</b>{_e(t["waived"])}</div>',
        "</div>",
        '<div class="charts">',
        f'<figure id="chart-severity"><figcaption>{t["by_sev"]}</figcaption>'
        + _bar_chart([(t[k], sev[k], COLORS[k]) for k in SEVERITIES])
        + "</figure>",
        f'<figure id="chart-category"><figcaption>{t["by_cat"]}</figcaption>'
        + _bar_chart(
            [(c, cat[c], "#5d6d7e") for c in CATEGORIES if cat[c]] or [("—", 0, "#5d6d7e")],
            width=420,
        )
        + "</figure>",
        "</div>",
    ]
    title = say("not_evaluated.title", lang)
    by_activity = defaultdict(list)
    for f in active:
        by_activity[(f.file, f.activity)].append(f)
    for file, loaded in result.documents.items():
        data, files_of_register = loaded["data"], set(loaded["files"])
        out.append(f"<h2>{t['register']} {_e(file)}</h2>")
        aside = [a for a in result.not_evaluated if a.file in files_of_register]
        aside_activities = {a.path for a in aside if a.unit == "activity"}
        for item in aside:
            if item.unit != "activity":
                out.append(
                    f'<p class="note not-evaluated"><span class="sev error">{_e(title)}</span> '
                    f"{_e(not_evaluated(item, lang))}</p>"
                )
        org = data.get("organization") if isinstance(data, dict) else None
        if isinstance(org, dict):
            out.append("<table>")
            out.append(
                f"<tr><th>{t['org']}</th>"
                f"<td>{_contact(org)} ({_e(org.get('country', '?'))})</td></tr>"
            )
            for key in ("dpo", "representative"):
                if org.get(key):
                    out.append(f"<tr><th>{t[key]}</th><td>{_contact(org[key])}</td></tr>")
            out.append("</table>")
        general = [f for f in active if f.file in files_of_register and not f.activity]
        if general:
            out.append(f"<h3>{t['other']}</h3>")
            out += _findings_table(general, t, options.rules, lang)
        activities = data.get("activities") if isinstance(data, dict) else None
        for index, activity in enumerate(activities if isinstance(activities, list) else []):
            if not isinstance(activity, dict):
                continue
            ident = activity.get("id")
            if f"activities[{index}]" in aside_activities:
                # Never shown as compliant: the rules did not judge it.
                out.append(
                    f'<section class="activity not-evaluated"><h3>'
                    f'{_e(activity.get("name", ident))} <small class="meta">({_e(ident)})</small> '
                    f'<span class="sev error">{_e(title)}</span></h3>'
                )
                out += _fiche(activity, t)
                item = next(a for a in aside if a.path == f"activities[{index}]")
                out.append(f'<p class="note">{_e(not_evaluated(item, lang))}</p>')
                out += _findings_table(
                    sorted(
                        {f for (ff, a), fs in by_activity.items() if a == ident for f in fs},
                        key=lambda f: f.sort_key(),
                    ),
                    t,
                    options.rules,
                    lang,
                )
                out.append("</section>")
                continue
            found = [
                f
                for (ff, a), fs in by_activity.items()
                if a == ident and ff in files_of_register
                for f in fs
            ]
            out.append(
                f'<section class="activity"><h3>{_e(activity.get("name", ident))} '
                f'<small class="meta">({_e(ident)})</small></h3>'
            )
            out += _fiche(activity, t)
            out.append(f"<b>{t['findings']}</b>")
            out += _findings_table(
                sorted(set(found), key=lambda f: f.sort_key()), t, options.rules, lang
            )
            out.append("</section>")
    out.append(f"<h2>{_e(t['waived'])}</h2>")
    out += _findings_table(waived, t, options.rules, lang)
    out.append("</body></html>")
    return "\n".join(out) + "\n"
