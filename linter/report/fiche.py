"""One activity as the auditor's report shows it: the fiche's rows, in the
order and the words of the CNIL's register model, every code through the
vocabulary table and every country by its name."""

from __future__ import annotations

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


def _fiche(activity: dict, t, lang: str, organization: dict | None = None) -> list[dict]:
    """`organization`: what the register states for every activity (its
    rights, its review date), shown where the activity takes it, as the rules
    judge it."""
    rows = []
    organization = organization or {}

    def say(field, value):
        return label(field, value, lang)

    def where(party):
        return country(party.get("country"), lang) if party.get("country") else ""

    def row(label, cell):
        rows.append({"label": label, **cell})

    role = activity.get("role")
    row(t("role"), _items(say("role", role) if role else role, t))
    if activity.get("description"):
        row(t("description"), _items(str(activity["description"]), t))
    if activity.get("controllers"):
        row(
            t("controllers"),
            _items([{"text": _contact(c)} for c in activity["controllers"]], t),
        )
    purposes = [p for p in activity.get("purposes") or [] if isinstance(p, dict)]
    row(
        t("purposes"),
        _items(
            [
                {
                    "text": str(p.get("description", "?")),
                    "bold": say("legal_basis", p["legal_basis"]) if p.get("legal_basis") else "—",
                }
                for p in purposes
            ],
            t,
            missing_if_empty=True,
        ),
    )
    subjects = activity.get("data_subjects")
    if isinstance(subjects, list):
        subjects = ", ".join(say("data_subject", s) for s in subjects)
    row(t("subjects"), _items(subjects or None, t))
    cats = [c for c in activity.get("data_categories") or [] if isinstance(c, dict)]
    row(
        t("categories"),
        _items(
            [
                {
                    "text": say("data_category", c.get("name", "?")),
                    "tag": say("special_category", c["special_category"])
                    if c.get("special_category")
                    else None,
                    "tail": retention(c.get("retention"), lang),
                }
                for c in cats
            ],
            t,
            missing_if_empty=True,
        ),
    )

    def listed(key, text):
        """A list field as lines; [] says none, absent says not recorded."""
        given = activity.get(key)
        return _items(
            [{"text": text(x)} for x in given if isinstance(x, dict)] if given else given, t
        )

    row(
        t("recipients"),
        listed(
            "recipients",
            lambda r: (
                f"{r.get('name', '?')} ({_joined(say('recipient_type', r.get('type')), where(r))})"
            ),
        ),
    )
    row(
        t("transfers"),
        listed(
            "transfers",
            lambda x: (
                f"{x.get('recipient', '?')} → {country(x.get('country', '?'), lang)}: "
                f"{say('safeguard', x.get('safeguard', '?'))}"
            ),
        ),
    )
    measures = [
        m if isinstance(m, str) else m.get("measure", "?")
        for m in activity.get("security_measures") or []
        if isinstance(m, str | dict)
    ]
    row(t("security"), _items(", ".join(say("security_measure", m) for m in measures) or None, t))
    dpia = activity.get("dpia")
    if isinstance(dpia, dict):
        done = t("yes") if dpia.get("performed") is True else t("no")
        said = " ".join(str(x) for x in (done, dpia.get("reference"), dpia.get("date")) if x)
        row(t("dpia"), _items(said, t))
    rights = activity.get("rights")
    common = organization.get("rights")
    if isinstance(rights, list) or isinstance(common, list):
        own = rights if isinstance(rights, list) else []
        shared = [r for r in common if r not in own] if isinstance(common, list) else []
        row(t("rights"), _items(", ".join(say("right", r) for r in [*own, *shared]) or None, t))
    condition = activity.get("special_category_condition")
    if condition:
        conditions = condition if isinstance(condition, list) else [condition]
        row(
            t("condition"),
            _items(", ".join(say("special_category_condition", c) for c in conditions), t),
        )
    row(t("owner"), _items(activity.get("owner"), t))
    row(t("review"), _items(activity.get("last_review") or organization.get("last_review"), t))
    return rows
