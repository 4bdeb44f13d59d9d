"""A progress bar on standard error, for a person at a terminal only.

Never in CI logs (CI is set), never when stderr is not a terminal, never for
machine formats (the caller does not ask for it), and only for runs long
enough to need one.
"""

from __future__ import annotations

import os
import sys
import time

MIN_FILES = 10
WIDTH = 30


class _Bar:
    def __init__(self, stream):
        self.stream = stream
        self.drawn = False
        self.last = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if total < MIN_FILES or (now - self.last < 0.05 and done < total):
            return
        self.last = now
        filled = WIDTH * done // total
        self.stream.write(f"\r[{'#' * filled}{'.' * (WIDTH - filled)}] {done}/{total} files")
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\r" + " " * (WIDTH + 24) + "\r")
            self.stream.flush()


def terminal_progress(stream=None):
    stream = stream or sys.stderr
    if os.environ.get("CI") or os.environ.get("NO_PROGRESS") or not stream.isatty():
        return None
    return _Bar(stream)
