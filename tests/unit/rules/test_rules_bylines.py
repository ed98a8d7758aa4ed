import json
import re

import pytest

from conftest import shared_path
from sinmun.rules.bylines import (
    byline_line,
    credited_reporters,
    is_crew_credit,
    is_person_name,
    name_then_credit,
    wire_header,
)
from sinmun.rules.signoffs import broadcast_reporter, trailing_byline


def names(bl):
    return [r.name for r in bl.reporters] if bl else None


@pytest.mark.parametrize(
    ("line", "people", "email", "press"),
    [
        ("염유섭 기자", ["염유섭"], None, None),
        ("임주언 기자 eon@kmib.co.kr", ["임주언"], "eon@kmib.co.kr", None),
        ("호남취재본부 송보현기자", ["송보현"], None, None),
        ("글 박희석  월간조선 기자 thegood@chosun.com", ["박희석"], "thegood@chosun.com", "월간조선"),
        ("YTN 고재형 (jhko@ytn.co.kr)", ["고재형"], "jhko@ytn.co.kr", "YTN"),
        ("2010-07-16 김경환 기자 nwk@fi.co.kr", ["김경환"], "nwk@fi.co.kr", None),
        ("[93호] 2018년 01월 01일 (월) 신기섭 marishin@hani.co.kr", ["신기섭"], "marishin@hani.co.kr", None),
        ("도쿄/홍길동 특파원", ["홍길동"], None, None),
        ("예산=강명구 기자 kmg119sm@cctoday.co.kr", ["강명구"], "kmg119sm@cctoday.co.kr", None),
        ("홍길동·김철수 기자", ["홍길동", "김철수"], None, None),
        ("[신찬옥 기자 / 이영욱 기자]", ["신찬옥", "이영욱"], None, None),
        ("김능현기자 nhkimchn", ["김능현"], "nhkimchn", None),
        ("신기섭 편집장", ["신기섭"], None, None),
        ("오병상 Chief editor", ["오병상"], None, None),
        ("순천, 광양 구현모 기자 ninek@hankookilbo.com", ["구현모"], "ninek@hankookilbo.com", None),
        ("기자이미지 임소정", ["임소정"], None, None),  # the reporter photo's alt text
        ("홍길동 의학전문기자 hong@x.com", ["홍길동"], "hong@x.com", None),  # the beat before the role
        ("by 홍길동 기자", ["홍길동"], None, None),
        ("홍길동 기자 ▶ hong@x.com", ["홍길동"], "hong@x.com", None),
        ("기자 사진 홍길동 기자", ["홍길동"], None, None),
    ],
)
def test_byline_lines(line, people, email, press):
    bl = byline_line(line)
    assert names(bl) == people
    assert bl.reporters[0].email == email
    assert bl.press == press


@pytest.mark.parametrize(
    "line",
    [
        "경찰은 기자에게 사건 경위를 설명했다",
        "취재 기자",
        "중앙일보",
        "상점이 운영중이다. 기자들이 몰렸다",
        "홍길동",  # a bare name is decided by its position on the page, not here
        "오늘 현장 홍길동 기자",  # two words before the name: not a dateline
        "기자이미지 정부는 오늘",
    ],
)
def test_not_bylines(line):
    assert byline_line(line) is None


