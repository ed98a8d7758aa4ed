import pytest

from sinmun.rules.text import (
    ends_connective,
    ends_sentence,
    ends_with_ellipsis_cut,
    is_headline_like,
    is_prose,
    is_truncated,
    strip_bullet,
)


@pytest.mark.parametrize(
    "line",
    [
        "강기정 광주시장과 김동연 경기지사는 12일 오후 광주시청에서 업무협약을 체결했다.",
        "군산시가 빈집을 고쳐 청년들에게 싸게 빌려주는 사업을 시작한 지 1년이 됐습니다.",
        "결과는 여러분들이 알고 있듯 대전의 완벽한 승리로 마무리 됐습니다! 대전 스포츠는 중도일보",
        "중도일보(사장 유영돈)는 23일 대한노인회 대전시연합회와 5개구지회 소속 노인신문 명예기자 20명을 선발하고 위촉식과 간담회를 진행했다",
    ],
)
def test_prose_lines(line):
    assert is_prose(line)


@pytest.mark.parametrize(
    "line",
    [
        "광주시‧경기도, 공동번영 이룬다",  # headline ending in 다, no period
        "가. 문순규 의원 나. 박해정 의원 다. 이천수 의원 라. 박선애 의원",  # enumeration, not sentences
        "http://news.naver.com/news/read.php?mode=LSS2D 읽어보니 재밌어서 링크 합니다.. 중복이 아니길",
        "글자 크게",
        "Copyright © Gwangju Munhwa Broadcasting Corporation. All rights reserved.",
    ],
)
def test_not_prose(line):
    assert not is_prose(line)


def test_sentence_end_needs_punctuation_and_not_ellipsis():
    assert ends_sentence("말했다.")
    assert ends_sentence("“힘을 모으겠다”고 말했다.”")
    assert not ends_sentence("공동번영 이룬다")
    assert not ends_sentence("이유로..")


def test_ellipsis_cut_vs_stylistic_ellipsis():
    assert ends_with_ellipsis_cut("도민의 참정...")
    assert ends_with_ellipsis_cut("구독 취소를 ...")
    assert not ends_with_ellipsis_cut("우려와는 상반된 입장이다...")
    assert not ends_with_ellipsis_cut("그냥 문장.")


def test_truncated_paragraph():
    cut = "국민의힘 윤리위원회는 14일 전당대회 합동연설회에서 난동을 일으킨 한국사 강사 출신 보수 유튜버 전한길 씨에 대해 윤리위원들 간 의견이 갈려 가장 낮은 징계"
    assert is_truncated(cut)
    assert not is_truncated(cut + " 수위인 '경고' 조치를 결정했다.")
    assert not is_truncated(cut + " 수위인 '경고' 조치를 결정했다. /seon@osen.co.kr")  # signed off


def test_connective_endings_of_script_lines():
    assert ends_connective("주말인 오늘 광주와 전남지방은")
    assert ends_connective("오후 늦게 한 두 차례 비가 내리겠고,")
    assert ends_connective("정의화 국회의장이 여야 원내대표를 불러")
    assert not ends_connective("내다봤습니다.")


def test_headline_shape():
    assert is_headline_like("청주시, 전국 첫 '하천 드론 순찰대' 띄운다")
    assert is_headline_like("전환점")
    assert not is_headline_like("NewsRoom Exclusive")
    assert not is_headline_like("가" * 200)


def test_strip_bullet():
    assert strip_bullet("  • 입력 2024.03.15 10:21") == "입력 2024.03.15 10:21"
    assert strip_bullet("- 2019-09-03 19:04") == "2019-09-03 19:04"
    assert strip_bullet("제목") == "제목"


def test_quote_closed_without_period_is_finished_but_trailing_ellipsis_is_a_cut():
    quote = '<마우리치오 푸가티 / 트렌토시 시장> "포획하는 동안 곰을 쏘고 싶었습니다. 그랬다면 그의 죽음은 발생하지 않았을 것입니다. 씁쓸함을 느낍니다"'
    assert not is_truncated(quote)
    teaser = "대전·충남 행정 통합 흐름은 세종특별자치시에 어떤 영향을 줄 것인가. 지역 정치권과 공직사회도 이에 촉각을 곤두세우면서 대응안 마련을 준비 중인 상반된 입장이다..."
    assert is_truncated(teaser)
