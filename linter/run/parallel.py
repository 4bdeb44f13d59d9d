"""Many files over several worker processes (`--jobs`), each with its own
pack and engine: what `Linter.run` does when a directory is large."""

from __future__ import annotations

from dataclasses import replace

from linter.core.options import Options
from linter.load.discovery import Target


def run_parallel(options: Options, targets: list[Target], jobs: int, work) -> list:
    """Files spread over `jobs` processes, each with its own pack and engine.

    `work(options, chunk)` checks a chunk of targets in a worker (a function
    of runner.py, passed in so that this module does not import the runner).
    Chunks are contiguous and several per worker, so that the progress bar
    moves and a slow file does not hold one worker while the others wait;
    results are put back in the order of the targets, and sorted later, so the
    output does not depend on which worker finished first.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    # jobs=1: a worker has its core; its register is not dealt out over more.
    worker_options = replace(options, progress=None, jobs=1)
    size = max(1, len(targets) // (jobs * 4))
    chunks = [targets[i : i + size] for i in range(0, len(targets), size)]
    results: dict[int, list] = {}
    done = 0
    # fork: the workers inherit the imported modules instead of importing them again.
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        futures = {pool.submit(work, worker_options, chunk): n for n, chunk in enumerate(chunks)}
        for future in as_completed(futures):
            results[futures[future]] = future.result()  # a LintError fails the run
            done += len(results[futures[future]])
            if options.progress:
                options.progress(done, len(targets))
    return [o for n in range(len(chunks)) for o in results[n]]
