"""Fields read from labelled lines: dates, reporters, press, title clean-up."""

import pytest

import sinmun
from sinmun.fields import clean_title, strip_outlet_prefix


def test_dates_published_modified_and_page_header_kept_apart():
    page = "2024.06.03 (월)\n제목이 여기 있습니다\n입력 2023.05.12 10:30 수정 2023.05.13 09:00\n본문이 여기 있고 충분히 길게 씁니다. 문장을 마칩니다."
    art = sinmun.extract(page)
    assert art.dates.page == "2024-06-03"
    assert art.dates.published == "2023-05-12T10:30"
    assert art.dates.modified == "2023-05-13T09:00"
    assert art.to_dict()["published"] == "2023-05-12T10:30"


def test_page_header_is_never_the_publication_date():
    page = "2024.06.03 (월)\n제목이 여기 있습니다\n본문이 여기 있고 충분히 길게 씁니다. 문장을 마칩니다."
    art = sinmun.extract(page)
    assert art.dates.page == "2024-06-03"
    assert art.dates.published is None


def test_wire_header_gives_reporter_and_press():
    art = sinmun.extract(
        "(서울=연합뉴스) 홍길동 기자 = 정부는 15일 새 정책을 발표했다고 밝혔다. 자세한 내용은 추후 공개된다."
    )
    assert art.press == "연합뉴스"
    assert [(r.name, r.role) for r in art.reporters] == [("홍길동", "기자")]


def test_copyright_notice_gives_press():
    art = sinmun.extract(
        "시는 다음 달부터 하천 순찰을 시작하기로 했다고 밝혔다.\n저작권자 © 충청일보 무단전재 및 재배포 금지"
    )
    assert art.press == "충청일보"


def test_outlet_names_in_a_bulleted_menu_do_not_override_the_notice():
    body = "시는 다음 달부터 하천 순찰을 시작하기로 했다고 밝혔다. 순찰은 매주 두 차례 이뤄진다."
    menu = "• 뉴스\n• SBS연예뉴스\n• 스포츠\n"
    art = sinmun.extract(
        menu + "하천 순찰 시작\n" + body + "\nⓒ SBS & SBS Digital News Lab all rights reserved."
    )
    assert art.press == "SBS"
    # with nothing else naming an outlet, the menu item is still the best evidence (its
    # broadcaster: "SBS연예뉴스" is SBS's entertainment desk)
    assert sinmun.extract(menu + "하천 순찰 시작\n" + body).press == "SBS"


def test_title_site_suffix_is_dropped():
    assert (
        clean_title("[날씨] 오늘도 큰 일교차…제주 오후부터 ‘가을 비’ / KBS뉴스(News)")
        == "[날씨] 오늘도 큰 일교차…제주 오후부터 ‘가을 비’"
    )
    assert clean_title("울산시 인구정책 시행계획 | 뉴스로") == "울산시 인구정책 시행계획"
    assert clean_title("부산 - 울산 광역철도 개통") == "부산 - 울산 광역철도 개통"


def test_seed_publication_is_inferred_from_photo_file_and_day(seed_text):
    art = sinmun.extract(seed_text)
    assert art.dates.published == "2023-05-12"
    assert art.dates.page == "2024-06-03"
    assert any(w.startswith("published-inferred") for w in art.warnings)


def test_date_keyword_on_its_own_line_names_the_next_date():
    page = "제목이 여기 있습니다 정말로\n입력\n2025.05.15 20:00\n수정\n2025.05.15 20:57\n본문이 여기 있고 충분히 길게 씁니다. 문장을 마칩니다."
    art = sinmun.extract(page)
    assert art.dates.published == "2025-05-15T20:00"
    assert art.dates.modified == "2025-05-15T20:57"


def test_outlet_glued_before_a_repeated_headline_is_dropped():
    head = "'영원한 25살' 아스트로 문빈 사망…\"사실 많이 힘들었다\""
    body = "그룹 아스트로의 문빈이 어제 25살의 나이로 세상을 떠났습니다. 장례는 비공개로 치러질 예정입니다."
    art = sinmun.extract(f"{head}\n\n연합뉴스TV {head}\n입력 2023-04-20 13:24\n\n{head}\n\n{body}\n")
    assert art.title == head


def test_headline_opening_with_an_outlet_keeps_it():
    # "MBC 노조 …" is news about MBC: the page does not print the rest alone, so the name stays
    body = "노조는 오늘 오전 총회를 열어 파업 여부를 정하기로 했다고 밝혔다. 결과는 저녁에 나온다."
    art = sinmun.extract(f"MBC 노조, 내일 총파업 돌입 여부 결정\n입력 2023-04-20 13:24\n\n{body}\n")
    assert art.title == "MBC 노조, 내일 총파업 돌입 여부 결정"


