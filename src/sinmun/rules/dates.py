"""Dates as Korean news pages print them, and what each one means.

Three different dates live on a page and must not be confused:

- the site's "today" header ("2024.06.03 (월)", "04.30 (화)") — ``dates.page``;
- the article's 입력/등록/승인/송고 time — ``dates.published``;
- its 수정/업데이트 time — ``dates.modified``.

A date's meaning comes from the keyword printed just before it ("기사입력2009.11.17 11:00",
"최종수정 2009.11.17 10:43"); a bare date with a weekday alone on a line is a page header.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

# Keywords that say what the next date is. Longest first so "최종수정" wins over "수정".
PUBLISHED_KEYS = (
    "기사입력시간",
    "기사입력",
    "입력시간",
    "입력일",
    "입력",
    "등록일",
    "등록",
    "승인",
    "송고",
    "게재일",
    "게재",
    "발행일",
    "발행",
    "작성일",
    "작성",
    "보도일",  # press releases and broadcasters: "보도일자 2023.05.12"
    "게시일",  # boards and institutional news pages: "게시일 : 2023-05-12"
    "게시",
    "웹출고시간",
    "출고",
    "기사전송",
    "posted",
    "published",
    "date",
)
MODIFIED_KEYS = (
    "최종수정",
    "최종 수정",
    "수정일",
    "수정시간",
    "수정",
    "업데이트",
    "갱신",
    "updated",
    "modified",
)
_KEY = re.compile(
    "(" + "|".join(re.escape(k) for k in sorted(PUBLISHED_KEYS + MODIFIED_KEYS, key=len, reverse=True)) + ")",
    re.I,
)
# How far before a date (in characters) its keyword may stand: "입력 : 2023.05.12" fits.
KEY_WINDOW = 12
# ... and how far after it, for the keyword-last form "2023/06/23 10:12 송고".
KEY_AFTER_WINDOW = 6

_YMD = (
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*(?:[.\-/]\s*(?P<m>1[0-2]|0?[1-9])\s*[.\-/]\s*(?P<d>3[01]|[12]\d|0?[1-9])"
    r"|년\s*(?P<km>1[0-2]|0?[1-9])\s*월\s*(?P<kd>3[01]|[12]\d|0?[1-9])\s*일)(?!\d)\.?"
)
_WEEKDAY = r"(?:\s*\(?\s*(?P<wd>[월화수목금토일])(?:요일)?\s*\)?)?"
_TIME = (  # "10:30", "오후 9:49", "(08:26)", "14시 25분"
    r"(?:\s*\(?\s*(?P<ampm>오전|오후|[AaPp][Mm])?\s*(?P<H>2[0-3]|[01]?\d)\s*[:시]\s*(?P<M>[0-5]\d)"
    r"(?:\s*[:분]\s*(?P<S>[0-5]\d))?\s*(?:초|분)?\)?\.?)?"
)
DATE = re.compile(_YMD + _WEEKDAY + _TIME)
# "입력 23.05.12 10:30": a two-digit year, read as a date only right after its keyword.
KEYED_SHORT_DATE = re.compile(
    _KEY.pattern + r"\s*[:：]?\s*(?<!\d)(?P<yy>\d{2})\s*[.\-/]\s*(?P<m>1[0-2]|0[1-9])\s*[.\-/]\s*"
    r"(?P<d>3[01]|[12]\d|0[1-9])(?!\d)\.?" + _TIME,
    re.I,
)
# "04.30 (화)", "11.26(화)": a page header that omits the year.
MONTH_DAY_WEEKDAY = re.compile(
    r"^(?P<m>1[0-2]|0?[1-9])\s*[./]\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*\(\s*(?P<wd>[월화수목금토일])\s*\)$"
)
WEEKDAYS = "월화수목금토일"  # Monday first, as datetime.weekday()
_DIGIT = re.compile(r"\d")
# "2024.06.03 (월)" with room for a time: a page header is never longer.
PAGE_DATE_MAX_CHARS = 30


# Photo file names start with the shooting date as YYMMDD ("230512 김동연 …_GJI9887.JPG").
FILE_DATE = re.compile(r"(?<!\d)(?P<yy>\d{2})(?P<mm>0[1-9]|1[0-2])(?P<dd>0[1-9]|[12]\d|3[01])(?!\d)")
# A day of the month in running text: "12일 오후", "지난 9일".
DAY_MENTION = re.compile(r"(?<!\d)(?P<d>3[01]|[12]\d|[1-9])일(?![가-힣]{0,1}간)")


@dataclass(frozen=True, slots=True)
class DateHit:
    """One date found in a line."""

    start: int
    end: int
    iso: str  # YYYY-MM-DD, or YYYY-MM-DDTHH:MM[:SS] when the time is printed
    kind: str | None  # "published", "modified" or None (no keyword before it)
    weekday: bool  # printed with a weekday: "(월)"


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _iso(m: re.Match[str]) -> str | None:
    y = int(m["y"])
    mon, day = (m["m"], m["d"]) if m["m"] else (m["km"], m["kd"])
    return _iso_of(m, y, mon, day)


def _iso_of(m: re.Match[str], y: int, mon: str, day: str) -> str | None:
    """ISO date (and time, when ``m`` caught one) of year ``y``, month ``mon``, day ``day``."""
    dt = _valid(y, int(mon), int(day))
    if dt is None:
        return None
    if m["H"] is None:
        return dt.isoformat()
    hour = int(m["H"])
    ampm = (m["ampm"] or "").lower()
    if ampm in ("오후", "pm") and hour < 12:
        hour += 12
    elif ampm in ("오전", "am") and hour == 12:
        hour = 0
    out = f"{dt.isoformat()}T{hour:02d}:{m['M']}"
    return out + (f":{m['S']}" if m["S"] else "")


def _kind(text: str, start: int, end: int) -> str | None:
    window = text[max(0, start - KEY_WINDOW) : start]
    found = list(_KEY.finditer(window))
    if found:
        k = found[-1].group(1).lower()
    else:  # "2023/06/23 10:12 송고": a few agencies print the keyword after the time
        after = _KEY.match(text[end : end + KEY_AFTER_WINDOW].lstrip())
        if not after:
            return None
        k = after.group(1).lower()
    return "modified" if k in MODIFIED_KEYS else "published"


# The line rules ask about the same line several times (page date, dateline, byline, the
# counter test); a cache this small serves those calls and nothing across pages.
_RECENT_LINES = 64


@lru_cache(maxsize=_RECENT_LINES)
def find_dates(text: str) -> tuple[DateHit, ...]:
    """Every full date (with year) in the line, with the meaning its keyword gives it."""
    return tuple(_find_dates(text))


def _find_dates(text: str) -> list[DateHit]:
    hits = []
    for m in DATE.finditer(text):
        iso = _iso(m)
        if iso:
            hits.append(DateHit(m.start(), m.end(), iso, _kind(text, m.start(), m.end()), bool(m["wd"])))
    if not hits and _DIGIT.search(text):
        for m in KEYED_SHORT_DATE.finditer(text):
            iso = _iso_of(m, 2000 + int(m["yy"]), m["m"], m["d"])
            if iso:
                hits.append(DateHit(m.start("yy"), m.end(), iso, _kind(text, m.start("yy"), m.end()), False))
    return hits


_DATE_ONLY_REST = re.compile(r"^[\s.,|·\-–—()\[\]]*$")
_KEY_ONLY = re.compile(r"^(?:" + _KEY.pattern + r")\s*[:：]?$", re.I)
# A date with a time may share its line with this much else (a "댓글" button) and still
# be the article's timestamp.
TIMESTAMP_REST_CHARS = 6
# A keyed date ("입력 …", "수정 …") may share its line with this many other characters
# (outlet, "원문", a button), spaces and separators not counted.
KEYED_REST_CHARS = 20
_SEPARATORS = re.compile(r"[\s|·,\-–—]+")
# "종합 09면", "2021-03-23 25면": print-edition page references.
PRINT_PAGE = re.compile(r"(?:^|\s)(?:[가-힣A-Za-z]{1,6}\s*)?[A-Z]?\d{1,2}\s*면$")


def rest_after_dates(text: str, hits: Sequence[DateHit]) -> str:
    """The line with its dates and date keywords removed (what else the line says)."""
    out, pos = [], 0
    for h in hits:
        out.append(text[pos : h.start])
        pos = h.end
    out.append(text[pos:])
    return _KEY.sub(" ", "".join(out))


def is_date_only(text: str) -> bool:
    """The line is just a date (maybe with weekday, time and a keyword)."""
    hits = find_dates(text)
    return bool(hits) and bool(_DATE_ONLY_REST.match(rest_after_dates(text, hits)))


def page_date(text: str, year_hint: int | None = None) -> str | None:
    """ISO date of a "today" header line ("2024.06.03 (월)"), else ``None``.

    A header without a year ("04.30 (화)") gets the first year from ``year_hint`` on whose
    calendar that day falls on the printed weekday; without a hint the year stays unknown.
    """
    hits = find_dates(text)
    if len(hits) == 1 and hits[0].weekday and hits[0].kind is None and "T" not in hits[0].iso:
        if _DATE_ONLY_REST.match(rest_after_dates(text, hits)):
            return hits[0].iso
        return None
    m = MONTH_DAY_WEEKDAY.match(text.strip())
    if not m or year_hint is None:
        return None
    wd = WEEKDAYS.index(m["wd"])
    for y in range(year_hint, year_hint + 11):
        dt = _valid(y, int(m["m"]), int(m["d"]))
        if dt and dt.weekday() == wd:
            return dt.isoformat()
    return None


def is_page_date_line(text: str) -> bool:
    """Shape of a site's "today" header: a date with a weekday and nothing else."""
    t = text.strip()
    if len(t) > PAGE_DATE_MAX_CHARS or not _DIGIT.search(t):
        return False
    if MONTH_DAY_WEEKDAY.match(t):
        return True
    hits = find_dates(t)
    return (
        len(hits) == 1
        and hits[0].weekday
        and hits[0].kind is None
        and bool(_DATE_ONLY_REST.match(rest_after_dates(t, hits)))
    )


