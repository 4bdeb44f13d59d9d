"""One activity as the auditor's report shows it: the fiche's lines, in the
order and the words of the CNIL's register model, every code through the
vocabulary table and every country by its name.

Which lines, in which order, under which titles is the CNIL layout's
(linter/load/layouts/cnil.yaml), the one description of the model: this
module says only how each field's value is shown (`_SHOWN`).
"""

from __future__ import annotations

from functools import cache

from linter.load.sheets.layout import built_in
from linter.load.vocabulary import country, label, retention


def _joined(*values) -> str:
    return ", ".join(str(v) for v in values if v)


def _contact(party) -> str:
    if not isinstance(party, dict):
        return ""
    bits = [party.get("name")] + [party.get(k) for k in ("email", "phone", "address")]
    contact = party.get("contact")
    if isinstance(contact, dict):
        bits += [contact.get(k) for k in ("email", "phone", "address")]
    return " — ".join(b for b in bits if isinstance(b, str) and b)


def _items(values, t, *, missing_if_empty: bool = False) -> dict:
    """A fiche cell: its lines, or a note when there is nothing to show."""
    if values is None or (missing_if_empty and not values):
        return {"items": [], "note": t("missing")}
    if values in ([], {}, ""):
        return {"items": [], "note": t("empty")}
    if isinstance(values, str | int | float):
        values = [{"text": str(values)}]
    blank = {"text": "", "tag": None, "bold": None, "tail": None}
    return {"items": [{**blank, **v} for v in values], "note": None}


class _Activity:
    """What a line's value is read from: the activity, the register's
    statements for every activity, the report's words and language."""

    def __init__(self, activity: dict, organization: dict, t, lang: str):
        self.activity, self.organization, self.t, self.lang = activity, organization, t, lang

    def say(self, field, value):
        return label(field, value, self.lang)

    def where(self, party) -> str:
        return country(party.get("country"), self.lang) if party.get("country") else ""

    def items(self, values, **kw) -> dict:
        return _items(values, self.t, **kw)

    def listed(self, key, text) -> dict:
        """A list field as lines; [] says none, absent says not recorded."""
        given = self.activity.get(key)
        return self.items(
            [{"text": text(x)} for x in given if isinstance(x, dict)] if given else given
        )


def _role(a: _Activity):
    role = a.activity.get("role")
    return a.items(a.say("role", role) if role else role)


def _description(a: _Activity):
    given = a.activity.get("description")
    return a.items(str(given)) if given else None


def _parties(key):
    def shown(a: _Activity):
        given = a.activity.get(key)
        if not given or not isinstance(given, list):
            return None
        return a.items([{"text": _contact(c)} for c in given])

    return shown


def _purposes(a: _Activity):
    purposes = [p for p in a.activity.get("purposes") or [] if isinstance(p, dict)]
    return a.items(
        [
            {
                "text": str(p.get("description", "?")),
                "bold": a.say("legal_basis", p["legal_basis"]) if p.get("legal_basis") else "—",
            }
            for p in purposes
        ],
        missing_if_empty=True,
    )


def _subjects(a: _Activity):
    subjects = a.activity.get("data_subjects")
    if isinstance(subjects, list):
        subjects = ", ".join(a.say("data_subject", s) for s in subjects)
    return a.items(subjects or None)


def _categories(a: _Activity):
    cats = [c for c in a.activity.get("data_categories") or [] if isinstance(c, dict)]
    return a.items(
        [
            {
                "text": a.say("data_category", c.get("name", "?")),
                "tag": a.say("special_category", c["special_category"])
                if c.get("special_category")
                else None,
                "tail": retention(c.get("retention"), a.lang),
            }
            for c in cats
        ],
        missing_if_empty=True,
    )


def _recipients(a: _Activity):
    return a.listed(
        "recipients",
        lambda r: (
            f"{r.get('name', '?')} ({_joined(a.say('recipient_type', r.get('type')), a.where(r))})"
        ),
    )


def _transfers(a: _Activity):
    return a.listed(
        "transfers",
        lambda x: (
            f"{x.get('recipient', '?')} → {country(x.get('country', '?'), a.lang)}: "
            f"{a.say('safeguard', x.get('safeguard', '?'))}"
        ),
    )


def _security(a: _Activity):
    measures = [
        m if isinstance(m, str) else m.get("measure", "?")
        for m in a.activity.get("security_measures") or []
        if isinstance(m, str | dict)
    ]
    return a.items(", ".join(a.say("security_measure", m) for m in measures) or None)


def _dpia(a: _Activity):
    dpia = a.activity.get("dpia")
    if not isinstance(dpia, dict):
        return None
    done = a.t("yes") if dpia.get("performed") is True else a.t("no")
    return a.items(" ".join(str(x) for x in (done, dpia.get("reference"), dpia.get("date")) if x))


def _rights(a: _Activity):
    rights, common = a.activity.get("rights"), a.organization.get("rights")
    if not (isinstance(rights, list) or isinstance(common, list)):
        return None
    own = rights if isinstance(rights, list) else []
    shared = [r for r in common if r not in own] if isinstance(common, list) else []
    return a.items(", ".join(a.say("right", r) for r in [*own, *shared]) or None)


def _condition(a: _Activity):
    condition = a.activity.get("special_category_condition")
    if not condition:
        return None
    conditions = condition if isinstance(condition, list) else [condition]
    return a.items(", ".join(a.say("special_category_condition", c) for c in conditions))


def _owner(a: _Activity):
    return a.items(a.activity.get("owner"))


def _review(a: _Activity):
    return a.items(a.activity.get("last_review") or a.organization.get("last_review"))


# How each field of an activity is shown on its line, None: no line (a field
# the fiche shows only when given). The fiche's heading names the activity.
_SHOWN = {
    "role": _role,
    "description": _description,
    "last_review": _review,
    "owner": _owner,
    "joint_controllers": _parties("joint_controllers"),
    "controllers": _parties("controllers"),
    "purposes": _purposes,
    "data_subjects": _subjects,
    "data_categories": _categories,
    "special_category_condition": _condition,
    "recipients": _recipients,
    "transfers": _transfers,
    "security_measures": _security,
    "rights": _rights,
    "dpia": _dpia,
}
# Shown elsewhere than on a line of the fiche: its heading.
HEADING = frozenset({"name", "id"})


@cache
def lines() -> tuple[tuple[str, str, str], ...]:
    """(field, French title, English title) of each line, in the CNIL
    layout's order: the first line it writes for each field."""
    out, seen = [], set()
    for column in built_in("cnil").columns:
        root = column.segments[0][0]
        if column.write and root in _SHOWN and root not in seen:
            seen.add(root)
            out.append((root, column.labels[0], column.en or column.labels[0]))
    return tuple(out)


def _fiche(activity: dict, t, lang: str, organization: dict | None = None) -> list[dict]:
    """`organization`: what the register states for every activity (its
    rights, its review date), shown where the activity takes it, as the rules
    judge it."""
    given = _Activity(activity, organization or {}, t, lang)
    rows = []
    for key, fr, en in lines():
        cell = _SHOWN[key](given)
        if cell is not None:
            rows.append({"label": fr if lang == "fr" else en, **cell})
    return rows