@pytest.mark.parametrize(
    ("line", "press", "people", "rest"),
    [
        ("(서울=연합뉴스) 홍길동 기자 = 정부는", "연합뉴스", ["홍길동"], "정부는"),
        (
            "(세종=연합뉴스) 이세원 이대희 민경락 기자 = 작년",
            "연합뉴스",
            ["이세원", "이대희", "민경락"],
            "작년",
        ),
        ("[서울=뉴시스] 홍길동 기자 = 정부는", "뉴시스", ["홍길동"], "정부는"),
        ("(안성=뉴스1) 홍길동 기자 = 경기", "뉴스1", ["홍길동"], "경기"),
        ("[아시아경제 문소정 기자] 오세훈 시장이", "아시아경제", ["문소정"], "오세훈 시장이"),
        ("[경기뉴스탑(수원)=장동근 기자]20일 오전", "경기뉴스탑", ["장동근"], "20일 오전"),
        ("(서울일보/배태식 기자) 경기도", "서울일보", ["배태식"], "경기도"),
        ("[금요저널] 더불어민주당", "금요저널", [], "더불어민주당"),
        ("[OSEN=선미경 기자] 가수 아이유가", "OSEN", ["선미경"], "가수 아이유가"),
        ("[ABCD=선미경 기자] 가수 아이유가", None, ["선미경"], "가수 아이유가"),  # unknown outlet
        ("[마이데일리 = 김소희 기자] 배우", "마이데일리", ["김소희"], "배우"),
        ("[서울=홍길동 기자] 정부는", None, ["홍길동"], "정부는"),  # a place, not a name
    ],
)
def test_wire_headers(line, press, people, rest):
    w = wire_header(line)
    assert w.press == press
    assert [r.name for r in w.reporters] == people
    assert line[w.end :] == rest


def test_bracketed_title_is_not_a_wire_header():
    assert wire_header("[앵글속 세상] 예리한 앵글로 포착한 결정적 순간") is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ('확신한다"고 밝혔다. 강희만기자', "강희만"),
        ("자르고 있다. /김홍민 기자", "김홍민"),
        ("계획”이라고 말했다.보령 이종익 기자", "이종익"),
        ("참석하고 있다. (경기 수원=정상윤 기자)", "정상윤"),
        ("최선을 다 하겠다”고 말했다. 김제=최대우 기자", "최대우"),
        ("못을 박은 적은 없습니다.YTN 김수진[suekim", "김수진"),
        ("띄우기로 했다.<홍길동 기자>", "홍길동"),
        ("띄우기로 했다. 〈홍길동 기자〉", "홍길동"),
    ],
)
def test_closing_bylines(line, name):
    assert trailing_byline(line).name == name


def test_name_inside_a_sentence_is_not_a_closing_byline():
    assert trailing_byline("뉴스1 민경석 기자의 사진입니다.") is None


@pytest.mark.parametrize(
    ("line", "name", "press"),
    [
        ("KBS 뉴스 문예슬입니다.", "문예슬", "KBS"),
        ("제주에서 YTN 고재형입니다.", "고재형", "YTN"),
        ("분석했습니다.YTN 김상익입니다.", "김상익", "YTN"),
        ("이 밖에 사건사고 소식, 문예슬 기잡니다.", "문예슬", None),
        ("젊은 기자들의 숨가쁜 취재 현장에 서영민 기자가 함께 했습니다.", "서영민", None),
    ],
)
def test_broadcast_signoffs(line, name, press):
    rep, outlet = broadcast_reporter(line)
    assert (rep.name, outlet) == (name, press)


@pytest.mark.parametrize(
    ("line", "name", "email", "press"),
    [
        ("MBN뉴스 안진우입니다. [tgar1@mbn.co.kr]", "안진우", "tgar1@mbn.co.kr", "MBN"),
        ("YTN 김상익입니다 <ksi@ytn.co.kr>", "김상익", "ksi@ytn.co.kr", "YTN"),
        ("지금까지 김경수 기자입니다. (kim@ytn.co.kr)", "김경수", "kim@ytn.co.kr", None),
        ("MBN뉴스 안진우입니다.tgar1@mbn.co.kr", "안진우", "tgar1@mbn.co.kr", "MBN"),
    ],
)
def test_signoff_followed_by_the_reporters_email(line, name, email, press):
    rep, outlet = broadcast_reporter(line)
    assert (rep.name, rep.email, outlet) == (name, email, press)


def test_an_email_alone_is_no_signoff():
    assert broadcast_reporter("제보 kim@ytn.co.kr") is None
    assert broadcast_reporter("제보는 카카오톡 [okjebo@ytn.co.kr]") is None


