"""``sinmun run`` end to end: real pages, every output kind, resume after kill -9, bad input."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import shared_path
from sinmun.cli import cli
from sinmun.io.readers import iter_inputs
from sinmun.io.records import process
from sinmun.io.writers import read_output
from warcs import make_warc

RUN = [sys.executable, "-m", "sinmun", "run"]


def canon(records: list[dict]) -> dict[str, str]:
    """Records keyed by id, each as JSON with sorted keys (field order is not the contract)."""
    return {r["id"]: json.dumps(r, sort_keys=True, ensure_ascii=False) for r in records}


def devset_pages() -> Path:
    return shared_path("devset", "pages")


def bar_corpus(path: Path, n: int = 4000) -> list[str]:
    """n JSONL records of real pages plus the malformed ones of the issue's Bar; returns the
    id each line must get."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(devset_pages().glob("*.txt"))]
    ids = []
    with path.open("wb") as fh:
        for i in range(n):
            row = {"id": f"r{i}", "text": texts[i % len(texts)], "url": f"http://news.example.kr/{i}"}
            fh.write(json.dumps(row, ensure_ascii=False).encode() + b"\n")
            ids.append(f"r{i}")
        bad = [
            json.dumps({"id": "non-string", "text": 123}).encode(),
            json.dumps({"id": "no-text", "url": "http://x.kr"}).encode(),
            b"{this is not json",
            json.dumps(
                {"id": "huge", "text": "경기도 공동번영 협약 " * 230_000}, ensure_ascii=False
            ).encode(),
            json.dumps({"id": "binary", "text": bytes(range(256)).decode("latin-1") * 40}).encode(),
            b'{"id": "raw-bytes", "text": "\xff\xfe\x00\x81\x9c"}',
        ]
        for line in bad:
            fh.write(line + b"\n")
        ids += ["non-string", "no-text", f"{path.name}:{n + 3}", "huge", "binary", f"{path.name}:{n + 6}"]
    return ids


def test_devset_folder_gives_the_same_records_as_process(tmp_path: Path, runner: CliRunner) -> None:
    pages = devset_pages()
    out = tmp_path / "pred.jsonl"
    result = runner.invoke(cli, ["run", str(pages), "-o", str(out), "--workers", "2"])
    assert result.exit_code == 0, result.output
    got = read_output(out)
    expected = [process(r) for r in iter_inputs([str(pages)])]
    assert [r["id"] for r in got] == sorted(p.stem for p in pages.glob("*.txt"))
    assert canon(got) == canon(expected)
    assert "80 pages" in result.output
    assert "pages/s" in result.output


@pytest.mark.parametrize("name", ["out.jsonl.gz", "out.parquet", "parts/"])
def test_every_output_kind_holds_the_same_records(tmp_path: Path, runner: CliRunner, name: str) -> None:
    if "parquet" in name:
        pytest.importorskip("pyarrow")
    pages = devset_pages()
    ref = tmp_path / "ref.jsonl"
    assert runner.invoke(cli, ["run", str(pages), "-o", str(ref), "-q"]).exit_code == 0
    out = tmp_path / name
    result = runner.invoke(cli, ["run", str(pages), "-o", f"{tmp_path}/{name}", "--chunk-size", "30", "-q"])
    assert result.exit_code == 0, result.output
    if name.endswith("/"):
        manifest = json.loads((out / "manifest.json").read_text())
        parts = sorted(out.glob("part-*.jsonl"))
        assert [p.name for p in parts] == [m["part"] for m in manifest["parts"]]
        assert manifest["records"] == 80
        assert len(parts) == 3
        got = [r for p in parts for r in read_output(p)]
    else:
        got = read_output(out)
    assert canon(got) == canon(read_output(ref))


