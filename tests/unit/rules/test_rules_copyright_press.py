import pytest

from sinmun.rules.copyright import is_notice, notice_outlet
from sinmun.rules.press import canonical_outlet, is_outlet_name, outlet_from_english


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("저작권자 © 서울일보 무단전재 및 재배포 금지", "서울일보"),
        ("<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>", "연합뉴스"),
        ("ⓒ 한국경제 & hankyung.com 무단전재 및 재배포 금지", "한국경제"),
        ("[저작권자(c) YTN 무단전재, 재배포 및 AI 데이터 활용 금지]", "YTN"),
        ("<ⓒ세계를 보는 창 경제를 보는 눈, 아시아경제(www.asiae.co.kr) 무단전재 배포금지>", "아시아경제"),
        ("중도일보(www.joongdo.co.kr), 무단전재 및 수집, 재배포 금지", "중도일보"),
        ("저작권자 © BBS NEWS 무단전재 및 재배포 금지", "BBS NEWS"),
        ('ⓒ"젊은 파워, 모바일 넘버원 아시아투데이"', "아시아투데이"),  # a slogan around the name
        (
            "세상을 보는 균형, 한국일보Copyright ⓒ Hankookilbo 신문 구독신청",
            "한국일보",
        ),  # glued to "Copyright"
        ("Copyright © Gwangju Munhwa Broadcasting Corporation. All rights reserved.", "광주MBC"),
        ("Copyright © Korean Broadcasting System. All rights reserved.", "KBS"),
        # a full stop closes the name: broadcasters' footers with a button run into the line
        ("Copyrights ⓒ TV조선. 무단전재 및 재배포 금지 제보하기", "TV조선"),
        ("Copyright ⓒ MBN. All rights reserved.", "MBN"),
    ],
)
def test_notice_names_its_outlet(line, outlet):
    assert is_notice(line)
    assert notice_outlet(line) == outlet


def test_long_paragraph_about_reprints_is_not_a_notice():
    para = "무단전재 " + "출판사들은 온라인에 기사를 무단 전재하는 행위가 늘고 있다며 대책을 요구했다. " * 4
    assert not is_notice(para)


def test_outlet_names_by_shape_and_list():
    for name in (
        "충청일보",
        "경기뉴스탑",
        "울산MBC",
        "한겨레21",
        "연합뉴스",
        "YTN",
        "컴퓨터월드",
        "OSEN",
        "KNN",
        "스포츠서울",
    ):
        assert is_outlet_name(name), name
    for word in ("관련뉴스", "주요뉴스", "정부", "홍길동"):
        assert not is_outlet_name(word), word


def test_english_broadcaster_names():
    assert outlet_from_english("© Ulsan Munhwa Broadcasting Corp.") == "울산MBC"
    assert outlet_from_english("Seoul Broadcasting System") == "SBS"
    assert outlet_from_english("The Daily Example") is None


def test_a_dot_inside_a_name_does_not_end_it():
    # "hankyung.com" is no outlet name by itself; the dot must not cut it to "hankyung"
    assert notice_outlet("ⓒ hankyung.com 무단전재 및 재배포 금지") is None
    assert notice_outlet("저작권자 © 무단전재 및 재배포 금지") is None  # names no one
    assert notice_outlet("Copyright (c) 매경AX. All rights reserved.") is None  # a company, not "매경"
    assert notice_outlet("Copyright ⓒ 매일경제 & mk.co.kr") == "매일경제"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        # the rights holder after "Copyright ⓒ", however its name is shaped
        ("Copyright ⓒ 인사이트, Ltd. All Rights Reserved.", "인사이트"),
        ("ⓒ 스포츠조선, 무단전재 및 재배포 금지", "스포츠조선"),
        ("이 기사의 저작권은 경북일보에 있습니다", "경북일보"),  # said in a sentence
        ("본 기사의 저작권은 대구신문에 있으며 무단 전재를 금합니다", "대구신문"),
        # the brand readers know, not the company beside it
        ("Copyright © MBN 매일방송 All rights reserved.", "MBN"),
    ],
)
def test_notice_names_its_rights_holder(line, outlet):
    assert is_notice(line)
    assert notice_outlet(line) == outlet


@pytest.mark.parametrize("line", ["ⓒ게티이미지뱅크", "Copyright ⓒ 게티이미지뱅크", "사진 ⓒ 홍길동"])
def test_photo_credits_name_no_outlet(line):
    assert notice_outlet(line) is None


@pytest.mark.parametrize(
    ("name", "outlet"),
    [
        ("매일경제신문", "매일경제"),  # the paper's formal name
        ("SBS연예뉴스", "SBS"),  # a broadcaster's desk
        ("MBN스타", "MBN"),
        ("KBS 뉴스", "KBS"),
        ("엠빅뉴스", "MBC"),  # a sister brand
        # already what readers call them: untouched
        ("경향신문", "경향신문"),
        ("연합뉴스", "연합뉴스"),
        ("BBS NEWS", "BBS NEWS"),
        ("광주MBC", "광주MBC"),
        ("충청일보", "충청일보"),
        ("경기뉴스탑", "경기뉴스탑"),
    ],
)
def test_canonical_outlet(name, outlet):
    assert canonical_outlet(name) == outlet
