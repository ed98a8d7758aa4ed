"""One row of a table-like input (a JSONL object, a Parquet row) becomes one ``InputRecord``.

JSONL and Parquet share this so a malformed row gets the same error record whatever file
format it came in: every row yields exactly one record, readable or not.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .records import InputRecord

BAD_ROW = "bad-row"  # the row is not an object (a JSON list, a number ...)
BAD_JSON = "bad-json"  # the line is not JSON at all
MISSING_TEXT = "missing-text"
BAD_TEXT = "bad-text"  # the text field holds a number, a list, an object ...


@dataclass(frozen=True, slots=True)
class Fields:
    """Which fields of a JSONL object / Parquet row hold the id, the page and the URL."""

    id: str = "id"
    text: str = "text"
    url: str = "url"


DEFAULT_FIELDS = Fields()


def row_to_record(row: Any, fallback_id: str, fields: Fields = DEFAULT_FIELDS) -> InputRecord:
    """The record of one row; a row without a usable page becomes a record with a ``problem``.

    ``fallback_id`` (``<file name>:<line number>``) stands in when the row has no id.
    """
    if not isinstance(row, Mapping):
        return InputRecord(
            fallback_id, None, problem=("input", BAD_ROW, f"expected an object, but {type(row).__name__}")
        )
    raw_id = row.get(fields.id)
    rid = fallback_id if raw_id is None or raw_id == "" else str(raw_id)
    raw_url = row.get(fields.url)
    url = raw_url if isinstance(raw_url, str) and raw_url else None
    text = row.get(fields.text)
    if text is None:
        return InputRecord(rid, None, url, ("input", MISSING_TEXT, f"no `{fields.text}` field"))
    if isinstance(text, str | bytes):
        return InputRecord(rid, text, url)
    return InputRecord(
        rid,
        None,
        url,
        ("input", BAD_TEXT, f"`{fields.text}` should be a string, but {type(text).__name__}"),
    )
