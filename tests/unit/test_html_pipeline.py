"""HTML through the pipeline: decode's repairs and normalisation run on the text lines made
from the page, and ``extract_with_lines`` returns exactly the lines the record numbers."""

from __future__ import annotations

import pytest

from sinmun.options import Options
from sinmun.pipeline import extract_with_lines

PARA = "가상화폐에 투자했다가 거액을 잃은 대학생이 숨진 채 발견됐다. 경찰은 경위를 조사하고 있다."
PARA2 = "경찰에 따르면 대학생은 지난달부터 연락이 끊긴 상태였으며 가족이 실종 신고를 했다."


def page(body: str, head: str = "") -> str:
    return f"<html><head><title>실종 대학생 숨진 채 발견</title>{head}</head><body>{body}</body></html>"


ARTICLE = f"<article><h1>실종 대학생 숨진 채 발견</h1><p>{PARA}</p><p>{PARA2}</p></article>"


def test_lines_are_those_the_record_numbers():
    done = extract_with_lines(page(ARTICLE).encode())
    assert [x.n for x in done.lines] == list(range(len(done.lines)))
    by_n = {x.n: x for x in done.lines}
    assert done.article.lines
    assert all(x.n in by_n for x in done.article.lines)
    body_lines = [by_n[x.n].text for x in done.article.lines if x.label == "body"]
    assert body_lines == list(done.article.paragraphs)


def test_invisible_characters_leave_the_text_not_the_line_structure():
    zw = ARTICLE.replace("거액을", "거\u200b액을").replace("숨진 채", "숨진 \u200b 채")
    plain = extract_with_lines(page(ARTICLE))
    tidy = extract_with_lines(page(zw))
    assert tidy.article.paragraphs == plain.article.paragraphs
    assert [x.text for x in tidy.lines] == [x.text for x in plain.lines]


def test_a_literal_no_break_space_reads_like_the_entity():
    # The same DOM either way: a browser shows both paragraphs as an empty line.
    entity = extract_with_lines(page(ARTICLE.replace("</p><p>", "</p><p>&nbsp;</p><p>")))
    literal = extract_with_lines(page(ARTICLE.replace("</p><p>", "</p><p>\xa0</p><p>")))
    assert [x.text for x in literal.lines] == [x.text for x in entity.lines]
    assert literal.article.to_dict() == entity.article.to_dict()


def test_declared_values_are_normalised_like_the_lines():
    head = '<meta property="og:site_name" content="\u200b신문\xa0일보">'
    art = extract_with_lines(page(f"<div><p>{PARA}</p><p>{PARA2}</p></div>", head)).article
    assert art.press == "신문 일보"


def test_html_lines_keep_the_pages_character_references_as_shown():
    # "&amp;lt;" is shown as "&lt;": the text the page shows, not unescaped a second time.
    body = ARTICLE.replace(PARA2, PARA2 + " 수식은 a &amp;lt; b 였다.")
    art = extract_with_lines(page(body)).article
    assert any("a &lt; b" in p for p in art.paragraphs)
    assert art.encoding.repairs == ()


@pytest.mark.timeout(30)
def test_a_page_cut_at_max_page_chars_gives_the_cut_lines():
    html = page(ARTICLE)
    cut = html.index(PARA2) + 10
    done = extract_with_lines(html, options=Options(max_page_chars=cut))
    assert any(w.startswith("page-truncated") for w in done.article.warnings)
    texts = [x.text for x in done.lines]
    assert PARA2[:10] in texts
    assert PARA2 not in texts


def test_mojibake_lines_and_declared_values_are_repaired_together():
    # cp949 bytes read as Latin-1, in the text and in <meta>: "ÇÑ°æ" alone is too short for the
    # repair to trust, beside the page's lines it reads as 한경
    def moj(s: str) -> str:
        return s.encode("cp949").decode("latin-1")

    head = f'<meta property="og:site_name" content="{moj("한경")}">'
    body = (
        f"<article><h1>{moj('실종 대학생 숨진 채 발견')}</h1><p>{moj(PARA)}</p><p>{moj(PARA2)}</p></article>"
    )
    art = extract_with_lines(page(body, head).encode()).article
    assert art.encoding.repairs == ("cp949-read-as-latin1",)
    assert art.paragraphs == (PARA, PARA2)
    assert art.title == "실종 대학생 숨진 채 발견"
    assert art.press == "한경"


@pytest.mark.parametrize(
    ("site", "press"),
    [
        ("조선일보", "조선일보"),  # a well-known host publishing a partner's story
        ("매일방송", "OSEN"),  # a company name in the metadata does not outrank the byline
    ],
)
def test_a_syndicated_story_belongs_to_the_host_it_declares(site, press):
    head = f'<meta property="og:site_name" content="{site}">'
    body = (
        f"<article><h1>실종 대학생 숨진 채 발견</h1><p>[OSEN=선미경 기자] {PARA}</p><p>{PARA2}</p></article>"
    )
    art = extract_with_lines(page(body, head).encode()).article
    assert [r.name for r in art.reporters] == ["선미경"]
    assert art.press == press
