"""The OPA server ropa-lint starts when given no URL: `opa run --server` on
127.0.0.1 with a free port and a random bearer token (OPA's token
authentication rejects nothing without `--authorization=basic` and a
`system.authz` policy, so we pass both), stopped when done — on Ctrl-C,
SIGTERM, and, through PR_SET_PDEATHSIG, even if Python itself is killed.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import tempfile
import time

from linter.core.children import die_with_parent
from linter.engine.base import DATA_ROOT, EngineError

START_TIMEOUT = 15.0
# Beyond the Go heap (held under the budget by GOMEMLIMIT): the runtime's own
# writable mappings, about 150 MB of data segment for an idle server here.
GO_HEADROOM_MB = 256
START_ATTEMPTS = 3
MODULE_PREFIX = "ropa-lint"

_AUTHZ = """package system.authz

import rego.v1

default allow := false

allow if input.identity == "{token}"

# The proof that this is the server ropa-lint started, asked before the token
# or any register is sent (see _PROOF): nothing else without the token.
allow if {{
	input.method == "POST"
	input.path == ["v1", "data", "ropa", "lib", "proof", "answer"]
}}
"""

# Written beside the rules in the server's private folder (0700): only the
# server ropa-lint started can know the secret, so only it can answer a nonce
# with its HMAC. `ropa.lib.*` is closed to rule packs.
_PROOF = """package ropa.lib.proof

import rego.v1

