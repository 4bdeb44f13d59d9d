"""A real Open Policy Agent server, through opa-python-client.

With a URL, ropa-lint uses that server. Without one it starts its own
(opa_server.py) and talks to it the same way.
"""

from __future__ import annotations

import contextlib
import json
import os
from urllib.parse import urlsplit

from linter.engine.base import DATA_ROOT, LAW_PACKAGE, QUERY_PACKAGE, QUERY_RULE, EngineError
from linter.engine.opa_server import MODULE_PREFIX, LocalOpaServer, find_opa


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

    def ask(self, rule: str, given: dict, package: str = LAW_PACKAGE) -> list:
        return self.evaluate(given, rule, package)

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

    def submit(self, register, rule=QUERY_RULE, package=QUERY_PACKAGE, *, split=False) -> None:
        """Nothing runs ahead on OPA: a server evaluates as it is asked."""
        return None

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
