"""Many files, few queries: the OPA engine's way through a directory.

Each query to OPA is an HTTP round trip, and OPA evaluates on its own cores
while Python waits. Files are therefore loaded, validated and set aside one
by one as always, their registers sent to OPA by chunks in one query
(`data.ropa.main.batch`, generated only for OPA), and the next chunks are
prepared while OPA evaluates the last ones (threads wait on the socket; the
GIL is free meanwhile). The answers come back in order and are turned into
findings as `check_document` does. A chunk that fails is evaluated again file
by file, so that an error still names the file and the rule.
"""

from __future__ import annotations

from collections import deque
from concurrent.futures import ThreadPoolExecutor

from linter.engine import EngineError

CHUNK = 32  # registers per query
# Queries OPA evaluates at once (it has a thread per request): with Python
# preparing the next chunk, this keeps both cores of a small runner busy.
IN_FLIGHT = 2


def _prepare(linter, chunk):
    outcomes, pending = [], []  # pending: (outcome, doc, raws, pruned)
    for target in chunk:
        outcome, doc = linter.open_target(target)
        outcomes.append(outcome)
        if doc is not None:
            pending.append((outcome, doc, *linter.prepare_document(doc)))
    return outcomes, pending


def _ask(engine, pending):
    judged = [
        (pruned.input, pruned.organization) for *_, pruned in pending if pruned.input is not None
    ]
    try:
        return engine.evaluate_many(judged)
    except EngineError:
        return None  # evaluated again one by one, to say which file failed


def _finish(linter, pending, answers) -> None:
    n = 0
    for outcome, doc, raws, pruned in pending:
        found = []
        if pruned.input is not None:
            found = (
                linter.raw_findings(doc, pruned, answers[n])
                if answers is not None
                else linter.evaluate(doc, pruned)
            )
            n += 1
        outcome.findings = linter.findings_of(doc, raws + found)
        outcome.set_aside = pruned.set_aside


def run_batched(linter, targets) -> list:
    engine = linter.engine()  # started (and refused if forbidden) before any thread
    chunks = [targets[i : i + CHUNK] for i in range(0, len(targets), CHUNK)]
    outcomes: list = []
    inflight: deque = deque()  # (prepared chunk, its answer to come), in order

    def finish_oldest() -> None:
        (chunk_outcomes, pending), asked = inflight.popleft()
        _finish(linter, pending, asked.result())
        outcomes.extend(chunk_outcomes)
        if linter.options.progress:
            linter.options.progress(len(outcomes), len(targets))

    with ThreadPoolExecutor(max_workers=IN_FLIGHT) as pool:
        for chunk in chunks:
            prepared = _prepare(linter, chunk)
            inflight.append((prepared, pool.submit(_ask, engine, prepared[1])))
            if len(inflight) > IN_FLIGHT:
                finish_oldest()
        while inflight:
            finish_oldest()
    return outcomes
