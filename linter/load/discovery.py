"""Which files a run lints: named files, and `*.yaml`/`*.yml` under named directories.

`exclude` patterns are gitignore patterns (pathspec), matched against paths
relative to the directory of the configuration file that declares them (or
the working directory), whatever form the path was given in: `drafts/**`
leaves out `registers/drafts/d.yaml` under `check registers/` and `check .`
alike, as yamllint's `ignore:` does.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from linter.core.errors import LintError
from linter.core.files import repo_root

YAML_SUFFIXES = (".yaml", ".yml")
# Read by linter/sheets when a file is named; a directory is searched for YAML only.
XLSX_SUFFIXES = (".xlsx", ".xlsm")
ODS_SUFFIXES = (".ods",)
CSV_SUFFIXES = (".csv",)
SPREADSHEET_SUFFIXES = XLSX_SUFFIXES + ODS_SUFFIXES + CSV_SUFFIXES


def is_spreadsheet(path: str) -> bool:
    return path.lower().endswith(SPREADSHEET_SUFFIXES)


@dataclass
class Target:
    shown: str
    real: str | None  # None for standard input
    root: str
    explicit: bool  # named on the command line (always linted)


class Excluder:
    def __init__(self, patterns: tuple[str, ...], base: str | None = None):
        self.base = Path(base or os.getcwd()).resolve()
        self.spec = None
        if patterns:
            import pathspec

            self.spec = pathspec.GitIgnoreSpec.from_lines(patterns)

    def __call__(self, path: Path) -> bool:
        if self.spec is None:
            return False
        real = path.resolve()
        try:
            relative = real.relative_to(self.base).as_posix()
        except ValueError:
            relative = path.as_posix().removeprefix("./")  # outside the base: as given
        return self.spec.match_file(relative)


def _walk(directory: Path):
    for dirpath, dirnames, filenames in os.walk(directory):
        # Hidden folders hold tooling (.git, .github, .pre-commit), not registers.
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.endswith(YAML_SUFFIXES) and not name.startswith("."):
                yield Path(dirpath) / name


def discover(
    paths: list[str],
    root: str | None = None,
    exclude: tuple[str, ...] = (),
    exclude_base: str | None = None,
) -> list[Target]:
    excluded = Excluder(exclude, exclude_base)
    targets: list[Target] = []
    for arg in paths:
        if arg == "-":
            targets.append(Target("<stdin>", None, root or os.getcwd(), True))
            continue
        p = Path(arg)
        if not p.exists():
            raise LintError(f"{arg}: no such file or directory")
        real = p.resolve()
        if p.is_dir():
            base = root or str(repo_root(real) or real)
            for f in sorted(_walk(p)):
                if not excluded(f):
                    targets.append(Target(str(f), str(f.resolve()), base, False))
        else:
            base = root or str(repo_root(real.parent) or real.parent)
            targets.append(Target(arg, str(real), base, True))
    return targets
