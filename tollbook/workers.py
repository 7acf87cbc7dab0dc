"""Worker processes over a stream of items: results in input order, memory bounded.

    for result in ordered_map(task, items, jobs=2):   # == map(task, items), on 2 cores
        ...

``multiprocessing.Pool.imap`` would read the whole input ahead of slow workers
(every page of a crawl in memory); here at most ``jobs * AHEAD`` chunks are under
way at once. The task is handed to the workers when they start (they are forked,
so rules loaded by the parent are shared, never pickled); items and results
travel pickled, in chunks, to keep the cost per item small.
"""
from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

CHUNK = 8  # items sent to a worker at a time
SERIAL_FIRST = 16  # items run in this process before any worker starts
AHEAD = 3  # chunks under way per worker: enough that none waits for the next

_task: Callable[[Any], Any] | None = None


def available_cores() -> int:
    """The cores this process may run on (a container's or a job's limit, not the machine's)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def ordered_map(task: Callable[[Any], Any], items: Iterable[Any], jobs: int) -> Iterator[Any]:
    """``map(task, items)`` over ``jobs`` worker processes; ``jobs <= 1`` runs in this process.

    The first ``SERIAL_FIRST`` items run in this process all the same: a small batch never
    pays for starting workers, and a large one forks them with this process's caches warm.
    """
    iterator = iter(items)
    if jobs > 1:
        head = list(islice(iterator, SERIAL_FIRST))
        yield from map(task, head)
        if len(head) < SERIAL_FIRST:
            return
    if jobs <= 1:
        yield from map(task, iterator)
        return
    import multiprocessing  # here, not at the top: every command reads ``available_cores`` as it starts
    context = multiprocessing.get_context("fork")
    with context.Pool(jobs, initializer=_start_worker, initargs=(task,)) as pool:
        pending: deque = deque()
        chunks = iter(lambda: list(islice(iterator, CHUNK)), [])
        for chunk in chunks:
            pending.append(pool.apply_async(_run_chunk, (chunk,)))
            if len(pending) >= jobs * AHEAD:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def _start_worker(task: Callable[[Any], Any]) -> None:
    global _task
    _task = task


def _run_chunk(chunk: list[Any]) -> list[Any]:
    return [_task(item) for item in chunk]
