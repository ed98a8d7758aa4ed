"""The Arrow schema of a "sinmun/1" record, for Parquet output (and Ray's Parquet writer).

It mirrors ``Article.to_dict()`` field by field, nested values as structs and lists, plus
one ``error`` struct column: null for articles, ``{stage, reason, message}`` for an error
record (whose other columns are null). ``check_keys`` makes a record with a field this
schema does not know fail loudly instead of losing that field.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..errors import DependencyError, SinmunError

if TYPE_CHECKING:
    import pyarrow as pa


def require_pyarrow(feature: str, extra: str = "parquet") -> Any:
    """The pyarrow module, or a ``DependencyError`` naming the extra to install."""
    try:
        import pyarrow
    except ImportError as e:
        raise DependencyError("pyarrow", extra, feature) from e
    return pyarrow


@functools.cache
def record_schema() -> pa.Schema:
    """The Arrow schema of the "sinmun/1" record plus the ``error`` column."""
    pa = require_pyarrow("Parquet output")
    s, i64, f64, b = pa.string(), pa.int64(), pa.float64(), pa.bool_()

    def struct(**kw: Any) -> Any:
        return pa.struct(list(kw.items()))

    return pa.schema(
        [
            ("schema", s),
            ("id", s),
            ("url", s),
            ("source_format", s),
            ("encoding", struct(input=s, repairs=pa.list_(s))),
            ("is_article", b),
            ("title", s),
            ("subtitles", pa.list_(s)),
            ("published", s),
            (
                "dates",
                struct(
                    page=s,
                    published=s,
                    modified=s,
                    events=pa.list_(struct(text=s, date=s)),
                ),
            ),
            ("reporters", pa.list_(struct(name=s, email=s, role=s))),
            ("press", s),
            ("captions", pa.list_(s)),
            ("body", s),
            ("paragraphs", pa.list_(s)),
            ("lists", pa.list_(pa.list_(s))),
            ("quotes", pa.list_(struct(speaker=s, text=s, start=i64, end=i64, verb=s))),
            (
                "entities",
                struct(
                    people=pa.list_(struct(name=s, title=s, mentions=pa.list_(pa.list_(i64)))),
                    orgs=pa.list_(s),
                    regions=pa.list_(s),
                    region_details=pa.list_(
                        struct(
                            name=s,
                            code=s,
                            full_name=s,
                            level=s,
                            ambiguous=b,
                            candidates=pa.list_(s),
                            mentions=pa.list_(pa.list_(i64)),
                            now=s,
                        )
                    ),
                ),
            ),
            (
                "weather",
                pa.list_(
                    struct(
                        station=s,
                        stn_id=i64,
                        sky=s,
                        temp_c=f64,
                        date=s,
                        inferred=b,
                        lat=f64,
                        lon=f64,
                        kind=s,
                        value=s,
                    )
                ),
            ),
            ("lines", pa.list_(struct(n=i64, label=s, rule=s))),
            ("warnings", pa.list_(s)),
            ("error", struct(stage=s, reason=s, message=s)),
        ]
    )


def check_keys(records: Iterable[dict[str, Any]]) -> None:
    """Raise when a record has a top-level field the Arrow schema would silently drop."""
    names = set(record_schema().names)
    for rec in records:
        unknown = set(rec) - names
        if unknown:
            raise SinmunError(
                f"record field(s) {sorted(unknown)} are missing from the Parquet schema "
                "(sinmun/io/arrow_schema.py): add them there"
            )


def to_table(records: list[dict[str, Any]]) -> pa.Table:
    """Records (article or error dicts) as an Arrow table of ``record_schema()``."""
    pa = require_pyarrow("Parquet output")
    check_keys(records)
    return pa.Table.from_pylist(records, schema=record_schema())


def from_table(table: pa.Table) -> list[dict[str, Any]]:
    """Records back from a table: articles without the ``error`` column, errors as in JSONL."""
    out = []
    for row in table.to_pylist():
        err = row.pop("error", None)
        out.append(row if err is None else {"id": row["id"], "url": row["url"], "error": err})
    return out
