"""A real Open Policy Agent server, through opa-python-client.

With a URL, ropa-lint uses that server. Without one it starts `opa run
--server` on 127.0.0.1 with a free port and a random bearer token (OPA's token
authentication rejects nothing without `--authorization=basic` and a
`system.authz` policy, so we pass both), and stops it when done — on Ctrl-C,
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
from urllib.parse import urlsplit

from ..children import die_with_parent
from .base import DATA_ROOT, QUERY_PACKAGE, QUERY_RULE, EngineError

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
                        # Go's own limit makes its collector work before the hard cap.
                        env={**os.environ, **self._go_limit()},
                    )
                except OSError as exc:
                    raise EngineError(
                        f"cannot start OPA ({self.opa_bin}): {exc.strerror}"
                    ) from None
            if self._wait_ready():
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


class OpaEngine:
    name = "opa"

    def __init__(
        self,
        url: str | None = None,
        token: str | None = None,
        timeout: float = 30.0,
        opa_bin: str | None = None,
        ca_bundle: str | None = None,
        memory_mb: int = 0,
    ):
        self.server: LocalOpaServer | None = None
        self.timeout = timeout
        if url is None:
            binary = find_opa(opa_bin)
            if binary is None:
                raise EngineError(
                    "the OPA engine needs an `opa` binary (on PATH, --opa-bin or ROPA_OPA_BIN) "
                    "or a server URL (--opa-url or ROPA_OPA_URL)"
                )
            self.server = LocalOpaServer(binary, memory_mb)
            self.url = "http://127.0.0.1 (started by ropa-lint)"
            self.client = None
            return
        self.url = url
        self.client = self._client(url, token, timeout, ca_bundle)

    @staticmethod
    def _client(url: str, token: str | None, timeout: float, ca_bundle: str | None = None):
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise EngineError(f"OPA URL `{url}` is not an http:// or https:// URL")
        if parts.path not in ("", "/"):
            raise EngineError(f"OPA URL `{url}` must not have a path (the client adds /v1)")
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError:
            raise EngineError(f"OPA URL `{url}` has an invalid port") from None
        from opa_client.opa import OpaClient

        client = OpaClient(
            host=parts.hostname,
            port=port,
            ssl=parts.scheme == "https",
            token=token,
            timeout=timeout,
        )
        if parts.scheme == "https":
            # The client's `ssl` is a boolean; a private CA goes on its session.
            if ca_bundle and not os.path.isfile(ca_bundle):
                raise EngineError(f"CA bundle `{ca_bundle}` does not exist")
            client._session.verify = ca_bundle or True
            if ca_bundle:
                # requests lets REQUESTS_CA_BUNDLE override a session's CA;
                # the CA named for this deployment must win.
                client._session.trust_env = False
        return client

    def _request(self, what: str, call):
        import requests
        from opa_client.errors import ConnectionsError, RegoParseError

        try:
            return call()
        except RegoParseError as exc:
            if exc.expression in ("unauthorized", "forbidden"):
                # The client reads any refused upload as a parse error.
                raise EngineError(
                    f"OPA at {self.url} refused the request ({what}): check the token"
                ) from None
            first = next((e for e in exc.errors if isinstance(e, dict)), {})
            loc = first.get("location") or {}
            where = f" (line {loc['row']}, column {loc['col']})" if loc.get("row") else ""
            raise EngineError(
                f"does not compile on OPA: {first.get('message') or exc.message}{where}"
            ) from None
        except requests.HTTPError as exc:
            raise self._http_error(what, exc) from None
        except requests.exceptions.SSLError:
            raise EngineError(
                f"TLS with OPA at {self.url} failed ({what}): the server's certificate is not "
                "trusted; check it, or give its CA with --opa-ca-bundle"
            ) from None
        except requests.Timeout:
            raise self._timed_out(what) from None
        except (requests.ConnectionError, ConnectionsError) as exc:
            died = self.server.died() if self.server is not None else None
            if died:  # not the network: the server ropa-lint started is gone
                raise EngineError(
                    f"the OPA server ropa-lint started died ({what}): {died}"
                ) from None
            if "timed out" in str(exc).lower():
                # urllib3's retries wrap a read timeout in a ConnectionError.
                raise self._timed_out(what) from None
            raise EngineError(f"OPA at {self.url} cannot be reached ({what})") from None
        except requests.RequestException as exc:
            raise EngineError(f"OPA request failed ({what}): {exc}") from None

    def _timed_out(self, what: str) -> EngineError:
        return EngineError(
            f"OPA at {self.url} did not answer within {self.timeout:g} s ({what}); "
            "raise --opa-timeout or check the server"
        )

    def _http_error(self, what: str, exc) -> EngineError:
        resp = exc.response
        status = resp.status_code if resp is not None else "?"
        if status in (401, 403):
            return EngineError(f"OPA at {self.url} refused the request ({what}): check the token")
        try:
            body = resp.json()
        except (ValueError, AttributeError):
            return EngineError(f"OPA at {self.url} answered HTTP {status} ({what})")
        errors = body.get("errors") or [body]
        first = errors[0]
        loc = first.get("location") or {}
        module = self._module_of(loc.get("file") or "")
        where = f" (line {loc.get('row')}, column {loc.get('col')})" if loc.get("row") else ""
        message = str(first.get("message", body))
        if self.server is not None:
            for path, module_id in self.server.module_of.items():
                message = message.replace(path, module_id)
        message = " ".join(message.split())  # one line
        return EngineError(f"could not be evaluated: {message}{where}", module=module)

    def _module_of(self, file: str) -> str | None:
        if self.server is not None and file in self.server.module_of:
            return self.server.module_of[file]
        return file.removeprefix(f"{MODULE_PREFIX}/") or None

    def load(self, modules: dict[str, str], data: dict) -> None:
        if self.server is not None:
            self.server.start(modules, data)
            self.url = f"http://127.0.0.1:{self.server.port}"
            self.client = self._client(self.url, self.server.token, self.timeout)
            return
        # OPA compiles each module as it arrives, against those already there:
        # the pack lists libraries before the rules that call them.
        for module_id, source in modules.items():
            endpoint = f"{MODULE_PREFIX}/{module_id}"
            try:
                self._request(
                    "loading rules",
                    lambda s=source, e=endpoint: self.client.update_policy_from_string(
                        s, e, rego_compat=False
                    ),
                )
            except EngineError as exc:
                if not str(exc).startswith("does not compile"):
                    raise  # the server, not this module
                raise EngineError(str(exc), module=exc.module or module_id) from None
        self._request(
            "loading reference data",
            lambda: self.client.update_or_create_data(data, DATA_ROOT),
        )

    def evaluate(
        self, register: dict, rule: str = QUERY_RULE, package: str = QUERY_PACKAGE
    ) -> list[dict]:
        response = self._request(
            "evaluating",
            lambda: self.client.query_rule(register, package, rule),
        )
        if not isinstance(response, dict) or "result" not in response:
            raise EngineError(f"data.{package}.{rule} is undefined on OPA at {self.url}")
        return self._a_set(response["result"], package, rule)

    def timed(
        self, register: dict, rule: str = QUERY_RULE, package: str = QUERY_PACKAGE
    ) -> tuple[list[dict], float]:
        """Findings, and the seconds OPA reports evaluating the query
        (`timer_rego_query_eval_ns`: the input's parsing and HTTP excluded).

        Asked as an ad hoc query (/v1/query), not through /v1/data: asked
        one /v1/data path per rule (`check --profile`), the server grew by
        about 25 MB a rule on 2,000 activities, past its memory budget; the
        same path asked again, or ad hoc queries, do not grow it (measured)."""
        response = self._request(
            "evaluating",
            lambda: self.client.ad_hoc_query(
                f"found := data.{package}.{rule}", register, {"metrics": "true"}
            ),
        )
        rows = response.get("result") if isinstance(response, dict) else None
        if not (isinstance(rows, list) and rows and isinstance(rows[0], dict)):
            raise EngineError(f"data.{package}.{rule} is undefined on OPA at {self.url}")
        nanoseconds = (response.get("metrics") or {}).get("timer_rego_query_eval_ns")
        if not isinstance(nanoseconds, int):
            raise EngineError(f"OPA at {self.url} gave no evaluation time (metrics)")
        return self._a_set(rows[0].get("found"), package, rule), nanoseconds / 1e9

    @staticmethod
    def _a_set(result, package: str, rule: str) -> list[dict]:
        if not isinstance(result, list):
            raise EngineError(
                f"data.{package}.{rule} is not a set on OPA: {json.dumps(result)[:80]}"
            )
        return result

    def evaluate_many(self, registers: list[tuple[dict, bool]]) -> list[list[dict]]:
        """Findings of several registers in one query (`data.ropa.main.batch`):
        (register, whole) pairs in, one list of findings each out, in order."""
        if not registers:
            return []
        payload = {"registers": [{"register": r, "whole": w} for r, w in registers]}
        response = self._request(
            "evaluating", lambda: self.client.query_rule(payload, QUERY_PACKAGE, "batch")
        )
        result = response.get("result") if isinstance(response, dict) else None
        if not isinstance(result, list) or len(result) != len(registers):
            raise EngineError(f"data.{QUERY_PACKAGE}.batch gave no answer per register on OPA")
        if not all(isinstance(found, list) for found in result):
            raise EngineError(f"data.{QUERY_PACKAGE}.batch answered something else than findings")
        return result

    def close(self) -> None:
        # On a shared server the modules stay: uploading them is idempotent, and
        # deleting them would break a run that another CI job has in flight.
        try:
            if self.client is not None:
                with contextlib.suppress(Exception):
                    self.client.close_connection()
        finally:
            if self.server is not None:
                self.server.stop()
                self.server = None
