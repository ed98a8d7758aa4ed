"""The local engine: a pool of worker processes on all cores, fed one record at a time.

Chunks are pulled from the (lazy) chunk stream only while fewer than ``max_open`` are in
flight, so memory stays bounded whatever the input size. Records are dispatched in input
order; finished chunks are yielded in order (``ordered=True``, for stdout) or as soon as
they complete (part files, where order is restored by the part numbers).

Every record of every chunk gets exactly one result: the worker's, or an error record
written here when its worker timed out ("timeout") or died ("worker-crashed"); the dead
worker is replaced and the run goes on.
"""

from __future__ import annotations

import logging
import os
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from typing import Any

from ..errors import SinmunError
from ..io.records import error_record, process
from ..io.writers import encode
from ..options import DEFAULT, Options
from .chunks import Chunk
from .stats import Summary, summarize
from .worker import ProcessFn, Worker

log = logging.getLogger(__name__)

# Per-document time limit: real pages take milliseconds; a page still running after this
# is pathological (and the limit leaves room for a loaded, shared machine).
DEFAULT_TIMEOUT = 10.0
# Chunks in flight: the head chunk, the next one for workers that run ahead, one spare so a
# slow record at the head does not idle the pool.
DEFAULT_OPEN_CHUNKS = 3
# A child that is not ready after this long (importing sinmun) is declared dead.
STARTUP_TIMEOUT = 120.0
# Workers dying before they are even ready, this many times in a row, is a broken install
# (not a bad page): stop with an error instead of restarting forever.
MAX_STARTUP_FAILURES = 3
# Longest wait between checks when no deadline is near (seconds).
IDLE_WAIT = 1.0


def default_workers() -> int:
    """All cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


@dataclass
class ChunkResult:
    chunk: Chunk
    payloads: list[Any]
    summaries: list[Summary | None] = field(default_factory=list)
    remaining: int = 0


class LocalEngine:
    """Run ``fn`` over chunks of records on ``workers`` processes with a per-record time limit."""

    def __init__(
        self,
        options: Options = DEFAULT,
        *,
        workers: int | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        fmt: str = "jsonl",
        fn: ProcessFn = process,
        max_open: int = DEFAULT_OPEN_CHUNKS,
    ) -> None:
        self.options, self.fmt, self.fn = options, fmt, fn
        self.n_workers = workers or default_workers()
        self.timeout, self.max_open = timeout, max(1, max_open)
        self.crashes = 0  # records lost to a dying worker (each got an error record)
        self.timeouts = 0

    def run(self, chunks: Iterable[Chunk], ordered: bool = True) -> Iterator[ChunkResult]:
        """Yield each chunk with one payload and one summary per record."""
        workers = [Worker(self.fn, self.options, self.fmt) for _ in range(self.n_workers)]
        try:
            for w in workers:
                w.start()
            yield from self._loop(iter(chunks), workers, ordered)
        finally:
            for w in workers:
                w.stop()

    def _loop(self, chunks: Iterator[Chunk], workers: list[Worker], ordered: bool) -> Iterator[ChunkResult]:
        open_: dict[int, ChunkResult] = {}
        pending: deque[tuple[ChunkResult, int]] = deque()
        exhausted, startup_failures = False, 0
        while True:
            while not exhausted and len(open_) < self.max_open:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                n = len(chunk.records)
                res = ChunkResult(chunk, [None] * n, [None] * n, n)
                open_[chunk.index] = res
                pending.extend((res, i) for i in range(n))
            yield from _pop_finished(open_, ordered)
            if exhausted and not open_:
                return
            for w in workers:
                if w.ready and w.task is None and pending:
                    res, i = pending.popleft()
                    try:
                        w.send((res, i), res.chunk.records[i], self.timeout)
                    except OSError:  # died while idle: not this record's fault
                        pending.appendleft((res, i))
                        w.task = None
                        startup_failures = self._replace(w, startup_failures, during_task=False)
            ready = wait([x for w in workers for x in w.waitables], self._wait_time(workers))
            for w in workers:
                if w.conn in ready or w.proc.sentinel in ready:
                    startup_failures = self._drain(w, startup_failures)
            startup_failures = self._enforce_deadlines(workers, startup_failures)

    def _wait_time(self, workers: list[Worker]) -> float:
        now = time.monotonic()
        deadlines = [w.deadline for w in workers if w.task is not None]
        deadlines += [w.started + STARTUP_TIMEOUT for w in workers if not w.ready]
        return max(0.0, min([now + IDLE_WAIT, *deadlines]) - now)

    def _drain(self, w: Worker, startup_failures: int) -> int:
        """Read a worker's messages; a dead worker is replaced (and its record accounted)."""
        try:
            for msg in w.messages():
                if msg[0] == "ready":
                    w.ready, startup_failures = True, 0
                elif msg[0] == "done" and w.task is not None and msg[1] == w.seq:
                    res, i = w.task
                    w.task = None
                    _store(res, i, msg[2], msg[3])
        except (EOFError, OSError):
            pass
        if w.proc.is_alive():
            return startup_failures
        return self._replace(w, startup_failures, during_task=True)

    def _replace(self, w: Worker, startup_failures: int, during_task: bool) -> int:
        """Account for the record a dead worker held, then start a fresh worker."""
        why = w.exit_description()
        if during_task and w.task is not None:
            res, i = w.task
            rec = res.chunk.records[i]
            self.crashes += 1
            log.warning("worker died (%s) on record %s; it gets an error record", why, rec.id)
            msg = f"the worker process died ({why}) while extracting this record"
            _store_error(res, i, error_record(rec.id, rec.url, "extract", "worker-crashed", msg), self.fmt)
        elif not w.ready:
            startup_failures += 1
            if startup_failures >= MAX_STARTUP_FAILURES:
                raise SinmunError(
                    f"worker processes die while starting ({why}); is sinmun installed correctly?"
                )
        w.kill()
        w.start()
        return startup_failures

    def _enforce_deadlines(self, workers: list[Worker], startup_failures: int) -> int:
        now = time.monotonic()
        for w in workers:
            if w.task is not None and now > w.deadline:
                res, i = w.task
                rec = res.chunk.records[i]
                self.timeouts += 1
                log.warning("record %s took longer than %ss; its worker is restarted", rec.id, self.timeout)
                msg = f"extraction took longer than the time limit of {self.timeout:g} s"
                _store_error(res, i, error_record(rec.id, rec.url, "extract", "timeout", msg), self.fmt)
                w.task = None
                w.kill()
                w.start()
            elif not w.ready and now > w.started + STARTUP_TIMEOUT:
                w.kill()
                startup_failures = self._replace(w, startup_failures, during_task=False)
        return startup_failures


def _store(res: ChunkResult, i: int, payload: Any, summary: Summary) -> None:
    if res.summaries[i] is None:
        res.remaining -= 1
    res.payloads[i], res.summaries[i] = payload, summary


def _store_error(res: ChunkResult, i: int, record: dict[str, Any], fmt: str) -> None:
    _store(res, i, encode(record, fmt), summarize(record))


def _pop_finished(open_: dict[int, ChunkResult], ordered: bool) -> Iterator[ChunkResult]:
    """Finished chunks: from the front only when ordered, any finished one otherwise."""
    for index in list(open_):
        res = open_[index]
        if res.remaining == 0:
            del open_[index]
            yield res
        elif ordered:
            return
