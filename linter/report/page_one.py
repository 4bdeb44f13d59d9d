"""Page one of the auditor's report: what a board or an auditor reads first —
who is covered, how the activities stand, the few rules behind most errors,
and what the run was (issue 19)."""

from __future__ import annotations

from collections import Counter

from linter.core.messages import say


def page_one(result, options, registers: list[dict]) -> dict:
    lang = options.lang

    def t(key: str) -> str:
        return say(f"html.{key}", lang)

    status = Counter(a["status"] for r in registers for a in r["activities"])
    errors = [f for f in result.findings if f.severity == "error" and not f.accepted]
    top = []
    for rule_id, count in sorted(
        Counter(f.rule for f in errors).items(), key=lambda x: (-x[1], x[0])
    )[:5]:
        rule = options.rules.get(rule_id)
        top.append(
            {
                "rule": rule_id,
                "count": count,
                "title": rule.text("title", lang) if rule else rule_id,
                "fix": rule.text("remediation", lang) if rule else "",
            }
        )
    config = result.summary.config or {}
    disabled = list(config.get("disabled") or [])
    regraded = [f"{r['rule']} {r['from']} → {r['to']}" for r in config.get("regraded") or []]
    enabled = len(options.rules) - len(disabled)
    repository = options.repository or {}
    since = None
    if options.previous is not None:
        from linter.core.findings import fingerprint

        before = {p["fingerprint"] for p in options.previous}
        now = {fingerprint(f) for f in result.findings if not f.waived}
        since = {
            "new": len(now - before),
            "unchanged": len(now & before),
            "fixed": sorted(
                (p for p in options.previous if p["fingerprint"] not in now),
                key=lambda p: (p["file"], p["rule"], p["path"]),
            ),
        }
    return {
        "organisations": [r["organization_name"] for r in registers if r.get("organization_name")],
        "registers": len(registers),
        "status": [
            {"key": key, "label": t(f"status_{key}"), "count": status.get(key, 0)}
            for key in ("ok", "ok_partial", "findings", "known", "aside")
            if key not in ("ok_partial", "known") or status.get(key)
        ],
        "top": top,
        "evaluated": options.generated,
        "generated_at": options.generated_at,
        "rules": enabled,
        "disabled": disabled,
        "regraded": regraded,
        "fail_on": result.summary.fail_on,
        "jurisdictions": sorted({r["jurisdiction"] for r in registers if r.get("jurisdiction")}),
        "waived": sum(1 for f in result.findings if f.waived),
        "waivers": sum(len(r["waivers"]) for r in registers),
        "since": since,
        "commit": repository.get("commit", ""),
        "dirty": repository.get("dirty"),
    }
