"""A whole ``sinmun run`` job: inputs → chunks → an engine → parts → one output, resumable.

1. check everything up front (inputs, extras, output name, a previous run's state)
2. cut the record stream into chunks; skip chunks a previous run finished (same digest)
3. run the rest on the engine (local process pool, or Ray in ``ray_engine``)
4. write each finished chunk as a part (atomic) and then its completion marker
5. merge parts into the output file (atomic) and write the manifest
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from ..errors import InputError
from ..io.readers import STDIN, ReadProgress, Source, find_sources, read_sources
from ..io.records import InputRecord
from ..io.rows import DEFAULT_FIELDS, Fields
from ..io.writers import write_part
from ..options import DEFAULT, Options
from .chunks import CHUNK_BYTES, CHUNK_RECORDS, Chunk, make_chunks
from .job import JobDir, Output, job_key
from .local import DEFAULT_OPEN_CHUNKS, DEFAULT_TIMEOUT, LocalEngine, default_workers
from .progress import Progress
from .stats import Stats


@dataclass(frozen=True)
class RunConfig:
    """Everything a job needs; built once by the CLI (or by a Python caller)."""

    inputs: tuple[str, ...]
    output: Output
    options: Options = DEFAULT
    fields: Fields = DEFAULT_FIELDS
    engine: str = "local"  # "local" | "ray"
    workers: int | None = None
    timeout: float = DEFAULT_TIMEOUT
    chunk_records: int = CHUNK_RECORDS
    chunk_bytes: int = CHUNK_BYTES
    fresh: bool = False
    quiet: bool = False
    ray_address: str | None = None

    def key_settings(self, sources: list[Source]) -> dict[str, Any]:
        """What makes two runs the same job (see ``job.job_key``)."""
        return {
            "inputs": [s.path if s.path == STDIN else os.path.abspath(s.path) for s in sources],
            "fields": asdict(self.fields),
            "options": asdict(self.options),
            "format": self.output.fmt,
            "chunks": [self.chunk_records, self.chunk_bytes],
            "engine": self.engine,
        }


@dataclass
class RunReport:
    stats: Stats = field(default_factory=Stats)
    processed: int = 0  # records extracted by this run (not resumed)
    resumed: int = 0  # records whose part a previous run had finished
    seconds: float = 0.0
    workers: int = 1
    state: str = "new"  # new | resume | restart | finished
    nothing_to_do: bool = False


def run_job(cfg: RunConfig) -> RunReport:
    """Run (or resume, or confirm finished) the job ``cfg`` describes."""
    sources = find_sources(cfg.inputs, cfg.fields)
    if cfg.engine == "ray":
        from .ray_engine import run_ray

        return run_ray(cfg, sources)
    if cfg.output.kind == "stdout":
        return _stream(cfg, sources)
    jobdir = JobDir(cfg.output)
    key = job_key(cfg.key_settings(sources))
    try:
        state = jobdir.open(key, cfg.fresh)
        if state == "finished" and cfg.output.kind == "file":
            report = _verify_finished(cfg, sources, jobdir)
            if report is not None:
                return report
            jobdir.restart(key)
            state = "restart"
        report = _run_parts(cfg, sources, jobdir, key)
        report.state = state
        report.nothing_to_do = report.processed == 0 and state in ("finished", "resume")
        return report
    finally:
        jobdir.close()


def _engine(cfg: RunConfig) -> LocalEngine:
    workers = cfg.workers or default_workers()
    # Enough chunks in flight that every worker has records even at a chunk's tail.
    max_open = max(DEFAULT_OPEN_CHUNKS, 1 + -(-2 * workers // cfg.chunk_records))
    return LocalEngine(
        cfg.options, workers=workers, timeout=cfg.timeout, fmt=cfg.output.fmt, max_open=max_open
    )


def _records(cfg: RunConfig, sources: list[Source], progress: Progress) -> Iterator[InputRecord]:
    for rec in read_sources(sources, cfg.fields, progress.reading):
        progress.pages_read += 1
        yield rec


def _run_parts(cfg: RunConfig, sources: list[Source], jobdir: JobDir, key: str) -> RunReport:
    markers = jobdir.done_markers()
    progress = Progress(ReadProgress(sources), cfg.quiet)
    engine = _engine(cfg)
    report = RunReport(workers=engine.n_workers)
    finished: dict[int, dict[str, Any]] = {}
    n_chunks = 0

    def todo() -> Iterator[Chunk]:
        nonlocal n_chunks
        for chunk in make_chunks(_records(cfg, sources, progress), cfg.chunk_records, cfg.chunk_bytes):
            n_chunks = chunk.index + 1
            m = markers.get(chunk.index)
            if m is not None and m["digest"] == chunk.digest and m["records"] == len(chunk.records):
                finished[chunk.index] = m
                report.stats.merge(Stats.from_dict(m["stats"]))
                report.resumed += m["records"]
                progress.skipped(m["records"])
                continue
            yield chunk

    start = time.monotonic()
    try:
        for res in engine.run(todo(), ordered=False):
            chunk = res.chunk
            write_part(jobdir.part_path(chunk.index), cfg.output.fmt, res.payloads)
            chunk_stats = Stats()
            for s in res.summaries:
                chunk_stats.add(s)  # type: ignore[arg-type]
            jobdir.mark_done(chunk.index, chunk.digest, len(chunk.records), chunk_stats)
            finished[chunk.index] = {
                "index": chunk.index,
                "digest": chunk.digest,
                "records": len(chunk.records),
            }
            report.stats.merge(chunk_stats)
            report.processed += len(chunk.records)
            progress.processed(len(chunk.records), chunk_stats.error_count)
    finally:
        progress.close()
    report.seconds = time.monotonic() - start
    jobdir.finalise(
        key,
        [finished[i] for i in range(n_chunks)],
        report.stats,
        [s.path for s in sources],
    )
    return report


def _verify_finished(cfg: RunConfig, sources: list[Source], jobdir: JobDir) -> RunReport | None:
    """A finished one-file job: re-read the inputs (no extraction) and compare chunk digests.
    Returns the report when nothing changed, None when the job must be redone."""
    manifest = jobdir.finished_manifest() or {}
    parts = manifest.get("parts", [])
    progress = Progress(ReadProgress(sources), quiet=True)
    chunks = make_chunks(_records(cfg, sources, progress), cfg.chunk_records, cfg.chunk_bytes)
    same = True
    n = 0
    for chunk in chunks:
        n += 1
        p = parts[chunk.index] if chunk.index < len(parts) else None
        if p is None or p["digest"] != chunk.digest or p["records"] != len(chunk.records):
            same = False
            break
    if same and n == len(parts):
        stats = Stats.from_dict(manifest["stats"])
        return RunReport(stats, 0, stats.pages, 0.0, 0, "finished", nothing_to_do=True)
    if any(s.path == STDIN for s in sources):
        raise InputError(
            f"{cfg.output.target} is the finished output of a different input stream; "
            "add --fresh to replace it"
        )
    return None


def _stream(cfg: RunConfig, sources: list[Source]) -> RunReport:
    """-o -: JSONL on stdout in input order; nothing to resume."""
    progress = Progress(ReadProgress(sources), cfg.quiet)
    engine = _engine(cfg)
    report = RunReport(workers=engine.n_workers)
    out = sys.stdout.buffer
    start = time.monotonic()
    chunks = make_chunks(_records(cfg, sources, progress), cfg.chunk_records, cfg.chunk_bytes)
    try:
        for res in engine.run(chunks, ordered=True):
            out.writelines(res.payloads)
            out.flush()
            chunk_stats = Stats()
            for s in res.summaries:
                chunk_stats.add(s)  # type: ignore[arg-type]
            report.stats.merge(chunk_stats)
            report.processed += len(res.payloads)
            progress.processed(len(res.payloads), chunk_stats.error_count)
    except BrokenPipeError:  # `sinmun run ... -o - | head`: the reader has had enough
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    finally:
        progress.close()
    report.seconds = time.monotonic() - start
    return report


def describe(report: RunReport, cfg: RunConfig) -> str:
    """One line saying what happened to the job as a whole."""
    output = cfg.output
    target = "stdout" if output.kind == "stdout" else output.target
    if report.nothing_to_do:
        return f"nothing to do: {target} is already complete ({report.stats.pages} records)"
    if report.resumed:
        return f"resumed: {report.resumed} records were done by a previous run; output in {target}"
    if report.state == "restart" and cfg.fresh:
        return f"started over (--fresh); output in {target}"
    if report.state == "restart":
        return f"started over (the settings, inputs or sinmun code changed); output in {target}"
    return f"output in {target}"
