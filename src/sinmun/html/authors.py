"""Reporter names from declared authors (meta tags, JSON-LD, Fusion credits) and byline boxes.

Declared author fields mix people and outlets ("임소정", "iMBC 연예", "SBS 뉴스", "By 배윤경,
이상현", "스포츠조선 = 안소윤 기자", "박준석 기자 외 1명"), and byline boxes carry their UI labels
("기자 정보", "이메일"). The byline grammar is the text rules' (``rules.bylines``); this module
adds the forms that only occur in metadata and boxes, and the tests a value must pass to name a
person: a job title after it, the box it sits in, or the page printing it.
"""

from __future__ import annotations

import re

from ..record import Reporter
from ..rules import bylines

# Job titles after a name in metadata values the byline grammar does not read as a byline
# ("이남경 MK스포츠 기자(…)", "박준석 기자 외 1명"). Longest first.
JOB_TITLES = ("선임기자", "수습기자", "인턴기자", "객원기자", "전문기자", "기자", "특파원", "에디터", "PD")
_NAME = r"[가-힣]{2,4}"
_LIST_SEP = r"\s?[·,]\s?"
# NAME JOB, bounded on the left so "MK스포츠 기자" yields no name; joint names with "·" or ","
# (never a syllable, so the repetition cannot backtrack).
_NAME_BEFORE_JOB = re.compile(
    rf"(?<![가-힣A-Za-z0-9])((?:{_NAME}{_LIST_SEP}){{0,5}}{_NAME})\s?(?:{'|'.join(JOB_TITLES)})(?![가-힣])"
)
# "By 배윤경,이상현" (an English-style byline some Korean CMSs write into meta tags).
_BY_LIST = re.compile(rf"^\s*[Bb]y\s+((?:{_NAME}{_LIST_SEP}){{0,15}}{_NAME})\s*$")
_LIST_SPLIT = re.compile(_LIST_SEP)
_BARE_NAME = re.compile(rf"^\s*({_NAME})\s*$")
# Endings that make a word an organisation or desk, not a person ("연합뉴스", "디지털뉴스부").
ORG_ENDINGS = (
    "뉴스", "일보", "신문", "방송", "닷컴", "통신", "연예", "경제", "미디어", "데일리", "투데이", "편집부",
    "뉴스부", "취재부", "사회부", "정치부", "팀", "센터", "본부",
)  # fmt: skip


def is_person_name(word: str) -> bool:
    """A Korean personal name (the byline grammar's test, which also knows the box labels
    "기자 정보", "연합 기자" ...) that is no outlet or desk."""
    return bylines.is_person_name(word) and not word.endswith(ORG_ENDINGS)


def names_in_byline(text: str) -> list[str]:
    """Reporter names a byline string states: the byline grammar first, then the metadata
    forms ("By a,b", a name before a job title anywhere in the value)."""
    parsed = bylines.byline_line(text)
    found = [r.name for r in parsed.reporters] if parsed is not None else []
    if not found:
        m = _BY_LIST.match(text)
        groups = [m.group(1)] if m else _NAME_BEFORE_JOB.findall(text)
        found = [n for g in groups for n in _LIST_SPLIT.split(g)]
    return list(dict.fromkeys(n for n in found if is_person_name(n)))


def names_in_byline_box(text: str) -> list[str]:
    """Names in a line the page marks as a byline box: also a bare name ("지윤수")."""
    names = names_in_byline(text)
    if not names:
        m = _BARE_NAME.match(text)
        if m and is_person_name(m.group(1)):
            names = [m.group(1)]
    return names


def box_reporters(text: str) -> list[Reporter]:
    """Reporters of a byline box, with the e-mail and role the byline grammar reads."""
    parsed = bylines.byline_line(text)
    if parsed is not None:
        found = [r for r in parsed.reporters if is_person_name(r.name)]
        if found:
            return found
    return [Reporter(n) for n in names_in_byline_box(text)]


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
