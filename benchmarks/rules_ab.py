"""Each rule's CPU time on two trees' rules, alternating, in one process.

    python benchmarks/rules_ab.py OLD_TREE NEW_TREE [--activities 5000] [--repeat 5]

OLD_TREE and NEW_TREE are checkouts (`git worktree add /tmp/old <rev>`); both
rule packs are loaded into two regorus engines with the same generated
register, and each rule's `report` is evaluated on one then the other,
`--repeat` times; the best of each is kept. Alternating rule by rule keeps
the machine's drift (its speed moves by half within the hour here) out of
the comparison. The script stops if a rule's findings differ between trees:
it measures rewrites that must not change what is found.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

import regorus

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import generate  # noqa: E402

from linter.load.loader import load_text  # noqa: E402
from linter.pack.rulepack import load_pack  # noqa: E402


def engine(tree: Path, data: str, register: str):
    found = regorus.Engine()
    packages = {}
    for path in sorted((tree / "rules").rglob("*.rego")):
        if path.name.endswith("_test.rego"):
            continue
        source = path.read_text()
        found.add_policy(str(path.relative_to(tree / "rules")), source)
        name = re.search(r"^package (ropa\.rules\.\S+)", source, re.M)
        if name:
            packages[name.group(1)] = str(path.relative_to(tree / "rules"))
    found.add_data_json(data)
    found.set_input_json(register)
    return found, packages


def _found(answer: str) -> list:
    return sorted(json.loads(answer), key=json.dumps)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--activities", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    pack = load_pack()
    context = {"today": "2026-11-23", "rules": sorted(pack.rules), "use_waivers": True}
    context["law_gated"] = context["rules"]
    data = json.dumps({"ropadata": {"reference": pack.reference, "context": context}})
    register = json.dumps(load_text(generate.register(args.activities), "bench.yaml").data)
    old, packages = engine(args.old, data, register)
    new, _ = engine(args.new, data, register)
    rows, before, after = [], 0.0, 0.0
    for package, file in sorted(packages.items()):
        query = f"data.{package}.report"
        best = [float("inf"), float("inf")]
        for _ in range(args.repeat):
            for n, side in enumerate((old, new)):
                start = time.process_time()
                answer = side.eval_rule_as_json(query)
                best[n] = min(best[n], time.process_time() - start)
                if n == 0:
                    first = answer
        if _found(first) != _found(answer):
            sys.exit(f"{file}: the two trees find different things")
        before, after = before + best[0], after + best[1]
        rows.append((best[0] - best[1], file, *best))
    for _, file, a, b in sorted(rows, reverse=True):
        print(f"{a * 1000:8.1f} ms → {b * 1000:8.1f} ms  {file}")
    print(f"all rules: {before:.3f} s → {after:.3f} s of CPU ({args.activities} activities)")


if __name__ == "__main__":
    main()
