"""Where a job keeps its state, so a killed run (even ``kill -9``) resumes without loss or
duplicates, and a finished run re-run does nothing.

Layout:
- ``-o DIR/``: ``DIR/part-000000.jsonl`` … are the output; ``DIR/manifest.json`` is written
  when the job is complete; ``DIR/.sinmun/`` holds ``job.json`` and one ``.done`` marker per
  part.
- ``-o out.jsonl`` (or .jsonl.gz, .parquet): parts and markers go to a hidden work folder
  next to it, ``.out.jsonl.sinmun/``. When every part is done they are concatenated into
  ``out.jsonl`` through a temporary name and a rename, then deleted; the folder keeps only
  ``job.json`` and ``manifest.json`` (a few KB) so a re-run knows the job is finished.

A part is written to a temporary name and renamed; its marker (digest of the chunk's
records, counts) is written the same way after it. A part without a marker is redone. The
job key (sinmun code, options, inputs, output format, chunk sizes) is kept in ``job.json``:
a re-run with anything different starts over instead of mixing outputs.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
import time
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path
from typing import Any

from .. import __version__
from ..errors import InputError, OptionError, SinmunError
from ..io.writers import OUTPUT_FORMATS, SUFFIXES, atomic_write, format_of, merge_parts
from .stats import Stats

STDOUT = "-"
WORK_DIR = ".sinmun"
MANIFEST = "manifest.json"
JOB_FILE = "job.json"
LOCK_FILE = "lock"
PART_GLOB = "part-*"


@dataclass(frozen=True, slots=True)
class Output:
    """Where records go: stdout, one file, or a folder of parts."""

    target: str
    fmt: str  # one of OUTPUT_FORMATS
    kind: str  # "stdout" | "file" | "dir"


def parse_output(target: str, output_format: str | None = None) -> Output:
    """Check ``-o`` (and ``--output-format``) up front, with messages that say how to fix them."""
    if output_format is not None and output_format not in OUTPUT_FORMATS:
        raise OptionError(f"--output-format should be one of {OUTPUT_FORMATS}, but {output_format!r}")
    if target == STDOUT:
        if output_format not in (None, "jsonl"):
            raise OptionError("-o - streams JSONL; --output-format parquet/jsonl.gz needs a file or folder")
        return Output(STDOUT, "jsonl", "stdout")
    if target.endswith(("/", "\\")) or Path(target).is_dir():
        return Output(target.rstrip("/\\") or "/", output_format or "jsonl", "dir")
    fmt = format_of(target)
    if fmt is None:
        raise OptionError(
            f"-o {target}: the output name should end in .jsonl, .jsonl.gz or .parquet "
            "(or / for a folder of parts), but it does not"
        )
    if output_format is not None and output_format != fmt:
        raise OptionError(f"-o {target} is {fmt}, but --output-format says {output_format}")
    return Output(target, fmt, "file")


@cache
def code_fingerprint() -> str:
    """A hash of sinmun's own files: a re-run after the code changed redoes the job
    instead of mixing records of two versions (developers re-run the same command)."""
    root = Path(__file__).resolve().parents[1]
    h = hashlib.sha256(__version__.encode())
    for f in sorted(root.rglob("*")):
        if f.is_file() and f.suffix in (".py", ".csv", ".json", ".txt", ".tsv"):
            h.update(str(f.relative_to(root)).encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:16]


def job_key(settings: dict[str, Any]) -> str:
    """The job's identity: its settings plus the code fingerprint."""
    blob = json.dumps({**settings, "code": code_fingerprint()}, sort_keys=True, default=_plain)
    return hashlib.sha256(blob.encode()).hexdigest()[:24]


def _plain(obj: Any) -> Any:
    return asdict(obj) if hasattr(obj, "__dataclass_fields__") else str(obj)


def _write_json(path: Path, data: dict[str, Any]) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=1)
    atomic_write(path, lambda tmp: tmp.write_text(text + "\n", encoding="utf-8"))


def _read_json(path: Path) -> dict[str, Any] | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


