"""Readers: folders of .txt/.html pages and JSONL files (``-`` is JSONL on stdin)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from .records import InputRecord

PAGE_SUFFIXES = (".txt", ".html", ".htm")


def iter_inputs(
    paths: list[str], *, text_field: str = "text", id_field: str = "id", url_field: str = "url"
) -> Iterator[InputRecord]:
    """Every input record of every path, in a stable order (sorted folder listings)."""
    for p in paths:
        if p == "-":
            yield from _jsonl(sys.stdin.buffer, "<stdin>", text_field, id_field, url_field)
            continue
        path = Path(p)
        if path.is_dir():
            for f in sorted(x for x in path.iterdir() if x.suffix.lower() in PAGE_SUFFIXES):
                yield InputRecord(f.stem, f.read_bytes())
        elif path.suffix.lower() == ".jsonl":
            with path.open("rb") as fh:
                yield from _jsonl(fh, path.name, text_field, id_field, url_field)
        elif path.suffix.lower() in PAGE_SUFFIXES and path.is_file():
            yield InputRecord(path.stem, path.read_bytes())
        elif not path.exists():
            raise InputError(f"no such file or folder: {p}")
        else:
            raise InputError(f"cannot read {p}: expected a folder, .txt/.html page or .jsonl file")


def _jsonl(fh, name: str, text_field: str, id_field: str, url_field: str) -> Iterator[InputRecord]:
    for i, raw in enumerate(fh, 1):
        if not raw.strip():
            continue
        fallback_id = f"{name}:{i}"
        try:
            row = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError) as e:
            yield InputRecord(fallback_id, None, problem=("input", "bad-json", f"line {i}: {e}"))
            continue
        if not isinstance(row, dict):
            yield InputRecord(fallback_id, None, problem=("input", "bad-json", f"line {i}: not an object"))
            continue
        rid = str(row.get(id_field) if row.get(id_field) is not None else fallback_id)
        url = row.get(url_field) if isinstance(row.get(url_field), str) else None
        text = row.get(text_field)
        if text is None:
            yield InputRecord(rid, None, url, ("input", "missing-text", f"no `{text_field}` field"))
        elif not isinstance(text, str):
            yield InputRecord(
                rid,
                None,
                url,
                ("input", "bad-text", f"`{text_field}` is {type(text).__name__}, not a string"),
            )
        else:
            yield InputRecord(rid, text, url)
