import pytest

from sinmun.rules.dates import (
    find_dates,
    inferred_from_file_name,
    is_dateline,
    is_page_date_line,
    page_date,
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("입력 2023-08-27 14:25", [("2023-08-27T14:25", "published")]),
        ("  • 승인 2018.11.14 16:31", [("2018-11-14T16:31", "published")]),
        (
            "최종수정 2009.11.17 10:43 기사입력2009.11.17 11:00",
            [("2009-11-17T10:43", "modified"), ("2009-11-17T11:00", "published")],
        ),
        (
            "등록 2018-08-21 19:10 수정 2020-05-03 04:29",
            [("2018-08-21T19:10", "published"), ("2020-05-03T04:29", "modified")],
        ),
        ("웹출고시간2025.02.20 19:07:16", [("2025-02-20T19:07:16", "published")]),
        ("2023/06/23 10:12 송고", [("2023-06-23T10:12", "published")]),
        ("2023-05-12 오전 10:30", [("2023-05-12T10:30", None)]),
        ("2025.02.28. 오후 9:49.", [("2025-02-28T21:49", None)]),
        ("2023년 5월 12일", [("2023-05-12", None)]),
        ("업데이트 2021-03-23 01:58", [("2021-03-23T01:58", "modified")]),
        ("보도일자 2023.05.12", [("2023-05-12", "published")]),
        ("게시일 : 2023-05-12 10:30", [("2023-05-12T10:30", "published")]),
    ],
)
def test_find_dates_with_meaning(line, expected):
    assert [(h.iso, h.kind) for h in find_dates(line)] == expected


def test_invalid_dates_are_ignored():
    assert not find_dates("2023.02.30 입력")
    assert not find_dates("전화 2023-1234-5678")


def test_page_header_is_not_a_dateline():
    assert is_page_date_line("2024.06.03 (월)")
    assert is_page_date_line("04.30 (화)")
    assert page_date("2024.06.03 (월)") == "2024-06-03"
    assert not is_page_date_line("입력 2024.06.03 10:00")
    assert not is_page_date_line("[93호] 2018년 01월 01일 (월) 신기섭 marishin@hani.co.kr")


def test_page_header_without_year_needs_a_hint():
    assert page_date("04.30 (화)") is None
    assert page_date("04.30 (화)", year_hint=2024) == "2024-04-30"  # 2024-04-30 was a Tuesday
    assert page_date("11.26 (화)", year_hint=2023) == "2024-11-26"  # first year on that weekday


@pytest.mark.parametrize(
    "line",
    [
        "입력",
        "업데이트",
        "  • 입력 2023-08-27 14:25",
        "2021-03-23 25면",
        "종합 09면",
        "2020.11.06. 오후 4:32",
        "연합뉴스 원문 l 입력 2019.01.09 08:08 l 수정 2019.01.09 08:30 | 더보여zum",  # outlet and buttons beside
    ],
)
def test_datelines(line):
    assert is_dateline(line)


def test_body_sentence_with_date_is_not_a_dateline():
    assert not is_dateline("시는 2024년 3월 15일 드론 순찰대를 처음 띄웠다고 밝혔다.")
    assert not is_dateline("입력 2024.03.15 시는 이날 드론 순찰대를 처음으로 띄웠다고 밝혔다.")


def test_inferred_publication_needs_file_date_and_day_mention():
    cap = ["230512 김동연 경기도지사 상생발전 협약 체결_GJI9887.JPG"]
    assert inferred_from_file_name(cap, ["강기정 시장은 12일 오후 협약을 체결했다."]) == "2023-05-12"
    assert inferred_from_file_name(cap, ["두 시도는 협약을 체결했다."]) is None
    assert inferred_from_file_name(["230512 행사 사진"], ["12일 행사"]) is None  # not a file name


def test_korean_clock_and_bracketed_times():
    assert [h.iso for h in find_dates("2023년 04월 07일 18시 36분 댓글")] == ["2023-04-07T18:36"]
    assert [h.iso for h in find_dates("입력 2023.04.07 (08:26) 수정 2023.04.07 (08:26) 국제")] == [
        "2023-04-07T08:26",
        "2023-04-07T08:26",
    ]
    assert is_dateline("2023년 04월 07일 18시 36분 댓글")


def test_two_digit_year_only_after_its_keyword():
    assert [(h.kind, h.iso) for h in find_dates("입력 23.05.12 10:30 수정 23.05.13 09:00")] == [
        ("published", "2023-05-12T10:30"),
        ("modified", "2023-05-13T09:00"),
    ]
    assert is_dateline("기사입력 : 24-01-05 오후 3:20")
    assert not find_dates("시는 23.05.12 발표했다")  # no keyword: a number, not a date
    assert not find_dates("입력 23.13.12")  # no 13th month
