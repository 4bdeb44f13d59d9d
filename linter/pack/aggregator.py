"""`data.ropa.main`, generated from the enabled rules: the entry points both
engines answer (rulepack.RulePack.modules_for loads it beside the rules)."""

from __future__ import annotations

from linter.engine.base import PARTS

AGGREGATOR_ID = "ropa/main.rego"
UNITS = ("activity", "organization")
# The families whose findings a waiver cannot silence: hygiene judges the
# waivers themselves (and the schema family never reaches Rego).
UNWAIVABLE = frozenset({"schema", "hygiene"})


def aggregator(rules) -> str:
    """`data.ropa.main`: the entry points both engines answer.

    Generated from the enabled rules, one line each: a disabled rule is never
    evaluated, and walking `data.ropa.rules` as a whole would also evaluate
    every helper of every package. `findings` holds every finding;
    `activity_findings` leaves out the rules of the `organization` unit, for a
    register whose organisation was set aside. Each finding is tagged with its
    package, so that Python can attach the rule's METADATA (neither embedded
    engine has rego.metadata.rule), and says whether an active waiver covers
    it (rules/lib/waivers.rego decides).

    The rules are dealt into PARTS parts, `findings_<n>` each: every rule
    still reads the whole register, so a large register can be evaluated on
    both cores at once (engine/embedded.py) with the very same findings.
    """
    ordered = sorted(rules, key=lambda r: r.id)
    part_of = {r.package: i % PARTS for i, r in enumerate(ordered)}
    lines = ["package ropa.main", ""]
    for unit in UNITS:
        members = sorted((r for r in rules if r.unit == unit), key=lambda r: r.package)
        used = sorted({part_of[r.package] for r in members})
        sets = [f"_{unit}_{n}" for n in used]
        # A comprehension over each partial set: defined (empty) when no rule fires.
        whole = " | ".join(f"{{f | some f in {name}}}" for name in sets) or "set()"
        lines.append(f"{unit}_findings := {whole}")
        lines.append("")
        for rule in members:
            _, _, category, name = rule.package.split(".")
            target = f"_{unit}_{part_of[rule.package]}"
            waived = (
                "false"
                if rule.category in UNWAIVABLE
                else f'data.ropa.lib.waivers.waived("{rule.id}", object.get(finding, "path", []))'
            )
            if rule.own:
                # The law that applies decides whether the pack's own rules run
                # and what they cite (rules/lib/law.rego); a user's pack is
                # their own policy and runs whatever the law.
                law = f'data.ropa.lib.law.reference("{rule.id}")'
                tag = (
                    f'{{"category": "{category}", "name": "{name}", '
                    f'"waived": {waived}, "reference": {law}}}'
                )
                lines.append(f"{target} contains object.union(finding, {tag}) if {{")
                lines.append(f'\tdata.ropa.lib.law.applies("{rule.id}")')
                lines.append(f"\tsome finding in data.{rule.package}.report")
                lines.append("}")
            else:
                tag = f'{{"category": "{category}", "name": "{name}", "waived": {waived}}}'
                lines.append(
                    f"{target} contains object.union(finding, {tag}) "
                    f"if some finding in data.{rule.package}.report"
                )
            lines.append("")
    lines.append("findings := activity_findings | organization_findings")
    lines.append("")
    for n in range(PARTS):
        sets = [
            f"{{f | some f in _{unit}_{n}}}"
            for unit in UNITS
            if any(part_of[r.package] == n and r.unit == unit for r in rules)
        ]
        lines.append(f"findings_{n} := {' | '.join(sets) or 'set()'}")
        lines.append("")
    return "\n".join(lines)


# input.registers: [{"register": ..., "whole": bool}]; one list of findings
# each, in order (`whole` false: the organisation was set aside).
BATCH = """
batch := [answer |
	some item in input.registers
	answer := _answer(item)
]

_answer(item) := found if {
	item.whole == true
	found := findings with input as item.register
}

_answer(item) := found if {
	item.whole == false
	found := activity_findings with input as item.register
}
"""
