"""A shared OPA deployment: a server started apart from the linter, with its own
token and TLS, as a group running ropa-lint from many CI jobs would have."""

from __future__ import annotations

import json
import socket
import subprocess
import time

import pytest
from conftest import EXAMPLES, TODAY, run_cli, write

TOKEN = "s3cret-deployment-token"
AUTHZ = f"""package system.authz

default allow := false

allow if input.identity == "{TOKEN}"
"""


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(opa_bin, tmp_path, *extra):
    port = _port()
    authz = write(tmp_path / "authz.rego", AUTHZ)
    proc = subprocess.Popen(
        [
            opa_bin,
            "run",
            "--server",
            "--addr",
            f"127.0.0.1:{port}",
            "--authentication=token",
            "--authorization=basic",
            "--log-level=error",
            *extra,
            str(authz),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return proc, port
        time.sleep(0.05)
    proc.kill()
    pytest.fail("OPA did not start")


@pytest.fixture
def shared_opa(opa_bin, tmp_path):
    proc, port = _serve(opa_bin, tmp_path)
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(timeout=10)


def test_shared_server_with_its_own_token(shared_opa):
    args = ("check", "-f", "json", "--today", TODAY, str(EXAMPLES))
    proc = run_cli(*args, "--opa-url", shared_opa, "--opa-token", TOKEN)
    assert proc.returncode == 1, proc.stderr
    via_opa = json.loads(proc.stdout)
    assert via_opa["summary"]["engine"] == "opa"
    embedded = json.loads(run_cli(*args, "--engine", "embedded").stdout)
    assert via_opa["findings"] == embedded["findings"]
    # A second run against the same server (policies already there) agrees too.
    again = run_cli(*args, env={"ROPA_OPA_URL": shared_opa, "ROPA_OPA_TOKEN": TOKEN})
    assert json.loads(again.stdout)["findings"] == embedded["findings"]


@pytest.mark.parametrize("token", ["wrong-token", None])
def test_wrong_or_missing_token_fails_closed(shared_opa, token):
    extra = ["--opa-token", token] if token else []
    proc = run_cli("check", "--opa-url", shared_opa, *extra, str(EXAMPLES / "compliant.yaml"))
    assert proc.returncode == 2
    assert "refused" in proc.stderr and "token" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def _openssl(*args, cwd):
    made = subprocess.run(["openssl", *args], cwd=cwd, capture_output=True, text=True)
    if made.returncode != 0:
        pytest.skip(f"openssl could not make the certificates: {made.stderr[-200:]}")


def test_tls_with_a_private_ca(opa_bin, tmp_path):
    # A deployment's own CA signs the server's certificate, as in a company PKI.
    _openssl(
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "2",
        "-subj",
        "/CN=ropa-test-ca",
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
        cwd=tmp_path,
    )
    _openssl(
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-subj",
        "/CN=127.0.0.1",
        "-keyout",
        "key.pem",
        "-out",
        "srv.csr",
        cwd=tmp_path,
    )
    write(tmp_path / "ext.cnf", "subjectAltName=IP:127.0.0.1\n")
    _openssl(
        "x509",
        "-req",
        "-in",
        "srv.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-days",
        "2",
        "-extfile",
        "ext.cnf",
        "-out",
        "cert.pem",
        cwd=tmp_path,
    )
    key, cert, ca = tmp_path / "key.pem", tmp_path / "cert.pem", tmp_path / "ca.pem"
    proc, port = _serve(
        opa_bin, tmp_path, "--tls-cert-file", str(cert), "--tls-private-key-file", str(key)
    )
    try:
        url = f"https://127.0.0.1:{port}"
        target = str(EXAMPLES / "certilience.yaml")
        trusted = run_cli(
            "check",
            "--opa-url",
            url,
            "--opa-token",
            TOKEN,
            "--opa-ca-bundle",
            str(ca),
            "--today",
            TODAY,
            target,
        )
        assert trusted.returncode == 1, trusted.stderr
        assert "LB-004" in trusted.stdout
        untrusted = run_cli("check", "--opa-url", url, "--opa-token", TOKEN, target)
        assert untrusted.returncode == 2 and "not trusted" in untrusted.stderr
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _impostor(monkeypatch, answer: bytes):
    """Another local process listening first on the port ropa-lint picks,
    answering `answer` to everything and noting (method, path, Authorization)."""
    import http.server
    import threading

    from linter.engine import opa_server

    seen = []

    class Impostor(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            seen.append((self.command, self.path, self.headers.get("Authorization")))
            self.send_response(200)
            self.end_headers()
            self.wfile.write(answer)

        do_POST = do_PUT = do_GET

        def log_message(self, *args):
            pass

    impostor = http.server.HTTPServer(("127.0.0.1", 0), Impostor)
    threading.Thread(target=impostor.serve_forever, daemon=True).start()
    monkeypatch.setattr(opa_server, "_free_port", lambda: impostor.server_address[1])
    return impostor, seen


def test_a_port_squatted_by_another_process_gets_nothing(opa_bin, monkeypatch):
    """Issue 32: another local user listening first on the port ropa-lint
    picked would receive the token and the registers and could answer "no
    findings". The server ropa-lint starts is checked to be its own child
    before anything is sent: the impostor sees a health probe at most."""
    from linter.engine import EngineError, opa_server

    impostor, seen = _impostor(monkeypatch, b"{}")
    server = opa_server.LocalOpaServer(opa_bin)
    try:
        with pytest.raises(EngineError, match=r"another process answers|did not start"):
            server.start({"ropa/x.rego": "package ropa.x\n\nv := 1\n"}, {})
    finally:
        server.stop()
        impostor.shutdown()
    assert all(path == "/health" and auth is None for _, path, auth in seen), seen


def test_without_proc_an_impostor_fails_the_proof_and_never_sees_the_token(opa_bin, monkeypatch):
    """Issue 32, on a system without /proc (macOS): the server must answer a
    fresh nonce with its HMAC under a secret written to its private folder.
    An impostor on the port cannot, and the proof is asked without the token."""
    from linter.engine import EngineError, opa_server

    impostor, seen = _impostor(monkeypatch, b'{"result": "0000"}')
    monkeypatch.setattr(opa_server.LocalOpaServer, "_answered_by_child", lambda self: True)
    server = opa_server.LocalOpaServer(opa_bin)
    try:
        with pytest.raises(EngineError, match=r"another process answers|did not start"):
            server.start({"ropa/x.rego": "package ropa.x\n\nv := 1\n"}, {})
    finally:
        server.stop()
        impostor.shutdown()
    assert all(auth is None for _, _, auth in seen), seen
    assert all(path in ("/health", "/v1/data/ropa/lib/proof/answer") for _, path, _ in seen)


def test_the_server_ropa_lint_starts_proves_itself(opa_bin, monkeypatch):
    """And the real one passes the proof (the /proc check set aside)."""
    from linter.engine import opa_server

    monkeypatch.setattr(opa_server.LocalOpaServer, "_answered_by_child", lambda self: True)
    server = opa_server.LocalOpaServer(opa_bin)
    try:
        server.start({"ropa/x.rego": "package ropa.x\n\nv := 1\n"}, {})
        assert server._proves_itself()
        server._secret = "not-the-one-it-was-given"
        assert not server._proves_itself()
    finally:
        server.stop()
