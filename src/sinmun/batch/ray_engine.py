"""The Ray engine (``--engine ray``): the same job on a Ray cluster, with Ray Data.

1. a Ray dataset of the input files (one row each); ``flat_map`` streams each file's records
   with sinmun's own readers, so malformed rows get the same error records as locally
   (Ray's ``read_json`` would fail the whole file on one bad line, and Ray has no WARC reader)
2. ``map_batches`` runs the per-document function in actors, each through a ``Sandbox``
   (a watched child process), so the time limit and crash accounting match the local engine
3. a ``Datasink`` writes each block as a part file (JSONL, JSONL.gz or Parquet) and returns
   its counts; the driver orders the parts by input position, then merges them into the
   output file or renames them into the output folder, and writes the manifest.

Resume is per job, not per chunk: a finished job re-run does nothing; a killed Ray job runs
again from the start (Ray already retries failed tasks and restarts dead actors within a run).
"""

from __future__ import annotations

import json
import logging
import os
import time
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import DependencyError
from ..io.readers import Source, read_source
from ..io.records import InputRecord
from ..io.rows import Fields
from ..io.writers import SUFFIXES, merge_parts, write_part
from ..options import Options
from .job import JobDir, job_key
from .local import STARTUP_TIMEOUT
from .stats import Stats

if TYPE_CHECKING:
    from .runner import RunConfig, RunReport

# Records per batch handed to an actor: small, so one slow batch does not hold up the stream.
BATCH_RECORDS = 32
RAY_PARTS = "ray-parts"
# CPU share of a file-reading task: reading is mostly I/O and must not wait behind the actors.
READ_CPUS = 0.5


def require_ray() -> Any:
    try:
        import ray
        import ray.data
    except ImportError as e:
        raise DependencyError("ray[data]", "ray", "--engine ray") from e
    return ray


# -- 1. reading ------------------------------------------------------------------------------
def record_to_row(src: int, n: int, rec: InputRecord) -> dict[str, Any]:
    """An InputRecord as an Arrow-friendly row (str and bytes pages in separate columns)."""
    stage, reason, message = rec.problem or (None, None, None)
    return {
        "src": src,
        "n": n,
        "id": rec.id,
        "url": rec.url,
        "text": rec.page if isinstance(rec.page, str) else None,
        "data": bytes(rec.page) if isinstance(rec.page, bytes | bytearray) else None,
        "p_stage": stage,
        "p_reason": reason,
        "p_message": message,
    }


def row_to_record(row: dict[str, Any]) -> InputRecord:
    page = row["text"] if row["text"] is not None else row["data"]
    problem = (row["p_stage"], row["p_reason"], row["p_message"]) if row["p_reason"] else None
    return InputRecord(row["id"], page, row["url"], problem)


def read_file(item: dict[str, Any], fields: Fields) -> Iterator[dict[str, Any]]:
    """flat_map: one input file → its records, streamed."""
    src = Source(item["path"], item["kind"], item["size"])
    for n, rec in enumerate(read_source(src, fields)):
        yield record_to_row(item["order"], n, rec)


# -- 2. extracting ---------------------------------------------------------------------------
class Extract:
    """map_batches actor: records → encoded output records, one watched child per actor."""

    def __init__(self, options: Options, fmt: str, timeout: float) -> None:
        from ..io.records import process
        from .worker import Sandbox

        self.fmt = fmt
        self.sandbox = Sandbox(options, fmt, timeout, process, STARTUP_TIMEOUT)

    def __call__(self, batch: Any) -> Any:
        import pyarrow as pa

        rows = batch.to_pylist()
        payloads, summaries = [], []
        for row in rows:
            payload, summary = self.sandbox(row_to_record(row))
            payloads.append(payload)
            summaries.append(json.dumps(summary))
        keys = {"src": [r["src"] for r in rows], "n": [r["n"] for r in rows], "summary": summaries}
        if self.fmt == "parquet":
            from ..io.arrow_schema import to_table

            table = to_table(payloads)
            for name, values in keys.items():
                table = table.append_column(name, pa.array(values))
            return table
        return pa.table({**keys, "line": pa.array(payloads, pa.binary())})


# -- 3. writing ------------------------------------------------------------------------------
def _datasink_base() -> type:
    from ray.data import Datasink

    return Datasink


