"""HTML evidence rules for the labeller and fields: hint labels, reconciliation, reporters."""

from __future__ import annotations

import pytest

from sinmun.html import PageMeta
from sinmun.html.authors import declared_names, names_in_byline, names_in_byline_box
from sinmun.html.rules import (
    ROLE_LABELS,
    declared_press,
    hint_label,
    html_reporters,
    page_kind,
    reconcile_modified,
    reconcile_published,
    reconcile_title,
)
from sinmun.segment import BlockHint, Line


def line(text: str, role: str = "", n: int = 0) -> Line:
    return Line(n, text, 0, BlockHint(tag="p", role=role))


@pytest.mark.parametrize(
    ("role", "label", "rule"),
    [
        ("headline", "title", "html-headline"),
        ("deck", "subtitle", "html-deck"),
        ("caption", "caption", "html-caption"),
        ("byline", "meta", "html-byline-box"),
        ("furniture", "boilerplate", "html-outside-article"),
        ("widget", "boilerplate", "html-widget"),
    ],
)
def test_hint_label_maps_roles(role, label, rule):
    assert hint_label(line("x", role)) == (label, rule)


def test_no_hint_or_no_role_leaves_the_line_to_the_text_rules():
    assert hint_label(Line(0, "텍스트 페이지 줄", 0)) is None
    assert hint_label(line("본문 문단", "")) is None
    assert set(ROLE_LABELS) >= {"headline", "deck", "byline", "dateline", "caption", "copyright"}


META = PageMeta(
    title="선언된 제목",
    published="2023-04-07T19:11:02+09:00",
    modified="2023-04-07T19:22:03+09:00",
    site_name="조선일보",
    authors=("조선일보", "스포츠조선 = 안소윤 기자", "임소정", "iMBC 연예"),
    persons=("김태연",),
    press=None,
    kind="article",
)


def test_printed_values_win_and_declared_values_fill_gaps():
    assert reconcile_title("인쇄된 제목", META) == "인쇄된 제목"
    assert reconcile_title(None, META) == "선언된 제목"
    assert reconcile_title(None, None) is None
    assert reconcile_published(None, META) == "2023-04-07T19:11:02+09:00"
    assert reconcile_published("2023-04-07", META) == "2023-04-07T19:11:02+09:00"  # same day: more precise
    assert reconcile_published("2023-04-06", META) == "2023-04-06"  # the page wins
    assert reconcile_modified(None, META) == "2023-04-07T19:22:03+09:00"


def test_declared_reporters_need_a_job_title_or_the_page_printing_them():
    lines = [line("본문에 임소정 기자의 이름이 없다"), line("지윤수", "byline"), line("그냥 지윤수")]
    names = [r.name for r in html_reporters(lines, META)]
    assert names == ["지윤수", "김태연", "안소윤", "임소정"]
    assert [r.name for r in html_reporters([line("아무 말")], META)] == ["김태연", "안소윤"]


def test_press_and_kind():
    assert declared_press(META) == "조선일보"
    assert declared_press(PageMeta(press="헤럴드경제", site_name="네이버 뉴스")) == "헤럴드경제"
    assert page_kind(META) == "article"
    assert page_kind(None) is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("이동환 기자 leedong@kbs.co.kr", ["이동환"]),
        ("스포츠조선 = 안소윤 기자", ["안소윤"]),
        ("By 배윤경,이상현,한수진,김혜진", ["배윤경", "이상현", "한수진", "김혜진"]),
        ("순천, 광양 구현모 기자 ninek@hankookilbo.com", ["구현모"]),
        ("이남경 MK스포츠 기자(mkculture3@mkculture.com)", ["이남경"]),  # not "스포츠"
        ("YTN 나혜인 (dglee@ytn.co.kr)", ["나혜인"]),
        ("김동진·박세준 기자", ["김동진", "박세준"]),
        ("디지털뉴스부", []),
        ("SBS 뉴스", []),
    ],
)
def test_names_in_byline(text, names):
    assert names_in_byline(text) == names


def test_byline_boxes_also_hold_bare_names():
    assert names_in_byline_box("지윤수") == ["지윤수"]
    assert names_in_byline_box("연합뉴스") == []


def test_outlets_are_never_names():
    assert declared_names(("연합", "한국일보", "iMBC 연예"), "연합 한국일보") == []


def test_layout_hooks_for_html_lines():
    from sinmun.html.rules import article_span, in_article, page_reason, structural_headline

    inside, outside = (
        Line(0, "본문", 0, BlockHint(in_main=True)),
        Line(1, "메뉴", 0, BlockHint(in_main=False)),
    )
    assert in_article(inside)
    assert not in_article(outside)
    assert not in_article(Line(2, "텍스트 줄", 0))
    assert not in_article(Line(3, "캡션", 0, BlockHint(in_main=True, role="caption")))
    assert structural_headline([None, ("meta", "byline"), ("title", "html-headline")]) == 2
    assert structural_headline([None, ("title", "headline")]) is None
    # several bylined parts inside one article container make one body run
    lines = [inside] * 6 + [outside]
    assert article_span(lines, [(0, 1, 10.0), (3, 5, 30.0)]) == (0, 5, 40.0)
    assert article_span(lines, [(0, 1, 10.0), (4, 6, 30.0)]) is None  # the second runs out of it
    assert article_span([Line(0, "x", 0)] * 4, [(0, 1, 1.0), (2, 3, 1.0)]) is None  # text page
    assert page_reason(PageMeta(kind="list"), None, True) == "html-list-page"
    assert page_reason(PageMeta(kind="article"), "too-short", True) is None
    assert page_reason(PageMeta(kind="article"), "page-kind-search", True) == "page-kind-search"
    assert page_reason(None, "teaser-list", True) == "teaser-list"


def test_broadcast_sign_offs_are_the_scripts_byline():
    signoff = Line(0, "MBN뉴스 안진우입니다. [tgar1@mbn.co.kr]", 0, BlockHint(in_main=True))
    assert hint_label(signoff) == ("meta", "html-broadcast-signoff")
    assert [(r.name, r.email) for r in html_reporters([signoff], None)] == [("안진우", "tgar1@mbn.co.kr")]
    long_line = Line(
        1,
        "정부는 일단 다양한 가능성을 열어두고 지켜본다는 입장입니다. " * 3 + "김수연 기자입니다.",
        0,
        BlockHint(in_main=True),
    )
    assert hint_label(long_line) is None  # a paragraph ending in a hand-over stays text
