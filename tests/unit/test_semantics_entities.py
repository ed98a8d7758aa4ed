"""People, organisations and regions from small inline bodies."""

from sinmun.semantics import analyse
from sinmun.semantics.orgs import is_org_word
from sinmun.semantics.people import split_name


def ents(*paras, published="2024-05-10", reporters=()):
    return analyse(paras, published, reporters).entities


def test_name_then_title_with_affiliations():
    people = ents("서상우 한빛증권 연구원은 분석했다. 홍길동 더불어민주당 의원도 참석했다.").people
    assert [(p.name, p.title) for p in people] == [
        ("서상우", "한빛증권 연구원"),
        ("홍길동", "더불어민주당 의원"),
    ]


def test_people_are_deduplicated_with_every_mention():
    paras = ("강기정 광주시장과 김동연 경기지사는 만났다.", "강 시장은 웃었다. 강기정 시장은 말했다.")
    body = "\n".join(paras)
    (kang,) = [p for p in ents(*paras).people if p.name == "강기정"]
    assert kang.title == "광주시장"
    assert [body[s:e] for s, e in kang.mentions] == ["강기정 광주시장", "강 시장", "강기정 시장"]


def test_role_before_name_and_private_people_with_ssi():
    people = {
        p.name: p.title for p in ents("명창 안숙희와 정미숙(58)씨가 나왔다. 주민 김모(54)씨도 왔다.").people
    }
    assert people == {"안숙희": "명창", "정미숙": None}


def test_reporters_are_not_people_of_the_story():
    people = ents("소방 관계자는 본지 강도현 기자와 통화했다.", reporters=("강도현",)).people
    assert people == ()


def test_name_shaped_words_are_not_names():
    for word in ("이번", "정부는", "이들은", "공무원", "제기한", "서울시", "정의당", "지난달", "도널드"):
        assert split_name(word) is None or split_name(word)[0] != word.rstrip("는은"), word
    assert split_name("한도윤이었다") == ("한도윤", "이었다")


def test_org_patterns():
    for org in (
        "보건복지부",
        "질병관리청",
        "한국도로공사",
        "전북문화관광재단",
        "대한의사협회",
        "한국은행",
        "더불어민주당",
        "교육위",
    ):
        assert is_org_word(org), org
    for word in ("요청", "재가설공사", "중남부", "수원시청", "의정부", "신혼부부", "요양병원", "공사"):
        assert not is_org_word(word), word


def test_orgs_join_parent_and_region_and_companies():
    orgs = ents(
        "전국교직원노동조합 경기지부는 반발했다. 부산 강서경찰서가 수사한다.",
        "방산업체 ㈜한결정밀이 계약했다. 한국과학기술연구원(KIST)은 밝혔다.",
    ).orgs
    assert orgs == (
        "전국교직원노동조합 경기지부",
        "부산 강서경찰서",
        "한결정밀",
        "한국과학기술연구원",
        "KIST",
    )


def test_regions_normalised_to_the_unit_of_the_publication_date():
    e = ents("광주광역시와 경기도가 손잡았다. 광주시는 밝혔다.", published="2023-05-12")
    assert e.regions == ("광주광역시", "경기도")
    gwangju = e.region_details[0]
    assert (gwangju.code, gwangju.now) == ("29", "전남광주통합특별시")
    assert len(gwangju.mentions) == 2


def test_ambiguous_region_is_said_not_guessed():
    (r,) = ents("광주시는 예산을 늘렸다.", published="2023-05-12").region_details
    assert r.ambiguous
    assert r.code is None
    assert set(r.candidates) == {"29", "41610"}


def test_parent_in_front_decides_and_homographs_need_support():
    e = ents("경기 광주시와 부산 강서구가 협약했다. 중국 경기 둔화로 예산이 줄었다.", published="2024-05-10")
    assert e.regions == ("경기도", "경기도 광주시", "부산광역시", "부산광역시 강서구")


def test_renamed_province_follows_the_date():
    assert ents("전북도는 밝혔다.", published="2023-03-01").regions == ("전라북도",)
    assert ents("전북도는 밝혔다.", published="2024-03-01").regions == ("전북특별자치도",)
