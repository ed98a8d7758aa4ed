"""`sinmun extract` through the CLI on the seed and the bundled examples: what must be kept
and what must be dropped."""

import json

import pytest

from conftest import EXAMPLES
from sinmun.cli import cli


def run_json(runner, path, *args):
    res = runner.invoke(cli, ["extract", str(path), "--json", *args], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    return json.loads(res.output)


def test_seed_record(runner):
    rec = run_json(runner, EXAMPLES / "seed.txt")
    assert rec["schema"] == "sinmun/1"
    assert rec["id"] == "seed"
    assert rec["is_article"]
    assert rec["title"] == "광주시‧경기도, 공동번영 이룬다"
    assert rec["subtitles"] == ["강기정 시장-김동연 지사, 12일 상생발전 협약 체결"]
    assert rec["published"] == "2023-05-12"
    assert rec["dates"]["page"] == "2024-06-03"
    assert rec["captions"] == ["230512 김동연 경기도지사 상생발전 협약 체결_GJI9887.JPG"]
    assert len(rec["weather"]) == 97
    body = rec["body"]
    # kept: the article, first and last paragraph
    assert body.startswith("광주광역시와 경기도가 인공지능산업 활성화와 선도를 위해 손을 맞잡았다.")
    assert "최선을 다하겠다”고 말했다." in body
    # dropped: the site's furniture
    for junk in ("맑음속초", "해당된 기사를 공유합니다", "모바일 버전으로 보기", "2024.06.03", "GJI9887"):
        assert junk not in body
    assert body.count("공동번영 이룬다") == 0


def test_seed_lines_cover_every_nonblank_line_with_a_rule(runner):
    rec = run_json(runner, EXAMPLES / "seed.txt")
    text = (EXAMPLES / "seed.txt").read_text(encoding="utf-8").split("\n")
    assert [x["n"] for x in rec["lines"]] == [i for i, t in enumerate(text) if t.strip()]
    by_n = {x["n"]: x for x in rec["lines"]}
    assert by_n[0] == {"n": 0, "label": "boilerplate", "rule": "page-date"}
    assert by_n[99]["label"] == "title"
    assert by_n[102]["rule"] == "repeated-text"
    assert by_n[161]["rule"] == "mobile-switch"


def test_wire_article_example(runner):
    rec = run_json(runner, EXAMPLES / "wire_article.txt")
    assert rec["title"] == "청주시, 전국 첫 '하천 드론 순찰대' 띄운다"
    assert rec["press"] == "연합뉴스"
    assert rec["reporters"] == [{"name": "김민수", "email": "kimms@example.co.kr", "role": "기자"}]
    assert rec["dates"]["published"].startswith("2024-03-15")
    assert rec["dates"]["modified"].startswith("2024-03-15")
    assert len(rec["paragraphs"]) == 6
    assert rec["captions"][0].startswith("▲ 청주시 관계자가")
    for junk in ("많이 본 뉴스", "저작권자", "페이스북", "충북 초미세먼지"):
        assert junk not in rec["body"]


def test_regional_cms_example(runner):
    """The page layout of a CMS many regional outlets share: a "기자명" byline box, share
    buttons "페이스북(으)로 기사보내기", comment widgets and a legal footer with its own date."""
    rec = run_json(runner, EXAMPLES / "regional_cms.txt")
    assert rec["title"] == "충주시립도서관 새 분관 문 열어…24시간 무인 대출"
    assert rec["subtitles"] == []  # the share buttons under the headline are no decks
    assert rec["reporters"] == [{"name": "이서연", "email": "seoyeon@example.co.kr", "role": "기자"}]
    assert rec["press"] == "충북투데이"
    assert rec["dates"]["published"] == "2024-05-20T14:05"
    assert len(rec["paragraphs"]) == 3
    lines = (EXAMPLES / "regional_cms.txt").read_text(encoding="utf-8").split("\n")
    by_text = {text: n for n, text in enumerate(lines)}
    rules = {x["n"]: x["rule"] for x in rec["lines"]}
    assert rules[by_text["페이스북(으)로 기사보내기"]] == "share-print-button"
    assert rules[by_text["등록일 : 2015-03-01"]] == "registration-date"  # the paper's, not the story's
    for junk in ("기사보내기", "댓글", "많이 본 뉴스", "작은도서관", "발행인"):
        assert junk not in rec["body"]


def test_broadcast_example(runner):
    rec = run_json(runner, EXAMPLES / "broadcast_script.txt")
    assert rec["press"] == "전주MBC"
    assert [r["name"] for r in rec["reporters"]] == ["이하늘"]
    assert "[앵커]" not in rec["body"]
    assert "영상편집" not in rec["body"]
    assert "MBC뉴스 이하늘입니다." in rec["paragraphs"]  # the sign-off is spoken text
    credits = [x for x in rec["lines"] if x["rule"] == "crew-credit"]
    assert len(credits) == 2


def test_list_page_example_is_not_an_article(runner):
    rec = run_json(runner, EXAMPLES / "section_list.txt")
    assert rec["is_article"] is False
    assert rec["body"] == ""
    assert rec["title"] is None


def test_summary_and_lines_views(runner):
    res = runner.invoke(cli, ["extract", str(EXAMPLES / "seed.txt")])
    assert res.exit_code == 0
    assert "광주시‧경기도, 공동번영 이룬다" in res.output
    assert "published 2023-05-12" in res.output
    res = runner.invoke(cli, ["extract", str(EXAMPLES / "seed.txt"), "--lines"])
    assert "page-date" in res.output
    assert "repeated-text" in res.output


def test_stdin_input(runner):
    page = (EXAMPLES / "wire_article.txt").read_bytes()
    res = runner.invoke(cli, ["extract", "-", "--json"], input=page)
    assert res.exit_code == 0
    assert json.loads(res.output)["press"] == "연합뉴스"


def test_missing_file_is_a_clean_error(runner):
    res = runner.invoke(cli, ["extract", "no/such/page.txt"])
    assert res.exit_code != 0
    assert "no such file" in res.output.lower() or "does not exist" in res.output.lower()
    assert "Traceback" not in res.output


@pytest.mark.parametrize("command", ["extract", "run", "eval", "weather"])
def test_every_command_has_help_with_an_example(runner, command):
    res = runner.invoke(cli, [command, "--help"])
    assert res.exit_code == 0
    assert "Example" in res.output


@pytest.mark.timeout(60)
def test_lines_view_of_html_shows_the_lines_the_record_numbers(runner, tmp_path):
    # A page longer than max_page_chars, cut inside its second paragraph: --lines must show
    # the lines sinmun labelled (the cut one as cut), not the page parsed again whole.
    from sinmun.options import MAX_PAGE_CHARS

    first = "가상화폐에 투자했다가 거액을 잃은 대학생이 숨진 채 발견됐다. 경찰은 경위를 조사하고 있다."
    second = "경찰에 따르면 대학생은 지난달부터 연락이 끊긴 상태였으며 가족이 실종 신고를 했다."
    head = "<html><head><title>대학생 숨진 채 발견</title></head><body><script>"
    tail = f"</script><article><h1>대학생 숨진 채 발견</h1><p>{first}</p><p>{second}</p></article>"
    filler = MAX_PAGE_CHARS - len(head) - tail.index(second) - 12  # the cut: 12 chars in
    page = tmp_path / "long.html"
    page.write_text(head + "x" * filler + tail, encoding="utf-8")
    res = runner.invoke(cli, ["extract", str(page), "--lines"], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    shown = res.output.splitlines()
    assert any(line.endswith(first) for line in shown)
    assert any(line.endswith(second[:12]) for line in shown)  # the cut line, as labelled
    assert second not in res.output
    numbers = [int(line.split()[0]) for line in shown]
    rec = run_json(runner, page)
    assert numbers == [x["n"] for x in rec["lines"]]
