"""Ticker and widget line forms → WeatherItem; prose and other furniture → nothing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sinmun.weather import WeatherItem, is_widget_caption, parse_item, parse_items


def T(station: str | None, sky: str | None, temp: float) -> WeatherItem:
    return WeatherItem(station, sky, temp)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # glued sky + station + temperature, as the seed prints them (with its bullet)
        ("  • 맑음속초20.2℃", T("속초", "맑음", 20.2)),
        ("  • 구름조금대관령15.7℃", T("대관령", "구름조금", 15.7)),
        ("구름많음강진군23.5℃", T("강진군", "구름많음", 23.5)),
        # a former name with its (예) tag, glued and spaced
        ("  • 맑음홍성(예)24.8℃", T("홍성(예)", "맑음", 24.8)),
        ("  • 맑음홍성(예) -0.8℃", T("홍성(예)", "맑음", -0.8)),
        # nameless items and items without a sky word (gold p062: "• 제주 24.5℃")
        ("  • 구름조금25.1℃", T(None, "구름조금", 25.1)),
        ("  • 제주 24.5℃", T("제주", None, 24.5)),
        # separated forms, sky before or after, °C / ° / ℃
        ("서울 26.4℃ 맑음", T("서울", "맑음", 26.4)),
        ("맑음 서울 26.4°C", T("서울", "맑음", 26.4)),
        ("서울 맑음 26.4℃", T("서울", "맑음", 26.4)),
        ("부산 20.1° 흐림", T("부산", "흐림", 20.1)),
        ("부산 20.1 ℃", T("부산", None, 20.1)),
        # negative temperatures, ASCII and typographic minus
        ("• 맑음동두천 -2.3℃", T("동두천", "맑음", -2.3)),
        ("맑음 철원 −12.5℃", T("철원", "맑음", -12.5)),
        # 도 is a widget unit only next to a sky word
        ("서울 26도 맑음", T("서울", "맑음", 26.0)),
        # emoji and symbols, alone or beside the word
        ("☀️ 서울 26.4℃", T("서울", "맑음", 26.4)),
        ("⛅ 부산 20.1°C", T("부산", "구름많음", 20.1)),
        ("🌧 비 광주 18.0℃", T("광주", "비", 18.0)),
        # multi-word sky phrases, spaced or not
        ("구름 많음 서울 26.4℃", T("서울", "구름많음", 26.4)),
        ("흐리고 비 강릉 12.0℃", T("강릉", "흐리고 비", 12.0)),
        ("비/눈 대관령 0.5℃", T("대관령", "비/눈", 0.5)),
        # other bullets and full-width spaces
        ("- 맑음 서울 26.4℃", T("서울", "맑음", 26.4)),
        ("▪ 서울\u300026.4℃", T("서울", None, 26.4)),
        # a glued name that starts like a sky word is a name when the registry knows it
        ("맑음비금12.0℃", T("비금", "맑음", 12.0)),
    ],
)
def test_item_forms(line: str, expected: WeatherItem) -> None:
    assert parse_item(line) == expected
    assert parse_items(line) == [expected]


def test_several_items_on_one_line_sky_first() -> None:
    assert parse_items("맑음 서울 26.4℃ 구름많음 부산 20.1℃") == [
        T("서울", "맑음", 26.4),
        T("부산", "구름많음", 20.1),
    ]


def test_several_items_on_one_line_sky_after() -> None:
    assert parse_items("서울 26.4℃ 맑음 | 부산 20.1℃ 흐림") == [
        T("서울", "맑음", 26.4),
        T("부산", "흐림", 20.1),
    ]


def test_parse_item_returns_the_first_of_several() -> None:
    assert parse_item("맑음속초20.2℃ 맑음철원24.6℃") == T("속초", "맑음", 20.2)


@pytest.mark.parametrize(
    ("line", "kind", "value", "station"),
    [
        ("미세먼지 좋음", "fine-dust", "좋음", None),
        ("초미세먼지 나쁨", "ultrafine-dust", "나쁨", None),
        ("미세먼지: 매우 나쁨", "fine-dust", "매우나쁨", None),
        ("서울 미세먼지 보통", "fine-dust", "보통", "서울"),
        ("PM2.5 23㎍/㎥", "ultrafine-dust", "23㎍/㎥", None),
    ],
)
def test_fine_dust_widgets_are_their_own_kind(line: str, kind: str, value: str, station: str | None) -> None:
    item = parse_item(line)
    assert item == WeatherItem(station, None, None, kind, value)


def test_dust_and_temperature_widget_on_one_line() -> None:
    items = parse_items("미세먼지 좋음 초미세먼지 보통")
    assert [(i.kind, i.value) for i in items] == [("fine-dust", "좋음"), ("ultrafine-dust", "보통")]


@pytest.mark.parametrize(
    "line",
    [
        # body sentences of weather articles (devset p018, p019, p021, p022 and the issue)
        "서울 낮 기온은 26도로 맑겠다",
        "낮 최고기온은 광주지역이 31.9도로",
        "아침 기온은 구례 성삼재 영하 15도",
        "광주의 아침 기온이 7도 안팎까지 떨어져",
        "낮 최고기온도 광주 16도 등",
        "23도에서 30도의 기온분포를 보이겠습니다.",
        "미세먼지 농도는 광주·전남 '좋음' 수준을 보일 전망이다.",
        "서울 26.4℃로 맑겠다",
        # widget-like but not an item
        "광주 16도",  # 도 without a sky word
        "26.4℃",  # a number alone names nothing
        "기온 26.4℃",
        "최고 31℃ 최저 22℃",
        "서울 18℃/26℃",
        "▲서울 26.4℃ ▲부산 20.1℃",  # ▲ lists are article body
        "맑음",
        "미세먼지",
        # other page furniture
        "2024.06.03 (월)",
        "기상청 제공",
        "  • 해당된 기사를 공유합니다",
        "",
        "   ",
    ],
)
def test_not_an_item(line: str) -> None:
    assert parse_item(line) is None
    assert parse_items(line) == []


def test_temperature_out_of_range_is_not_an_item() -> None:
    assert parse_item("맑음 서울 99℃") is None


@pytest.mark.parametrize(
    "line", ["기상청 제공", "(기상청 제공)", "자료: 기상청", "날씨 더보기", "에어코리아 제공"]
)
def test_widget_captions(line: str) -> None:
    assert is_widget_caption(line)


@pytest.mark.parametrize("line", ["기상청은 내일 비가 온다고 밝혔다", "맑음속초20.2℃", "", "서울"])
def test_not_widget_captions(line: str) -> None:
    assert not is_widget_caption(line)


# --- properties -------------------------------------------------------------------------------

SKIES = st.sampled_from(["맑음", "구름조금", "구름많음", "흐림", "비", "눈", "소나기"])
NAMES = st.sampled_from(["속초", "서울", "홍성(예)", "강진군", "대관령", "북춘천", "고창", "흑산도"])
TEMPS = st.integers(-300, 400).map(lambda t: t / 10)


def _fmt(t: float) -> str:
    return f"{t:.1f}"


@given(sky=SKIES, name=NAMES, temp=TEMPS, form=st.integers(0, 3), bullet=st.sampled_from(["", "  • ", "· "]))
@settings(max_examples=300, deadline=None)
def test_every_form_reads_back_what_was_printed(
    sky: str, name: str, temp: float, form: int, bullet: str
) -> None:
    line = [
        f"{sky}{name}{_fmt(temp)}℃",
        f"{name} {_fmt(temp)}℃ {sky}",
        f"{sky} {name} {_fmt(temp)}°C",
        f"{name} {sky} {_fmt(temp)}℃",
    ][form]
    assert parse_item(bullet + line) == T(name, sky, temp)


@given(items=st.lists(st.tuples(SKIES, NAMES, TEMPS), min_size=1, max_size=12))
@settings(max_examples=100, deadline=None)
def test_a_flattened_ticker_keeps_every_item_in_order(items: list[tuple[str, str, float]]) -> None:
    line = " ".join(f"• {sky}{name}{_fmt(temp)}℃" for sky, name, temp in items)
    assert parse_items(line) == [T(name, sky, temp) for sky, name, temp in items]


@pytest.mark.timeout(10)
@given(
    text=st.text(
        alphabet=st.sampled_from("맑음서울구름 .-−°℃C도0123456789•|/()예미세먼지좋음가"), max_size=300
    )
)
@settings(max_examples=400, deadline=None)
def test_any_text_parses_without_error(text: str) -> None:
    items = parse_items(text)
    assert all(isinstance(i, WeatherItem) for i in items)


@given(sky=SKIES, name=NAMES, temp=TEMPS, tail=st.sampled_from(["로", "까지", "를 기록했다", "로 예상된다"]))
@settings(max_examples=100, deadline=None)
def test_a_sentence_around_an_item_is_no_item(sky: str, name: str, temp: float, tail: str) -> None:
    assert parse_item(f"{name} {_fmt(temp)}℃{tail}") is None
    assert parse_item(f"오늘 {name} 기온은 {_fmt(temp)}도{tail}") is None


@pytest.mark.timeout(10)
def test_long_lines_cost_linear_time() -> None:
    assert parse_items("맑음" * 5000 + "℃") == []
    assert parse_items("1" * 3000 + "℃") == []
    assert len(parse_items(" ".join(["맑음속초20.2℃"] * 300))) == 300