@pytest.mark.parametrize("line", ["기자 정보", "연합 기자", "구독하기 기자", "연락처 기자", "온라인 기자"])
def test_byline_box_labels_are_not_bylines(line):
    assert byline_line(line) is None


def test_story_about_another_report_is_not_a_handover():
    assert broadcast_reporter("의혹에 대해 최우석 기자가 보도했습니다.") is None


def test_crew_credits_and_names():
    assert is_crew_credit("촬영기자 : 윤지원")
    assert is_crew_credit("영상편집: 정유진")
    assert not is_crew_credit("촬영기자는 진실을 기록하는 사람입니다.")
    assert is_person_name("남궁민수")
    assert is_person_name("홍길동")
    assert not is_person_name("사진")
    assert not is_person_name("기자")
    assert not is_person_name("Kim")


def test_peer_byline_cases_agree_on_person_names():
    """ntrust-worker's byline expectations (a second opinion): the person names must match;
    cases whose expected "name" is a desk or team, not a person, are skipped."""
    text = shared_path("peers", "ntrust-worker", "test_cases.jsonl").read_text(encoding="utf-8")
    rows = [json.loads(x) for x in text.split("\n") if x.strip()]
    cases = [r for r in rows if r["function"].endswith("get_bylines")]
    agree = total = 0
    for r in cases:
        text = r["args"][0]
        expected = [
            n
            for e in r["expected"]
            for n in re.sub(r"\s*(?:수습기자|기자)$", "", e.get("name", "")).split("·")
            if n
        ]
        if not expected or not all(is_person_name(n) for n in expected):
            continue
        bl = byline_line(text)
        got = names(bl) or [x.name for x in filter(None, [trailing_byline(text)])]
        if not got:
            got = [b[0].name for b in filter(None, [broadcast_reporter(text)])]
        total += 1
        agree += got == expected
    assert total >= 30
    assert agree == total


@pytest.mark.parametrize(
    "line",
    ["특파원 보고 세계는 지금", "기자 정보", "▷ 이메일 mbcjebo@mbc.co.kr"],
)
def test_menu_items_with_role_words_are_not_bylines(line):
    assert byline_line(line) is None


def test_byline_box_with_buttons():
    assert names(byline_line("한지연 기자 한지연 기자 Seoul 이메일 보내기")) == ["한지연"]
    # the link to the reporter's other stories names the reporter
    assert names(byline_line("홍길동 기자의 다른 기사 보기")) == ["홍길동"]
    assert names(byline_line("홍길동 기자 hong@x.co.kr 다른기사 보기")) == ["홍길동"]
    assert byline_line("다른 기사 보기") is None
    bl = byline_line("[이남경 MBN스타 기자]")
    assert names(bl) == ["이남경"]
    assert bl.press == "MBN스타"


@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("( 취재 : 한지연 / 영상편집 : 변지영/ 화면제공 : 부산경찰청 / 제작 : D뉴스플랫폼부 )", ["한지연"]),
        ("( 취재 : 박재현, 구성 : 김도균, 편집 : 정용희, 제작 : D콘텐츠기획부 )", ["박재현"]),
        ("[영상취재: 김철수 / 영상편집: 이영희]", []),  # the crew is not the story's reporter
        ("영상취재 : 안동균 기자", []),
        ("취재: 홍길동 기자", ["홍길동"]),
    ],
)
def test_credits_lines(line, people):
    assert is_crew_credit(line)
    assert [r.name for r in credited_reporters(line)] == people


@pytest.mark.parametrize(
    "line",
    [
        "시는 이날: 발표했다 / 정부는",
        "(서울=연합뉴스) 홍길동 기자",
        "취재 : " + "가" * 130,
        "일정: 오전 10시 / 장소: 시청",
    ],
)
def test_not_credits_lines(line):
    assert not is_crew_credit(line)


