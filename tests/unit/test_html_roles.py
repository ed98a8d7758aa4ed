"""Structural roles: headline, article header, captions, widgets, boxes, furniture."""

from __future__ import annotations

from sinmun.html import html_to_text

PARA = "정부는 오늘 새로운 대책을 발표했습니다. 관계 부처는 다음 달부터 시행한다고 밝혔다."


def roles(html: str) -> dict[str, str]:
    out = html_to_text(html)
    return dict(zip(out.text.split("\n"), (h.role for h in out.hints), strict=True))


PAGE = f"""<html><head><meta property="og:title" content="정부, 새 대책 발표 - 뉴스">
<meta property="og:site_name" content="뉴스"></head><body>
<div class="gnb_title"><a href=#>정부, 새 대책 발표</a></div>
<ul class="gnb"><li><a href=#>정치</a></li><li><a href=#>경제</a></li></ul>
<div class="article_head">
  <h1 class="title">정부, 새 대책 발표</h1>
  <h2>다음 달부터 전국에서 시행</h2>
  <p class="info">입력 2023.04.07 08:26 | 수정 2023.04.07 09:00</p>
  <div class="util"><button>공유</button><a class="btn_font">가</a></div>
</div>
<div class="article_body" itemprop="articleBody">
  <figure><img src=x><figcaption>발표하는 장관 [연합뉴스 제공]</figcaption></figure>
  <p>{PARA}</p><p>{PARA} 둘째.</p>
  <div class="related_news"><a href=#>관련 기사: 지난해 대책은</a></div>
  <p class="copyright">Copyright ⓒ 뉴스 무단전재 및 재배포 금지</p>
</div>
<div class="reporter_area"><a href=#>홍길동 기자</a></div>
<div class="ranking"><ol><li><a href=#>많이 본 기사 1</a></li></ol></div>
</body></html>"""


def test_page_structure_gives_each_line_its_role():
    r = roles(PAGE)
    assert r["정부, 새 대책 발표"] == "headline"  # the <h1> copy, not the sticky-header link
    assert r["다음 달부터 전국에서 시행"] == "deck"
    assert r["입력 2023.04.07 08:26 | 수정 2023.04.07 09:00"] == "dateline"
    assert "공유" not in r  # furniture is counted, not emitted
    assert r["발표하는 장관 [연합뉴스 제공]"] == "caption"
    assert r[PARA] == ""  # the text rules decide paragraphs
    assert r["관련 기사: 지난해 대책은"] == "widget"
    assert r["Copyright ⓒ 뉴스 무단전재 및 재배포 금지"] == "copyright"
    assert r["홍길동 기자"] == "byline"
    assert "많이 본 기사 1" not in r
    assert "정치" not in r
    # sticky title, two menu items, the share and font buttons, the ranking entry
    assert html_to_text(PAGE).meta.furniture_lines == 6


def test_in_main_hints_follow_the_article_container():
    out = html_to_text(PAGE)
    in_main = {line for line, h in zip(out.text.split("\n"), out.hints, strict=True) if h.in_main}
    assert PARA in in_main
    assert "정치" not in in_main
    assert "홍길동 기자" not in in_main


def test_subheads_after_the_first_paragraph_are_body_not_decks():
    html = f"<html><body><div itemprop='articleBody'><h3>앞선 소제목은 덱입니다</h3><p>{PARA}</p><h3>본문 중간의 소제목입니다</h3><p>{PARA}</p></div></body></html>"
    r = roles(html)
    assert r["앞선 소제목은 덱입니다"] == "deck"
    assert r["본문 중간의 소제목입니다"] == ""


def test_wrapper_words_do_not_colour_every_line():
    # "CmAdContent" splits into "ad": on the element around the whole article it says nothing.
    html = f"<html><body><div itemprop='articleBody'><div id='CmAdContent'>{PARA}<br>{PARA} 둘<br>{PARA} 셋</div></div></body></html>"
    assert set(roles(html).values()) == {""}


def test_list_pages_are_not_articles():
    teasers = "".join(
        f"<li><a href=#>기사 제목 {i}</a><p>요약문 {i}번은 짧습니다.</p></li>" for i in range(20)
    )
    html = f"<html><head><meta property='og:type' content='website'><title>정치 | 뉴스</title></head><body><ul>{teasers}</ul></body></html>"
    assert html_to_text(html).meta.kind == "list"
    assert html_to_text(PAGE).meta.kind == "article"


def test_header_copies_and_screen_reader_text_are_furniture():
    html = f"""<html><head><meta property="og:title" content="정부, 새 대책 발표하고 다음 달 시행"></head><body>
    <div class="head"><h1>정부, 새 대책 발표하고 다음 달 시행</h1><div class="blind">동영상영역 시작</div>
    <p class="photo_title">정부, 새 대책 발표하고...</p><h2>관계 부처 합동 브리핑 열려</h2></div>
    <div itemprop="articleBody"><p>{PARA}</p><p>{PARA} 둘째.</p></div></body></html>"""
    r = roles(html)
    assert "동영상영역 시작" not in r
    assert "정부, 새 대책 발표하고..." not in r
    assert r["관계 부처 합동 브리핑 열려"] == "deck"
