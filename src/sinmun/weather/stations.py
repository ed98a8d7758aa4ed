"""The KMA station registry packaged with sinmun (data/kma_asos_stations.csv, kma_aws_stations.csv).

A ticker prints a station's name as its dictionary had it: the current name ("속초"), a former
one ("홍성(예)" was 177's name 2015-11…2017-10, "마산" is 155 창원 before 2010), or the name with
or without its 시/군 ("강진" for 259 강진군, "거창군" for 284 거창). ``lookup`` resolves all of
them, in an order that prefers what a page today most likely means (see ``_candidates``).
"""

from __future__ import annotations

import csv
import functools
import io
import re
import unicodedata
from dataclasses import dataclass
from importlib.resources import files
from typing import Literal

Network = Literal["ASOS", "AWS"]

# "홍성(예)(2015-11-03~2017-10-31);세종(예)(…)": a name (which may hold parentheses itself)
# followed by its date range in parentheses.
_FORMER = re.compile(r"(?P<name>[^;]+?)\((?P<start>\d{4}-\d\d-\d\d)?~(?P<end>\d{4}-\d\d-\d\d)?\)")
# A parenthesised tag after a name: (예) 예비관측, (기) 기상대, (레) 레이더, (감) 감시 …
_TAG = re.compile(r"\([가-힣]{1,5}\)$")
# 시/군 endings that tickers add or drop; only stripped when at least two characters remain.
_ADMIN_SUFFIXES = ("군", "시")
_MIN_STEM = 2


@dataclass(frozen=True, slots=True)
class Station:
    """One KMA observing station."""

    stn_id: int
    name: str  # current Korean name
    lat: float
    lon: float
    network: Network
    start: str | None  # ISO date the id first observed, when known
    end: str | None  # ISO date the station closed; None while it is current
    former: tuple[str, ...] = ()  # earlier names of this id
    name_en: str | None = None

    @property
    def current(self) -> bool:
        return self.end is None

    def operating_on(self, date: str | None) -> bool:
        """Whether the station observed on ``date`` (ISO; None means today)."""
        if date is None:
            return self.current
        day = date[:10]
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


class Registry:
    """Stations by id and by every name a ticker may print for them."""

    def __init__(self, stations: list[Station]) -> None:
        self.stations = tuple(stations)
        self.asos = tuple(sorted((s for s in stations if s.network == "ASOS"), key=lambda s: s.stn_id))
        self._by_id = {(s.network, s.stn_id): s for s in stations}
        self._current: dict[str, Station] = {}
        self._variant: dict[str, Station] = {}
        self._former: dict[str, Station] = {}
        self._aws: dict[str, Station] = {}
        self._closed: dict[str, Station] = {}
        for s in self.asos:
            if s.current:
                self._current[s.name] = s
                for v in _suffix_variants(s.name):
                    self._variant.setdefault(v, s)
                for f in s.former:
                    self._former.setdefault(f, s)
            else:
                for n in (s.name, *s.former):
                    self._closed.setdefault(n, s)
        for s in stations:
            if s.network == "AWS" and s.current:
                self._aws.setdefault(s.name, s)

    def asos_station(self, stn_id: int) -> Station | None:
        return self._by_id.get(("ASOS", stn_id))

    def lookup(self, name: str) -> Station | None:
        """The station a printed name means, or None when no table knows the name."""
        key = _norm(name)
        for table in self._tables():
            if key in table:
                return table[key]
        stem = _TAG.sub("", key)  # an unknown tag, e.g. a "(예)" no table lists
        if stem != key and len(stem) >= _MIN_STEM:
            return self.lookup(stem)
        return None

    def knows(self, name: str) -> bool:
        return self.lookup(name) is not None

    def _tables(self) -> tuple[dict[str, Station], ...]:
        """Most to least likely meaning of a name on a page of today: a current ASOS name
        (고창 is 172, not 251 고창군 whose former name it was), the same with 시/군 added or
        dropped (창원시 is 155 창원), a current station's former name (홍성(예), 문산), a current
        AWS station (삼척 closed as ASOS 214 and observes on as AWS), then closed ASOS ids."""
        return (self._current, self._variant, self._former, self._aws, self._closed)


def _norm(name: str) -> str:
    """Full-width parentheses and stray spaces as tickers print them → the tables' form."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name))


def _suffix_variants(name: str) -> tuple[str, ...]:
    for suffix in _ADMIN_SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= _MIN_STEM:
            return (name[: -len(suffix)],)
    return tuple(name + suffix for suffix in _ADMIN_SUFFIXES)


def _former_names(field: str) -> tuple[str, ...]:
    return tuple(m["name"].strip() for m in _FORMER.finditer(field))


def _read(resource: str, network: Network) -> list[Station]:
    text = (files("sinmun") / "data" / resource).read_text(encoding="utf-8")
    return [
        Station(
            stn_id=int(row["stn_id"]),
            name=row["name_ko"].strip(),
            lat=float(row["lat"]),
            lon=float(row["lon"]),
            network=network,
            start=row["start_date"] or None,
            end=row["end_date"] or None,
            former=_former_names(row["former_names"]),
            name_en=row.get("name_en") or None,
        )
        for row in csv.DictReader(io.StringIO(text))
    ]


@functools.cache
def registry() -> Registry:
    """The packaged tables, loaded once (read-only afterwards)."""
    return Registry(_read("kma_asos_stations.csv", "ASOS") + _read("kma_aws_stations.csv", "AWS"))
