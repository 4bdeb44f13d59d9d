from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
REGISTERS = Path(__file__).resolve().parent / "registers"
TODAY = "2026-11-23"  # results must not age with the calendar


def opa_binary() -> str | None:
    from linter.engine.opa import find_opa

    return find_opa()


@pytest.fixture(scope="session")
def opa_bin() -> str:
    found = opa_binary()
    if found is None:
        if os.environ.get("CI") or os.environ.get("ROPA_REQUIRE_OPA"):
            pytest.fail("no OPA binary: `make test` installs it in .tools/bin")
        pytest.skip("no `opa` binary (set ROPA_OPA_BIN or run `make test`)")
    return found


def run_cli(*args: str, stdin: str | None = None, env: dict | None = None, cwd=None):
    """Run ropa-lint as users do: a separate process."""
    full_env = {k: v for k, v in os.environ.items() if k != "ROPA_OPA_URL"}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "linter", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=full_env,
        cwd=cwd or ROOT,
        timeout=120,
    )


def check_json(*args: str, **kw) -> tuple[int, dict]:
    proc = run_cli("check", "--format", "json", "--today", TODAY, *args, **kw)
    assert proc.returncode in (0, 1), proc.stderr
    return proc.returncode, json.loads(proc.stdout)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