class JobDir:
    """The on-disk state of one file or folder output."""

    def __init__(self, out: Output) -> None:
        if out.kind == "stdout":
            raise SinmunError("stdout output has no job folder")
        self.out = out
        target = Path(out.target)
        if out.kind == "dir":
            self.parts_dir, self.work = target, target / WORK_DIR
            self.manifest_path = target / MANIFEST
        else:
            self.work = target.parent / f".{target.name}{WORK_DIR}"
            self.parts_dir, self.manifest_path = self.work, self.work / MANIFEST
        self.suffix = SUFFIXES[out.fmt]
        self._lock: Any = None

    def part_path(self, index: int) -> Path:
        return self.parts_dir / f"part-{index:06d}{self.suffix}"

    def marker_path(self, index: int) -> Path:
        return self.work / f"part-{index:06d}.done"

    # -- opening ---------------------------------------------------------------------------
    def open(self, key: str, fresh: bool) -> str:
        """Lock the job and make its state match ``key``; returns what was found:
        "new", "resume", "restart" (settings or code changed) or "finished"."""
        self._check_foreign_dir()
        self.work.mkdir(parents=True, exist_ok=True)
        self._take_lock()
        job = _read_json(self.work / JOB_FILE)
        if job is None:
            state = "new"
        elif fresh or job.get("key") != key:
            self.wipe()
            state = "restart"
        elif self.finished_manifest() is not None:
            state = "finished"
        else:
            state = "resume"
        for stale in self.parts_dir.glob("*.tmp-*"):  # left by a killed run
            stale.unlink()
        _write_json(self.work / JOB_FILE, {"key": key, "sinmun": __version__, "started": time.time()})
        return state

    def _check_foreign_dir(self) -> None:
        """Never mix parts into (or wipe) a folder that holds someone else's files."""
        if self.out.kind != "dir" or not self.parts_dir.exists() or self.work.exists():
            return
        if any(self.parts_dir.iterdir()):
            raise InputError(
                f"-o {self.out.target}/ already holds files that sinmun run did not write; "
                "name a new or empty folder"
            )

    def _take_lock(self) -> None:
        try:
            import fcntl
        except ImportError:  # not POSIX: no protection against two concurrent runs
            return
        self._lock = open(self.work / LOCK_FILE, "w")  # noqa: SIM115 - held for the whole job
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as e:
            self._lock.close()
            raise SinmunError(
                f"another sinmun run is writing {self.out.target}; wait for it to finish"
            ) from e

    def restart(self, key: str) -> None:
        """Drop everything of the previous job and start a new one with ``key``."""
        self.wipe()
        _write_json(self.work / JOB_FILE, {"key": key, "sinmun": __version__, "started": time.time()})

    def close(self) -> None:
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    def wipe(self) -> None:
        """Forget a previous job: its parts, markers and manifest (never other files)."""
        if self.out.kind == "dir":
            for p in self.parts_dir.glob(PART_GLOB):
                if p.name.endswith(tuple(SUFFIXES.values())) or ".tmp-" in p.name:
                    p.unlink()
            with contextlib.suppress(FileNotFoundError):
                self.manifest_path.unlink()
        for p in self.work.iterdir():
            if p.name != LOCK_FILE:
                shutil.rmtree(p) if p.is_dir() else p.unlink()

    # -- progress --------------------------------------------------------------------------
    def done_markers(self) -> dict[int, dict[str, Any]]:
        """Markers of parts that are complete on disk (a marker without its part is ignored)."""
        out = {}
        for m in self.work.glob("part-*.done"):
            data = _read_json(m)
            if data is not None and self.part_path(data["index"]).exists():
                out[data["index"]] = data
        return out

    def mark_done(self, index: int, digest: str, records: int, stats: Stats) -> None:
        marker = {"index": index, "digest": digest, "records": records, "stats": stats.to_dict()}
        _write_json(self.marker_path(index), marker)

    def finished_manifest(self) -> dict[str, Any] | None:
        """The manifest of a complete job whose output is still there, else None."""
        manifest = _read_json(self.manifest_path)
        if manifest is None:
            return None
        if self.out.kind == "file" and not Path(self.out.target).exists():
            return None
        return manifest

    # -- finishing -------------------------------------------------------------------------
    def finalise(
        self, key: str, markers: list[dict[str, Any]], stats: Stats, inputs: list[str], merge: bool = True
    ) -> None:
        """All parts done: write the manifest; for one-file outputs merge the parts first
        (unless the caller, the Ray engine, has merged them already: ``merge=False``)."""
        n = len(markers)
        manifest = {
            "schema": "sinmun-run/1",
            "sinmun": __version__,
            "key": key,
            "format": self.out.fmt,
            "inputs": inputs,
            "records": sum(m["records"] for m in markers),
            "parts": [
                {"part": self.part_path(m["index"]).name, "records": m["records"], "digest": m["digest"]}
                for m in markers
            ],
            "stats": stats.to_dict(),
            "finished": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        }
        if self.out.kind == "file":
            if merge:
                merge_parts([self.part_path(i) for i in range(n)], Path(self.out.target), self.out.fmt)
        else:  # a shrunken input leaves parts past the end: they are not part of this job
            for p in [*self.parts_dir.glob(PART_GLOB), *self.work.glob("part-*.done")]:
                if int(p.name[5:11]) >= n:
                    p.unlink()
        _write_json(self.manifest_path, manifest)
        if self.out.kind == "file":
            for i in range(n):
                self.part_path(i).unlink(missing_ok=True)
            for m in self.work.glob("part-*.done"):
                m.unlink()
        for leftover in self.work.glob("*/"):  # the Ray engine's temporary part folder
            shutil.rmtree(leftover)