answer := crypto.hmac.sha256(input.nonce, "{secret}")
"""


def find_opa(explicit: str | None = None) -> str | None:
    for candidate in (explicit, os.environ.get("ROPA_OPA_BIN")):
        if candidate:
            return (
                candidate if os.path.isfile(candidate) and os.access(candidate, os.X_OK) else None
            )
    return shutil.which("opa")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


_COMPILE_ERROR = re.compile(r"([^\s:]+\.rego):(\d+): (?:rego_\w+: )?(.+)")


class LocalOpaServer:
    """An `opa run --server` owned by this process.

    It starts with the rule pack and the reference data as files, so OPA
    compiles them once; uploading 60 modules one by one through the REST API
    recompiles everything uploaded so far at each step (2 s at start-up).
    """

    def __init__(self, opa_bin: str, memory_mb: int = 0):
        self.opa_bin = opa_bin
        self.memory_mb = memory_mb
        self.token = secrets.token_urlsafe(24)
        self._secret = secrets.token_hex(32)
        self.port = 0
        self.proc: subprocess.Popen | None = None
        self._dir = tempfile.mkdtemp(prefix="ropa-lint-opa-")
        self.module_of: dict[str, str] = {}  # file written → module id

    def _write(self, name: str, text: str) -> str:
        path = os.path.join(self._dir, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        return path

    def start(self, modules: dict[str, str], data: dict) -> None:
        authz = self._write("authz.rego", _AUTHZ.format(token=self.token))
        for module_id, source in modules.items():
            self.module_of[self._write(f"bundle/{module_id.replace('/', '__')}", source)] = (
                module_id
            )
        self._write(f"bundle/{DATA_ROOT}/data.json", json.dumps(data))
        self._write("bundle/ropa-lint-proof.rego", _PROOF.format(secret=self._secret))
        log_path = os.path.join(self._dir, "opa.log")
        last = ""
        for _ in range(START_ATTEMPTS):  # another process may take the port first
            self.port = _free_port()
            with open(log_path, "wb") as log:
                try:
                    self.proc = subprocess.Popen(
                        [
                            self.opa_bin,
                            "run",
                            "--server",
                            "--addr",
                            f"127.0.0.1:{self.port}",
                            "--authentication=token",
                            "--authorization=basic",
                            "--log-level=error",
                            "--shutdown-grace-period=1",
                            authz,
                            os.path.join(self._dir, "bundle"),
                        ],
                        stdin=subprocess.DEVNULL,
                        stdout=log,
                        stderr=subprocess.STDOUT,
                        start_new_session=True,
                        preexec_fn=self._limits,
                        # Go's own limit makes its collector work before the hard
                        # cap. Nothing else of ours: OPA needs no secret of the run.
                        env={"PATH": os.environ.get("PATH", ""), **self._go_limit()},
                    )
                except OSError as exc:
                    raise EngineError(
                        f"cannot start OPA ({self.opa_bin}): {exc.strerror}"
                    ) from None
            if self._wait_ready():
                if not (self._answered_by_child() and self._proves_itself()):
                    # Another local user took the port first: it would get the
                    # token and the registers, and could answer "no findings".
                    self._kill()
                    raise EngineError(
                        f"another process answers on 127.0.0.1:{self.port}, not the OPA "
                        "ropa-lint started; nothing was sent to it"
                    )
                return
            self._kill()
            output = self._log()
            error = _COMPILE_ERROR.search(output)
            if error:  # the rules, not the port: no point trying again
                module = self.module_of.get(error.group(1))
                raise EngineError(
                    f"does not compile on OPA: {error.group(3).strip()} (line {error.group(2)})",
                    module=module,
                )
            last, memory = self._cause(output, bool(self.memory_mb))
            if memory:  # the budget, not the port: no point trying again
                raise EngineError(
                    f"OPA exceeded the memory budget ({self.memory_mb} MB; --max-memory) "
                    f"while starting: {last[:200]}"
                )
        raise EngineError(f"OPA server did not start on 127.0.0.1: {last or 'no output'}")

    def _limits(self) -> None:  # pragma: no cover - runs in the child
        die_with_parent()
        if self.memory_mb:
            import resource

            # The data segment (private writable memory), not the address space:
            # Go reserves 1.8 GB of addresses it never touches, so a cap on
            # RLIMIT_AS stopped an idle server under --max-memory 512.
            limit = (self.memory_mb + GO_HEADROOM_MB) * 1024 * 1024
            with contextlib.suppress(ValueError, OSError):
                resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))

    def _go_limit(self) -> dict:
        return {"GOMEMLIMIT": f"{self.memory_mb}MiB"} if self.memory_mb else {}

    def _log(self) -> str:
        """What the server wrote (standard output and error), "" if nothing can be read."""
        path = os.path.join(self._dir, "opa.log")
        with contextlib.suppress(OSError), open(path, encoding="utf-8", errors="replace") as fh:
            return fh.read()
        return ""

    def died(self) -> str | None:
        """How the server ended, with its last log line, if it has."""
        if self.proc is None:
            return None
        try:  # a connection that broke may be a server still on its way out
            self.proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            return None
        last, memory = self._cause(self._log(), bool(self.memory_mb))
        what = f"exceeded the memory budget ({self.memory_mb} MB; --max-memory), " if memory else ""
        return f"{what}exit status {self.proc.returncode}" + (f": {last[:200]}" if last else "")

    @staticmethod
    def _cause(log: str, capped: bool = False) -> tuple[str, bool]:
        """The line that says why the server ended, and whether it was memory
        (`capped`: the server ran under a memory budget)."""
        lines = [line.strip() for line in log.splitlines() if line.strip()]
        # Go ends with a stack trace: the cause is the `fatal error:`, `panic:`
        # or signal line.
        causes = [x for x in lines if x.startswith(("fatal error:", "panic:", "runtime:", "SIG"))]
        last = (causes or lines or [""])[0 if causes else -1]
        memory = any("out of memory" in x or "cannot allocate" in x for x in causes or [last])
        # Under the data-segment cap the runtime does not always live to say
        # so: of two batches of 14 runs of a runaway rule, 3 and 7 ended in
        # SIGSEGV (a nil pointer in the runtime after a failed mmap) or
        # SIGABRT (libc), not in `cannot allocate memory`. OPA is Go: it does
        # not crash so otherwise.
        crashed = any(x.startswith(("SIGSEGV:", "SIGABRT:", "SIGBUS:")) for x in causes)
        return last, memory or (capped and crashed)

    def _wait_ready(self) -> bool:
        import requests

        deadline = time.monotonic() + START_TIMEOUT
        url = f"http://127.0.0.1:{self.port}/health"
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                return False
            with contextlib.suppress(requests.RequestException):
                if requests.get(url, timeout=1).status_code in (200, 401):
                    return True
            time.sleep(0.03)
        return False

    def _proves_itself(self) -> bool:
        """The server answers a fresh nonce with its HMAC under the secret only
        the server ropa-lint started holds (any system: no /proc needed). Sent
        without the token: an impostor learns nothing of the run."""
        import hashlib
        import hmac

        import requests

        nonce = secrets.token_hex(16)
        want = hmac.new(self._secret.encode(), nonce.encode(), hashlib.sha256).hexdigest()
        url = f"http://127.0.0.1:{self.port}/v1/data/ropa/lib/proof/answer"
        try:
            answer = requests.post(url, json={"input": {"nonce": nonce}}, timeout=5).json()
        except (requests.RequestException, ValueError):
            return False
        got = answer.get("result") if isinstance(answer, dict) else None
        return isinstance(got, str) and hmac.compare_digest(got, want)

    def _answered_by_child(self) -> bool:
        """The socket listening on our port is our child's (Linux: the inode
        /proc/net/tcp gives for it is among the child's descriptors). Where
        /proc cannot tell, the child is taken at its word."""
        inodes = set()
        wanted = f"0100007F:{self.port:04X}"
        try:
            with open("/proc/net/tcp", encoding="ascii") as fh:
                for line in fh.readlines()[1:]:
                    fields = line.split()
                    if fields[1] == wanted and fields[3] == "0A":  # LISTEN
                        inodes.add(fields[9])
            fds = os.listdir(f"/proc/{self.proc.pid}/fd")
        except OSError:
            return True
        for fd in fds:
            with contextlib.suppress(OSError):
                link = os.readlink(f"/proc/{self.proc.pid}/fd/{fd}")
                if link.startswith("socket:[") and link[8:-1] in inodes:
                    return True
        return False

    def _kill(self) -> None:
        proc, self.proc = self.proc, None
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=3)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=3)

    def stop(self) -> None:
        self._kill()
        shutil.rmtree(self._dir, ignore_errors=True)
