"""Main-content selection: markup evidence, JSON-LD body evidence, text density."""

from __future__ import annotations

from sinmun.html.blocks import walk
from sinmun.html.main_content import find_main, line_score, word_factor
from sinmun.html.page import _parse

PARAGRAPH = "정부는 오늘 새로운 대책을 발표했습니다. 관계 부처는 다음 달부터 시행한다고 밝혔다."
NAV = '<ul class="gnb">' + "".join(f"<li><a href=#>메뉴 {i}</a></li>" for i in range(12)) + "</ul>"
RELATED = (
    '<div class="related_news"><ul>'
    + "".join(
        f"<li><a href=#>관련 기사 제목이 이렇게 길게 이어집니다 {i}번째 기사입니다</a></li>" for i in range(8)
    )
    + "</ul></div>"
)


def main_text(html: str, ld_body: str | None = None) -> tuple[str, list[str]]:
    page = walk(_parse(html).body)
    main = find_main(page, ld_body)
    return main.evidence, [b.text for b in page.blocks[main.start : main.end]]


def test_density_picks_the_article_over_menus_and_related_lists():
    html = f"<body>{NAV}<div class='view'><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div>{RELATED}</body>"
    evidence, lines = main_text(html)
    assert evidence == "density"
    assert lines == [PARAGRAPH] * 3


def test_div_with_br_separated_text_is_a_container():
    html = f"<body>{NAV}<div id='newsBody'>{PARAGRAPH}<br><br>{PARAGRAPH}<br>{PARAGRAPH}</div></body>"
    assert main_text(html)[1] == [PARAGRAPH] * 3


def test_itemprop_article_body_is_trusted_even_when_short():
    html = f"<body><div class='box'><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div><div itemprop='articleBody'>반항도 하지 못한 채 축 늘어진 강아지</div></body>"
    assert main_text(html) == ("itemprop", ["반항도 하지 못한 채 축 늘어진 강아지"])


def test_jsonld_article_body_locates_the_container():
    other = "다른 기사의 요약문이 여기에 길게 적혀 있습니다. 이것은 본문이 아닙니다. " * 3
    body = "첫 문단은 이렇게 시작합니다. 그리고 사건의 경위를 자세히 설명합니다. 피해자는 모두 구조됐습니다."
    body2 = "둘째 문단에서는 관계자의 말을 전합니다. 경찰은 정확한 경위를 두고 수사를 이어가고 있다."
    html = f"<body><div><p>{other}</p></div><section><div class='x'><p>{body}</p><p>{body2}</p></div></section></body>"
    evidence, lines = main_text(html, ld_body=f"{body}\n{body2}\n추가 문단이 하나 더 있습니다. " * 3)
    assert evidence == "jsonld-body"
    assert lines == [body, body2]


def test_line_score_ignores_links_headings_and_short_lines():
    page = walk(
        _parse(
            f"<body><h2>{PARAGRAPH}</h2><p><a href=#>{PARAGRAPH}</a></p><p>짧다</p><p>{PARAGRAPH}</p></body>"
        ).body
    )
    assert [line_score(b) > 0 for b in page.blocks] == [False, False, False, True]


def test_word_factor_rewards_article_words_and_punishes_furniture():
    assert word_factor(("article", "body"), "div") > 1 > word_factor(("related", "list"), "div")
    assert word_factor(("x",), "nav") < 1
