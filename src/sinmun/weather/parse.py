"""Ticker and widget lines → ``WeatherItem``s.

The labeller calls ``parse_items`` on every line of every page, so the work is staged:
1. a cheap search for a temperature unit or a fine-dust word rejects almost every line;
2. one linear tokenizer pass turns the line into sky / name / temperature / dust tokens
   and rejects the line at the first character no widget prints (a sentence's "도로", "~", "등");
3. a small grammar groups the tokens into items and rejects lines that are not only items.
A line is a widget only when ALL of it is items: "서울 낮 기온은 26도로 맑겠다" is not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from .stations import registry
from .vocab import (
    CAPTION_RE,
    DUST_GRADES,
    DUST_KINDS,
    NOT_NAME_ENDINGS,
    NOT_STATIONS,
    SKY_EMOJI,
    SKY_PREFIXES,
    SKY_SUFFIXES,
    SKY_WORDS,
)

# Whole tickers flattened onto one line stay well under this; longer lines are prose or data.
MAX_LINE_CHARS = 4000
# Sky phrases of up to this many space-separated words ("비 또는 눈").
MAX_SKY_WORDS = 3
# A station name is at most this long (the longest KMA names have 7 characters with a tag).
MAX_NAME_CHARS = 10
# Air temperatures a ticker can show; anything else is a different number.
TEMP_RANGE = (-50.0, 50.0)

# Stage 1: a temperature unit or a dust widget word somewhere on the line. Substring tests
# run at C speed; the two regexes only see lines that hold "도" or "PM" at all.
_TRIGGERS = ("℃", "°", "º", "˚", "미세먼지")
_DIGIT_DO = re.compile(r"\d\s?도(?![가-힣])")
_PM = re.compile(r"PM\s?(?:10|2\.5)", re.IGNORECASE)

_GRADE = "|".join(sorted((k.replace("나쁨", r"\s?나쁨") for k in DUST_GRADES), key=len, reverse=True))
_EMOJI = "".join(SKY_EMOJI)
# Stage 2: one alternative per token kind; the last one catches anything else. Every
# repetition is bounded or over a class disjoint from what follows it, so the pass is linear.
_TOKEN = re.compile(
    r"(?P<space>[\s\u00a0\u3000]+)"
    r"|(?P<bullet>[•·∙◦‣▪▫■□◆◇○●◎★☆|,、/]|-(?=\s))"
    r"|(?P<temp>(?P<sign>[-−－–])?(?P<num>\d{1,2}(?:\.\d{1,2})?)\s?"
    r"(?P<unit>℃|[°º˚]\s?[Cc](?![A-Za-z])|[°º˚]|도(?![가-힣])))"
    r"|(?P<dust>(?P<dkind>초미세먼지|미세먼지|PM\s?2\.5|PM\s?10)\s?[:：]?\s?"
    r"(?:(?P<grade>" + _GRADE + r")(?![가-힣])|(?P<conc>\d{1,3}\s?(?:㎍/㎥|[μµu]g/m[³3]|㎍))))"
    r"|(?P<emoji>[" + _EMOJI + r"]\ufe0f?)"
    r"|(?P<word>[가-힣]{1,16}(?:/[가-힣]{1,4})?(?:[(（][가-힣]{1,5}[)）])?)"
    r"|(?P<other>.)",
    re.IGNORECASE | re.DOTALL,
)
_SPACE = re.compile(r"\s+")

Kind = Literal["sky", "name", "temp", "dust"]


@dataclass(frozen=True, slots=True)
class WeatherItem:
    """One ticker or widget item as printed.

    ``kind`` is "temperature" for sky/station/°C items and "fine-dust" (미세먼지, PM10) or
    "ultrafine-dust" (초미세먼지, PM2.5) for air-quality widgets, whose grade is ``value``."""

    station: str | None
    sky: str | None
    temp_c: float | None
    kind: str = "temperature"
    value: str | None = None


@dataclass(frozen=True, slots=True)
class _Tok:
    kind: Kind
    value: str
    temp: float | None = None
    unit: str | None = None
    emoji: bool = False


def parse_items(text: str) -> list[WeatherItem]:
    """All items of a widget line, in order; ``[]`` unless the whole line is widget items."""
    if len(text) > MAX_LINE_CHARS or not _may_hold_items(text):
        return []
    tokens = _tokenize(text)
    return _group(tokens) if tokens else []


def _may_hold_items(text: str) -> bool:
    if any(t in text for t in _TRIGGERS):
        return True
    if "도" in text and _DIGIT_DO.search(text):
        return True
    return ("PM" in text or "pm" in text) and _PM.search(text) is not None


def parse_item(text: str) -> WeatherItem | None:
    """The first item of a widget line, or ``None`` when the line is not one (see ``parse_items``)."""
    items = parse_items(text)
    return items[0] if items else None


def is_widget_caption(text: str) -> bool:
    """Whether a line is furniture of a weather widget ("기상청 제공", "날씨 더보기").

    Only meaningful next to a ticker: the labeller asks it about the line after the last item."""
    s = text.strip()
    return 0 < len(s) <= 30 and CAPTION_RE.fullmatch(s) is not None


def _tokenize(text: str) -> list[_Tok] | None:
    """Sky, name, temperature and dust tokens; None at the first character no widget prints."""
    toks: list[_Tok] = []
    words: list[str] = []  # consecutive words, joined when they spell one sky phrase
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == "other":
            return None
        if kind == "word":
            words.append(m["word"])
            continue
        if kind == "space" and words:
            continue  # spaces between words: a sky phrase may continue
        if words:
            if not _flush(words, toks):
                return None
            words = []
        if kind == "temp":
            value = float(m["num"]) * (-1 if m["sign"] else 1)
            if not TEMP_RANGE[0] <= value <= TEMP_RANGE[1]:
                return None
            toks.append(_Tok("temp", m["temp"], round(value, 1), m["unit"]))
        elif kind == "dust":
            dkind = DUST_KINDS[_SPACE.sub("", m["dkind"]).upper()]
            value = DUST_GRADES[_SPACE.sub("", m["grade"])] if m["grade"] else _SPACE.sub("", m["conc"])
            toks.append(_Tok("dust", value, unit=dkind))
        elif kind == "emoji":
            toks.append(_Tok("sky", SKY_EMOJI[m["emoji"].rstrip("\ufe0f")], emoji=True))
    if words and not _flush(words, toks):
        return None
    return toks


def _flush(words: list[str], toks: list[_Tok]) -> bool:
    """Turn a run of space-separated words into sky and name tokens; False if one is no name."""
    i = 0
    while i < len(words):
        for n in range(min(MAX_SKY_WORDS, len(words) - i), 1, -1):  # "구름 많음", "비 또는 눈"
            sky = SKY_WORDS.get("".join(words[i : i + n]))
            if sky:
                toks.append(_Tok("sky", sky))
                i += n
                break
        else:
            if not _word(words[i], toks):
                return False
            i += 1
    return True


def _word(word: str, toks: list[_Tok]) -> bool:
    """One Hangul word: a sky word, a name, or a sky glued to a name ("맑음속초", "서울맑음")."""
    if word in SKY_WORDS:
        toks.append(_Tok("sky", SKY_WORDS[word]))
        return True
    if registry().knows(word):  # "비금" is an AWS station, not 비 + 금
        toks.append(_Tok("name", word))
        return True
    for sky in SKY_PREFIXES:
        if word.startswith(sky) and len(word) > len(sky):
            toks.append(_Tok("sky", SKY_WORDS[sky]))
            return _name(word[len(sky) :], toks)
    for sky in SKY_SUFFIXES:
        if word.endswith(sky) and len(word) > len(sky):
            if not _name(word[: -len(sky)], toks):
                return False
            toks.append(_Tok("sky", SKY_WORDS[sky]))
            return True
    return _name(word, toks)


def _name(word: str, toks: list[_Tok]) -> bool:
    """A station name as printed, unless it is a word of a sentence ("기온", "광주의")."""
    if len(word) > MAX_NAME_CHARS or word in NOT_STATIONS or "/" in word:
        return False
    if not registry().knows(word) and word.endswith(NOT_NAME_ENDINGS):
        return False
    toks.append(_Tok("name", word))
    return True


def _group(toks: list[_Tok]) -> list[WeatherItem]:
    """Items from tokens: [sky] [name] [sky] temp [sky] or [name] dust; [] if any token is left over.

    Whether a sky word after a temperature belongs to it ("서울 26.4℃ 맑음") or to the next
    item ("맑음 서울 26.4℃ 구름많음 부산 20.1℃") is decided once per line, by the first item."""
    toks = _merge_emoji(toks)
    items: list[WeatherItem] = []
    sky_after: bool | None = None
    i, n = 0, len(toks)
    while i < n:
        if toks[i].kind == "dust" or (toks[i].kind == "name" and i + 1 < n and toks[i + 1].kind == "dust"):
            station = toks[i].value if toks[i].kind == "name" else None
            i += station is not None
            items.append(WeatherItem(station, None, None, toks[i].unit or "fine-dust", toks[i].value))
            i += 1
            continue
        sky = name = None
        if toks[i].kind == "sky":
            sky, i = toks[i].value, i + 1
        if i < n and toks[i].kind == "name":
            name, i = toks[i].value, i + 1
        if sky is None and name is not None and i < n and toks[i].kind == "sky":
            sky, i = toks[i].value, i + 1  # "서울 맑음 26.4℃"
        if i >= n or toks[i].kind != "temp":
            return []
        temp = toks[i]
        i += 1
        if sky_after is None:
            sky_after = sky is None
        if sky is None and sky_after and i < n and toks[i].kind == "sky":
            sky, i = toks[i].value, i + 1
        if not _widget_shaped(sky, name, temp):
            return []
        items.append(WeatherItem(name, sky, temp.temp))
    return items


def _merge_emoji(toks: list[_Tok]) -> list[_Tok]:
    """An emoji printed next to its sky word is one sky: keep the word."""
    out: list[_Tok] = []
    for t in toks:
        if out and t.kind == "sky" and out[-1].kind == "sky" and (out[-1].emoji or t.emoji):
            if out[-1].emoji:
                out[-1] = t
            continue
        out.append(t)
    return out


def _widget_shaped(sky: str | None, name: str | None, temp: _Tok) -> bool:
    """A bare number with a unit says nothing; "도" is a widget unit only beside a sky word
    ("서울 26도 맑음"), since prose writes "광주 16도" too."""
    if sky is None and name is None:
        return False
    return temp.unit != "도" or sky is not None
