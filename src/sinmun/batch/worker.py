"""One worker process running the per-document function, watched by its parent.

The datatrove lesson (``ExtractorSandbox``): a per-document time limit only holds if the
document runs in a process the parent can kill. An in-process alarm (SIGALRM) cannot stop a
regular expression stuck in C code, and a segfault or the OOM killer takes the whole
process. So each document runs in a child process; the parent waits on the pipe with a
deadline and, when it passes or the child dies, kills and restarts that child and writes an
error record for the document. Children ask the OOM killer to pick them first
(``oom_score_adj`` = 1000), so memory trouble costs one document, not the job.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection
from typing import Any

from ..errors import SinmunError
from ..io.records import InputRecord, error_record
from ..io.writers import encode
from ..options import Options
from .stats import summarize

ProcessFn = Callable[[InputRecord, Options], dict[str, Any]]
# Linux OOM-killer preference: the most killable value, so a runaway page kills its worker.
OOM_SCORE_ADJ = 1000
# "spawn": a fresh interpreter, safe whatever threads the parent runs (tqdm, pyarrow, Ray).
START_METHOD = "spawn"


def _serve(conn: Connection, fn: ProcessFn, options: Options, fmt: str) -> None:
    """Child main loop: announce readiness, then one (task, record) in, one result out."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    with contextlib.suppress(OSError), open("/proc/self/oom_score_adj", "w") as fh:
        fh.write(f"{OOM_SCORE_ADJ}\n")
    conn.send(("ready", os.getpid()))
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        task, rec = msg
        try:
            record = fn(rec, options)
        except Exception as e:  # process() never raises, but a custom fn might
            record = error_record(rec.id, rec.url, "extract", "internal-error", f"{type(e).__name__}: {e}")
        conn.send(("done", task, encode(record, fmt), summarize(record)))


class Worker:
    """Parent-side handle of one child: start, send a record, read results, kill."""

    def __init__(self, fn: ProcessFn, options: Options, fmt: str) -> None:
        self.fn, self.options, self.fmt = fn, options, fmt
        self.ctx = multiprocessing.get_context(START_METHOD)
        self.proc: Any = None
        self.conn: Connection | None = None
        self.ready = False
        self.task: Any = None  # what the child is working on (the caller's, never sent)
        self.seq = 0  # number of the current task, sent to the child and echoed back
        self.deadline = 0.0  # monotonic time after which the task has timed out
        self.started = 0.0

    def start(self) -> None:
        parent, child = self.ctx.Pipe(duplex=True)
        self.proc = self.ctx.Process(
            target=_serve, args=(child, self.fn, self.options, self.fmt), daemon=True
        )
        self.proc.start()
        child.close()
        self.conn, self.ready, self.task, self.started = parent, False, None, time.monotonic()

    @property
    def waitables(self) -> list[Any]:
        return [self.conn, self.proc.sentinel]

    def send(self, task: Any, rec: InputRecord, timeout: float) -> None:
        """Hand one record to an idle, ready child (blocked in recv, so this cannot stall).
        ``task`` stays here; the child gets only a sequence number to echo back."""
        assert self.conn is not None
        self.task, self.seq = task, self.seq + 1
        self.deadline = time.monotonic() + timeout
        self.conn.send((self.seq, rec))

    def messages(self) -> Iterator[Any]:
        """Every message waiting on the pipe, one at a time (so none is lost when the child
        dies after sending); raises EOFError/OSError when the child is gone."""
        assert self.conn is not None
        while self.conn.poll():
            yield self.conn.recv()

    def exit_description(self) -> str:
        self.proc.join(timeout=1)
        code = self.proc.exitcode
        if code is not None and code < 0:
            with contextlib.suppress(ValueError):
                return f"killed by {signal.Signals(-code).name}"
        return f"exit code {code}"

    def kill(self) -> None:
        if self.proc is not None and self.proc.is_alive():
            self.proc.kill()
        if self.proc is not None:
            self.proc.join(timeout=5)
        if self.conn is not None:
            self.conn.close()
        self.conn, self.ready, self.task = None, False, None

    def stop(self) -> None:
        """Ask the child to finish, then make sure it is gone."""
        if self.conn is not None and self.proc.is_alive():
            with contextlib.suppress(OSError):
                self.conn.send(None)
            self.proc.join(timeout=2)
        self.kill()


class Sandbox:
    """One worker used synchronously (a Ray actor owns one): a record in, its result out,
    within the time limit. Same guarantees as the local pool, one record at a time."""

    def __init__(
        self, options: Options, fmt: str, timeout: float, fn: ProcessFn, startup_timeout: float
    ) -> None:
        self.worker = Worker(fn, options, fmt)
        self.timeout, self.startup_timeout, self.fmt = timeout, startup_timeout, fmt

    def _ensure_ready(self) -> Worker:
        w = self.worker
        if w.ready and w.proc.is_alive():
            return w
        w.kill()
        w.start()
        assert w.conn is not None
        if not w.conn.poll(self.startup_timeout):
            raise SinmunError(f"the worker process did not start within {self.startup_timeout:g} s")
        try:
            w.ready = w.conn.recv()[0] == "ready"
        except (EOFError, OSError) as e:
            raise SinmunError(f"the worker process died while starting ({w.exit_description()})") from e
        return w

    def __call__(self, rec: InputRecord) -> tuple[Any, Any]:
        """(payload, summary) of one record; a timeout or crash gives an error record."""
        w = self._ensure_ready()
        assert w.conn is not None
        try:
            w.send(None, rec, self.timeout)
            if w.conn.poll(self.timeout):
                msg = w.conn.recv()
                w.task = None
                return msg[2], msg[3]
            reason, why = "timeout", f"extraction took longer than the time limit of {self.timeout:g} s"
        except (EOFError, OSError):
            reason = "worker-crashed"
            why = f"the worker process died ({w.exit_description()}) while extracting this record"
        w.kill()  # restarted by the next call
        record = error_record(rec.id, rec.url, "extract", reason, why)
        return encode(record, self.fmt), summarize(record)

    def close(self) -> None:
        self.worker.stop()
