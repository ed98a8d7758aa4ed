"""Bad HTML gives a record or a typed error: never a crash, never a hang."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import sinmun
from sinmun.errors import SinmunError
from sinmun.html import html_to_text, looks_like_html
from sinmun.options import Options

FAST = Options(semantics=False)
PARA = "가상화폐에 투자했다가 거액을 잃은 대학생이 숨진 채 발견됐다. 경찰은 경위를 조사하고 있다."


@pytest.mark.timeout(10)
def test_unclosed_tags():
    art = sinmun.extract(f"<html><body><div><p>{PARA}<p>{PARA}<b>굵게 <i>기울여", options=FAST)
    assert art.source_format == "html"
    assert PARA in art.body


@pytest.mark.timeout(60)
def test_fifty_megabyte_page_is_cut_and_processed():
    page = ("<html><body>" + f"<p>{PARA}</p>" * 400_000 + "</body></html>").encode()
    assert len(page) > 50_000_000  # bytes, as a crawler hands them over
    art = sinmun.extract(page, options=FAST)
    assert any(w.startswith("page-truncated") for w in art.warnings)
    assert art.source_format == "html"


@pytest.mark.timeout(30)
def test_ten_thousand_nested_divs_each_with_text():
    page = "<html><body>" + "".join(f"<div>{i}번째 줄 {PARA}" for i in range(10_000)) + "</div>" * 10_000
    art = sinmun.extract(page, options=FAST)
    assert art.source_format == "html"


@pytest.mark.timeout(10)
def test_script_only_page_is_an_empty_record():
    art = sinmun.extract(
        "<html><head><script>var a = 1;</script></head><body><script>x()</script></body></html>"
    )
    assert art.source_format == "html"
    assert not art.is_article
    assert art.body == ""


@pytest.mark.timeout(10)
def test_non_html_bytes_named_html():
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64
    try:
        art = sinmun.extract(png, options=Options(format="html", semantics=False))
    except SinmunError:
        return  # a typed error is an acceptable answer
    assert art.source_format == "html"
    assert not art.is_article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<!DOCTYPE html><html><body>x</body></html>", True),
        ("  \n<script src=a.js></script>\n<html><body>MBN</body></html>", True),
        ("\ufeff<!-- 주석 --><html lang='ko'>", True),
        ("기사 본문에 <b> 태그가 나온다", False),
        ("광주시·경기도, 공동번영 이룬다\n<2023.05.12>", False),
        ("<회사명> 공시", False),
    ],
)
def test_sniffing(text, expected):
    assert looks_like_html(text) is expected


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/=\"' abcdivpbrscript가나다&;#!-\n")), max_size=400))
@pytest.mark.timeout(120)
def test_any_markup_soup_gives_lines_and_hints_of_equal_count(soup):
    out = html_to_text("<html><body>" + soup)
    assert len(out.hints) == len(out.text.split("\n")) or (out.text == "" and not out.hints)
    assert all("\n" not in x for x in out.text.split("\n"))


def test_missing_html_extra_is_a_typed_error(monkeypatch):
    import sys

    from sinmun.errors import DependencyError

    monkeypatch.setitem(sys.modules, "selectolax.lexbor", None)  # import now fails
    with pytest.raises(DependencyError, match=r"sinmun\[html\]"):
        html_to_text("<html><body><p>본문</p></body></html>")
