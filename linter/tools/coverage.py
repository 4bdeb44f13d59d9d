"""Gate on `opa test --coverage --format=json`: print the figure, fail below it.

python -m linter.tools.coverage .coverage-rego.json 90
"""

from __future__ import annotations

import json
import sys


def main(argv: list[str]) -> int:
    path, floor = argv[0], float(argv[1])
    with open(path, encoding="utf-8") as fh:
        report = json.load(fh)
    total = float(report.get("coverage", 0.0))
    worst = sorted(
        (float(v.get("coverage", 0.0)), name)
        for name, v in report.get("files", {}).items()
        if not name.endswith("_test.rego")
    )[:3]
    print(f"Rego coverage of rules/: {total:.1f}% (floor {floor:g}%)")
    for cov, name in worst:
        print(f"  lowest: {name} {cov:.1f}%")
    if total < floor:
        print(f"coverage {total:.1f}% is below {floor:g}%", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
