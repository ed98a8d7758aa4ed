"""Reporter names from declared authors (meta tags, JSON-LD, Fusion credits) and byline boxes.

Declared author fields mix people and outlets ("임소정", "iMBC 연예", "SBS 뉴스", "By 배윤경,
이상현", "스포츠조선 = 안소윤 기자", "순천, 광양 구현모 기자 ninek@…", "박준석 기자 외 1명").
A name is kept when the value says it is a person (a job title follows it), or when it is a
bare Korean name that the page itself prints — an outlet never passes both tests.
"""

from __future__ import annotations

import re

# Job titles that follow a reporter's name in Korean bylines (longest first for the regex).
JOB_TITLES = (
    "선임기자", "수습기자", "인턴기자", "객원기자", "전문기자", "사진기자", "영상기자", "기자", "특파원",
    "논설위원", "편집위원", "에디터", "앵커", "기상캐스터", "캐스터", "PD", "작가",
)  # fmt: skip
# A Korean personal name: 2-4 syllables (surname + given name; 남궁/선우 surnames fit in 4).
_NAME = r"[가-힣]{2,4}"
# NAME (optional space) JOB, with a boundary before the name so neither "스포츠조선안소윤" nor
# "MK스포츠 기자" yields a name.
# Joint bylines list names with "·" or "," ("김동진·박세준 기자"); the delimiter is never a
# syllable, so the repetition cannot backtrack.
_NAME_BEFORE_JOB = re.compile(
    rf"(?<![가-힣A-Za-z0-9])((?:{_NAME}\s?[·,]\s?){{0,5}}{_NAME})\s?(?:{'|'.join(JOB_TITLES)})(?![가-힣])"
)
# NAME followed by an e-mail address: "한지숙 jshan@heraldcorp.com", "YTN 나혜인 (dglee@ytn.co.kr)".
_NAME_BEFORE_EMAIL = re.compile(rf"(?<![가-힣A-Za-z0-9])({_NAME})\s?[(\[<]?\s?[\w.+-]+@[\w-]+\.[\w.]+")
# "By 배윤경,이상현" (English-style byline used by some Korean sites).
_BY_LIST = re.compile(rf"^\s*[Bb]y\s+((?:{_NAME}\s*[,·/]\s*)*{_NAME})\s*$")
_LIST_SPLIT = re.compile(r"\s*[·,]\s*")
_BARE_NAME = re.compile(rf"^\s*({_NAME})\s*$")
# Endings that make a 2-4 syllable word an organisation, not a person ("연합뉴스", "한국일보").
ORG_ENDINGS = (
    "뉴스", "일보", "신문", "방송", "닷컴", "통신", "연예", "경제", "미디어", "데일리", "투데이", "편집부",
    "뉴스부", "취재부", "사회부", "정치부", "팀", "센터", "본부",
)  # fmt: skip
# Short outlet names and generic words that look like a name but never are one.
NOT_NAMES = frozenset(
    {
        "연합",
        "뉴시스",
        "뉴스원",
        "디지털",
        "온라인",
        "편집",
        "기자",
        "관리자",
        "운영자",
        "사진",
        "영상",
        "취재",
    }
)


def is_person_name(word: str) -> bool:
    """A plausible Korean personal name (not an outlet, desk or generic word)."""
    return bool(re.fullmatch(_NAME, word)) and word not in NOT_NAMES and not word.endswith(ORG_ENDINGS)


def names_in_byline(text: str) -> list[str]:
    """Reporter names a byline string states (name + job title, name + e-mail, "By a,b")."""
    m = _BY_LIST.match(text)
    if m:
        return [n for n in re.split(r"\s*[,·/]\s*", m.group(1)) if is_person_name(n)]
    found = [n for group in _NAME_BEFORE_JOB.findall(text) for n in _LIST_SPLIT.split(group)]
    found = found or _NAME_BEFORE_EMAIL.findall(text)
    return list(dict.fromkeys(n for n in found if is_person_name(n)))


def names_in_byline_box(text: str) -> list[str]:
    """Names in a line the page marks as a byline box: also a bare name ("지윤수")."""
    names = names_in_byline(text)
    if not names:
        m = _BARE_NAME.match(text)
        if m and is_person_name(m.group(1)):
            names = [m.group(1)]
    return names


def declared_names(authors: tuple[str, ...], page_text: str, persons: tuple[str, ...] = ()) -> list[str]:
    """Reporter names among declared authors; bare names must be printed on the page too,
    unless JSON-LD declared them as a schema.org Person (``persons``)."""
    out: list[str] = [p for p in persons if is_person_name(p)]
    for value in authors:
        names = names_in_byline(value)
        if not names:
            m = _BARE_NAME.match(value)
            if m and is_person_name(m.group(1)) and m.group(1) in page_text:
                names = [m.group(1)]
        out.extend(names)
    return list(dict.fromkeys(out))