@pytest.mark.parametrize(
    ("line", "names", "outlet"),
    [
        # a bracketed outlet the lists do not know, then a wire-style byline and "="
        ("[인사이트] 김철수 기자 = 고교생 제자 두 명과", ["김철수"], "인사이트"),
        ("[인사이트] 디지털뉴스팀 = 고교생 제자 두 명과", [], "인사이트"),  # a desk, no person
    ],
)
def test_bracketed_outlet_then_byline(line, names, outlet):
    found = wire_header(line)
    assert found is not None
    assert [r.name for r in found.reporters] == names
    assert found.press == outlet
    assert line[found.end :].startswith("고교생")


@pytest.mark.parametrize(
    "line",
    [
        "[속보] 김철수 기자 = 고교생",  # a headline tag
        "[부산] 김철수 기자 = 고교생",  # a town
        "[인사이트] 오늘은 맑다 = 좋다",  # no byline after the bracket
    ],
)
def test_bracket_without_an_outlet_byline(line):
    found = wire_header(line)
    assert found is None or found.press is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("백아영 / 화면캡처 MBC", "백아영"),
        ("박노준 / 사진출처 비비 인스타그램", "박노준"),
        ("  백승훈 / 사진제공 쿠팡플레이", "백승훈"),
        ("서울시 / 사진제공 쿠팡플레이", None),  # no person's name
        ("정치부 / 사진제공 홍길동", None),  # a desk
        ("백아영 / 정치부 차장", None),  # no photo credit
    ],
)
def test_name_then_photo_credit(line, name):
    found = name_then_credit(line)
    assert (found.name if found else None) == name


@pytest.mark.parametrize("line", ["기자명 홍길동 기자", "작성자 : 홍길동 기자"])
def test_a_label_before_the_name_is_no_name(line):
    assert names(byline_line(line)) == ["홍길동"]


@pytest.mark.parametrize(
    ("line", "names_", "outlet"),
    [
        # an outlet the lists do not know opens the bracket: its people count
        ("[스포츠조선 홍길동 기자] 본문이 시작된다", ["홍길동"], None),
        ("[아이뉴스24 홍길동 기자] 본문", ["홍길동"], None),
        ("[더팩트ㅣ홍길동 기자] 본문", ["홍길동"], None),  # "ㅣ" printed as a pipe
        # the outlet, then the dateline's place, before "="
        ("【파이낸셜뉴스 서울=홍길동 기자】 본문", ["홍길동"], "파이낸셜뉴스"),
        # a foreign agency's story through a wire
        ("[베이징=AP/뉴시스] 본문", [], "뉴시스"),
    ],
)
def test_bracketed_openings(line, names_, outlet):
    found = wire_header(line)
    assert found is not None
    assert [r.name for r in found.reporters] == names_
    assert found.press == outlet


def test_a_town_shaped_like_a_name_before_the_name():
    assert names(byline_line("부산 홍길동 기자")) == ["홍길동"]
    assert names(byline_line("이세원 이대희 기자")) == ["이세원", "이대희"]


def test_a_byline_with_a_keyed_time_after_it():
    assert names(byline_line("홍길동 기자 hong@x.co.kr 입력 : 2024.03.15 10:21")) == ["홍길동"]
    # a broadcast script's "▶ 스탠딩 : NAME / 기자" super stays in the script (no time removed)
    assert byline_line("▶ 스탠딩 : 장가희 / 기자") is None


@pytest.mark.parametrize(
    ("role", "name"), [("선임기자", "홍길동"), ("사진기자", "홍길동"), ("인턴기자", "홍길동")]
)
def test_a_wire_header_with_a_compound_role(role, name):
    found = wire_header(f"(서울=연합뉴스) {name} {role} = 본문")
    assert [(r.name, r.role) for r in found.reporters] == [(name, role)]


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("(서울=뉴스와이어) 2024년 03월 15일 -- 본문", "뉴스와이어"),  # an outlet the lists do not know
        ("(서울=홍길동) 본문", None),  # a person
        ("(사진=청주시청) 본문", None),  # a photo's source
        ("(자료=통계청) 본문", None),
    ],
)
def test_place_equals_outlet_openings(line, outlet):
    found = wire_header(line)
    assert (found.press if found else None) == outlet