def make_sink(parts_dir: Path, fmt: str) -> Any:
    """A Datasink writing each block as one part; returns per-part counts to the driver."""

    class PartSink(_datasink_base()):  # type: ignore[misc]
        def __init__(self) -> None:
            self.results: list[dict[str, Any]] = []

        def write(self, blocks: Iterable[Any], ctx: Any) -> list[dict[str, Any]]:
            out = []
            for block in blocks:
                if block.num_rows == 0:
                    continue
                first = (block["src"][0].as_py(), block["n"][0].as_py())
                stats = Stats()
                for s in block["summary"].to_pylist():
                    kind, reason, rules = json.loads(s)
                    stats.add((kind, reason, tuple(tuple(x) for x in rules)))
                path = parts_dir / f"{uuid.uuid4().hex}{SUFFIXES[fmt]}"
                if fmt == "parquet":
                    from ..io.arrow_schema import from_table

                    payloads: list[Any] = from_table(block.drop_columns(["src", "n", "summary"]))
                else:
                    payloads = block["line"].to_pylist()
                write_part(path, fmt, payloads)
                out.append(
                    {"part": path.name, "first": first, "records": block.num_rows, "stats": stats.to_dict()}
                )
            return out

        def on_write_complete(self, write_result: Any) -> None:
            self.results = [r for task in write_result.write_returns for r in task]

    return PartSink()


# -- the job ---------------------------------------------------------------------------------
def run_ray(cfg: RunConfig, sources: list[Source]) -> RunReport:
    """Run the job on Ray (a local Ray, or the cluster at ``cfg.ray_address``)."""
    from .runner import RunReport

    ray = require_ray()
    jobdir = JobDir(cfg.output)
    settings = cfg.key_settings(sources)
    settings["stat"] = [[s.size, os.path.getmtime(s.path)] for s in sources]  # no digests on Ray
    key = job_key(settings)
    try:
        state = jobdir.open(key, cfg.fresh)
        if state == "finished":
            stats = Stats.from_dict((jobdir.finished_manifest() or {})["stats"])
            return RunReport(stats, 0, stats.pages, 0.0, 0, state, nothing_to_do=True)
        if state == "resume":  # a killed Ray job starts again (see module docstring)
            jobdir.restart(key)
        start = time.monotonic()
        results, workers = _execute(ray, cfg, sources, jobdir)
        report = RunReport(workers=workers, state=state)
        _finish(cfg, sources, jobdir, key, results, report)
        report.seconds = time.monotonic() - start
        return report
    finally:
        jobdir.close()


def _execute(ray: Any, cfg: RunConfig, sources: list[Source], jobdir: JobDir) -> tuple[list[dict], int]:
    if not ray.is_initialized():
        local_cpus = None if cfg.ray_address or not cfg.workers else cfg.workers + 1
        level = logging.WARNING if cfg.quiet else logging.INFO
        ray.init(
            address=cfg.ray_address,
            num_cpus=local_cpus,
            include_dashboard=False,
            log_to_driver=False,
            logging_level=level,
        )
        logging.getLogger("ray.data").setLevel(level)
    # One CPU stays free for the reading tasks, or the actors would starve them.
    workers = cfg.workers or max(1, int(ray.cluster_resources().get("CPU", 2)) - 1)
    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True
    ctx.enable_progress_bars = not cfg.quiet
    items = [
        {"path": os.path.abspath(s.path), "kind": s.kind, "size": s.size, "order": i}
        for i, s in enumerate(sources)
    ]
    parts_dir = jobdir.work / RAY_PARTS
    parts_dir.mkdir(parents=True, exist_ok=True)
    sink = make_sink(parts_dir, cfg.output.fmt)
    (
        ray.data.from_items(items, override_num_blocks=len(items))
        .flat_map(read_file, fn_kwargs={"fields": cfg.fields}, num_cpus=READ_CPUS)
        .map_batches(
            Extract,
            fn_constructor_args=(cfg.options, cfg.output.fmt, cfg.timeout),
            batch_size=BATCH_RECORDS,
            batch_format="pyarrow",
            concurrency=workers,
            num_cpus=1,
        )
        .write_datasink(sink)
    )
    return sorted(sink.results, key=lambda r: tuple(r["first"])), workers


def _finish(
    cfg: RunConfig, sources: list[Source], jobdir: JobDir, key: str, results: list[dict], report: RunReport
) -> None:
    """Parts in input order → the output file or folder, plus the manifest."""
    parts_dir = jobdir.work / RAY_PARTS
    markers = []
    for i, r in enumerate(results):
        final = jobdir.part_path(i)
        if cfg.output.kind == "dir":
            os.replace(parts_dir / r["part"], final)
        report.stats.merge(Stats.from_dict(r["stats"]))
        report.processed += r["records"]
        markers.append({"index": i, "digest": "", "records": r["records"]})
    if cfg.output.kind == "file":
        merge_parts([parts_dir / r["part"] for r in results], Path(cfg.output.target), cfg.output.fmt)
        for r in results:
            (parts_dir / r["part"]).unlink()
    jobdir.finalise(key, markers, report.stats, [s.path for s in sources], merge=False)
