"""The embedded engine's evaluations, run where a budget can be enforced.

A rule pack is code from a pull request, and regorus evaluates in-process: a
rule that builds a range of two hundred million numbers takes gigabytes, then
aborts the whole process with a Rust backtrace. So evaluations run in a child
forked once the pack is compiled: its address space is capped (RLIMIT_AS), its
answers are awaited with a deadline, and its death — an allocation that
failed, a crash, a kill at the deadline — becomes one EngineError line. The
child shares the compiled engine with the parent through the fork, so the
cost is a fork per run and a pipe per evaluation (tests/test_budgets.py;
benchmarks/README.md has the figures).
"""

from __future__ import annotations

import contextlib
import os
import signal
import struct
import sys
import time

from linter.core.children import cap_address_space, die_with_parent, read_exact, reap, write_all
from linter.engine.base import EngineError

_LEN = struct.Struct("!Q")
_SPENT = struct.Struct("!d")  # seconds the evaluation itself took, in the child
DEFAULT_SECONDS = 60.0
DEFAULT_MEMORY_MB = 2048


def _child(engine, requests: int, replies: int, memory_mb: int) -> None:  # pragma: no cover
    """The forked evaluator: read (rule, input), answer (status, text), forever."""
    if not os.environ.get("ROPA_DEBUG"):
        # An allocation that fails makes Rust print a backtrace: never the user's.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
    die_with_parent()
    cap_address_space(memory_mb)
    while True:
        header = read_exact(requests, _LEN.size)
        if header is None:
            return
        (size,) = _LEN.unpack(header)
        payload = read_exact(requests, size)
        if payload is None:
            return
        rule, _, register = payload.partition(b"\n")
        start = 0.0
        try:
            if register:  # otherwise: another rule on the register it holds
                engine.set_input_json(register.decode("utf-8"))
            start = time.perf_counter()
            answer, status = engine.eval_rule_as_json(rule.decode("utf-8")).encode(), b"0"
        except MemoryError:
            os._exit(70)
        except Exception as exc:  # regorus raises RuntimeError with its report
            answer, status = str(exc).encode("utf-8", "replace"), b"1"
        spent = time.perf_counter() - start if start else 0.0
        write_all(replies, status + _SPENT.pack(spent) + _LEN.pack(len(answer)) + answer)


class Sandbox:
    """A forked child that evaluates on one compiled regorus engine."""

    def __init__(self, engine, seconds: float, memory_mb: int):
        self.seconds = seconds
        self.memory_mb = memory_mb
        req_r, self._requests = os.pipe()
        self._replies, rep_w = os.pipe()
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            code = 0
            try:
                os.close(self._requests)
                os.close(self._replies)
                _child(engine, req_r, rep_w, memory_mb)
            except BaseException:
                code = 71
            finally:
                os._exit(code)
        os.close(req_r)
        os.close(rep_w)
        self.pid = pid
        self._deadline: float | None = None
        self._started: float | None = None  # when its register was sent

    def fileno(self) -> int:
        """The end its answers come from (for select)."""
        return self._replies

    def remaining(self) -> float:
        """Seconds left of the evaluation under way (0 when none is)."""
        return 0.0 if self._deadline is None else self._deadline - time.monotonic()

    def send(self, rule: str, register_json: str | None) -> None:
        """Hand the child one evaluation and return while it runs; the budget's
        clock starts now, since so does the evaluation. `register_json` None:
        the rule is evaluated on the register the child was last sent, within
        the time left of that evaluation's budget."""
        register = b"" if register_json is None else register_json.encode("utf-8")
        payload = rule.encode() + b"\n" + register
        if register_json is not None or self._started is None:
            self._started = time.monotonic()
        self._deadline = self._started + self.seconds
        try:
            write_all(self._requests, _LEN.pack(len(payload)) + payload)
        except BrokenPipeError:
            self._deadline = None  # receive() reports how the child died

    def receive(self) -> tuple[bool, str, float]:
        """(answered, text, seconds) for the evaluation `send` started: the
        engine's JSON answer, or its error report, and the time the rule took
        once the register was handed over."""
        deadline, self._deadline = self._deadline, None
        try:
            if deadline is not None:
                header = read_exact(self._replies, 1 + _SPENT.size + _LEN.size, deadline)
                if header is not None:
                    (spent,) = _SPENT.unpack_from(header, 1)
                    (size,) = _LEN.unpack_from(header, 1 + _SPENT.size)
                    body = read_exact(self._replies, size, deadline)
                    if body is not None:
                        return header[:1] == b"0", body.decode("utf-8", "replace"), spent
        except TimeoutError:
            self.close()
            raise EngineError(
                f"exceeded the evaluation budget ({self.seconds:g} s; --eval-timeout)"
            ) from None
        except (BrokenPipeError, ConnectionResetError):
            pass
        raise self._died()

    def _died(self) -> EngineError:
        status = self._reap()
        if status is not None and (
            (os.WIFSIGNALED(status) and os.WTERMSIG(status) in (signal.SIGABRT, signal.SIGKILL))
            or (os.WIFEXITED(status) and os.WEXITSTATUS(status) == 70)
        ):
            return EngineError(f"exceeded the memory budget ({self.memory_mb} MB; --max-memory)")
        how = (
            f"signal {os.WTERMSIG(status)}"
            if status is not None and os.WIFSIGNALED(status)
            else f"status {os.WEXITSTATUS(status)}"
            if status is not None
            else "unknown"
        )
        return EngineError(f"the evaluation stopped ({how}); ROPA_DEBUG=1 shows its output")

    def _reap(self, kill: bool = False) -> int | None:
        if self.pid is None:
            return None
        pid, self.pid = self.pid, None
        return reap(pid, kill)

    def close(self) -> None:
        for fd in (self._requests, self._replies):
            with contextlib.suppress(OSError):
                os.close(fd)
        self._requests = self._replies = -1
        self._reap(kill=True)