def key_only(text: str) -> str | None:
    """ "published"/"modified" for a line that is only a date keyword ("입력", "수정:")."""
    m = _KEY_ONLY.match(text.strip())
    if not m:
        return None
    return "modified" if m.group(1).lower() in MODIFIED_KEYS else "published"


def is_dateline(text: str) -> bool:
    """A line that states the article's time: "입력 2023-08-27 14:25", "승인 2018.11.14 16:31",
    "2025.02.28. 오후 9:49.", a lone "입력"/"업데이트" label, or a print-edition reference."""
    t = text.strip()
    if _KEY_ONLY.match(t):
        return True
    if not _DIGIT.search(t):
        return False
    if PRINT_PAGE.search(t) and len(t) <= 30:
        return True
    hits = find_dates(t)
    if not hits:
        return False
    rest = rest_after_dates(t, hits)
    if _DATE_ONLY_REST.match(rest):
        return True
    if any("T" in h.iso for h in hits) and len(rest.strip()) <= TIMESTAMP_REST_CHARS:
        return True  # "2023년 04월 07일 18시 36분 댓글": a timestamp beside a button
    # "연합뉴스 원문 l 입력 … l 수정 … | 더보여zum": the words beside keyed dates, separators
    # and spaces not counted
    return any(h.kind for h in hits) and len(_SEPARATORS.sub("", rest)) <= KEYED_REST_CHARS


def inferred_from_file_name(captions: list[str], mentions: list[str]) -> str | None:
    """A publication date from a photo file name "230512 …" confirmed by a "12일" in the text.

    Photo desks name files by shooting date; when the article also speaks of that day of the
    month, the file date is the event (and publication) day. Without the confirmation the
    file date alone is not trusted.
    """
    days = {int(m["d"]) for text in mentions for m in DAY_MENTION.finditer(text)}
    for cap in captions:
        m = FILE_DATE.search(cap)
        if not m or not re.search(r"\.(?:jpe?g|png|gif|bmp|webp)\b", cap, re.I):
            continue
        dt = _valid(2000 + int(m["yy"]), int(m["mm"]), int(m["dd"]))
        if dt and dt.day in days:
            return dt.isoformat()
    return None