def test_stdin_to_stdout_in_input_order(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": f"s{i}", "text": "제목\n본문 문장입니다.\n"}, ensure_ascii=False) for i in range(25)
    ]
    proc = subprocess.run(
        [*RUN, "-", "-o", "-", "--chunk-size", "4"],
        input="\n".join(lines).encode(),
        capture_output=True,
        timeout=120,
        check=True,
    )
    out = [json.loads(x) for x in proc.stdout.splitlines()]
    assert [r["id"] for r in out] == [f"s{i}" for i in range(25)]
    assert b"25 pages" in proc.stderr


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_bar_kill_9_then_rerun_gives_one_record_per_line(tmp_path: Path) -> None:
    src = tmp_path / "crawl.jsonl"
    ids = bar_corpus(src)
    out = tmp_path / "out.jsonl"
    work = tmp_path / ".out.jsonl.sinmun"
    cmd = [*RUN, str(src), "-o", str(out), "--chunk-size", "100", "--workers", "2"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while not list(work.glob("part-*.done")) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert not out.exists(), "the job finished before it could be killed; the test proves nothing"
    done_before = len(list(work.glob("part-*.done")))
    assert done_before >= 1

    again = subprocess.run(cmd, capture_output=True, timeout=240)
    assert again.returncode == 0, again.stderr.decode()
    assert b"resumed" in again.stderr
    got = read_output(out)
    assert [r["id"] for r in got] == ids  # one per line, in input order, none twice
    errors = {r["id"]: r["error"]["reason"] for r in got if "error" in r}
    assert errors.get("non-string") == "bad-text"
    assert errors.get("no-text") == "missing-text"
    assert errors.get(f"{src.name}:4003") == errors.get(f"{src.name}:4006") == "bad-json"
    assert set(errors) <= {"non-string", "no-text", f"{src.name}:4003", f"{src.name}:4006", "huge", "binary"}

    third = subprocess.run(cmd, capture_output=True, timeout=240)
    assert third.returncode == 0
    assert b"nothing to do" in third.stderr
    assert read_output(out) == got


def test_changed_input_is_redone_not_reused(tmp_path: Path, runner: CliRunner) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "첫 제목\n본문\n"}, ensure_ascii=False) + "\n")
    out = tmp_path / "out.jsonl"
    assert runner.invoke(cli, ["run", str(src), "-o", str(out), "-q"]).exit_code == 0
    src.write_text(json.dumps({"id": "b", "text": "둘째 제목\n본문\n"}, ensure_ascii=False) + "\n")
    result = runner.invoke(cli, ["run", str(src), "-o", str(out)])
    assert result.exit_code == 0
    assert "nothing to do" not in result.output
    assert [r["id"] for r in read_output(out)] == ["b"]


@pytest.mark.timeout(120)
def test_everything_timing_out_is_exit_code_3(tmp_path: Path) -> None:
    pages = devset_pages()
    out = tmp_path / "out.jsonl"
    proc = subprocess.run(
        [*RUN, str(pages / "p001.txt"), "-o", str(out), "--timeout", "0.000001"],
        capture_output=True,
        timeout=100,
    )
    assert proc.returncode == 3, proc.stderr.decode()
    (rec,) = read_output(out)
    assert rec["error"]["reason"] == "timeout"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-o", "out.txt"], "should end in .jsonl, .jsonl.gz or .parquet"),
        (["-o", "out.jsonl", "--output-format", "parquet"], "but --output-format says parquet"),
        (["-o", "-", "--output-format", "parquet"], "-o - streams JSONL"),
        (["-o", "-", "--fresh"], "--fresh applies to file and folder outputs"),
        (["-o", "-", "--engine", "ray"], "-o - works with the local engine only"),
        (["-o", "x.jsonl", "--workers", "0"], "0 is not in the range x>=1"),
        (["-o", "x.jsonl", "--timeout", "0"], "x>0"),
    ],
)
def test_conflicting_options_are_refused_up_front(
    tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch, args: list[str], message: str
) -> None:
    page = tmp_path / "p.txt"
    page.write_text("제목\n")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["run", str(page), *args])
    assert result.exit_code in (1, 2)
    assert message in result.output
    assert not (tmp_path / "out.jsonl").exists()


def test_a_folder_of_someone_elses_files_is_not_touched(tmp_path: Path, runner: CliRunner) -> None:
    page = tmp_path / "p.txt"
    page.write_text("제목\n")
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("keep me")
    result = runner.invoke(cli, ["run", str(page), "-o", f"{mine}/"])
    assert result.exit_code == 1
    assert "did not write" in result.output
    assert [p.name for p in mine.iterdir()] == ["notes.txt"]


def test_missing_extra_is_named(tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow now raises ImportError
    f = tmp_path / "in.parquet"
    f.write_bytes(b"PAR1")
    result = runner.invoke(cli, ["run", str(f), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 1
    assert "pip install 'sinmun[parquet]'" in result.output


def test_help_has_examples(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["run", "--help"])
    assert result.exit_code == 0
    assert "Examples:" in result.output
    assert "--engine" in result.output


def test_mixed_inputs_warc_parquet_jsonl_in_one_run(tmp_path: Path, runner: CliRunner) -> None:
    pytest.importorskip("fastwarc")
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    page = (devset_pages() / "p001.txt").read_text(encoding="utf-8")
    pq.write_table(pa.table({"id": ["pq1"], "text": [page]}), tmp_path / "a.parquet")
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "js1", "text": page}, ensure_ascii=False) + "\n")
    make_warc(tmp_path / "c.warc.gz", gz=True)
    out = tmp_path / "out.parquet"
    result = runner.invoke(
        cli,
        [
            "run",
            str(tmp_path / "a.parquet"),
            f"{tmp_path}/*.jsonl",
            str(tmp_path / "c.warc.gz"),
            "-o",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    got = read_output(out)
    assert [r["id"] for r in got] == ["pq1", "js1", "<urn:uuid:2>", "<urn:uuid:3>"]
    assert got[2]["url"] == "http://news.example.kr/2"
    assert got[2]["encoding"]["input"] != "utf-8"  # the cp949 body reached extract as bytes
    assert got[3]["error"]["reason"] == "not-text"
