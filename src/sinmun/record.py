"""The output contract "sinmun/1": immutable result types and their dict form.

Every field of the record is always present; unknown values are ``None`` or empty lists,
never guesses. ``Article.to_dict()`` is the one place that decides the record's shape.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

SCHEMA = "sinmun/1"

Label = Literal["title", "subtitle", "meta", "body", "caption", "weather", "boilerplate"]
LABELS: tuple[Label, ...] = ("title", "subtitle", "meta", "body", "caption", "weather", "boilerplate")


@dataclass(frozen=True, slots=True)
class LineLabel:
    """Why one non-blank input line was kept or dropped."""

    n: int  # 0-based line number in the (repaired) text, split on "\n"
    label: Label
    rule: str  # name of the rule that decided the label


@dataclass(frozen=True, slots=True)
class Reporter:
    """A byline person: name without 기자/특파원, plus e-mail and role as printed."""

    name: str
    email: str | None = None
    role: str | None = None  # 기자, 특파원, 선임기자, 논설위원, 앵커 ...


@dataclass(frozen=True, slots=True)
class EventDate:
    """A date expression in the body ("12일 오후", "지난달") resolved against publication."""

    text: str
    date: str | None  # ISO: YYYY-MM-DD or YYYY-MM when only the month is known


@dataclass(frozen=True, slots=True)
class Dates:
    page: str | None = None  # the site's "today" header, never the publication date
    published: str | None = None
    modified: str | None = None
    events: tuple[EventDate, ...] = ()


@dataclass(frozen=True, slots=True)
class Observation:
    """One weather-ticker item mapped to a KMA station."""

    station: str | None  # name as printed (or inferred)
    stn_id: int | None
    sky: str | None
    temp_c: float | None
    date: str | None  # the page date: tickers show "now" on the day the page was served
    inferred: bool = False  # station filled in from ticker order, not printed
    lat: float | None = None
    lon: float | None = None
    kind: str = (
        "temperature"  # "temperature", "fine-dust" (미세먼지, PM10) or "ultrafine-dust" (초미세먼지, PM2.5)
    )
    value: str | None = (
        None  # dust grade (좋음/보통/나쁨/매우나쁨) or concentration ("23㎍/㎥") for dust kinds
    )


@dataclass(frozen=True, slots=True)
class Quote:
    speaker: str | None
    text: str
    start: int | None = None  # character offsets into Article.body
    end: int | None = None
    verb: str | None = None  # the reporting verb as written (말했다, 강조했다, 입장이다)


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    title: str | None = None
    mentions: tuple[tuple[int, int], ...] = ()  # character spans into Article.body


@dataclass(frozen=True, slots=True)
class Region:
    """An administrative region named in the body, as the unit it was on the publication date."""

    name: str  # the unit's name (수원시), or the form as written when ambiguous
    code: str | None  # 법정동코드 prefix in kr_admin_regions.csv; None when ambiguous
    full_name: str | None = None  # 경기도 수원시
    level: str | None = None  # "sido" or "sigungu"
    ambiguous: bool = False  # the page does not decide between same-named units
    candidates: tuple[str, ...] = ()  # their codes, when ambiguous
    mentions: tuple[tuple[int, int], ...] = ()  # character spans into Article.body
    now: str | None = None  # today's unit when this one was merged or renamed since


@dataclass(frozen=True, slots=True)
class Entities:
    people: tuple[Person, ...] = ()
    orgs: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()  # resolved regions: a 시도 by name, a 시군구 by full name
    region_details: tuple[Region, ...] = ()  # every region mention, ambiguous ones too


@dataclass(frozen=True, slots=True)
class Encoding:
    input: str = "utf-8"  # encoding of the input bytes, or "str" for text input
    repairs: tuple[str, ...] = ()  # e.g. "cp949-read-as-latin1", "html-entities"


@dataclass(frozen=True, slots=True)
class Article:
    """The structured result for one page (schema "sinmun/1")."""

    id: str | None = None
    url: str | None = None
    source_format: Literal["text", "html"] = "text"
    encoding: Encoding = field(default_factory=Encoding)
    is_article: bool = False
    title: str | None = None
    subtitles: tuple[str, ...] = ()
    dates: Dates = field(default_factory=Dates)
    reporters: tuple[Reporter, ...] = ()
    press: str | None = None
    captions: tuple[str, ...] = ()
    paragraphs: tuple[str, ...] = ()
    lists: tuple[tuple[str, ...], ...] = ()
    quotes: tuple[Quote, ...] = ()
    entities: Entities = field(default_factory=Entities)
    weather: tuple[Observation, ...] = ()
    lines: tuple[LineLabel, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def body(self) -> str:
        """Body paragraphs joined by newlines: the article text, nothing else."""
        return "\n".join(self.paragraphs)

    @property
    def published(self) -> str | None:
        return self.dates.published

    def to_dict(self) -> dict[str, Any]:
        """The record exactly as the "sinmun/1" contract lays it out (JSON-ready)."""
        return {
            "schema": SCHEMA,
            "id": self.id,
            "url": self.url,
            "source_format": self.source_format,
            "encoding": {"input": self.encoding.input, "repairs": list(self.encoding.repairs)},
            "is_article": self.is_article,
            "title": self.title,
            "subtitles": list(self.subtitles),
            "published": self.dates.published,
            "dates": {
                "page": self.dates.page,
                "published": self.dates.published,
                "modified": self.dates.modified,
                "events": [asdict(e) for e in self.dates.events],
            },
            "reporters": [asdict(r) for r in self.reporters],
            "press": self.press,
            "captions": list(self.captions),
            "body": self.body,
            "paragraphs": list(self.paragraphs),
            "lists": [list(items) for items in self.lists],
            "quotes": [asdict(q) for q in self.quotes],
            "entities": {
                "people": [
                    {"name": p.name, "title": p.title, "mentions": [list(m) for m in p.mentions]}
                    for p in self.entities.people
                ],
                "orgs": list(self.entities.orgs),
                "regions": list(self.entities.regions),
                "region_details": [
                    {
                        "name": r.name,
                        "code": r.code,
                        "full_name": r.full_name,
                        "level": r.level,
                        "ambiguous": r.ambiguous,
                        "candidates": list(r.candidates),
                        "mentions": [list(m) for m in r.mentions],
                        "now": r.now,
                    }
                    for r in self.entities.region_details
                ],
            },
            "weather": [asdict(w) for w in self.weather],
            "lines": [{"n": x.n, "label": x.label, "rule": x.rule} for x in self.lines],
            "warnings": list(self.warnings),
        }
