"""Reading the article through the CLI: `extract --quotes`, `--semantics`, `eval --suite semantics`."""

import json

import pytest

from conftest import EXAMPLES, ROOT
from sinmun.cli import cli


def test_extract_quotes_on_the_seed(runner):
    res = runner.invoke(cli, ["extract", str(EXAMPLES / "seed.txt"), "--quotes"], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert sum(x.startswith("quote 김동연 경기지사 (말했다)") for x in lines) == 2
    assert sum(x.startswith("quote 강기정 광주시장 (말했다)") for x in lines) == 2
    assert "people: 강기정 (광주시장), 김동연 (경기지사)" in lines


def test_extract_quotes_json(runner):
    res = runner.invoke(
        cli, ["extract", str(EXAMPLES / "seed.txt"), "--quotes", "--json"], catch_exceptions=False
    )
    rec = json.loads(res.output)
    assert [q["speaker"] for q in rec["quotes"]] == ["김동연 경기지사"] * 2 + ["강기정 광주시장"] * 2
    assert {p["name"] for p in rec["people"]} == {"강기정", "김동연"}


def test_seed_record_with_semantics(runner):
    res = runner.invoke(
        cli, ["extract", str(EXAMPLES / "seed.txt"), "--json", "--semantics"], catch_exceptions=False
    )
    rec = json.loads(res.output)
    assert len(rec["lists"]) == 1
    assert len(rec["lists"][0]) == 8
    assert len(rec["quotes"]) == 4
    for q in rec["quotes"]:
        assert rec["body"][q["start"] : q["end"]] == q["text"]
    assert {"광주광역시", "경기도"} <= set(rec["entities"]["regions"])
    assert {"name": "12일 오후", "date": "2023-05-12"} in [
        {"name": e["text"], "date": e["date"]} for e in rec["dates"]["events"]
    ]


def test_no_semantics_does_not_read_the_article(runner):
    res = runner.invoke(
        cli, ["extract", str(EXAMPLES / "seed.txt"), "--json", "--no-semantics"], catch_exceptions=False
    )
    rec = json.loads(res.output)
    assert rec["quotes"] == []
    assert rec["lists"] == []
    assert rec["entities"]["people"] == []


def test_library_and_batch_default_skip_reading(tmp_path, runner):
    import sinmun

    art = sinmun.extract((EXAMPLES / "seed.txt").read_bytes())
    assert art.quotes == ()
    out = tmp_path / "o.jsonl"
    runner.invoke(cli, ["run", str(EXAMPLES / "seed.txt"), "-o", str(out)], catch_exceptions=False)
    assert json.loads(out.read_text(encoding="utf-8").splitlines()[0])["quotes"] == []


def test_summary_shows_quotes_people_and_lists(runner):
    # one page for a person: extract reads the article by default
    res = runner.invoke(cli, ["extract", str(EXAMPLES / "seed.txt")], catch_exceptions=False)

    assert "quote 김동연 경기지사" in res.output
    assert "list of 8:" in res.output
    assert "regions: 광주광역시 → now 전남광주통합특별시, 경기도" in res.output


def test_eval_semantics_suite_reports_both_splits(runner):
    gold = ROOT / "tests" / "data" / "semantics"
    res = runner.invoke(
        cli, ["eval", "--suite", "semantics", "--semantics-gold", str(gold)], catch_exceptions=False
    )
    assert res.exit_code == 0, res.output
    for key in ("tune.quote_speaker_f1", "heldout.quote_speaker_f1", "all.event_f1", "all.org_p"):
        assert key in res.output


def test_parquet_keeps_the_reading(tmp_path, runner):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "seed.parquet"
    res = runner.invoke(cli, ["run", str(EXAMPLES / "seed.txt"), "-o", str(out), "--semantics", "-q"])
    assert res.exit_code == 0, res.output
    (row,) = pq.read_table(out).to_pylist()
    assert [q["verb"] for q in row["quotes"]] == ["말했다"] * 4
    assert row["entities"]["region_details"][0]["now"] == "전남광주통합특별시"
