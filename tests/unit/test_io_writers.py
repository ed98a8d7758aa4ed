"""Writers: the Parquet schema mirrors "sinmun/1" exactly, parts merge into one valid file."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from sinmun.errors import SinmunError
from sinmun.io.records import error_record
from sinmun.io.writers import atomic_write, encode, merge_parts, read_output, write_part
from sinmun.record import (
    Article,
    Dates,
    Encoding,
    Entities,
    EventDate,
    LineLabel,
    Observation,
    Person,
    Quote,
    Reporter,
)

FULL = Article(
    id="p001",
    url="http://news.example.kr/1",
    source_format="html",
    encoding=Encoding("cp949", ("cp949-read-as-latin1",)),
    is_article=True,
    title="광주시·경기도, 공동번영 이룬다",
    subtitles=("강기정 시장-김동연 지사, 12일 상생발전 협약 체결",),
    dates=Dates("2024-06-03", "2023-05-12", None, (EventDate("12일 오후", "2023-05-12"),)),
    reporters=(Reporter("홍길동", "hong@example.co.kr", "기자"),),
    press="연합뉴스",
    captions=("사진 설명",),
    paragraphs=("첫 문단.", "둘째 문단."),
    lists=(("하나", "둘"),),
    quotes=(Quote("김동연 경기지사", "함께 하겠다", 3, 9),),
    entities=Entities((Person("강기정", "광주시장", ((0, 3),)),), ("경기도청",), ("광주광역시",)),
    weather=(Observation("속초", 90, "맑음", 20.2, "2024-06-03", lat=38.25, lon=128.56),),
    lines=(LineLabel(0, "boilerplate", "page-date"), LineLabel(1, "title", "headline")),
    warnings=("page-truncated",),
)
ERROR = error_record("bad", None, "input", "bad-json", "not JSON")


def test_every_field_of_a_full_record_survives_parquet(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    f = tmp_path / "part.parquet"
    write_part(f, "parquet", [encode(FULL.to_dict(), "parquet"), encode(ERROR, "parquet")])
    assert read_output(f) == [FULL.to_dict(), ERROR]


def test_a_record_field_unknown_to_the_schema_fails_loudly(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    with pytest.raises(SinmunError, match="missing from the Parquet schema"):
        write_part(tmp_path / "x.parquet", "parquet", [{**FULL.to_dict(), "new_field": 1}])


@pytest.mark.parametrize("fmt", ["jsonl", "jsonl.gz", "parquet"])
def test_parts_merge_in_order(tmp_path: Path, fmt: str) -> None:
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    suffix = {"jsonl": ".jsonl", "jsonl.gz": ".jsonl.gz", "parquet": ".parquet"}[fmt]
    records = [dict(FULL.to_dict(), id=f"r{i}") for i in range(5)] + [ERROR]
    parts = []
    for n, group in enumerate((records[:2], records[2:5], records[5:])):
        parts.append(tmp_path / f"part-{n}{suffix}")
        write_part(parts[-1], fmt, [encode(r, fmt) for r in group])
    dest = tmp_path / f"out{suffix}"
    merge_parts(parts, dest, fmt)
    assert read_output(dest) == records
    if fmt == "jsonl.gz":  # concatenated gzip members are one valid stream
        assert len(gzip.decompress(dest.read_bytes()).splitlines()) == 6


def test_jsonl_keeps_korean_readable() -> None:
    line = encode(FULL.to_dict(), "jsonl")
    assert isinstance(line, bytes)
    assert "공동번영".encode() in line
    assert line.endswith(b"\n")
    assert json.loads(line)["title"] == FULL.title


def test_atomic_write_leaves_nothing_behind_on_failure(tmp_path: Path) -> None:
    dest = tmp_path / "out.jsonl"

    def boom(tmp: Path) -> None:
        tmp.write_text("half")
        raise RuntimeError("killed mid-write")

    with pytest.raises(RuntimeError):
        atomic_write(dest, boom)
    assert list(tmp_path.iterdir()) == []
