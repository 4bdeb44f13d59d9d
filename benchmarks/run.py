"""Whole-process wall time and peak memory of ropa-lint, beside OPA and conftest.

    make bench                       # installs the pinned tools, then runs this
    python benchmarks/run.py --repeat 3 --out benchmarks/results.md

Every case is a separate process, timed from fork to exit; peak memory is the
child's maximum resident set (os.wait4). The median of --repeat runs is kept.
Inputs are generated deterministically (benchmarks/generate.py) in a temporary
directory. `opa eval` is the floor: OPA's own evaluator on the same rules and
input with nothing around it (no positions, no schema, no report). conftest
runs the same rules through a `deny` wrapper, on its own YAML parser.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from generate import register  # noqa: E402

TODAY = "2026-11-23"
SIZES = (1, 100, 1000, 10000)
SHEET_ROWS = 5000  # issue 12: a sheet of 5,000 rows lints in under 3 s


def measure(cmd: list[str], cwd: Path, env: dict) -> tuple[float, int, int]:
    """(seconds, peak RSS in MB, exit status) of one process."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {err.strip()[:300]}")
    return elapsed, usage.ru_maxrss // 1024, proc.returncode


def median_of(cmd, cwd, env, repeat: int) -> tuple[float, int]:
    return medians_in_rounds({"": cmd}, cwd, env, repeat)[""]


def medians_in_rounds(cmds: dict, cwd, env, repeat: int) -> dict:
    """Each command once per round, the rounds one after another: the
    machine's speed drifts within minutes (benchmarks/README.md), so cases
    compared with each other are measured side by side, not minutes apart."""
    runs: dict = {label: [] for label in cmds}
    for _ in range(repeat):
        for label, cmd in cmds.items():
            runs[label].append(measure(cmd, cwd, env))
    return {
        label: (statistics.median(r[0] for r in got), max(r[1] for r in got))
        for label, got in runs.items()
    }


def bundle(work: Path) -> tuple[Path, Path]:
    """The rule pack as plain files for opa eval and conftest: modules, aggregator, data."""
    from linter.pack.rulepack import load_pack

    pack = load_pack()
    policies = work / "policies"
    policies.mkdir()
    for module_id, source in pack.modules_for(set(pack.rules)).items():
        target = policies / module_id.replace("/", "__")
        target.write_text(source, encoding="utf-8")
    (policies / "conftest_main.rego").write_text(
        "package main\n\ndeny contains msg if {\n\tsome f in data.ropa.main.findings\n"
        '\tmsg := sprintf("%s %v", [f.name, f.path])\n}\n',
        encoding="utf-8",
    )
    data = work / "data"
    data.mkdir()
    context = {"today": TODAY, "rules": sorted(pack.rules), "use_waivers": True}
    (data / "data.json").write_text(
        json.dumps({"ropadata": {"reference": pack.reference, "context": context}}),
        encoding="utf-8",
    )
    return policies, data


def tool(name: str) -> str | None:
    local = ROOT / ".tools" / "bin" / name
    return str(local) if local.exists() else shutil.which(name)


# The sheet's forms: the XLSX as openpyxl writes it (each text in its cell,
# the slowest for openpyxl to read) and as Excel saves it (shared strings);
# the ODS as odfdo writes it (each text also in an attribute) and as
# LibreOffice saves it (text in paragraphs only).
SHEET_FORMS = (
    (".xlsx", "s.xlsx"),
    (".xlsx as Excel saves it", "s-excel.xlsx"),
    (".ods", "s.ods"),
    (".ods as LibreOffice saves it", "s-libreoffice.ods"),
    (".csv", "s.csv"),
)


