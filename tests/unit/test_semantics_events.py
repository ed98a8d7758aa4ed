"""Date expressions resolved against the publication date."""

import pytest

from sinmun.semantics.events import find_events


def dates(text, published="2023-05-12"):
    return [(e.text, e.date) for e in find_events((text,), published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12일 오후 광주시청에서", [("12일 오후", "2023-05-12")]),
        ("14일 오후 3시 20분쯤 불이 났다", [("14일 오후 3시 20분", "2023-05-14T15:20")]),
        ("지난 28일 열렸다", [("지난 28일", "2023-04-28")]),
        ("오는 5일 열린다", [("오는 5일", "2023-06-05")]),
        ("28일 열렸다", [("28일", "2023-04-28")]),
        ("15일 열린다", [("15일", "2023-05-15")]),
        ("올해 10월 개관 예정", [("올해 10월", "2023-10")]),
        ("지난달 발표했다", [("지난달", "2023-04")]),
        ("다음 달 4일 개학", [("다음 달 4일", "2023-06-04")]),
        ("내년 상반기까지", [("내년 상반기", "2024-01/2024-06")]),
        ("올해 1분기 실적", [("올해 1분기", "2023-01/2023-03")]),
        ("어제 오후 회의를", [("어제 오후", "2023-05-11")]),
        ("이번 주 후반까지", [("이번 주", "2023-W19")]),
        ("지난해 3월에도", [("지난해 3월", "2022-03")]),
        ("지난 2012년 이후", [("지난 2012년", "2012")]),
        ("2023년 5월 1일 시행", [("2023년 5월 1일", "2023-05-01")]),
    ],
)
def test_resolved(text, expected):
    assert dates(text) == expected


def test_durations_ages_and_amounts_are_not_dates():
    assert dates("20일 넘게 이어졌고 3일간 쉬었다. 징역 15년, 65세 이상, 2년 넘게") == []
    assert dates("오늘날 내일배움카드") == []


def test_undated_page_keeps_relative_text_and_resolves_absolute():
    assert dates("12일 오후와 2024년 3월 2일", published=None) == [
        ("12일 오후", None),
        ("2024년 3월 2일", "2024-03-02"),
    ]


def test_today_inside_speech_is_left_out():
    para = "그는 “오늘 협약이 첫걸음”이라고 말했다. 오늘 발표했다."
    events = find_events((para,), "2024-04-18", (((4, 14),),))
    assert [(e.text, e.date) for e in events] == [("오늘", "2024-04-18")]
