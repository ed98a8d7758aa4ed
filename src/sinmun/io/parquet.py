"""Parquet input (rows streamed a batch at a time) and Parquet output (row groups)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from .arrow_schema import record_schema, require_pyarrow, to_table
from .records import InputRecord
from .rows import DEFAULT_FIELDS, Fields, row_to_record

if TYPE_CHECKING:
    from .readers import ReadProgress

# Rows converted to Python at a time: pages are large, so a small batch bounds memory.
READ_BATCH_ROWS = 256


def _pq() -> Any:
    require_pyarrow("Parquet input/output")
    import pyarrow.parquet as pq

    return pq


def check_columns(path: str, fields: Fields = DEFAULT_FIELDS) -> None:
    """Fail before the job starts when the page column is absent (a typo in --text-field)."""
    try:
        names = _pq().read_schema(path).names
    except (OSError, ValueError) as e:  # ArrowInvalid is a ValueError
        raise InputError(f"cannot read {path} as Parquet: {e}") from e
    if fields.text not in names:
        raise InputError(
            f"{path} has no column `{fields.text}`; --text-field should be one of {tuple(names)}"
        )


def read_parquet(
    path: str, name: str, fields: Fields = DEFAULT_FIELDS, progress: ReadProgress | None = None
) -> Iterator[InputRecord]:
    """Records of a Parquet file; id fallback ``<file name>:<row number>`` (1-based)."""
    pf = _pq().ParquetFile(path)
    present = set(pf.schema_arrow.names)
    columns = list(dict.fromkeys(c for c in (fields.id, fields.text, fields.url) if c in present))
    total_rows = max(1, pf.metadata.num_rows)
    size = Path(path).stat().st_size
    row = 0
    for batch in pf.iter_batches(batch_size=READ_BATCH_ROWS, columns=columns):
        for values in batch.to_pylist():
            row += 1
            yield row_to_record(values, f"{name}:{row}", fields)
        if progress is not None:
            progress.pos = size * row // total_rows


def write_part(path: Path, records: Sequence[dict[str, Any]]) -> None:
    """One part file: all records of a chunk as one row group."""
    _pq().write_table(to_table(list(records)), path, compression="zstd")


def merge_parts(parts: Sequence[Path], dest: Path) -> int:
    """Concatenate part files into one Parquet file, a row group at a time; returns rows."""
    pq = _pq()
    rows = 0
    with pq.ParquetWriter(dest, record_schema(), compression="zstd") as writer:
        for part in parts:
            pf = pq.ParquetFile(part)
            for i in range(pf.num_row_groups):
                group = pf.read_row_group(i)
                writer.write_table(group)
                rows += group.num_rows
    return rows


def read_records(path: Path | str) -> list[dict[str, Any]]:
    """All records of a sinmun Parquet output (for tests and small checks)."""
    from .arrow_schema import from_table

    return from_table(_pq().read_table(path, schema=record_schema()))
