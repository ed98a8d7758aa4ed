"""Readers: whatever the user names on the command line becomes one stream of ``InputRecord``s.

Inputs, in any mix (globs allowed): folders, ``.txt``/``.html`` pages (id = file stem),
JSONL and JSONL.gz, Parquet, WARC and WARC.gz, and ``-`` for JSONL on stdin. Everything is
streamed: a page file, a JSONL line, a Parquet batch or a WARC record at a time.

``find_sources`` does every check up front (missing files, unknown kinds, missing extras,
Parquet columns), so a job fails before it starts rather than an hour in.
"""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from .records import InputRecord
from .rows import DEFAULT_FIELDS, Fields

STDIN = "-"
GLOB_CHARS = frozenset("*?[")
# Suffix → input kind. Multi-part suffixes first: ".jsonl.gz" must win over ".gz".
SUFFIX_KINDS: tuple[tuple[str, str], ...] = (
    (".jsonl.gz", "jsonl"),
    (".ndjson.gz", "jsonl"),
    (".warc.gz", "warc"),
    (".jsonl", "jsonl"),
    (".ndjson", "jsonl"),
    (".parquet", "parquet"),
    (".warc", "warc"),
    (".txt", "page"),
    (".html", "page"),
    (".htm", "page"),
)
KINDS = ("page", "jsonl", "parquet", "warc")


@dataclass(frozen=True, slots=True)
class Source:
    """One input file (or stdin) and how to read it."""

    path: str  # "-" for stdin
    kind: str  # one of KINDS
    size: int | None  # bytes on disk; None for stdin

    @property
    def name(self) -> str:
        """The name used in fallback ids (``<name>:<line>``)."""
        return "<stdin>" if self.path == STDIN else os.path.basename(self.path)


class ReadProgress:
    """How far reading has got, in bytes of input files, for the progress bar's ETA."""

    def __init__(self, sources: Sequence[Source]) -> None:
        sizes = [s.size for s in sources]
        self.total: int | None = None if None in sizes else sum(s or 0 for s in sizes)
        self.base = 0  # bytes of the sources already read to the end
        self.pos = 0  # position inside the current source

    @property
    def done(self) -> int:
        return self.base + self.pos

    def fraction(self) -> float | None:
        """Share of the input read so far, or None when the total is unknown (stdin)."""
        if not self.total:
            return None
        return min(1.0, self.done / self.total)


def kind_of(path: str) -> str | None:
    """The input kind of a file name, from its suffix (case-insensitive)."""
    low = path.lower()
    for suffix, kind in SUFFIX_KINDS:
        if low.endswith(suffix):
            return kind
    return None


def find_sources(specs: Sequence[str], fields: Fields = DEFAULT_FIELDS) -> list[Source]:
    """Expand and check every input spec; raises ``InputError``/``DependencyError`` up front.

    Folders contribute their readable files (not recursing), sorted by name, so the order of
    records, and with it the chunks a resumed job skips, is the same on every run.
    """
    if not specs:
        raise InputError("no inputs given: name folders, files, globs or - for stdin")
    if list(specs).count(STDIN) > 1:
        raise InputError("- (stdin) can be given only once")
    sources: list[Source] = []
    for spec in specs:
        sources += _expand(spec)
    if not sources:
        raise InputError(f"no readable input files in {', '.join(specs)}")
    _check_extras_and_columns(sources, fields)
    return sources


def _expand(spec: str) -> list[Source]:
    if spec == STDIN:
        return [Source(STDIN, "jsonl", None)]
    if GLOB_CHARS & set(spec):
        matches = sorted(glob.glob(spec, recursive=True))
        if not matches:
            raise InputError(f"no file matches {spec!r}")
        return [s for m in matches for s in _expand_path(m, strict=False)]
    return _expand_path(spec, strict=True)


def _expand_path(p: str, strict: bool) -> list[Source]:
    path = Path(p)
    if path.is_dir():
        files = sorted(f for f in path.iterdir() if f.is_file() and kind_of(f.name))
        return [Source(str(f), kind_of(f.name) or "", f.stat().st_size) for f in files]
    if not path.exists():
        raise InputError(f"no such file or folder: {p}")
    kind = kind_of(path.name)
    if kind is None:
        if not strict:  # a glob may match files of other kinds; they are not inputs
            return []
        known = ", ".join(s for s, _ in SUFFIX_KINDS)
        raise InputError(f"cannot read {p}: the file name should end in one of ({known}), but it does not")
    return [Source(str(path), kind, path.stat().st_size)]


def _check_extras_and_columns(sources: list[Source], fields: Fields) -> None:
    kinds = {s.kind for s in sources}
    if "parquet" in kinds:
        from .parquet import check_columns

        for s in sources:
            if s.kind == "parquet":
                check_columns(s.path, fields)
    if "warc" in kinds:
        from .warc import require_fastwarc

        require_fastwarc()


def read_source(
    src: Source, fields: Fields = DEFAULT_FIELDS, progress: ReadProgress | None = None
) -> Iterator[InputRecord]:
    """Every record of one source, streamed."""
    progress = progress or ReadProgress([src])
    progress.pos = 0
    if src.kind == "page":
        # Bytes, not text: extract() detects the encoding (cp949 pages are common).
        yield InputRecord(Path(src.path).stem, Path(src.path).read_bytes())
    elif src.kind == "jsonl":
        from .jsonl import read_jsonl

        if src.path == STDIN:
            yield from read_jsonl(sys.stdin.buffer, src.name, fields, progress)
        else:
            yield from read_jsonl(src.path, src.name, fields, progress)
    elif src.kind == "parquet":
        from .parquet import read_parquet

        yield from read_parquet(src.path, src.name, fields, progress)
    elif src.kind == "warc":
        from .warc import read_warc

        yield from read_warc(src.path, progress)
    else:
        raise InputError(f"input kind should be one of {KINDS}, but {src.kind!r}")
    progress.base += src.size or 0
    progress.pos = 0


def read_sources(
    sources: Sequence[Source], fields: Fields = DEFAULT_FIELDS, progress: ReadProgress | None = None
) -> Iterator[InputRecord]:
    """Every record of every source, in order."""
    progress = progress or ReadProgress(sources)
    for src in sources:
        yield from read_source(src, fields, progress)


def iter_inputs(
    paths: list[str], *, text_field: str = "text", id_field: str = "id", url_field: str = "url"
) -> Iterator[InputRecord]:
    """Every input record of every path, in a stable order (sorted folder listings)."""
    fields = Fields(id=id_field, text=text_field, url=url_field)
    return read_sources(find_sources(paths, fields), fields)
