"""Normalisation keeps every line where it was and tidies only what cannot be seen."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sinmun.decode import decode, decode_lines, finish, read
from sinmun.decode.normalise import clean, newlines


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("a\r\nb", "a\nb"),
        ("a\rb\r\nc", "a\nb\nc"),  # a lone CR is a line break, as Python's text mode reads it
        ("a\u2028b\u2029c", "a b c"),  # other separators never add a line
        ("a\x0bb\x0cc\x85d", "a b c d"),
        ("서울\xa0날씨\u3000맑음\u202f끝", "서울 날씨 맑음 끝"),
        ("기\u200b자\ufeff\u200e", "기자"),
        ("소\xad프트", "소프트"),
        ("a\x00b\x07c\x7fd\x9fe", "abcde"),
        ("tab\tkept", "tab\tkept"),
        ("\u1112\u1161\u11ab", "한"),  # NFC composes conjoining jamo
        ("김·이ㆍ박・최", "김·이ㆍ박・최"),  # middle dots as printed
        ("大韓民國 한자", "大韓民國 한자"),  # no Hanja conversion
        ("👩\u200d💻", "👩\u200d💻"),  # ZWJ sequences stay
        ("bad\udc80bytes", "bad\ufffdbytes"),  # a lone surrogate cannot be written out
    ],
)
def test_normalisation(raw: str, want: str) -> None:
    assert decode(raw).text == want


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_line_count_is_kept(text: str) -> None:
    want = newlines(text).count("\n")
    assert decode(text).text.count("\n") == want


@given(st.text(max_size=200))
def test_clean_is_idempotent_and_nfc(text: str) -> None:
    once = clean(newlines(text))
    assert clean(once) == once
    assert unicodedata.is_normalized("NFC", once)


def test_decode_is_read_then_finish() -> None:
    raw = "서울\xa0날씨\r\n기\u200b자".encode()
    found = read(raw)
    assert (found.text, found.input) == ("서울\xa0날씨\r\n기\u200b자", "utf-8")  # as decoded
    assert finish(found) == decode(raw)


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        ("서울\xa0날씨\n맑음\u3000끝", "서울 날씨\n맑음 끝"),
        ("기\u200b자 \u200b 홍길동", "기자 홍길동"),  # the space left where a character went
        ("\xa0\n본문", "\n본문"),  # a line of odd spaces stays, blank
        ("a &lt;b&gt; &amp;amp;", "a &lt;b&gt; &amp;amp;"),  # text the page shows: no unescaping
        ("\u1112\u1161\u11ab 글", "한 글"),
    ],
)
def test_decode_lines_tidies_the_text_lines_of_html(lines: str, want: str) -> None:
    got, repairs = decode_lines(lines)
    assert got == want
    assert repairs == ()


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\r"), max_size=200))
def test_decode_lines_keeps_the_line_count(text: str) -> None:
    assert decode_lines(text)[0].count("\n") == text.count("\n")
