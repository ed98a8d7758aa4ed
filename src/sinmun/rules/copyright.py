"""Copyright and reprint notices, and the outlet they name.

Korean outlets close every article with a notice such as "저작권자 © 서울일보 무단전재 및
재배포 금지", "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>", "ⓒ 한국경제 & hankyung.com",
"Copyright © … All rights reserved." The notice is boilerplate; the name in it is ``press``.
"""

from __future__ import annotations

import re

from .press import KNOWN, clean_outlet, is_outlet_name, outlet_from_english

# Any of these makes a line a copyright/reprint notice.
_NOTICE = re.compile(
    r"저작권자|무단\s*전재|무단\s*복제|재배포\s*금지|재배포금지|all rights reserved|copyright\s*(?:©|ⓒ|\(c\))"
    r"|ⓒ|©|AI\s*학습\s*및\s*활용\s*금지|저작권은\s*\S{2,20}?(?:에|에게)\s*있",
    re.I,
)
# Notices are short; a long line that mentions "무단전재" is a paragraph about it.
NOTICE_MAX_CHARS = 160

# Where the outlet's name sits in a notice, most specific first.
_NAME_PATTERNS = (
    # "이 기사의 저작권은 경북일보에 있습니다"
    re.compile(r"저작권은\s*(?P<name>\S{2,20}?)(?:에|에게)\s*있"),
    re.compile(
        r"저작권자\s*(?:[©ⓒ]|\(c\))?\s*[:：]?\s*(?P<name>[^,<>\[\]()무]{2,30}?)\s*(?:[,.(<\[]|무단|$)", re.I
    ),
    # The name ends at a comma, bracket, "무단…", "All rights…", or a full stop closing the
    # sentence ("Copyrights ⓒ TV조선. 무단전재 …"); a dot inside a name ("hankyung.com") stays.
    re.compile(
        r"(?:[©ⓒ]|\(c\))\s*(?P<name>[^,<>\[\]()&|]{2,30}?)\s*(?:[,&(<\[|]|\.(?=\s|$)|무단|all|$)", re.I
    ),
    re.compile(r"(?P<name>[^\s,<>\[\]()ⓒ©]{2,20})\s*\(\s*www\.[^)]+\)", re.I),
    re.compile(r"^[<\[(]?\s*(?P<name>[^\s,<>\[\]()]{2,20})\s*(?:,\s*)?무단\s*전재"),
)
# Where a notice's words break for the slogan fallback: punctuation, and "Copyright" glued to a
# name ("한국일보Copyright"); a company name mixing scripts ("매경AX") stays one word.
_WORD_BREAKS = re.compile(r"[\s,.:;!?\"'“”‘’<>()\[\]|ⓒ©]+|copyright", re.I)
_TRAILING_WORDS = re.compile(
    r"\s*(?:무단전재|무단\s*전재|및|all rights reserved|inc\.?|corp\.?|co\.,? ?ltd\.?)\s*$", re.I
)


# A one-word name in a notice that says who holds the rights ("Copyright ⓒ 인사이트, Ltd.",
# "ⓒ 스포츠조선, 무단전재 …") is the outlet even when its name has no outlet shape; a bare "ⓒ"
# is also a photo credit ("ⓒ게티이미지뱅크"), so it alone does not count.
_HANGUL_WORD = re.compile(r"[가-힣]{2,10}")  # "인사이트"; not "매경AX" (a company) nor "뉴스1코리아"
_OWNER_WORDS = re.compile(r"copyright|저작권자|무단\s*전재|재배포", re.I)
_PHOTO_WORDS = re.compile(r"이미지|사진|포토|스톡")  # "Copyright ⓒ 게티이미지뱅크" credits a photo


def is_notice(text: str) -> bool:
    """True for a copyright/reprint notice line."""
    return len(text) <= NOTICE_MAX_CHARS and bool(_NOTICE.search(text))


def notice_outlet(text: str) -> str | None:
    """The outlet a copyright notice names, or ``None`` when it names none we can read."""
    english = outlet_from_english(text)
    if english:
        return english
    for pat in _NAME_PATTERNS:
        m = pat.search(text)
        if not m:
            continue
        name = _TRAILING_WORDS.sub("", clean_outlet(m.group("name"))).strip()
        # "세계를 보는 창 경제를 보는 눈, 아시아경제(www.asiae.co.kr)" keeps its last part
        name = name.split(",")[-1].strip()
        if name and is_outlet_name(name):
            return name
        parts = name.split()
        known = [p for p in parts if p in KNOWN]  # "MBN 매일방송": the brand, not the company
        if known:
            return known[0]
        if parts and is_outlet_name(parts[-1]):
            return parts[-1]
        if parts and is_outlet_name(parts[0]):
            return parts[0]
        if _HANGUL_WORD.fullmatch(name) and _OWNER_WORDS.search(text) and not _PHOTO_WORDS.search(name):
            return name  # "Copyright ⓒ 인사이트, Ltd.": the rights holder, whatever its name
    # Slogans and glued words around the name: 'ⓒ"젊은 파워, 모바일 넘버원 아시아투데이"',
    # "세상을 보는 균형, 한국일보Copyright ⓒ Hankookilbo": the last word that is an outlet's name
    # ("매경AX", a company, stays whole and names none).
    names = [w for w in _WORD_BREAKS.split(text) if w and is_outlet_name(w)]
    return names[-1] if names else None
