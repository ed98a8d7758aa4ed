"""``sinmun weather`` and the weather field of ``extract`` on real pages (seed, devset, html)."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
from pathlib import Path

import pytest

from conftest import EXAMPLES, shared_path
from sinmun import extract
from sinmun.cli import cli

SEED = EXAMPLES / "seed.txt"
# shared/data/SOURCES.md, "Seed widget check": the four items printed without a name.
SEED_NAMELESS = {93: "북춘천", 181: "서청주", 239: "세종", 296: "북부산"}


def _current_asos_ids() -> list[int]:
    with shared_path("data", "kma_asos_stations.csv").open(encoding="utf-8") as fh:
        return sorted(int(r["stn_id"]) for r in csv.DictReader(fh) if not r["end_date"])


def test_seed_has_97_observations_all_mapped_in_id_order() -> None:
    art = extract(SEED.read_bytes(), id="seed")
    ids = [o.stn_id for o in art.weather]
    assert len(art.weather) == 97
    assert None not in ids
    assert ids == _current_asos_ids()  # the ticker is the 97 current ASOS stations, ascending
    inferred = {o.stn_id: o.station for o in art.weather if o.inferred}
    assert inferred == SEED_NAMELESS
    assert all(o.lat is not None and o.lon is not None for o in art.weather)
    assert all(o.date == art.dates.page for o in art.weather)
    assert not [w for w in art.warnings if w.startswith("weather-")]


def test_seed_weather_lines_are_labelled_weather() -> None:
    art = extract(SEED.read_bytes())
    weather_lines = [x.n for x in art.lines if x.label == "weather"]
    assert weather_lines == list(range(2, 99))  # the seed's ticker block, one item per line


def _load_scorer():
    spec = importlib.util.spec_from_file_location("score", shared_path("devset", "score.py"))
    assert spec
    assert spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.shared
def test_devset_weather_f1_is_one_and_no_page_gets_false_weather() -> None:
    """Every devset page: gold weather matched exactly (official scorer's matching), and pages
    whose gold has no ticker (weather articles among them: p018, p019, p021, p022) get none."""
    score = _load_scorer()
    gold_dir, pages = shared_path("devset", "gold"), shared_path("devset", "pages")
    tp = n_pred = n_gold = 0
    for gold_file in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        art = extract((pages / f"{gold['id']}.txt").read_bytes(), id=gold["id"]).to_dict()
        labelled = {x["n"] for x in art["lines"] if x["label"] == "weather"}
        gold_items = gold.get("weather") or []
        if not gold_items:
            assert art["weather"] == [], gold["id"]
            assert not labelled, gold["id"]
            continue
        g, p = score.weather_items(gold_items), score.weather_items(art["weather"])
        tp, n_pred, n_gold = tp + score.weather_match(g, p), n_pred + len(p), n_gold + len(g)
        gold_item_lines = {int(k) for k, v in gold["labels"].items() if v == "weather"}
        assert labelled <= gold_item_lines, gold["id"]  # every line we call weather, gold does too
    assert n_gold > 0
    assert tp == n_pred == n_gold


@pytest.mark.shared
def test_html_pages_have_no_weather() -> None:
    pages = sorted(shared_path("html", "pages").glob("*.html"))
    assert len(pages) >= 70
    for page in pages:
        assert extract(page.read_bytes(), id=page.stem).weather == (), page.stem


def test_cli_table_for_the_seed(runner) -> None:
    result = runner.invoke(cli, ["weather", str(SEED)])
    assert result.exit_code == 0, result.output
    assert "97 observations" in result.output
    assert "북부산" in result.output
    assert "inferred" in result.output
    assert "1 of 1 page(s) with weather, 97 observations, 0 without a station" in result.output


def test_cli_csv_file(runner, tmp_path: Path) -> None:
    out = tmp_path / "w.csv"
    result = runner.invoke(cli, ["weather", str(SEED), "--csv", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert list(rows[0]) == [
        "page",
        "date",
        "station",
        "stn_id",
        "sky",
        "temp_c",
        "inferred",
        "lat",
        "lon",
        "kind",
        "value",
    ]
    assert len(rows) == 97
    assert rows[0]["page"] == "seed"
    assert (rows[0]["station"], rows[0]["stn_id"], rows[0]["sky"], rows[0]["temp_c"]) == (
        "속초",
        "90",
        "맑음",
        "20.2",
    )
    assert sum(r["inferred"] == "true" for r in rows) == 4


def test_cli_csv_to_stdout_from_stdin(runner) -> None:
    page = "2024.06.03 (월)\n  • 맑음속초20.2℃\n  • 평양 19.0℃\n서울 낮 기온은 26도로 맑겠다\n미세먼지 좋음\n"
    result = runner.invoke(cli, ["weather", "-", "--csv", "-"], input=page.encode())
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["station"], r["stn_id"], r["kind"], r["value"]) for r in rows] == [
        ("속초", "90", "temperature", ""),
        ("평양", "", "temperature", ""),
        ("", "", "fine-dust", "좋음"),
    ]
    assert "weather-unknown-station" in result.stderr  # the warning goes beside, not into, the CSV


def test_cli_map_for_the_seed(runner, tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    out = tmp_path / "seed.png"
    result = runner.invoke(cli, ["weather", str(SEED), "--map", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"\x89PNG")
    assert out.stat().st_size > 100_000  # 97 coloured, labelled stations on an outline


def test_cli_one_map_per_page(runner, tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    p062 = shared_path("devset", "pages", "p062.txt")
    result = runner.invoke(cli, ["weather", str(SEED), str(p062), "--map", str(tmp_path / "w.svg")])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w-p062.svg", "w-seed.svg"]


def test_cli_bad_map_suffix_fails_before_reading(runner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["weather", str(SEED), "--map", str(tmp_path / "w.gif")])
    assert result.exit_code == 1
    assert "should end in one of" in result.output


def test_cli_page_without_weather(runner, tmp_path: Path) -> None:
    page = tmp_path / "plain.txt"
    page.write_text("오늘 광주의 낮 기온은 26도로 맑겠다.\n기상청 제공\n", encoding="utf-8")
    result = runner.invoke(cli, ["weather", str(page), "--map", str(tmp_path / "m.png")])
    assert result.exit_code == 0, result.output
    assert "0 of 1 page(s) with weather" in result.output
    assert "no map drawn" in result.output
    assert not (tmp_path / "m.png").exists()


def test_cli_missing_file(runner) -> None:
    result = runner.invoke(cli, ["weather", "no-such-page.txt"])
    assert result.exit_code == 1
    assert "no such file" in result.output
