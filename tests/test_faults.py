"""Faults of the engine around the linter: each ends in exit status 2 with one
clear line, and leaves no process behind."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading

import pytest
from conftest import EXAMPLES, REGISTERS, ROOT, TODAY, run_cli

from linter.engine import opa_server as opa_module
from linter.run.runner import Linter, LintError, Options


def _one_line_failure(proc, *words):
    assert proc.returncode == 2, proc.stdout + proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    for word in words:
        assert word in lines[0], lines[0]


def test_server_dies_mid_run(opa_bin):
    with Linter(Options(engine="opa", opa_bin=opa_bin, today=TODAY)) as linter:
        linter.engine()
        linter.run([str(EXAMPLES / "compliant.yaml")])  # it works...
        linter._engine.server.proc.kill()  # ...then the server dies
        # Said to have died, with how: not blamed on the network.
        with pytest.raises(
            LintError, match=r"the OPA server ropa-lint started died .*exit status -9"
        ):
            linter.run([str(EXAMPLES / "certilience.yaml")])


@pytest.fixture
def silent_server():
    """Accepts connections and never answers: a hung or overloaded OPA."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    held, stop = [], threading.Event()

    def accept():
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    stop.set()
    thread.join(timeout=2)
    for conn in held:
        conn.close()
    listener.close()


def test_slow_server_times_out(silent_server):
    proc = run_cli(
        "check", "--opa-url", silent_server, "--opa-timeout", "0.5", str(REGISTERS / "minimal.yaml")
    )
    _one_line_failure(proc, "did not answer within 0.5 s")


@pytest.mark.parametrize(
    "url", ["ftp://127.0.0.1:8181", "127.0.0.1:8181", "http://127.0.0.1:8181/v1"]
)
def test_malformed_url(url):
    _one_line_failure(run_cli("check", "--opa-url", url, str(REGISTERS / "minimal.yaml")), url)


def test_opa_binary_that_does_not_start():
    proc = run_cli(
        "check", "--engine", "opa", "--opa-bin", "/bin/false", str(REGISTERS / "minimal.yaml")
    )
    _one_line_failure(proc, "did not start")


def test_port_taken_first_is_retried(opa_bin, monkeypatch):
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen(1)
    ports = iter([taken.getsockname()[1]])
    real = opa_module._free_port
    monkeypatch.setattr(opa_module, "_free_port", lambda: next(ports, None) or real())
    try:
        with Linter(Options(engine="opa", opa_bin=opa_bin, today=TODAY)) as linter:
            result = linter.run([str(EXAMPLES / "certilience.yaml")])
            assert linter._engine.server.port != taken.getsockname()[1]
        assert result.summary["errors"] > 0
    finally:
        taken.close()


def test_two_runs_at_once_do_not_collide(opa_bin, tmp_path):
    cmd = [
        sys.executable,
        "-m",
        "linter",
        "check",
        "-f",
        "json",
        "--engine",
        "opa",
        "--opa-bin",
        opa_bin,
        "--today",
        TODAY,
        str(EXAMPLES),
    ]
    procs = [
        subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(3)
    ]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [1, 1, 1], [e for _, e in outs]
    assert outs[0][0] == outs[1][0] == outs[2][0]


def test_rule_that_fails_on_opa_at_start_up_names_the_rule(opa_bin, tmp_path):
    from conftest import write

    write(
        tmp_path / "hygiene" / "typed.rego",
        "# METADATA\n# title: Typed\n# description: A type error OPA sees at compile time.\n"
        "# custom:\n#   id: ACME-010\n#   severity: error\n#   reference: none\n"
        "#   remediation: none\n#   title_fr: Typée\n#   remediation_fr: aucune\n"
        "package ropa.rules.hygiene.typed\n\n"
        'report contains {"path": [], "message": {"en": x}} if x := count(5)\n',
    )
    proc = run_cli(
        "check",
        "--engine",
        "opa",
        "--opa-bin",
        opa_bin,
        "--rules",
        str(tmp_path),
        str(REGISTERS / "minimal.yaml"),
    )
    _one_line_failure(proc, "ACME-010", "does not compile")


def test_a_go_runtime_out_of_memory_is_read_as_the_budget():
    # What OPA writes when the address-space cap stops it, start-up or not.
    log = (
        '{"level":"info","msg":"Initializing server."}\n'
        "fatal error: runtime: cannot allocate memory\n\n"
        "goroutine 1 [running]:\n\t/usr/local/go/src/runtime/mfinal.go:172 +0x3d\n"
    )
    assert opa_module.LocalOpaServer._cause(log) == (
        "fatal error: runtime: cannot allocate memory",
        True,
    )
    assert opa_module.LocalOpaServer._cause("listen tcp: address already in use\n") == (
        "listen tcp: address already in use",
        False,
    )
    # Under the data-segment cap the runtime may die of a failed mmap without
    # saying so: a signal, read as the budget only when one was set.
    crash = (
        "SIGSEGV: segmentation violation\nPC=0x439cbd m=7 sigcode=1 addr=0x0\n\n"
        "goroutine 0 gp=0x0 m=7 mp=0x0 [idle]:\nrax    0x0\ngs     0x0\n"
    )
    cause = "SIGSEGV: segmentation violation"
    assert opa_module.LocalOpaServer._cause(crash, capped=True) == (cause, True)
    assert opa_module.LocalOpaServer._cause(crash) == (cause, False)