def test_strip_outlet_prefix_needs_the_bare_headline_elsewhere():
    head = "전세사기 피해자에게 특례채무조정·보금자리론 지원"
    assert strip_outlet_prefix(f"연합뉴스TV {head}", {head, "문화·연예"}) == head
    assert strip_outlet_prefix(f"연합뉴스TV {head}", {"문화·연예"}) == f"연합뉴스TV {head}"
    assert strip_outlet_prefix(f"정부 {head}", {head}) == f"정부 {head}"  # not an outlet


def test_reporter_from_a_broadcast_credits_line():
    body = "지난 5일 저녁 50대 남성이 술집에서 흉기 난동을 부리다 경찰에 붙잡혔습니다. 경찰이 경위를 조사하고 있습니다."
    art = sinmun.extract(
        f"술집 흉기 난동 50대 체포\n작성 2023.04.20 13:55\n\n{body}\n\n( 취재 : 한지연 / 영상편집 : 변지영 )\n"
    )
    assert [r.name for r in art.reporters] == ["한지연"]
    assert art.lines[-1].rule == "crew-credit"


def test_a_byline_outranks_the_credits_line():
    body = "지난 5일 저녁 50대 남성이 술집에서 흉기 난동을 부리다 경찰에 붙잡혔습니다. 경찰이 경위를 조사하고 있습니다."
    page = (
        f"술집 흉기 난동 50대 체포\n김도균 기자 kim@sbs.co.kr\n\n{body}\n\n( 취재 : 박재현, 구성 : 김도균 )\n"
    )
    assert [r.name for r in sinmun.extract(page).reporters] == ["김도균"]


def test_the_outlet_asking_for_tips_is_the_press():
    body = "그룹 아스트로의 문빈이 어제 25살의 나이로 세상을 떠났습니다. 장례는 비공개로 치러질 예정입니다."
    art = sinmun.extract(
        f"문빈 사망…팬들 충격\n입력 2023-04-20 13:24\n\n{body}\n\n연합뉴스TV 기사문의 및 제보 : 카톡/라인 jebo23\n"
    )
    assert art.press == "연합뉴스TV"


def test_the_outlet_credited_for_its_own_photo_is_the_last_resort_press():
    body = "상일여고는 지난해부터 융합영재반을 운영하며 과학 수업을 바꿔 왔다. 학생들의 만족도도 높다고 학교는 밝혔다."
    art = sinmun.extract(
        f"학교 변화의 열쇠, 교장이 쥐고 있다\n\n▲ 상일융합영재반 과학 수업 [사진=에듀진]\n\n{body}\n"
    )
    assert art.press == "에듀진"
    wire = sinmun.extract(
        f"학교 변화의 열쇠, 교장이 쥐고 있다\n\n▲ 과학 수업 모습 [사진=연합뉴스]\n\n{body}\n"
    )
    assert wire.press is None  # a wire's photo says nothing about who publishes the page


@pytest.mark.parametrize(
    "meta",
    [
        "홍길동 기자 | 입력 2024.03.15 10:21 | 수정 2024.03.15 11:02",
        "입력 2024.03.15 10:21 홍길동 기자",
        "등록 2024.03.15 10:21 | 홍길동 기자 hong@x.co.kr",
        "홍길동 기자  승인 2024.03.15 10:21  댓글 0",
    ],
)
def test_a_byline_box_on_one_line_with_its_times(meta):
    body = "충북 청주시가 드론으로 하천을 순찰하는 순찰대를 운영한다고 15일 밝혔다. 시는 다음 달부터 드론 4대를 띄운다."
    art = sinmun.extract(f"청주시, 전국 첫 드론 순찰대 띄운다\n{meta}\n{body}")
    assert art.dates.published == "2024-03-15T10:21"
    assert [r.name for r in art.reporters] == ["홍길동"]


def test_title_section_prefix_is_dropped():
    assert clean_title("사회 | 청주시, 전국 첫 드론 순찰대 띄운다") == "청주시, 전국 첫 드론 순찰대 띄운다"
    # a kicker that is no section name stays
    assert (
        clean_title("이슈: 청주시, 전국 첫 드론 순찰대 띄운다") == "이슈: 청주시, 전국 첫 드론 순찰대 띄운다"
    )
