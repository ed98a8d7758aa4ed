"""Date expressions of the body resolved against the publication date.

Korean news dates events relative to the day it is published: "12일 오후" is the 12th of the
publication month, "지난 28일" the last 28th, "오는 5일" the next 5th, "지난달", "올해 10월",
"내년 상반기", "어제". Results are ISO: a day (2023-05-12), a day with clock time
(2023-05-12T15:20), a month (2023-10), a year (2024), an ISO week (2024-W28), or a span of
months for halves and quarters (2025-01/2025-06). With no publication date only absolute
dates resolve; the others keep their text with ``date`` None.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from ..record import EventDate

# A bare "N일" more than this many days after the publication day is read as last month's
# (news reports the past; a coming day is written "오는 N일").
FUTURE_WINDOW_DAYS = 7
_YEAR_WORDS = {
    "올해": 0,
    "금년": 0,
    "지난해": -1,
    "작년": -1,
    "재작년": -2,
    "내년": 1,
    "명년": 1,
    "내후년": 2,
}
_MONTH_WORDS = {"이달": 0, "이번 달": 0, "이번달": 0, "금월": 0, "지난달": -1, "전월": -1}
_MONTH_WORDS |= {"다음 달": 1, "다음달": 1, "내달": 1}
_DAY_WORDS = {"오늘": 0, "금일": 0, "어제": -1, "작일": -1, "그제": -2, "그저께": -2, "내일": 1, "모레": 2}
_WEEK_WORDS = {"지난주": -1, "지난 주": -1, "이번 주": 0, "이번주": 0, "금주": 0}
_WEEK_WORDS |= {"다음 주": 1, "다음주": 1, "내주": 1}
_HALVES = {"상반기": (1, 6), "하반기": (7, 12), "1분기": (1, 3), "2분기": (4, 6), "3분기": (7, 9)}
_HALVES |= {"4분기": (10, 12)}

_YW = "|".join(sorted(_YEAR_WORDS, key=len, reverse=True))
_MW = "|".join(sorted(_MONTH_WORDS, key=len, reverse=True))
_B = r"(?<![가-힣0-9.])"  # not inside a word or a number
# After a relative word: the word ends, or only a particle follows ("올해는", "이달 말까지"),
# so "오늘날" (nowadays) or "내일배움카드" are not dates.
_E = r"(?=[^가-힣]|$|(?:까지|부터|에는|에도|에서|에|은|는|의|도|만|이|가|을|를|와|과|로)(?![가-힣]))"
# Time of day and clock time after a day: "오후 3시 20분", "새벽 2시", "낮".
_TIME = r"(?:\s*(?P<tod>오전|오후|새벽|아침|낮|저녁|밤|정오|자정))?(?:\s*(?P<h>\d{1,2})시(?:\s*(?P<mi>\d{1,2})분|\s*(?P<half>반))?)?"
# What makes a number of days a duration, not a date: "20일 넘게", "3일간", "5일째".
_NOT_DAY = r"(?!\s*(?:간|째|치|넘게|이상|이내|동안|만에|만이|연속|가량|정도|안팎|여|분|가까이|내외|전후|새|사이|에\s*한))"


@dataclass(frozen=True, slots=True)
class _Rule:
    name: str
    pattern: re.Pattern[str]
    resolve: Callable[[re.Match[str], date], str | None]


def _rule(name: str, pattern: str, resolve: Callable[[re.Match[str], date], str | None]) -> _Rule:
    return _Rule(name, re.compile(pattern), resolve)


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _day(y: int, m: int, d: int, mt: re.Match[str] | None = None) -> str | None:
    try:
        day = date(y, m, d)
    except ValueError:
        return None
    if mt is None or mt.group("h") is None:
        return day.isoformat()
    h, minute = int(mt.group("h")), int(mt.group("mi") or (30 if mt.group("half") else 0))
    if mt.group("tod") in ("오후", "저녁", "밤") and h < 12 and not (mt.group("tod") == "밤" and h < 5):
        h += 12
    if h > 23 or minute > 59:
        return day.isoformat()
    return f"{day.isoformat()}T{h:02d}:{minute:02d}"


def _year_of(word: str | None, pub: date) -> int:
    return pub.year + _YEAR_WORDS.get(word or "", 0)


def _abs_ymd(m: re.Match[str], pub: date) -> str | None:
    return _day(int(m.group("y")), int(m.group("mo")), int(m.group("d")), m)


def _month_day(m: re.Match[str], pub: date) -> str | None:
    y, mo, d = _year_of(m.group("yw"), pub), int(m.group("mo")), int(m.group("d"))
    rel = m.group("rel")
    if rel == "지난" and (mo, d) > (pub.month, pub.day):
        y -= 1
    elif rel == "오는" and (mo, d) < (pub.month, pub.day):
        y += 1
    return _day(y, mo, d, m)


def _bare_day(m: re.Match[str], pub: date) -> str | None:
    d, rel = int(m.group("d")), m.group("rel")
    y, mo = pub.year, pub.month
    if rel in _MONTH_WORDS:
        y, mo = _shift_month(y, mo, _MONTH_WORDS[rel])
    elif rel == "지난":
        if d >= pub.day:
            y, mo = _shift_month(y, mo, -1)
    elif rel == "오는":
        if d < pub.day:
            y, mo = _shift_month(y, mo, 1)
    elif d > pub.day + FUTURE_WINDOW_DAYS:
        y, mo = _shift_month(y, mo, -1)
    return _day(y, mo, d, m)


def _year_month(m: re.Match[str], pub: date) -> str | None:
    y = int(m.group("y")) if m.group("y") else _year_of(m.group("yw"), pub)
    mo = int(m.group("mo"))
    if m.group("rel") == "지난" and mo > pub.month:
        y -= 1
    elif m.group("rel") == "오는" and mo < pub.month:
        y += 1
    return f"{y:04d}-{mo:02d}" if 1 <= mo <= 12 else None


def _rel_month(m: re.Match[str], pub: date) -> str:
    y, mo = _shift_month(pub.year, pub.month, _MONTH_WORDS[m.group("mw")])
    return f"{y:04d}-{mo:02d}"


def _rel_day(m: re.Match[str], pub: date) -> str | None:
    return _day_from(pub + timedelta(days=_DAY_WORDS[m.group("dw")]), m)


def _day_from(d: date, m: re.Match[str]) -> str | None:
    return _day(d.year, d.month, d.day, m)


def _week(m: re.Match[str], pub: date) -> str:
    y, w, _ = (pub + timedelta(weeks=_WEEK_WORDS[m.group("ww")])).isocalendar()
    return f"{y}-W{w:02d}"


def _half(m: re.Match[str], pub: date) -> str:
    y = _year_of(m.group("yw"), pub) if not m.group("y") else int(m.group("y"))
    a, b = _HALVES[m.group("hv")]
    return f"{y:04d}-{a:02d}/{y:04d}-{b:02d}"


def _year(m: re.Match[str], pub: date) -> str:
    return f"{int(m.group('y')):04d}"


def _year_word(m: re.Match[str], pub: date) -> str:
    return f"{_year_of(m.group('yw'), pub):04d}"


_HV = "|".join(_HALVES)
_DW = "|".join(sorted(_DAY_WORDS, key=len, reverse=True))
_WW = "|".join(sorted(_WEEK_WORDS, key=len, reverse=True))
_Y4 = r"(?P<y>(?:19|20)\d{2})"
# Most specific first: where two rules match overlapping text the longer match wins anyway.
RULES: tuple[_Rule, ...] = (
    _rule(
        "ymd",
        rf"{_B}(?:(?P<rel>지난|오는)\s*)?{_Y4}년\s*(?P<mo>\d{{1,2}})월\s*(?P<d>\d{{1,2}})일{_NOT_DAY}{_TIME}",
        _abs_ymd,
    ),
    _rule(
        "ymd-dotted", rf"{_B}{_Y4}\.\s?(?P<mo>\d{{1,2}})\.\s?(?P<d>\d{{1,2}})\.?(?![0-9]){_TIME}", _abs_ymd
    ),
    _rule(
        "month-day",
        rf"{_B}(?:(?P<yw>{_YW})\s*)?(?:(?P<rel>지난|오는)\s*)?(?P<mo>\d{{1,2}})월\s*(?P<d>\d{{1,2}})일{_NOT_DAY}{_TIME}",
        _month_day,
    ),
    _rule(
        "day",
        rf"{_B}(?:(?P<rel>지난|오는|{_MW}|다음 달|다음달|내달)\s*)?(?P<d>\d{{1,2}})일{_NOT_DAY}{_TIME}",
        _bare_day,
    ),
    _rule(
        "year-month",
        rf"{_B}(?:(?P<rel>지난|오는)\s*)?(?:{_Y4}년|(?P<yw>{_YW}))?\s*(?P<mo>\d{{1,2}})월(?!\s*\d)(?![가-힣]*(?:간|째|분))",
        _year_month,
    ),
    _rule("half", rf"{_B}(?:{_Y4}년\s*|(?P<yw>{_YW})\s*)?(?P<hv>{_HV}){_E}", _half),
    _rule(
        "month-word",
        rf"{_B}(?P<mw>{_MW}|다음 달|다음달|내달)(?:\s*(?:말|초|중순|하순|초순))?{_E}",
        _rel_month,
    ),
    _rule("day-word", rf"{_B}(?P<dw>{_DW}){_E}{_TIME}", _rel_day),
    _rule("week", rf"{_B}(?P<ww>{_WW}){_E}", _week),
    _rule(
        "year",
        rf"{_B}(?:(?:지난|오는)\s*)?{_Y4}년(?!\s*\d{{1,2}}월)(?!\s*(?:간|째|대|동안|만에|가량))",
        _year,
    ),
    _rule("year-word", rf"{_B}(?P<yw>{_YW}){_E}", _year_word),
)


# Inside direct speech "오늘", "어제" count from the day the words were spoken, which is often
# not the publication day ("오늘 협약이…" said the day before), so they are left out there.
# Weeks, months and years are coarse enough to read against publication.
SPEECH_RELATIVE = frozenset({"day-word"})


def find_events(
    paragraphs: tuple[str, ...], published: str | None, speech: tuple[tuple[tuple[int, int], ...], ...] = ()
) -> tuple[EventDate, ...]:
    """Date expressions in reading order (each distinct text and date once). ``speech`` holds,
    per paragraph, the (start, end) spans of direct quotes."""
    pub = _parse(published)
    out: dict[tuple[str, str | None], None] = {}
    for i, para in enumerate(paragraphs):
        quoted = speech[i] if i < len(speech) else ()
        for s, _, text, value, rule in _matches(para, pub):
            if rule in SPEECH_RELATIVE and any(a <= s < b for a, b in quoted):
                continue
            out.setdefault((text, value), None)
    return tuple(EventDate(t, d) for t, d in out)


def _parse(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _matches(text: str, pub: date | None) -> list[tuple[int, int, str, str | None, str]]:
    """Non-overlapping matches, the longest winning where rules overlap."""
    found = []
    for rule in RULES:
        for m in rule.pattern.finditer(text):
            s = m.start()
            raw = m.group().rstrip()
            if not raw:
                continue
            absolute = rule.name in ("ymd", "ymd-dotted", "year")
            value = (
                rule.resolve(m, pub) if pub is not None else (rule.resolve(m, date.min) if absolute else None)
            )
            found.append((s, s + len(raw), raw, value, rule.name))
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    out: list[tuple[int, int, str, str | None, str]] = []
    last_end = -1
    for f in found:
        if f[0] >= last_end:
            out.append(f)
            last_end = f[1]
    return out
