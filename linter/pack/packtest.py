"""`ropa-lint test-rules DIR`: a rule pack's Rego unit tests, with the built-in
library and reference tables loaded, on the embedded engine or on `opa test`."""

from __future__ import annotations

import json
import os
import re
import subprocess
import time
from pathlib import Path

from linter.core.errors import RopaLintError
from linter.core.resources import rules_dir
from linter.engine import DATA_ROOT
from linter.engine.embedded import describe_error
from linter.pack.rego_source import RegoSourceError, checked
from linter.pack.rulepack import RulePackError, load_pack

_TEST = re.compile(r"^(test_[A-Za-z0-9_]+)\b", re.M)
_PACKAGE = re.compile(r"^package\s+([A-Za-z0-9_.]+)", re.M)


class PackTestError(RopaLintError):
    """The tests could not be run (exit status 2)."""


def _tests(directory: Path) -> dict[str, str]:
    """The pack's test files, read as its rules are: regular files only (a
    pipe named `_test.rego` is refused, not waited on), bounded, UTF-8."""
    from linter.pack.rulepack import _source

    try:
        return {str(p): _source(p) for p in sorted(directory.rglob("*_test.rego"))}
    except RulePackError as exc:
        raise PackTestError(str(exc)) from None


# `opa test` on a pack is code from a pull request too: bounded in time.
OPA_TEST_SECONDS = 600


# Seconds each test took, by test name, for `test-rules --profile`.
TIMINGS: dict[str, float] = {}


def run_pack_tests(directory: str, engine: str = "embedded", opa_bin: str | None = None):
    pack_dir = Path(directory)
    if not pack_dir.is_dir():
        raise PackTestError(f"{directory}: no such directory")
    builtin = rules_dir().resolve()
    extra = () if pack_dir.resolve() == builtin else (str(pack_dir),)
    try:
        pack = load_pack(extra)
    except RulePackError as exc:
        raise PackTestError(str(exc)) from None
    tests = _tests(pack_dir)
    if not tests:
        raise PackTestError(f"{directory}: no *_test.rego file")
    # The pack's modules were read by load_pack; its tests are code from the
    # same pull request and are read the same way.
    for name, source in tests.items():
        try:
            checked(name, source)
        except RegoSourceError as exc:
            raise PackTestError(f"{_shown(name, extra)}: {exc}") from None
    if engine == "opa":
        return _opa(pack_dir, builtin, opa_bin)
    return _embedded(pack, tests, extra)


def _shown(module_id: str, extra: tuple[str, ...]) -> str:
    """`pack1/hygiene/x.rego` → the file the user wrote."""
    prefix, _, rest = module_id.partition("/")
    if prefix.startswith("pack") and prefix[4:].isdigit() and int(prefix[4:]) <= len(extra):
        return str(Path(extra[int(prefix[4:]) - 1]) / rest)
    return f"rules/{rest}" if prefix == "ropa" else module_id


def _embedded(pack, tests: dict[str, str], extra: tuple[str, ...] = ()):
    import regorus

    passed, failed = [], []
    base = regorus.Engine()
    for name, source in [*pack.modules.items(), *tests.items()]:
        try:
            base.add_policy(name, source)
        except Exception as exc:  # regorus renders a multi-line report: keep its one line
            _, why = describe_error(exc)
            raise PackTestError(f"{_shown(name, extra)}: does not compile: {why}") from None
    base.add_data_json(json.dumps({DATA_ROOT: {"reference": pack.reference, "context": {}}}))
    for path, source in tests.items():
        package = _PACKAGE.search(source).group(1)
        for name in sorted(set(_TEST.findall(source))):
            label = f"data.{package}.{name}"
            started = time.perf_counter()
            try:
                value = json.loads(base.eval_rule_as_json(label))
                TIMINGS[label] = time.perf_counter() - started
            except Exception as exc:
                why = next((line for line in str(exc).splitlines() if line.startswith("error")), "")
                failed.append(f"{label} ({path}): {why or 'error'}")
                continue
            (passed if value is True else failed).append(
                label if value is True else f"{label} ({path})"
            )
    return passed, failed


def _opa(pack_dir: Path, builtin: Path, opa_bin: str | None):
    from linter.engine.opa import find_opa

    binary = find_opa(opa_bin)
    if binary is None:
        raise PackTestError("`opa` not found (PATH, --opa-bin or ROPA_OPA_BIN)")
    dirs = [str(builtin)] + ([] if pack_dir.resolve() == builtin else [str(pack_dir)])
    try:
        proc = subprocess.run(
            [binary, "test", "--format=json", *dirs], capture_output=True, text=True,
            timeout=OPA_TEST_SECONDS, stdin=subprocess.DEVNULL,
            env={"PATH": os.environ.get("PATH", "")},  # no secret of the run for a test
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        raise PackTestError(f"opa test did not end within {OPA_TEST_SECONDS} s") from None
    try:
        results = json.loads(proc.stdout or "[]")
    except json.JSONDecodeError:
        raise PackTestError(f"opa test failed: {proc.stderr.strip()[:300]}") from None
    for r in results:  # OPA gives each test's duration in nanoseconds
        TIMINGS[f"{r['package']}.{r['name']}"] = r.get("duration", 0) / 1e9
    # OPA names packages with their `data.` prefix.
    passed = [
        f"{r['package']}.{r['name']}" for r in results if not r.get("fail") and not r.get("error")
    ]
    failed = [
        f"{r['package']}.{r['name']} ({r.get('location', {}).get('file')})"
        for r in results
        if r.get("fail") or r.get("error")
    ]
    if pack_dir.resolve() != builtin:
        own = {f"data.{m}" for m in _PACKAGE.findall(" \n".join(_tests(pack_dir).values()))}
        passed = [p for p in passed if p.rsplit(".", 1)[0] in own]
        for name in [n for n in TIMINGS if n.rsplit(".", 1)[0] not in own]:
            del TIMINGS[name]
        failed = [f for f in failed if f.split(" ")[0].rsplit(".", 1)[0] in own]
    return passed, failed
