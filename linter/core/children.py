"""Forked helper processes: the pipes to them, and never leaving one behind.

Three parts of ropa-lint run work in a child — the embedded engine's
evaluations (engine/sandbox.py), the OPA server it starts (engine/opa.py) and
a large XLSX's reader (sheets/stream.py) — and all need the same few things.
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
import sys
import time


def die_with_parent() -> None:  # pragma: no cover - runs in the child
    """Linux: the kernel kills this process with SIGKILL if its parent dies,
    so a crash of ropa-lint never leaves a child running."""
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)


def vm_size(field: str = "VmSize") -> int:
    """This process's address space now (VmPeak: at its largest), in bytes (0 where unknown)."""
    with contextlib.suppress(OSError, ValueError), open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    return 0


def cap_address_space(memory_mb: int) -> tuple[int, int]:  # pragma: no cover - in the child
    """This process may grow by `memory_mb` from what it maps now (RLIMIT_AS):
    past it an allocation fails, as a MemoryError, a library's own error or
    the death of the process. The cap in bytes (0 where none could be set),
    and the largest this process had been before it (VmPeak, from its parent)."""
    peak = vm_size("VmPeak")
    try:
        import resource

        limit = vm_size() + memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):
        return 0, peak
    return limit, peak


def reached_cap(cap: tuple[int, int]) -> bool:  # pragma: no cover - runs in the child
    """Whether this process grew, since `cap_address_space`, to within 1 % of
    its cap: libxml2 reports a refused allocation as an "unknown error"."""
    limit, before = cap
    peak = vm_size("VmPeak")
    return bool(limit) and peak > before and peak >= limit - limit // 100


def read_exact(fd: int, n: int, deadline: float | None = None) -> bytes | None:
    """n bytes from fd; None at end of file; TimeoutError past the deadline."""
    chunks, got = [], 0
    while got < n:
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise TimeoutError
        chunk = os.read(fd, min(n - got, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


def write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def reap(pid: int, kill: bool = False) -> int | None:
    """Wait for the child (killed first with `kill`); its wait status, None if
    it was already reaped."""
    if kill:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(ChildProcessError):
        return os.waitpid(pid, 0)[1]
    return None
