"""Bytes input: encodings detected, declarations honoured, Korean never read as other CJK."""

from __future__ import annotations

import codecs

import pytest

import sinmun
from conftest import shared_path
from sinmun.decode import decode
from sinmun.decode.bytes_detect import declared_encoding

ARTICLE = (
    "문재인 대통령이 지난 4월부터 코로나19 백신을 충분히 확보하도록 지시했다.\n홍길동 기자 hong@example.co.kr"
)
# EUC-KR cannot write these; the seed page uses them, so the same-record test swaps them first.
_NOT_IN_EUC_KR = str.maketrans({"•": "·", "‧": "·", "\xa0": " "})


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        (ARTICLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), "utf-8-sig"),
        (ARTICLE.encode("utf-16"), "utf-16"),
        (ARTICLE.encode("utf-16-be").join((codecs.BOM_UTF16_BE, b"")), "utf-16"),
        (ARTICLE.encode("utf-32"), "utf-32"),
        (ARTICLE.encode("euc_kr"), "euc-kr"),
        (("똠방각하 " + ARTICLE).encode("cp949"), "cp949"),  # 똠 is a UHC-only syllable
    ],
)
def test_encodings_are_detected(raw: bytes, encoding: str) -> None:
    got = decode(raw)
    assert got.input == encoding
    assert got.text.endswith(ARTICLE)
    assert got.warnings == ()


@pytest.mark.parametrize("word", ["한국", "서울", "기자", "날씨", "경제", "뉴스", "대통령", "가", "똠"])
def test_short_korean_is_never_another_cjk_encoding(word: str) -> None:
    got = decode(word.encode("cp949"))
    assert got.text == word
    assert got.input in ("euc-kr", "cp949")


def test_meta_charset_is_honoured_when_bytes_agree() -> None:
    html = '<html><head><meta charset="euc-kr"><title>뉴스</title></head><body>안녕</body></html>'
    got = decode(html.encode("cp949"))
    assert got.text == html
    assert got.input == "euc-kr"


def test_declaration_that_disagrees_with_the_bytes_is_not_trusted() -> None:
    html = '<html><head><meta charset="iso-8859-1"></head><body>서울 날씨 맑음 기온 영상 20도</body></html>'
    got = decode(html.encode("utf-8"))  # really UTF-8: the declaration is wrong
    assert "서울 날씨" in got.text
    assert got.input == "utf-8"


@pytest.mark.parametrize(
    ("head", "name"),
    [
        (b'<meta http-equiv="Content-Type" content="text/html; charset=ks_c_5601-1987">', "cp949"),
        (b"<meta charset='UTF-8'>", "utf-8"),
        (b'<?xml version="1.0" encoding="EUC-KR"?>', "cp949"),
        (b'<meta charset="windows-1252">', "cp1252"),
        (b'<meta charset="no-such-encoding">', None),
        (b"<p>no declaration</p>", None),
    ],
)
def test_declared_encoding(head: bytes, name: str | None) -> None:
    assert declared_encoding(head + b"<body></body>") == name


def test_western_legacy_page_decodes_as_western() -> None:
    text = "Les élèves français ont réussi l'épreuve. Ça va très bien, merci beaucoup. " * 3
    got = decode(text.encode("cp1252"))
    assert got.text == text
    assert got.warnings == ()


def _damage(raw: bytes, every: int) -> bytes:
    """Every ``every``-th non-ASCII byte replaced by one that breaks its sequence."""
    out, seen = bytearray(raw), 0
    for i, b in enumerate(raw):
        if b >= 0x80:
            seen += 1
            if seen % every == 0:
                out[i] = 0xFF
    return bytes(out)


@pytest.mark.parametrize("encoding", ["utf-8", "cp949"])
def test_a_few_damaged_bytes_keep_the_page_in_its_encoding(encoding: str) -> None:
    # a detector reads a Korean page with a few broken bytes as Cyrillic or worse
    raw = _damage((ARTICLE * 16).encode(encoding), every=400)
    assert raw.count(0xFF) >= 2
    got = decode(raw)
    assert got.input == encoding
    assert got.warnings == ("undecodable-bytes",)
    assert 0 < got.text.count("\ufffd") <= 3 * raw.count(0xFF)  # a broken sequence, maybe its neighbour
    assert "코로나19 백신을" in got.text


def test_a_page_declaring_utf8_survives_more_damage() -> None:
    head = b'<html><head><meta charset="utf-8"></head><body><p>'
    raw = head + _damage((ARTICLE * 4).encode("utf-8"), every=40) + b"</p></body></html>"
    got = decode(raw)
    assert got.input == "utf-8"
    assert "undecodable-bytes" in got.warnings


def test_legacy_bytes_are_not_taken_for_damaged_utf8() -> None:
    # every accented letter is invalid UTF-8: far too much damage, so the detector decides
    text = "Les élèves français ont réussi l'épreuve. Ça va très bien, merci beaucoup. " * 3
    assert decode(text.encode("cp1252")).text == text
    cyrillic = "Президент подписал указ о поддержке малого бизнеса и новых рабочих мест. " * 3
    assert decode(cyrillic.encode("cp1251")).input not in ("utf-8", "cp949")


@pytest.mark.timeout(10)
@pytest.mark.parametrize("raw", [b"\xff\xfe\x00", b"\x80\x81\xfe\xff" * 50, bytes(range(256)) * 4, b""])
def test_undecodable_bytes_warn_and_never_crash(raw: bytes) -> None:
    got = decode(raw)
    assert isinstance(got.text, str)
    if raw == b"":
        assert got.text == ""


def test_same_article_in_every_encoding_gives_the_same_record(seed_text: str) -> None:
    text = seed_text.translate(_NOT_IN_EUC_KR)
    variants = {
        "utf-8": text.encode("utf-8"),
        "utf-8-sig": codecs.BOM_UTF8 + text.encode("utf-8"),
        "utf-16": text.encode("utf-16"),
        "cp949": text.encode("cp949"),
        "euc-kr": text.encode("euc_kr"),
    }
    records = {}
    for name, raw in variants.items():
        record = sinmun.extract(raw, id="seed").to_dict()
        assert record["encoding"]["input"] == name
        records[name] = {k: v for k, v in record.items() if k != "encoding"}
    first = records["utf-8"]
    assert first["body"]
    for name, record in records.items():
        assert record == first, name


def test_euc_kr_page_from_another_project() -> None:
    raw = shared_path("peers", "Baram", "fixtures", "euc_kr_sample.html").read_bytes()
    got = decode(raw)
    assert got.input == "euc-kr"
    assert "이것은 EUC-KR 인코딩된 HTML 파일입니다." in got.text
    assert got.text.count("\n") == raw.count(b"\n")


@pytest.mark.parametrize("page", ["h019", "h025", "h055", "h061"])
def test_damaged_news_pages_without_declaration_stay_utf8(page: str) -> None:
    # a detector calls these (charset removed, one non-ASCII byte in 500 flipped) Cyrillic
    import re

    raw = re.sub(rb"<meta[^>]*charset[^>]*>", b"", shared_path("html", "pages", f"{page}.html").read_bytes())
    out, seen = bytearray(raw), 0
    for i, b in enumerate(raw):
        if b >= 0x80:
            seen += 1
            if seen % 500 == 0:
                out[i] = b ^ 0x40
    got = decode(bytes(out))
    assert got.input == "utf-8"
    assert got.warnings == ("undecodable-bytes",)
