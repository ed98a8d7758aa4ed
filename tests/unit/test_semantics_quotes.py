"""Double-quoted spans: where they are and whether they are speech."""

from sinmun.semantics.quotes import masked, spans_of


def texts(para):
    return [(para[s.start : s.end], s.speech) for s in spans_of(para)]


def test_two_quotes_joined_by_myeo():
    para = "김 지사는 “함께 하겠다”며 “최선을 다하겠다”고 말했다."
    assert texts(para) == [("함께 하겠다", True), ("최선을 다하겠다", True)]


def test_single_quotes_are_never_speech_and_stay_inside():
    para = "그는 “주민들이 ‘이제야 살 만하다’고 할 때 보람을 느낀다”고 말했다. 시는 ‘희망 도시’를 내걸었다."
    assert texts(para) == [("주민들이 ‘이제야 살 만하다’고 할 때 보람을 느낀다", True)]


def test_straight_pair_nested_in_curly_quote():
    para = '이씨는 “주변에서 "또 파업이냐"는 말이 나온다”고 했다.'
    assert texts(para) == [('주변에서 "또 파업이냐"는 말이 나온다', True)]


def test_mixed_marks_close_a_quote():
    para = '관계자는 “도로가 미끄럽겠다"고 말했다.'
    assert texts(para) == [("도로가 미끄럽겠다", True)]


def test_term_in_double_quotes_is_not_speech():
    assert texts("이른바 “검수완박” 법안을 처리했다.") == [("검수완박", False)]
    assert texts("“소리, 길을 잇다”를 주제로 열린다.") == [("소리, 길을 잇다", False)]
    assert texts("“공정”이라는 구호") == [("공정", False)]


def test_noun_final_phrase_with_copula_quotative_is_speech():
    assert texts("그는 “교권 회복을 위한 첫걸음”이라고 평가했다.") == [("교권 회복을 위한 첫걸음", True)]


def test_standalone_paragraph_and_unclosed_quote():
    assert texts("“전담 인력을 따로 두는 이유입니다.”") == [("전담 인력을 따로 두는 이유입니다.", True)]
    assert texts("“끝나지 않은 인용") == [("끝나지 않은 인용", True)]


def test_mask_hides_quotes_keeping_offsets():
    para = "그는 “a. b”고 말했다."
    m = masked(para, spans_of(para))
    assert len(m) == len(para)
    assert "." not in m[: m.index("고")]
