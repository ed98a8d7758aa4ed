"""DOM → text blocks: line breaks, inline joins, hidden text, link shares, class words."""

from __future__ import annotations

import pytest

from sinmun.html.blocks import class_words, is_date_data_attr, walk
from sinmun.html.page import _parse


def blocks(html: str):
    tree = _parse(html)
    return walk(tree.body)


def texts(html: str) -> list[str]:
    return [b.text for b in blocks(html).blocks]


def test_blocks_and_br_break_lines_inline_markup_joins():
    html = "<body><div>첫 줄 <b>굵게</b> 이어짐<br>둘째 줄<p>문단 <a href=#>링크</a>.</p>꼬리</div></body>"
    assert texts(html) == ["첫 줄 굵게 이어짐", "둘째 줄", "문단 링크.", "꼬리"]


def test_whitespace_between_inline_elements_separates_words():
    assert texts("<body><p><span>홍길동</span> <span>기자</span></p></body>") == ["홍길동 기자"]


def test_scripts_styles_and_hidden_elements_are_not_text():
    html = (
        "<body><p>보이는 문장</p><script>var x='숨은';</script><style>p{}</style>"
        '<div style="display: none">숨김 스타일</div><div hidden>숨김 속성</div><noscript>노스크립트</noscript></body>'
    )
    assert texts(html) == ["보이는 문장"]


def test_react_streamed_segment_is_page_content():
    assert texts('<body><div hidden id="S:0"><p>스트리밍된 본문</p></div></body>') == ["스트리밍된 본문"]


def test_link_chars_and_element_ranges():
    page = blocks('<body><ul id="rel"><li><a href=#>관련 기사 제목</a></li></ul><p>본문 문장</p></body>')
    link_line, prose = page.blocks
    assert link_line.link_chars == len("관련 기사 제목")
    assert prose.link_chars == 0
    ul = next(e for e in page.elements if e.tag == "ul")
    assert (ul.start, ul.end) == (0, 1)


def test_words_come_from_the_line_and_its_ancestors_nearest_first():
    page = blocks('<body><div class="articleBody"><p class="img_desc">사진 설명</p></div></body>')
    assert page.blocks[0].words[:4] == ("img", "desc", "article", "body")


def test_a_run_held_by_one_inline_element_takes_its_words():
    page = blocks('<body><div class="view"><em class="img_desc">연합뉴스 제공</em></div></body>')
    assert "desc" in page.blocks[0].words


def test_class_words_split_camel_case_and_separators():
    assert class_words("newsBody_txt art-view CmAdContent") == (
        "news",
        "body",
        "txt",
        "art",
        "view",
        "cm",
        "ad",
        "content",
    )


@pytest.mark.parametrize(
    ("name", "expected"),
    [("data-deploy-dt", True), ("data-published-date", True), ("data-width", False), ("id", False)],
)
def test_date_data_attributes(name, expected):
    assert is_date_data_attr(name) is expected


@pytest.mark.timeout(20)
def test_ten_thousand_nested_divs_walk_without_recursion():
    html = "<body>" + "<div>" * 10_000 + "깊은 문장" + "</div>" * 10_000 + "</body>"
    page = blocks(html)
    assert [b.text for b in page.blocks] == ["깊은 문장"]


def test_elements_keep_the_attributes_metadata_needs():
    page = blocks(
        '<body><div id="g" style="display:none" data-deploy-dt="2026.01.29 18:40" data-width="3"></div>'
        '<div class="x" itemprop="articleBody"><time datetime="2023-04-04">4일</time></div></body>'
    )
    attrs = {e.tag + "#" + str(i): dict(e.attrs) for i, e in enumerate(page.elements) if e.attrs}
    assert list(attrs.values()) == [
        {"data-deploy-dt": "2026.01.29 18:40"},
        {"itemprop": "articleBody"},
        {"datetime": "2023-04-04"},
    ]
