"""`ropa-lint lsp` as an editor meets it: a subprocess spoken to in LSP
JSON-RPC over stdio (initialize, didOpen, didChange, didSave, shutdown), on
both engines."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT, TODAY, write

REGISTER = """register: 1
organization: {name: Essai, country: FR, contact: {email: dpo@essai.fr}}
activities:
  - id: paie
    name: Paie
    role: controller
    last_review: 2026-11-01
    purposes:
      - {description: Paie des salariés, type: payroll}
    data_subjects: [employees]
    data_categories:
      - {name: identity, retention: {active: P5Y, trigger: end_of_contract}}
    recipients: []
    transfers: []
    security_measures: [access_control]
    rights: [access]
"""


class Client:
    """A minimal LSP client: Content-Length framed JSON-RPC on a pipe."""

    def __init__(self, *args: str, cwd: Path):
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "linter", "lsp", "--today", TODAY, *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=cwd,
            env=env,
        )
        self.next_id = 0
        self.seen: list[dict] = []

    def send(self, method: str, params: dict, request: bool = False) -> int | None:
        message = {"jsonrpc": "2.0", "method": method, "params": params}
        ident = None
        if request:
            self.next_id += 1
            ident = message["id"] = self.next_id
        body = json.dumps(message).encode()
        self.proc.stdin.write(f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
        self.proc.stdin.flush()
        return ident

    def read(self) -> dict:
        length = None
        while True:
            line = self.proc.stdout.readline()
            if not line:
                raise AssertionError("server closed: " + self.proc.stderr.read().decode()[-2000:])
            if line in (b"\r\n", b"\n"):
                break
            name, _, value = line.decode().partition(":")
            if name.lower() == "content-length":
                length = int(value)
        message = json.loads(self.proc.stdout.read(length))
        self.seen.append(message)
        return message

    def wait_for(self, match, timeout: float = 60) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            message = self.read()
            if match(message):
                return message
        raise AssertionError(f"no matching message in {timeout} s: {self.seen[-5:]}")

    def diagnostics(self, uri: str) -> list[dict]:
        message = self.wait_for(
            lambda m: (
                m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri
            )
        )
        return message["params"]["diagnostics"]

    def close(self) -> int:
        ident = self.send("shutdown", {}, request=True)
        self.wait_for(lambda m: m.get("id") == ident)
        self.send("exit", {})
        return self.proc.wait(timeout=30)


@pytest.fixture(params=["embedded", "opa"])
def client(request, tmp_path, opa_bin):
    args = ("--engine", "opa", "--opa-bin", opa_bin) if request.param == "opa" else ()
    c = Client(*args, cwd=tmp_path)
    ident = c.send(
        "initialize",
        {"processId": os.getpid(), "rootUri": tmp_path.as_uri(), "capabilities": {}},
        request=True,
    )
    reply = c.wait_for(lambda m: m.get("id") == ident)
    assert reply["result"]["serverInfo"]["name"] == "ropa-lint"
    c.send("initialized", {})
    yield c
    if c.proc.poll() is None:
        assert c.close() == 0
    c.proc.kill() if c.proc.poll() is None else None


def _open(client, path: Path, text: str) -> str:
    uri = path.as_uri()
    client.send(
        "textDocument/didOpen",
        {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}},
    )
    return uri


def test_diagnostics_follow_open_change_and_save(client, tmp_path):
    path = write(tmp_path / "registre.yaml", REGISTER)
    uri = _open(client, path, REGISTER)
    (diag,) = client.diagnostics(uri)
    assert diag["code"] == "LB-001" and diag["source"] == "ropa-lint"
    assert diag["severity"] == 2  # Warning: LB-001 (Art. 30 does not list the basis)
    assert diag["range"]["start"]["line"] == 8  # the purpose, 0-based
    assert diag["codeDescription"]["href"].startswith("https://")
    assert "ropa-lint explain LB-001" in diag["data"]["explain"]

    # Typing the fix: the editor's text, not the file on disk, is linted.
    fixed = REGISTER.replace(
        "type: payroll}",
        "type: payroll, legal_basis: legal_obligation, "
        "legal_obligation: Code du travail art. L3243-2}",
    )
    client.send(
        "textDocument/didChange",
        {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": fixed}]},
    )
    assert client.diagnostics(uri) == []

    # Saving a version that breaks the shape: the slip and what it set aside.
    broken = fixed.replace("data_subjects: [employees]", "data_subjects: employees")
    client.send(
        "textDocument/didChange",
        {"textDocument": {"uri": uri, "version": 3}, "contentChanges": [{"text": broken}]},
    )
    client.send("textDocument/didSave", {"textDocument": {"uri": uri}})
    codes = {d["code"] for d in client.diagnostics(uri)}
    assert "SCH-005" in codes and "not-evaluated" in codes


def test_changes_in_quick_succession_are_linted_once(client, tmp_path):
    path = write(tmp_path / "registre.yaml", REGISTER)
    uri = _open(client, path, REGISTER)
    client.diagnostics(uri)
    for version in range(2, 7):
        client.send(
            "textDocument/didChange",
            {
                "textDocument": {"uri": uri, "version": version},
                "contentChanges": [{"text": REGISTER}],
            },
        )
    message = client.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics")
    assert message["params"]["version"] == 6
    time.sleep(1)
    client.send("textDocument/didSave", {"textDocument": {"uri": uri}})
    message = client.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics")
    assert message["params"].get("version") in (None, 6)  # nothing in between


def _open_fragment(client, tmp_path) -> str:
    """A register including activites/*.yaml, and its fragment opened."""
    activity = "activities:\n" + REGISTER.split("activities:\n", 1)[1]
    write(
        tmp_path / "registre.yaml",
        REGISTER.split("activities:\n", 1)[0] + "include: [activites/*.yaml]\nactivities: []\n",
    )
    fragment = write(tmp_path / "activites" / "paie.yaml", activity)
    return _open(client, fragment, activity)


def test_a_fragment_is_linted_through_its_register(client, tmp_path):
    uri = _open_fragment(client, tmp_path)
    (diag,) = client.diagnostics(uri)
    assert diag["code"] == "LB-001"
    (related,) = diag["relatedInformation"]
    assert related["location"]["uri"] == (tmp_path / "registre.yaml").as_uri()
    assert related["location"]["range"]["start"]["line"] == 2  # the include: line


def test_the_configuration_beside_the_register_applies(client, tmp_path):
    (tmp_path / ".ropa-lint.yaml").write_text("rules:\n  LB-001: disable\n", encoding="utf-8")
    path = write(tmp_path / "registre.yaml", REGISTER)
    assert client.diagnostics(_open(client, path, REGISTER)) == []


def test_french_messages(tmp_path, client):
    (tmp_path / ".ropa-lint.yaml").write_text("lang: fr\n", encoding="utf-8")
    path = write(tmp_path / "registre.yaml", REGISTER)
    (diag,) = client.diagnostics(_open(client, path, REGISTER))
    assert "n'a pas de base légale" in diag["message"]


def test_an_example_gets_the_findings_check_gives(client, tmp_path):
    from conftest import check_json

    text = (EXAMPLES / "certilience.yaml").read_text(encoding="utf-8")
    path = write(tmp_path / "certilience.yaml", text)
    got = sorted(
        (d["code"], d["range"]["start"]["line"] + 1)
        for d in client.diagnostics(_open(client, path, text))
    )
    _, doc = check_json(str(path), cwd=ROOT)
    assert got == sorted((f["rule"], f["line"]) for f in doc["findings"])


def test_hover_over_a_finding_teaches_its_rule(client, tmp_path):
    path = write(tmp_path / "registre.yaml", REGISTER)
    uri = _open(client, path, REGISTER)
    (diag,) = client.diagnostics(uri)
    ident = client.send(
        "textDocument/hover",
        {"textDocument": {"uri": uri}, "position": diag["range"]["start"]},
        request=True,
    )
    reply = client.wait_for(lambda m: m.get("id") == ident)
    value = reply["result"]["contents"]["value"]
    assert "Purpose without a legal basis" in value
    assert "```yaml" in value and "legal_basis: legal_obligation" in value  # the prefer snippet
    ident = client.send(
        "textDocument/hover",
        {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}},
        request=True,
    )
    assert client.wait_for(lambda m: m.get("id") == ident)["result"] is None


def test_a_file_that_is_not_a_register_gets_nothing(client, tmp_path):
    """Issue 34: the editor's other YAML (a workflow, the pre-commit and
    ropa-lint configurations) is not a register; a directory's search skips
    it, and the server says nothing on it. A register with a YAML slip, or
    one that holds a register key, is still judged."""
    others = {
        ".pre-commit-config.yaml": "repos:\n  - repo: local\n    hooks: []\n",
        ".ropa-lint.yaml": "lang: fr\nfail_on: warning\n",
        "ci.yml": "name: registre\non: [push]\njobs: {}\n",
        "vide.yaml": "",
    }
    for name, text in others.items():
        uri = _open(client, write(tmp_path / name, text), text)
        assert client.diagnostics(uri) == [], name
    broken = "register: 1\nactivities: [\n"
    uri = _open(client, write(tmp_path / "casse.yaml", broken), broken)
    assert "SCH-001" in [d["code"] for d in client.diagnostics(uri)]
    uri = _open(client, write(tmp_path / "registre.yaml", REGISTER), REGISTER)
    assert [d["code"] for d in client.diagnostics(uri)] == ["LB-001"]


def test_the_configuration_opa_url_is_left_out(client, tmp_path):
    """Issue 32: a cloned repository's `opa_url` would receive every register
    the editor opens; the server leaves it out and lints as usual."""
    write(tmp_path / ".ropa-lint.yaml", "opa_url: http://127.0.0.1:9/\n")
    path = write(tmp_path / "registre.yaml", REGISTER)
    uri = _open(client, path, REGISTER)
    (diag,) = client.diagnostics(uri)
    assert diag["code"] == "LB-001"


def test_a_pipe_or_a_device_link_beside_a_fragment_is_passed_over(client, tmp_path):
    """Issue 32: looking for the register that includes an open fragment, the
    server read every YAML file beside it — a pipe blocked it, a link to
    /dev/zero read without end. Regular files only, bounded."""
    os.mkfifo(tmp_path / "a-pipe.yaml")
    (tmp_path / "b-zero.yaml").symlink_to("/dev/zero")
    uri = _open_fragment(client, tmp_path)
    (diag,) = client.diagnostics(uri)
    assert diag["code"] == "LB-001"
    assert diag["relatedInformation"][0]["location"]["uri"] == (tmp_path / "registre.yaml").as_uri()
