"""Speakers of quotes, the way Korean news attributes them (small inline articles)."""

from sinmun.semantics import analyse


def said(*paras, published="2024-05-10"):
    return [(q.speaker, q.text, q.verb) for q in analyse(paras, published, ()).quotes]


def test_topic_before_two_quotes_says_both():
    out = said("박정훈 수원시장은 “함께 가겠다”라며 “나도 하겠다”고 말했다.")
    assert [(s, v) for s, _, v in out] == [("박정훈 수원시장", "말했다"), ("박정훈 수원시장", "말했다")]


def test_surname_and_title_refer_back_to_the_full_name():
    out = said("오세진 용인시장은 이날 협약을 맺었다.", "오 시장은 “협력은 필수”라고 강조했다.")
    assert out == [("오세진 용인시장", "협력은 필수", "강조했다")]


def test_subjectless_sentence_and_quote_only_paragraph_continue_the_speaker():
    out = said(
        "임태섭 경기도교육감은 “부모가 일을 그만두지 않게 하겠다”고 말했다.",
        "“전담 인력을 따로 두는 이유입니다.”",
        "이어 “부족한 점은 보완하겠다”고 덧붙였다.",
    )
    assert [s for s, _, _ in out] == ["임태섭 경기도교육감"] * 3
    assert out[2][2] == "덧붙였다"


def test_speaker_after_the_quote():
    out = said("최도윤 의원은 반박했다.", "“시행령으로 손볼 수 있다”고 최 의원은 말했다.")
    assert out == [("최도윤 의원", "시행령으로 손볼 수 있다", "말했다")]


def test_speaker_in_the_next_sentence_of_the_same_paragraph():
    out = said("“불에 타지 않습니다.” 류지호 박사는 성과를 이렇게 설명했다.")
    assert out == [("류지호 박사", "불에 타지 않습니다.", "설명했다")]


def test_organisation_and_group_speakers():
    assert said("경기도는 “좋은 모델”이라며 지원하겠다는 입장이다.")[0][0] == "경기도"
    assert said("한국은행은 “가계대출이 늘었다”고 설명했다.")[0][0] == "한국은행"
    assert said("한 선사 관계자는 “줄일 수밖에 없다”고 털어놨다.")[0][0] == "선사 관계자"
    assert said("경찰은 “확인하고 있다”고 밝혔다.")[0][0] == "경찰"


def test_a_new_subject_between_quotes_starts_a_new_speaker():
    out = said("A씨는 “사죄드린다”고 말했지만, 재판부는 “노력이 없었다”고 지적했다.")
    assert [(s, v) for s, _, v in out] == [("A씨", "말했지만"), ("재판부", "지적했다")]


def test_anonymised_people_keep_their_written_form_without_age():
    assert said("인근 주민 김모(54)씨는 “폭발인 줄 알았다”고 말했다.")[0][0] == "김모씨"


def test_genitive_and_source_phrases():
    assert said("“매수를 자제해야 한다”는 게 전문가들의 조언이다.")[0][0] == "전문가들"
    assert said("업계에서는 “확산하는 신호”라는 평가가 나온다.")[0][0] == "업계"


def test_hearsay_without_a_source_has_no_speaker():
    assert said("김 지사는 말했다.", "“이번엔 다르다”는 지적이 나온다.")[0][0] is None


def test_pronoun_refers_to_the_last_person():
    out = said(
        "서상우 한빛증권 연구원은 “지수가 올랐다”고 분석했다.", "그는 “상승 폭은 제한될 것”이라고 전망했다."
    )
    assert [s for s, _, _ in out] == ["서상우 한빛증권 연구원"] * 2


def test_a_sentence_about_something_else_stops_the_carry():
    out = said(
        "김영수 청주시 과장은 “대피하라”고 말했다.", "협약은 다음 달 체결된다.", "“이제 끝났다”고 덧붙였다."
    )
    assert out[1][0] is None


def test_broadcast_colon_speaker():
    assert said('이정란 / 청주시 오송읍 : "물이 방 안까지 찼어요."')[0][0] == "이정란"


def test_offsets_point_into_the_body():
    paras = ("첫 문단이다.", "김 지사는 “함께 하겠다”고 말했다.")
    body = "\n".join(paras)
    for q in analyse(paras, None, ()).quotes:
        assert body[q.start : q.end] == q.text


def test_genitive_before_one_of_a_group_names_the_group():
    out = said('경찰의 한 관계자는 "평소 조용한 성격으로 알고 있다"고 밝혔다.')
    assert [s for s, _, _ in out] == ["경찰 관계자"]
    out = said('업계의 한 관계자는 "수요가 줄었다"고 말했다.', '이 관계자는 "회복은 더디다"고 덧붙였다.')
    assert [s for s, _, _ in out] == ["업계 관계자", "업계 관계자"]


def test_a_clause_ending_in_da_is_not_a_bare_name():
    out = said(
        "어린시절엔 항상 배가 고팠다는 게 이 당선인의 기억이다.",
        "조례가 부결되면서 그는 “시장이 돼 직접 만들겠다”고 결심했다.",
    )
    assert [s for s, _, _ in out] == [None]  # "그" has no person to point back to


def test_the_subject_after_according_to_is_the_speaker():
    out = said('러시아 통신의 속보에 따르면 러시아 외무부가 "관계에 부정적 영향을 줄 것"이라고 경고했다.')
    assert [s for s, _, _ in out] == ["러시아 외무부"]
    out = said('한국거래소에 따르면 "거래대금이 늘었다"고 한다.')
    assert [s for s, _, _ in out] == ["한국거래소"]


def test_surname_with_ssi_and_also_marked_speakers():
    out = said('조 씨는 "승차가 곤란하면 발매가 되지 않는다"라고 밝혔습니다.')
    assert [s for s, _, _ in out] == ["조 씨"]
    out = said(
        "우융밍 알리바바 최고경영자(CEO)는 최근 “다양한 해법을 모색하고 있다”고 밝혔다.",
        "시 관계자도 “기반이 될 것”이라고 말했다.",
    )
    assert [s for s, _, _ in out] == ["우융밍 알리바바 최고경영자", "시 관계자"]


def test_an_entertainment_agency_speaks():
    out = said('소속사 동요엔터테인먼트는 팬 카페를 통해 "치료에 전념할 예정"이라고 밝혔다.')
    assert [s for s, _, _ in out] == ["소속사 동요엔터테인먼트"]
