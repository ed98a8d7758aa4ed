"""▲ lists: runs inside one paragraph and runs of marked paragraphs."""

from sinmun.semantics.lists import find_lists


def test_inline_run_split_into_items_without_marker_or_tail():
    para = "두 기관은 ▲인력 교류 ▲공동 연구 ▲장비 공동 활용 등에 합의했다."
    assert find_lists((para,)) == (("인력 교류", "공동 연구", "장비 공동 활용"),)


def test_inline_run_ending_with_a_sentence_and_no_etc():
    para = "협약 내용은 △정보 공유 △합동 훈련 실시. 이어 기념촬영을 했다."
    assert find_lists((para,)) == (("정보 공유", "합동 훈련 실시"),)


def test_separate_lines_with_the_same_marker_form_one_list():
    paras = ("주요 내용은 다음과 같다.", "■ 첫째 항목", "■ 둘째 항목", "그 밖의 문단이다.")
    assert find_lists(paras) == (("첫째 항목", "둘째 항목"),)


def test_circled_numbers_are_one_family():
    assert find_lists(("① 가 항목", "② 나 항목", "③ 다 항목")) == (("가 항목", "나 항목", "다 항목"),)


def test_dash_lines():
    assert find_lists(("- 하나", "- 둘")) == (("하나", "둘"),)


def test_one_marked_paragraph_is_a_subhead_not_a_list():
    assert (
        find_lists(("◇ 전세사기 대책", "정부는 대책을 내놨다.", "◇ 금리 동결", "한국은행은 동결했다.")) == ()
    )


def test_market_arrows_are_not_items():
    assert find_lists(("코스피 ▲1.2% ▲0.5% 상승",)) == ()


def test_two_runs_in_one_body():
    paras = ("▲가 ▲나 등이다.", "본문.", "● 다", "● 라")
    assert find_lists(paras) == (("가", "나"), ("다", "라"))
