"""Readers: every input kind streams records, and every malformed row still yields one."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from sinmun.errors import InputError
from sinmun.io.jsonl import read_jsonl
from sinmun.io.readers import ReadProgress, find_sources, iter_inputs, read_sources
from sinmun.io.rows import Fields
from warcs import PAGE_HTML_TEXT, make_warc

PAGE = "광주시·경기도, 공동번영 이룬다\n강기정 시장-김동연 지사, 12일 상생발전 협약 체결\n"


def write_jsonl(path: Path, lines: list[bytes]) -> Path:
    path.write_bytes(b"".join(line + b"\n" for line in lines))
    return path


def dumps(obj: object) -> bytes:
    return json.dumps(obj, ensure_ascii=False).encode()


def test_folder_of_pages_ids_are_stems_and_pages_stay_bytes(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "a.html").write_bytes("<p>기사</p>".encode("cp949"))
    (tmp_path / "README").write_text("not an input")
    recs = list(iter_inputs([str(tmp_path)]))
    assert [r.id for r in recs] == ["a", "b"]
    assert recs[0].page == "<p>기사</p>".encode("cp949")  # decoding is extract()'s job


def test_jsonl_malformed_rows_each_yield_one_record(tmp_path: Path) -> None:
    f = write_jsonl(
        tmp_path / "in.jsonl",
        [
            dumps({"id": "ok", "text": PAGE, "url": "http://a.kr/1"}),
            dumps({"id": "num", "text": 5}),
            dumps({"id": "none"}),
            b"",  # blank lines are not records
            b"{not json",
            dumps([1, 2]),
            dumps({"text": PAGE}),  # no id: file name and line number
            b'{"id": "raw", "text": "\xff\xfe"}',  # not UTF-8
        ],
    )
    recs = list(iter_inputs([str(f)]))
    got = {r.id: (r.problem[1] if r.problem else None) for r in recs}
    assert got == {
        "ok": None,
        "num": "bad-text",
        "none": "missing-text",
        "in.jsonl:5": "bad-json",
        "in.jsonl:6": "bad-row",
        "in.jsonl:7": None,
        "in.jsonl:8": "bad-json",
    }
    assert recs[0].url == "http://a.kr/1"
    assert recs[0].page == PAGE


def test_jsonl_custom_fields_and_gzip(tmp_path: Path) -> None:
    f = tmp_path / "in.jsonl.gz"
    with gzip.open(f, "wb") as fh:
        fh.write(dumps({"key": 7, "html": PAGE, "link": "http://b.kr"}) + b"\n")
    fields = Fields(id="key", text="html", url="link")
    (rec,) = read_sources(find_sources([str(f)], fields), fields)
    assert (rec.id, rec.page, rec.url) == ("7", PAGE, "http://b.kr")


def test_truncated_gzip_ends_with_an_unreadable_record(tmp_path: Path) -> None:
    data = gzip.compress(b"".join(dumps({"id": f"r{i}", "text": PAGE * 50}) + b"\n" for i in range(50)))
    f = tmp_path / "cut.jsonl.gz"
    f.write_bytes(data[: len(data) // 2])
    recs = list(iter_inputs([str(f)]))
    assert recs[-1].problem is not None
    assert recs[-1].problem[1] == "unreadable"
    assert all(r.problem is None for r in recs[:-1])


def test_overlong_line_is_skipped_not_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sinmun.io.jsonl.MAX_LINE_BYTES", 100)
    monkeypatch.setattr("sinmun.io.jsonl.SKIP_BLOCK", 7)
    stream = io.BytesIO(
        dumps({"id": "long", "text": "가" * 500}) + b"\n" + dumps({"id": "next", "text": "나"})
    )
    recs = list(read_jsonl(stream, "s.jsonl"))
    assert [(r.id, r.problem[1] if r.problem else None) for r in recs] == [
        ("s.jsonl:1", "line-too-long"),
        ("next", None),
    ]


def test_globs_mix_kinds_in_sorted_order(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "b.jsonl", [dumps({"id": "j1", "text": PAGE})])
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "c.csv").write_text("x")
    recs = list(iter_inputs([str(tmp_path / "*")]))
    assert [r.id for r in recs] == ["a", "j1"]


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("missing.jsonl", "no such file"),
        ("*.nothing", "no file matches"),
        ("data.csv", "should end in one of"),
    ],
)
def test_bad_specs_fail_up_front(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spec: str, message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data.csv").write_text("a,b")
    with pytest.raises(InputError, match=message):
        find_sources([spec])


def test_stdin_only_once() -> None:
    with pytest.raises(InputError, match="only once"):
        find_sources(["-", "-"])


def test_read_progress_reaches_the_total(tmp_path: Path) -> None:
    f = write_jsonl(tmp_path / "in.jsonl", [dumps({"id": i, "text": PAGE}) for i in range(20)])
    sources = find_sources([str(f)])
    progress = ReadProgress(sources)
    seen = []
    for _ in read_sources(sources, progress=progress):
        seen.append(progress.fraction())
    assert progress.fraction() == 1.0
    assert seen == sorted(seen)
    assert 0 < seen[0] < 1


# -- Parquet ---------------------------------------------------------------------------------
def test_parquet_rows_stream_with_binary_pages_and_fallback_ids(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    table = pa.table(
        {
            "doc": ["a", None, "c"],
            "body": [PAGE.encode("cp949"), PAGE.encode(), None],
        }
    )
    f = tmp_path / "in.parquet"
    pq.write_table(table, f)
    fields = Fields(id="doc", text="body")
    recs = list(read_sources(find_sources([str(f)], fields), fields))
    assert [r.id for r in recs] == ["a", "in.parquet:2", "c"]
    assert recs[0].page == PAGE.encode("cp949")
    assert recs[2].problem is not None
    assert recs[2].problem[1] == "missing-text"


def test_parquet_without_the_text_column_fails_up_front(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    f = tmp_path / "in.parquet"
    pq.write_table(pa.table({"id": ["a"], "content": ["x"]}), f)
    with pytest.raises(InputError, match=r"no column `text`.*'content'"):
        find_sources([str(f)])


# -- WARC ------------------------------------------------------------------------------------
@pytest.mark.parametrize("gz", [False, True])
def test_warc_response_records_only(tmp_path: Path, gz: bool) -> None:
    pytest.importorskip("fastwarc")
    f = make_warc(tmp_path / ("c.warc.gz" if gz else "c.warc"), gz)
    recs = list(iter_inputs([str(f)]))
    assert [r.id for r in recs] == ["<urn:uuid:2>", "<urn:uuid:3>"]
    html, image = recs
    assert html.url == "http://news.example.kr/2"
    assert isinstance(html.page, bytes)
    assert PAGE_HTML_TEXT.encode("cp949") in html.page
    assert image.problem is not None
    assert image.problem[1] == "not-text"
