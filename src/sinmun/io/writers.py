"""Writers: records → JSONL, JSONL.gz or Parquet part files, written atomically, and the
merge of parts into one output file.

Workers encode each record themselves (``encode``), so the parent only moves bytes: a JSON
line for JSONL outputs, the record dict for Parquet (which is built per part).
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..errors import OptionError

OUTPUT_FORMATS = ("jsonl", "jsonl.gz", "parquet")
SUFFIXES = {"jsonl": ".jsonl", "jsonl.gz": ".jsonl.gz", "parquet": ".parquet"}
# gzip level: 6 is zlib's default, within a few % of 9 on JSON at a third of the time.
GZIP_LEVEL = 6


def format_of(path: str) -> str | None:
    """The output format a file name asks for, or None (a folder, or an unknown suffix)."""
    low = path.lower()
    for fmt in ("jsonl.gz", "jsonl", "parquet"):
        if low.endswith(SUFFIXES[fmt]):
            return fmt
    if low.endswith(".ndjson"):
        return "jsonl"
    return None


def check_format(fmt: str) -> str:
    if fmt not in OUTPUT_FORMATS:
        raise OptionError(f"output format should be one of {OUTPUT_FORMATS}, but {fmt!r}")
    return fmt


def encode(record: dict[str, Any], fmt: str) -> bytes | dict[str, Any]:
    """What a worker sends back for one record: a JSON line, or the dict for Parquet."""
    if fmt == "parquet":
        return record
    return json_line(record)


def json_line(record: dict[str, Any]) -> bytes:
    """One JSONL line: UTF-8, Korean kept readable (no \\u escapes)."""
    return json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n"


def tmp_name(path: Path) -> Path:
    """Where ``path`` is written before it is renamed into place (one per process)."""
    return path.with_name(f"{path.name}.tmp-{os.getpid()}")


def atomic_write(path: Path, write: Callable[[Path], Any]) -> None:
    """Write through a temporary name, flush to disk, then rename: readers (and a resumed run)
    see either the whole file or none of it, even after kill -9."""
    tmp = tmp_name(path)
    try:
        write(tmp)
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def write_part(path: Path, fmt: str, payloads: Sequence[bytes | dict[str, Any]]) -> None:
    """One part file with the chunk's records, atomically."""

    def write(tmp: Path) -> None:
        if fmt == "parquet":
            from .parquet import write_part as write_parquet

            write_parquet(tmp, payloads)  # type: ignore[arg-type]
        elif fmt == "jsonl.gz":
            with gzip.open(tmp, "wb", compresslevel=GZIP_LEVEL) as fh:
                fh.writelines(payloads)  # type: ignore[arg-type]
        else:
            with open(tmp, "wb") as fh:
                fh.writelines(payloads)  # type: ignore[arg-type]

    atomic_write(path, write)


def merge_parts(parts: Sequence[Path], dest: Path, fmt: str) -> None:
    """Concatenate parts into ``dest`` atomically. JSONL parts are bytes-concatenated (gzip
    members concatenate into a valid .gz); Parquet row groups are copied one at a time."""

    def write(tmp: Path) -> None:
        if fmt == "parquet":
            from .parquet import merge_parts as merge_parquet

            merge_parquet(parts, tmp)
            return
        with open(tmp, "wb") as out:
            for part in parts:
                with open(part, "rb") as fh:
                    shutil.copyfileobj(fh, out)

    atomic_write(dest, write)


def read_output(path: Path | str) -> list[dict[str, Any]]:
    """Every record of a sinmun output file (JSONL, JSONL.gz or Parquet): for tests and checks."""
    path = Path(path)
    fmt = format_of(path.name)
    if fmt == "parquet":
        from .parquet import read_records

        return read_records(path)
    opener = gzip.open if fmt == "jsonl.gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
