"""Items of a page → observations: station ids, inference of nameless items, warnings, dates."""

from __future__ import annotations

from sinmun.weather import WeatherItem, observations, observe


def T(station: str | None, temp: float, sky: str | None = "맑음") -> WeatherItem:
    return WeatherItem(station, sky, temp)


def test_named_items_get_id_coordinates_and_page_date() -> None:
    (o,) = observations([T("속초", 20.2)], "2024-06-03")
    assert (o.station, o.stn_id, o.sky, o.temp_c, o.date, o.inferred) == (
        "속초",
        90,
        "맑음",
        20.2,
        "2024-06-03",
        False,
    )
    assert (o.lat, o.lon) == (38.2509, 128.5647)
    assert o.kind == "temperature"


def test_former_name_keeps_the_printed_name() -> None:
    (o,) = observations([T("홍성(예)", 24.8)], None)
    assert (o.station, o.stn_id) == ("홍성(예)", 177)


def test_nameless_item_in_a_one_station_gap_is_inferred() -> None:
    # 90 속초 … 95 철원: only 93 북춘천 lies between
    result = observe([T("속초", 20.2), T(None, 25.1, "구름조금"), T("철원", 24.6)], "2024-06-03")
    middle = result.observations[1]
    assert (middle.station, middle.stn_id, middle.inferred) == ("북춘천", 93, True)
    assert middle.sky == "구름조금"
    assert middle.lat is not None
    assert result.warnings == ()


def test_two_nameless_items_in_a_two_station_gap_are_inferred_in_order() -> None:
    # 177 홍성 … 185 고산: 181 서청주 and 184 제주
    obs = observations([T("홍성(예)", 1), T(None, 2), T(None, 3), T("고산", 4)], "2024-06-03")
    assert [o.stn_id for o in obs] == [177, 181, 184, 185]
    assert [o.inferred for o in obs] == [False, True, True, False]


def test_nameless_item_after_the_last_named_one() -> None:
    # after 295 남해 only 296 북부산 is left
    obs = observations([T("거제", 1), T("남해", 2), T(None, 3)], "2024-06-03")
    assert (obs[-1].stn_id, obs[-1].station, obs[-1].inferred) == (296, "북부산", True)


def test_nameless_item_before_the_first_named_one() -> None:
    # below 93 북춘천 only 90 속초
    obs = observations([T(None, 1), T("북춘천", 2)], "2024-06-03")
    assert (obs[0].stn_id, obs[0].inferred) == (90, True)


def test_gap_with_several_stations_is_not_guessed() -> None:
    result = observe([T("동두천", 25.8), T(None, 27.3), T("서울", 26.6)], "2025-09-29")
    assert result.observations[1].stn_id is None
    assert not result.observations[1].inferred
    assert len(result.warnings) == 1
    assert result.warnings[0].startswith("weather-nameless:")


def test_station_younger_than_the_page_is_not_inferred() -> None:
    # 93 북춘천 started 2016-10-01: on a page of 2016-05 the 속초-철원 gap is empty
    result = observe([T("속초", 20.2), T(None, 25.1), T("철원", 24.6)], "2016-05-01")
    assert result.observations[1].stn_id is None
    assert "0 stations" in result.warnings[0]


def test_a_ticker_out_of_id_order_infers_nothing() -> None:
    result = observe([T("철원", 1), T(None, 2), T("속초", 3)], "2024-06-03")
    assert result.observations[1].stn_id is None
    assert "order" in result.warnings[0]


def test_only_nameless_items_infer_nothing() -> None:
    result = observe([T(None, 1)], None)
    assert result.observations[0].stn_id is None
    assert len(result.warnings) == 1


def test_unknown_station_is_kept_with_a_warning() -> None:
    result = observe([T("서울", 26.4), T("평양", 25.0)], "2024-06-03")
    assert [o.station for o in result.observations] == ["서울", "평양"]
    assert result.observations[1].stn_id is None
    assert result.observations[1].lat is None
    assert result.warnings == (
        "weather-unknown-station: '평양' is no KMA station name; kept with stn_id null",
    )


def test_unknown_name_between_neighbours_blocks_inference_there() -> None:
    result = observe([T("속초", 1), T("평양", 2), T(None, 3), T("철원", 4)], "2024-06-03")
    assert result.observations[2].stn_id is None
    assert len(result.warnings) == 2


def test_fine_dust_is_not_mapped_to_a_kma_station_and_not_warned_about() -> None:
    dust = WeatherItem("서울", None, None, "fine-dust", "좋음")
    result = observe([dust, T("서울", 26.4)], "2024-06-03")
    first = result.observations[0]
    assert (first.kind, first.value, first.station, first.stn_id, first.date) == (
        "fine-dust",
        "좋음",
        "서울",
        None,
        "2024-06-03",
    )
    assert result.observations[1].stn_id == 108
    assert result.warnings == ()


def test_no_items_no_observations() -> None:
    assert observe([], "2024-06-03") == observe([], None)
    assert observations([], None) == ()
