"""The packaged KMA station registry: every name a ticker may print resolves to the right id."""

from __future__ import annotations

import csv

import pytest

from conftest import shared_path
from sinmun.weather import registry


def test_registry_holds_the_97_current_asos_stations_of_the_shared_table() -> None:
    with shared_path("data", "kma_asos_stations.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    current = sorted(int(r["stn_id"]) for r in rows if not r["end_date"])
    assert len(current) == 97
    assert [s.stn_id for s in registry().asos if s.current] == current


@pytest.mark.parametrize(
    ("name", "stn_id"),
    [
        ("속초", 90),  # current name
        ("홍성(예)", 177),  # former name with its 예비관측 tag
        ("세종(예)", 239),
        ("문산", 99),  # former name of 99 파주
        ("마산", 155),  # former name of 155 창원
        ("강진", 259),  # 군 dropped: 259 강진군
        ("김해", 253),  # 시 dropped: 253 김해시
        ("거창군", 284),  # 군 added: 284 거창
        ("고창", 172),  # a current name beats 251 고창군's former name 고창
        ("고창군", 251),
        ("창원시", 155),  # a 시 variant of a current name beats 255's 2008-2010 name
        ("성산", 188),  # current 188 beats closed 187 of the same name
        ("삼척", None),  # closed ASOS 214, but an AWS station observes under the name now
        ("관악산", 116),  # only a closed ASOS id has this name
        ("홍성（예）", 177),  # full-width parentheses
        ("서울(기)", 108),  # an unknown tag is dropped
    ],
)
def test_lookup(name: str, stn_id: int | None) -> None:
    st = registry().lookup(name)
    assert st is not None
    if stn_id is None:
        assert st.network == "AWS"
    else:
        assert (st.network, st.stn_id) == ("ASOS", stn_id)


@pytest.mark.parametrize("name", ["평양", "서울역", "", "가"])
def test_unknown_names(name: str) -> None:
    assert registry().lookup(name) is None


def test_coordinates_come_from_the_table() -> None:
    sokcho = registry().lookup("속초")
    assert sokcho is not None
    assert (sokcho.lat, sokcho.lon) == (38.2509, 128.5647)


def test_operating_dates() -> None:
    reg = registry()
    north_chuncheon = reg.asos_station(93)  # started 2016-10-01
    assert north_chuncheon is not None
    assert north_chuncheon.operating_on("2024-06-03")
    assert not north_chuncheon.operating_on("2016-09-30")
    closed = reg.asos_station(176)  # 대구(기) closed 2015-06-11
    assert closed is not None
    assert closed.operating_on("2014-01-01")
    assert not closed.operating_on("2015-06-11")
    assert not closed.operating_on(None)
