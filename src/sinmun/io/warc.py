"""WARC / WARC.gz reader (FastWARC): one record per HTTP response record.

id = WARC-Record-ID, url = WARC-Target-URI, page = the HTTP body as bytes, so extract()'s
decoder sees the raw bytes and their charset declaration (cp949/EUC-KR pages are common in
Korean crawls). A response that is not text (an image, a PDF) still yields one record: an
error record saying what it was, so every response is accounted for.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..errors import DependencyError
from .records import InputRecord

if TYPE_CHECKING:
    from .readers import ReadProgress

# Content types worth extracting; a missing Content-Type is tried too (old crawls omit it).
TEXT_TYPES = ("text/", "application/xhtml+xml", "application/xml")


def require_fastwarc() -> Any:
    """The fastwarc.warc module, or a ``DependencyError`` naming the extra."""
    try:
        import fastwarc.warc
    except ImportError as e:
        raise DependencyError("fastwarc", "warc", "Reading WARC files") from e
    return fastwarc.warc


def read_warc(path: str, progress: ReadProgress | None = None) -> Iterator[InputRecord]:
    """Records of the response records of a WARC file (gzip or not, detected by FastWARC)."""
    warc = require_fastwarc()
    n = 0
    with open(path, "rb") as fh:
        records = warc.ArchiveIterator(
            fh, record_types=warc.WarcRecordType.response, parse_http=True, auto_decode="all"
        )
        while True:
            n += 1
            try:
                rec = next(records)
                body = rec.reader.read()
            except StopIteration:
                return
            except (OSError, ValueError) as e:  # corrupt or truncated archive
                name = path.rsplit("/", 1)[-1]
                msg = f"the rest of the archive is unreadable ({type(e).__name__}: {e})"
                yield InputRecord(f"{name}:{n}", None, problem=("input", "unreadable", msg))
                return
            if progress is not None:
                progress.pos = fh.tell()
            yield _to_record(rec, bytes(body))


def _to_record(rec: Any, body: bytes) -> InputRecord:
    rid = rec.record_id or rec.headers.get("WARC-Record-ID")
    url = rec.headers.get("WARC-Target-URI") or None
    ctype = (rec.http_content_type or "").lower()
    if ctype and not ctype.startswith(TEXT_TYPES):
        return InputRecord(rid, None, url, ("input", "not-text", f"Content-Type is {ctype}"))
    return InputRecord(rid, body, url)
