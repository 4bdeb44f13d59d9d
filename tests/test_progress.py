"""The progress bar shows on a terminal, never in CI logs or machine formats."""

from __future__ import annotations

import os
import pty
import subprocess
import sys

from conftest import REGISTERS, ROOT, write


def _run_on_tty(args, env):
    main, secondary = pty.openpty()
    proc = subprocess.run(
        [sys.executable, "-m", "linter", *args],
        stdout=subprocess.PIPE,
        stderr=secondary,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    os.close(secondary)
    chunks = []
    while True:
        try:
            data = os.read(main, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    os.close(main)
    return proc, b"".join(chunks).decode("utf-8", "replace")


def test_progress_on_a_terminal_only(tmp_path):
    text = (REGISTERS / "minimal.yaml").read_text()
    for i in range(12):
        write(tmp_path / f"r{i:02}.yaml", text)
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "NO_PROGRESS")}
    proc, tty = _run_on_tty(["check", str(tmp_path)], env)
    assert proc.returncode == 0
    assert "12/12 files" in tty and "[" in tty
    assert b"files]" not in proc.stdout and b"12/12" not in proc.stdout  # stdout stays clean
    _, tty_ci = _run_on_tty(["check", str(tmp_path)], {**env, "CI": "true"})
    assert "12/12" not in tty_ci
    _, tty_json = _run_on_tty(["check", "-f", "json", str(tmp_path)], env)
    assert "12/12" not in tty_json
