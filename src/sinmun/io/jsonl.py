"""JSONL (and JSONL.gz, and stdin) reader: one record per non-blank line, streamed.

A line that is not JSON, not an object, or has no usable text still yields a record (an
error record later), with id ``<file name>:<line number>`` when no id can be read.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING

from .records import InputRecord
from .rows import BAD_JSON, DEFAULT_FIELDS, Fields, row_to_record

if TYPE_CHECKING:
    from .readers import ReadProgress

# A line longer than this is not read into memory: real pages are well under it, and a file
# without newlines (a binary dump named .jsonl) must not exhaust memory. The line becomes an
# error record and reading goes on at the next newline.
MAX_LINE_BYTES = 64 * 1024 * 1024
# Bytes read at a time while skipping the rest of an over-long line.
SKIP_BLOCK = 1024 * 1024
GZIP_MAGIC = b"\x1f\x8b"


def read_jsonl(
    source: str | IO[bytes], name: str, fields: Fields = DEFAULT_FIELDS, progress: ReadProgress | None = None
) -> Iterator[InputRecord]:
    """Records of a JSONL file (path, gzip detected by its magic bytes) or a binary stream."""
    if not isinstance(source, str):
        yield from _records(source, None, name, fields, progress)
        return
    with open(source, "rb") as raw:
        gzipped = raw.read(2) == GZIP_MAGIC
        raw.seek(0)
        if gzipped:
            with gzip.GzipFile(fileobj=raw) as fh:
                yield from _records(fh, raw, name, fields, progress)
        else:
            yield from _records(raw, raw, name, fields, progress)


def _records(
    fh: IO[bytes], raw: IO[bytes] | None, name: str, fields: Fields, progress: ReadProgress | None
) -> Iterator[InputRecord]:
    n = 0
    while True:
        n += 1
        try:
            line = fh.readline(MAX_LINE_BYTES + 1)
        except (EOFError, OSError, zlib.error) as e:  # truncated or corrupt .gz
            msg = f"the rest of the file is unreadable ({type(e).__name__}: {e})"
            yield InputRecord(f"{name}:{n}", None, problem=("input", "unreadable", msg))
            return
        if not line:
            return
        if progress is not None and raw is not None:
            progress.pos = raw.tell()
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            _skip_line(fh)
            msg = f"line {n} is longer than {MAX_LINE_BYTES} bytes"
            yield InputRecord(f"{name}:{n}", None, problem=("input", "line-too-long", msg))
            continue
        if not line.strip():
            continue  # blank lines are not records
        yield parse_line(line, f"{name}:{n}", fields)


def _skip_line(fh: IO[bytes]) -> None:
    while True:
        block = fh.readline(SKIP_BLOCK)
        if not block or block.endswith(b"\n"):
            return


def parse_line(line: bytes, fallback_id: str, fields: Fields = DEFAULT_FIELDS) -> InputRecord:
    """One JSONL line → its record; a line that is not JSON gets an input problem."""
    try:
        row = json.loads(line)
    except (ValueError, RecursionError) as e:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        reason = f"not JSON ({type(e).__name__}: {str(e)[:200]})"
        return InputRecord(fallback_id, None, problem=("input", BAD_JSON, reason))
    return row_to_record(row, fallback_id, fields)
