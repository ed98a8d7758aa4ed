"""Character references left in text, and text that only looks like one."""

from __future__ import annotations

import pytest

from sinmun.decode import decode
from sinmun.decode.entities import repair_entities


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("그는 &quot;안녕&quot;이라고", '그는 "안녕"이라고'),
        ("it&#39;s &#x27;ok&#x27;", "it's 'ok'"),
        ("&lt;리포트&gt;", "<리포트>"),
        ("double &amp;#39;escaped&amp;#39;", "double 'escaped'"),
        ("triple &amp;amp;quot;x&amp;amp;quot;", 'triple "x"'),
        ("lost amp;#39;amp amp;#39;", "lost 'amp '"),
        ("lost quot;인용quot; and apos;s", 'lost "인용" and \'s'),
        ("space&amp;nbsp;here", "space\xa0here"),
    ],
)
def test_references_are_resolved(raw: str, want: str) -> None:
    fixed, changed = repair_entities(raw)
    assert fixed == want
    assert changed


@pytest.mark.parametrize(
    "text",
    [
        "R&D 투자와 AT&T, P&G",
        "https://news.example.com/read.php?mode=LSS2D&office_id=047&article_id=0001",
        "범이&곰이 체험",
        "&notanentity; &#xZZ; &#; & ;",
        "세미콜론; 문장; quotation; apostrophe;",
        "aquot; 1quot; _apos;",  # inside a word: not a lost ampersand
        "&#0; &#99999999;",  # no such character
    ],
)
def test_text_that_is_no_reference_is_left_alone(text: str) -> None:
    assert repair_entities(text) == (text, False)


def test_reference_never_breaks_a_line() -> None:
    got = decode("첫 줄&#10;같은 줄&#13;&#x2028;끝\n둘째 줄")
    assert got.text.split("\n") == ["첫 줄 같은 줄  끝", "둘째 줄"]
    assert got.repairs == ("html-entities",)


def test_html_input_keeps_its_references_for_the_parser() -> None:
    html = "<html><body><p>a &lt;b&gt; &amp;amp; c</p></body></html>"
    got = decode(html)
    assert got.text == html
    assert got.repairs == ()
