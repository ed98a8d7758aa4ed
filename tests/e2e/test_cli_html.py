"""Raw HTML pages through the CLI: what must be kept and what must be dropped.

Assertions are the HTML side's guarantees (article container, printed headline, page
metadata, script-rendered articles, captions and widgets out of the body); the Korean-text
conventions inside the article (bylines, broadcast markers) are the text rules' tests.
"""

from __future__ import annotations

import json
import shutil

import pytest

from conftest import shared_path
from sinmun.cli import cli

pytestmark = pytest.mark.shared


def record(runner, page_id: str) -> dict:
    page = shared_path("html", "pages", f"{page_id}.html")
    result = runner.invoke(cli, ["extract", str(page), "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def lines_with(rec: dict, rule_prefix: str) -> list[dict]:
    return [x for x in rec["lines"] if x["rule"].startswith(rule_prefix)]


def test_kbs_page_article_metadata_and_furniture(runner):
    rec = record(runner, "h005")
    assert rec["source_format"] == "html"
    assert rec["title"] == "멕시코 ‘무더기 실종’ 모두 발견…“여행객 아닌 이민자”"
    assert rec["published"].startswith("2023-04-07")
    assert rec["body"].startswith(
        "멕시코 도로 한복판에서 대거 행방이 묘연해졌던 수십명의 실종자들이 모두 발견됐습니다."
    )
    assert "입력 2023-04-07" not in rec["body"]  # the timestamp box sits outside the article
    assert "이동환" in [r["name"] for r in rec["reporters"]]
    assert [x["label"] for x in rec["lines"]].count("title") == 1
    assert len(rec["lines"]) < 60  # the page's ~180 menu, ranking and footer lines are left out


def test_chosun_fusion_page_reads_the_story_from_its_script(runner):
    rec = record(runner, "h001")
    assert rec["title"] == "[SC현장] 이승기♥이다인, 결혼식 시작…유재석→세븐♥이다해 참석"
    assert "경호원들의 철통 보안 속에서 비공개 예식이 진행됐다." in rec["body"]
    assert "스포츠조선DB" not in rec["body"]  # an image caption of the story JSON
    assert "안소윤" in [r["name"] for r in rec["reporters"]]  # from the story's credits
    assert rec["published"].startswith("2023-04-07")


def test_nextjs_page_reads_the_article_html_from_its_payload(runner):
    rec = record(runner, "h057")
    assert "장동혁 국민의힘 대표가 당권을 위협하던 한동훈 전 대표를 제명했지만" in rec["body"]
    assert rec["published"].startswith("2026-01-29")
    assert "신현주" in [r["name"] for r in rec["reporters"]]


def test_maeil_page_decks_captions_and_buttons(runner):
    rec = record(runner, "h059")
    assert rec["subtitles"] == ["한국 골프 기대주 손제이", "15세 이하 남자부 정상", "단체전에서도 1위 차지"]
    assert "사진 확대" not in rec["paragraphs"]
    assert not any("정상에 오른 손제이." in p for p in rec["paragraphs"])  # the <figcaption>
    assert rec["reporters"][0]["name"] == "임정우"


def test_tv_chosun_copyright_box_and_short_photo_story(runner):
    rec = record(runner, "h042")
    assert rec["paragraphs"] == ["반항도 하지 못한 채 축 늘어진 강아지"]
    assert rec["title"] == "[씨박스] 반려견 '패대기'친 주인…\"과로에 술 먹고 이성 잃어\""


def test_broadcast_markers_reach_the_text_rules_as_article_lines(runner):
    # "◀ 앵커 ▶" and the sign-off sit inside the article container: the HTML side hands them
    # to the Korean-text rules (rules/broadcast.py, rules/bylines.py) instead of deciding.
    rec = record(runner, "h022")
    marker = next(x for x in rec["lines"] if x["n"] in _line_numbers(rec, "◀ 앵커 ▶"))
    assert not marker["rule"].startswith("html-")


def _line_numbers(rec: dict, text: str) -> set[int]:
    from sinmun.html import html_to_text

    page = shared_path("html", "pages", f"{rec['id']}.html").read_text(encoding="utf-8")
    return {n for n, line in enumerate(html_to_text(page).text.split("\n")) if line == text}


@pytest.mark.parametrize("page_id", ["h076", "h077"])
def test_section_pages_are_not_articles(runner, page_id):
    assert record(runner, page_id)["is_article"] is False


def test_run_over_a_folder_of_html_pages(runner, tmp_path):
    for page_id in ("h005", "h041", "h076"):
        shutil.copy(shared_path("html", "pages", f"{page_id}.html"), tmp_path)
    out = tmp_path / "out.jsonl"
    result = runner.invoke(cli, ["run", str(tmp_path), "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    recs = {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert set(recs) == {"h005", "h041", "h076"}
    assert recs["h041"]["title"] == "국가대표 은퇴한 김연경, 고문으로 대표팀 돕는다"
    assert "최근 현역생활을 연장하기로 한 김연경이" in recs["h041"]["body"]
    assert recs["h076"]["is_article"] is False


def test_series_page_with_bylined_parts_is_one_body(runner):
    rec = record(runner, "h067")  # 머니투데이 [MT리포트]: several reports, each with its byline
    assert "중견기업에 재직 중인 50대 김진성 씨는" in rec["body"]  # the first part
    assert "희망퇴직 소식이 전해지지만" in rec["body"]  # a later part
    assert len(rec["reporters"]) >= 10


def test_broadcast_page_sign_off_and_markers_out_of_the_body(runner):
    rec = record(runner, "h022")  # MBC: "◀ 앵커 ▶", "MBC뉴스 구민지입니다."
    assert "◀ 앵커 ▶" not in rec["paragraphs"]
    assert "MBC뉴스 구민지입니다." not in rec["paragraphs"]
    assert "정부와 여당이 양곡관리법 개정안에 대한 재의요구권" in rec["body"]  # the anchor's spoken text
    assert [r["name"] for r in rec["reporters"]] == ["구민지"]