def comparison(rows) -> list[str]:
    """The targets' table: ropa-lint beside `opa eval` (one register, one
    sheet) or conftest (1,000 files), and their ratio."""
    time_of = {label: seconds for label, seconds, _ in rows}
    memory_of = {label: mb for label, _, mb in rows}
    out = [
        "| case | ropa-lint embedded | beside it | ratio | peak memory (embedded) |",
        "|---|---:|---:|---:|---:|",
    ]

    def row(case: str, ours: str, theirs: str, name: str) -> None:
        if ours in time_of and theirs in time_of:
            ratio = time_of[ours] / time_of[theirs]
            out.append(
                f"| {case} | {time_of[ours]:.2f} s | {name} {time_of[theirs]:.2f} s | "
                f"{ratio:.2f}× | {memory_of[ours]} MB |"
            )

    for n in SIZES:
        base = f"1 register, {n:,} activities"
        row(base, f"{base} — ropa-lint embedded", f"{base} — opa eval", "opa eval")
    sheet = f"1 sheet, {SHEET_ROWS:,} rows"
    for label, _ in SHEET_FORMS:
        ours = f"{sheet} ({label}) — ropa-lint embedded"
        row(f"{sheet} ({label})", ours, f"{sheet} — opa eval (same data, JSON)", "opa eval")
    base = "1,000 files of 10 activities"
    for engine in ("ropa-lint embedded", "ropa-lint opa (own server)"):
        case = f"{base}, {engine.removeprefix('ropa-lint ')}"
        row(case, f"{base} — {engine}", f"{base} — conftest", "conftest")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", default=None, help="also write the Markdown table here")
    parser.add_argument(
        "--skip-slow",
        action="store_true",
        help="leave out opa eval on 1,000 files (1,000 processes)",
    )
    parser.add_argument(
        "--sheet-only",
        action="store_true",
        help="only the 5,000-row sheet in its five forms beside opa eval (issue 12's target)",
    )
    args = parser.parse_args()
    python = sys.executable
    ropa = [python, "-m", "linter"]
    opa, conftest = tool("opa"), tool("conftest")
    env = {**os.environ, "NO_PROGRESS": "1", "ROPA_OPA_BIN": opa or ""}
    env.pop("ROPA_OPA_URL", None)
    # As installed from a wheel, where pip compiles the bytecode: a source tree
    # run with PYTHONDONTWRITEBYTECODE would compile every module at each start.
    subprocess.run([python, "-m", "compileall", "-q", str(ROOT / "linter")], check=True)
    rows = []
    sizes = () if args.sheet_only else SIZES
    with tempfile.TemporaryDirectory(prefix="ropa-bench-") as tmp:
        work = Path(tmp)
        policies, data = bundle(work)
        for n in sizes:
            (work / f"r{n}.yaml").write_text(register(n), encoding="utf-8")
        # A spreadsheet register of 5,000 rows (a GRC export, with its layout
        # file), as XLSX and CSV, and the very data it reads into as JSON for
        # opa eval. Written by a child process: this one stays small, since a
        # case's peak memory counts what it inherits at fork.
        subprocess.run([python, str(HERE / "generate.py"), "--sheet", str(SHEET_ROWS),
                        "--out", str(work)], check=True)  # fmt: skip
        files = work / "files"
        files.mkdir()
        for i in range(1000 if sizes else 0):
            (files / f"r{i:04}.yaml").write_text(
                register(10, seed=42 + i, offset=i * 10), encoding="utf-8"
            )

        def case(label, cmd, repeat=args.repeat):
            seconds, mb = median_of(cmd, work, env, repeat)
            rows.append((label, seconds, mb))
            print(f"{label:<48} {seconds:7.2f} s {mb:6d} MB", flush=True)

        case("ropa-lint --version", [*ropa, "--version"], max(args.repeat, 5))
        inputs = [(f"1 register, {n:,} activities", [f"r{n}.yaml"]) for n in sizes]
        if sizes:
            inputs.append(("1,000 files of 10 activities", ["files"]))
        sheet = f"1 sheet, {SHEET_ROWS:,} rows"
        sheets = {}
        for label, name in SHEET_FORMS:
            cmd = [*ropa, "check", "--today", TODAY, "-f", "json", "--engine", "embedded"]
            sheets[f"{sheet} ({label}) — ropa-lint embedded"] = [
                *cmd, "--layout", "layout.yaml", name
            ]  # fmt: skip
        if opa:
            sheets[f"{sheet} — opa eval (same data, JSON)"] = [
                opa, "eval", "-d", str(policies), "-d", str(data / "data.json"), "-i",
                "s.json", "data.ropa.main.findings", "-f", "raw",
            ]  # fmt: skip
        for label, (seconds, mb) in medians_in_rounds(sheets, work, env, args.repeat).items():
            rows.append((label, seconds, mb))
            print(f"{label:<48} {seconds:7.2f} s {mb:6d} MB", flush=True)
        # The other way: a register of 1,000 activities written as the CNIL
        # fiches (1,000 sheets), read back and checked lossless before writing.
        for kind in ("xlsx", "ods") if sizes else ():
            case(
                f"convert 1,000 activities to .{kind}",
                [*ropa, "convert", "--force", "r1000.yaml", f"out.{kind}"],
            )
        for label, paths in inputs:
            common = ["check", "--today", TODAY, "-f", "json", *paths]
            case(f"{label} — ropa-lint embedded", [*ropa, *common, "--engine", "embedded"])
            if label.startswith("1,000 files"):
                case(
                    f"{label} — ropa-lint embedded --jobs 1",
                    [*ropa, *common, "--engine", "embedded", "--jobs", "1"],
                )
            if opa:
                case(f"{label} — ropa-lint opa (own server)", [*ropa, *common, "--engine", "opa"])
                if not label.startswith("1,000 files"):
                    case(
                        f"{label} — opa eval",
                        [
                            opa,
                            "eval",
                            "-d",
                            str(policies),
                            "-d",
                            str(data / "data.json"),
                            "-i",
                            paths[0],
                            "data.ropa.main.findings",
                            "-f",
                            "raw",
                        ],
                    )
                elif not args.skip_slow:
                    script = (
                        f'for f in files/*.yaml; do "{opa}" eval -d "{policies}" -d '
                        f'"{data}/data.json" -i "$f" data.ropa.main.findings -f raw; done'
                    )
                    case(f"{label} — opa eval (one process per file)", ["sh", "-c", script], 1)
            if conftest:
                case(
                    f"{label} — conftest",
                    [conftest, "test", "--no-color", "-p", str(policies), "-d", str(data), *paths],
                )
    machine = (
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )
    lines = [
        f"Measured {time.strftime('%Y-%m-%d')} on {machine}; median of {args.repeat} runs "
        "(whole process, wall time; peak resident memory).",
        "",
        "| case | wall time | peak memory |",
        "|---|---:|---:|",
        *(f"| {label} | {seconds:.2f} s | {mb} MB |" for label, seconds, mb in rows),
    ]
    lines += ["", *comparison(rows)]
    text = "\n".join(lines) + "\n"
    print("\n" + text)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
