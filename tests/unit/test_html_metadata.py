"""Page metadata: meta tags, JSON-LD, <title> suffixes, declared dates in KST."""

from __future__ import annotations

import pytest

from sinmun.html import html_to_text
from sinmun.html.dates import iso_kst
from sinmun.html.jsonld import read_jsonld
from sinmun.html.titles import norm_title, strip_site_suffix


def meta_of(head: str, body: str = "<p>본문</p>"):
    return html_to_text(f"<html><head>{head}</head><body>{body}</body></html>").meta


def test_open_graph_and_article_tags():
    meta = meta_of(
        '<meta property="og:title" content="정부, 대책 발표 - SBS 뉴스">'
        '<meta property="og:site_name" content="SBS 뉴스">'
        '<meta property="article:published_time" content="2023-04-20T13:55:00+09:00">'
        '<meta property="article:modified_time" content="2023-04-20T14:05:00+09:00">'
        '<meta property="article:section" content="사회">'
        '<meta name="author" content="홍길동 기자">'
        '<meta property="article:author" content="https://www.facebook.com/sbs">'
    )
    assert meta.title == "정부, 대책 발표"
    assert meta.site_name == "SBS 뉴스"
    assert meta.published == "2023-04-20T13:55:00+09:00"
    assert meta.modified == "2023-04-20T14:05:00+09:00"
    assert meta.section == "사회"
    assert meta.authors == ("홍길동 기자",)  # the Facebook URL names nobody


def test_jsonld_news_article_wins_and_entities_are_decoded():
    ld = (
        '<script type="application/ld+json">[{"@type":"BreadcrumbList"},'
        '{"@type":"NewsArticle","headline":"&#34;단독&#34; 보도","datePublished":"2023-04-07 08:26:22",'
        '"author":[{"@type":"Person","name":"이동환"}],"publisher":{"@type":"Organization","name":"KBS"},'
        '"articleBody":"첫 문단입니다.\\n둘째 문단입니다.",}]</script>'
    )
    meta = meta_of(ld)
    assert meta.title == '"단독" 보도'
    assert meta.published == "2023-04-07T08:26:22"
    assert meta.persons == ("이동환",)
    assert meta.publisher == "KBS"
    assert meta.body == "첫 문단입니다.\n둘째 문단입니다."
    assert meta.article_type == "newsarticle"


def test_jsonld_graph_and_broken_blocks():
    graph = '{"@graph":[{"@type":"WebSite"},{"@type":["NewsArticle"],"headline":"그래프 기사"}]}'
    assert read_jsonld(["{not json", graph]).headline == "그래프 기사"
    assert read_jsonld(['{"@type":"Organization","name":"x"}']) is None


def test_title_tag_is_the_last_resort_and_a_bare_site_name_is_no_title():
    assert (
        meta_of("<title>연합뉴스TV</title><meta property='og:site_name' content='연합뉴스TV'>").title is None
    )
    assert meta_of("<title>기사 제목 | 연합뉴스</title>").title == "기사 제목"


def test_body_dates_and_data_attributes_fill_in():
    body = '<div data-deploy-dt="2026.01.29 18:40" data-re-deploy-dt="2026.01.29 18:49"></div><p>본문</p>'
    assert meta_of("", body).published == "2026-01-29T18:40:00"
    assert meta_of("", '<time datetime="2023-04-04T19:01:00+09:00">4일</time>').published.startswith(
        "2023-04-04"
    )


def test_portal_pages_declare_the_original_outlet():
    assert meta_of('<meta property="og:article:author" content="헤럴드경제 | 네이버">').press == "헤럴드경제"


@pytest.mark.parametrize(
    ("declared", "expected"),
    [
        ("2023-04-19T22:53:13Z", "2023-04-20T07:53:13+09:00"),  # UTC → the KST day the page shows
        ("2025-05-15T20:00:52.000+0900", "2025-05-15T20:00:52+09:00"),
        ("2023-04-04T16:19:05+09:00", "2023-04-04T16:19:05+09:00"),
        ("2023.04.07", "2023-04-07"),
        ("20230407101102", "2023-04-07T10:11:02"),
        ("2023-02-30", None),
        ("어제", None),
        (None, None),
    ],
)
def test_iso_kst(declared, expected):
    assert iso_kst(declared) == expected


@pytest.mark.parametrize(
    ("title", "sites", "expected"),
    [
        ("정부 발표 - SBS 뉴스", ("SBS 뉴스",), "정부 발표"),
        ("[사회][단독] 권경애 입장 | YTN", ("YTN",), "[사회][단독] 권경애 입장"),
        ("장동혁, 부담 커졌다-정치ㅣ한국일보", ("한국일보",), "장동혁, 부담 커졌다"),
        ("취업자 증가(2보) : 뉴스zum", (), "취업자 증가(2보)"),
        ("명퇴자 - 머니투데이 뉴스", (), "명퇴자"),
        ("이승기-이다인 결혼", (), "이승기-이다인 결혼"),
        ("여야 - 합의 불발", (), "여야 - 합의 불발"),
    ],
)
def test_site_suffix_is_not_part_of_the_headline(title, sites, expected):
    assert strip_site_suffix(title, sites) == expected


def test_norm_title_unifies_quote_lookalikes_and_spacing():
    assert norm_title("″꽉 닫힌 지갑″…'반값'") == norm_title('"꽉 닫힌  지갑"…‘반값’')
