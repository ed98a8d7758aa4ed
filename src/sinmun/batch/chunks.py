"""Chunks: the unit of work, of output (one part file each) and of resume.

The input stream is cut into chunks deterministically (at most ``max_records`` records or
``max_bytes`` of page bytes), so the same inputs give the same chunks on every run. Each
chunk carries a digest of its records: a resumed run skips a chunk only when the part on
disk was made from exactly the same records (this also protects stdin and edited files).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..io.records import InputRecord

# Records per chunk: big enough that per-part overhead (a file, an fsync, a marker) is noise,
# small enough that a killed run loses little work and a chunk's results fit in memory.
CHUNK_RECORDS = 1000
# Page bytes per chunk: bounds memory when pages are large (a crawl of 1 MB HTML pages).
CHUNK_BYTES = 32 * 1024 * 1024


@dataclass(slots=True)
class Chunk:
    index: int
    records: list[InputRecord]
    digest: str


def page_size(rec: InputRecord) -> int:
    """Approximate bytes a record holds (str pages count 3 bytes a character at worst)."""
    if rec.page is None:
        return 0
    return len(rec.page) * (3 if isinstance(rec.page, str) else 1)


def _feed(h: hashlib._Hash, rec: InputRecord) -> None:
    """Everything that makes the record's output what it is goes into the digest."""
    for part in (rec.id, rec.url or "", repr(rec.problem) if rec.problem else ""):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    if isinstance(rec.page, str):
        h.update(b"s")
        h.update(rec.page.encode("utf-8", "surrogatepass"))
    elif rec.page is not None:
        h.update(b"b")
        h.update(rec.page)
    h.update(b"\x01")


def make_chunks(
    records: Iterable[InputRecord], max_records: int = CHUNK_RECORDS, max_bytes: int = CHUNK_BYTES
) -> Iterator[Chunk]:
    """Cut the record stream into chunks, lazily (only one chunk is held here at a time)."""
    index, batch, size = 0, [], 0
    h = hashlib.blake2b(digest_size=16)
    for rec in records:
        batch.append(rec)
        _feed(h, rec)
        size += page_size(rec)
        if len(batch) >= max_records or size >= max_bytes:
            yield Chunk(index, batch, h.hexdigest())
            index, batch, size = index + 1, [], 0
            h = hashlib.blake2b(digest_size=16)
    if batch:
        yield Chunk(index, batch, h.hexdigest())
