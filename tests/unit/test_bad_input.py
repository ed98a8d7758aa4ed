"""Bad input: every case returns a record (is_article false + a warning) or raises one typed
error, and nothing hangs (the timeouts guard against hangs; they are not speed assertions)."""

import os

import pytest

import sinmun
from sinmun.errors import InputError, SinmunError


@pytest.mark.parametrize(
    "page",
    [
        "",
        " \n\t\n  ",
        b"",
        "abc\x00def\n\x00\x00가나다",
        b"\x00" * 1000,
    ],
    ids=["empty", "whitespace", "empty-bytes", "nul-chars", "nul-bytes"],
)
@pytest.mark.timeout(10)
def test_empty_and_nul_pages_are_not_articles(page):
    art = sinmun.extract(page)
    assert not art.is_article
    assert art.warnings


@pytest.mark.timeout(20)
def test_binary_garbage_gives_a_record():
    art = sinmun.extract(os.urandom(50_000))
    assert not art.is_article
    assert art.to_dict()["schema"] == "sinmun/1"


@pytest.mark.timeout(30)
def test_five_megabyte_single_line():
    art = sinmun.extract("가나다라 마바사 " * 600_000)
    assert not art.is_article
    assert [x.rule for x in art.lines] == ["oversized-line"]


@pytest.mark.timeout(60)
def test_two_hundred_thousand_short_lines():
    art = sinmun.extract("짧은 줄\n" * 200_000)
    assert len(art.lines) == 200_000


# Lines built to trigger catastrophic backtracking in naive patterns: nested brackets,
# long runs of almost-matching tokens, separators without an end.
ADVERSARIAL = {
    "open-parens": "(" * 50_000 + "가" * 10,
    "sentence-runs": "가다. " * 100_000,
    "wire-header-prefix": "[" + "가=" * 30_000,
    "byline-repeats": "홍길동 기자 " * 20_000,
    "date-repeats": "2024.01.01 " * 20_000,
    "at-signs": "a@" * 50_000,
    "dots": "." * 200_000,
    "ticker-sky-run": "맑음" * 40_000 + "20.1℃",
    "breadcrumb-run": ("> " * 10 + "가") * 10_000,
    "credit-run": "사진=" * 30_000,
    "name-dots": "김이박·" * 30_000 + " 기자",
    "many-medium-lines": "\n".join(["가나다 라마바 사아자 " * 9] * 30_000),
}


@pytest.mark.parametrize("page", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
@pytest.mark.timeout(30)
def test_adversarial_lines_do_not_hang(page):
    art = sinmun.extract(page)
    assert art.to_dict()["schema"] == "sinmun/1"


@pytest.mark.parametrize("page", [None, 42, ["text"], {"text": "x"}])
def test_wrong_types_raise_one_typed_error(page):
    with pytest.raises(InputError, match="should be str or bytes"):
        sinmun.extract(page)
    assert issubclass(InputError, SinmunError)


def test_bad_option_is_a_typed_error():
    with pytest.raises(sinmun.OptionError, match="should be one of"):
        sinmun.Options(format="pdf")
