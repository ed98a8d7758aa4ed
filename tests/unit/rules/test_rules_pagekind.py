import pytest

from sinmun.rules.furniture import key
from sinmun.rules.pagekind import is_list_footer, page_kind, url_kind


def kind(*lines):
    return page_kind([key(x) for x in lines])


def test_page_kinds_from_telltale_lines():
    assert kind("디폴트 (금융)", "Junwoen (토론 | 기여)님의 2023년 9월 6일 판") == "wiki"
    assert kind("검색결과", "  • [분수대] 소통령") == "search"
    assert kind("Prev이전 문서", "Next다음 문서") == "board"
    assert kind("기자별 뉴스보기", "제주관광공사 성산면세점 오늘 개점") == "list"
    assert kind("장바구니", "상품 설명") == "shop"


def test_article_chrome_is_not_a_page_kind():
    # share bars of article pages carry "기사목록" and "검색"
    assert kind("  • 기사목록", "  • 프린트하기", "검색", "광주시‧경기도, 공동번영 이룬다") is None


def test_list_footers():
    for line in (
        "2022-06-10 김정원 기자",
        "조인호 2025년 01월 24일 -",
        "- 2019-09-03 19:04",
        "중앙일보 2022.05.19",
        "12-01 23:26",  # the year left out
    ):
        assert is_list_footer(key(line)), line
    for line in (
        "입력 2023-08-27 14:25",
        "2021-03-23 25면",
        "시는 2024년 3월 15일 드론을 띄웠다.",
        "13-01 23:26",
    ):
        assert not is_list_footer(key(line)), line


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("https://sokury.com/search/?sq=%EA%B3%B5%EB%8F%99", "search"),
        ("https://search.naver.com/search.naver?query=x", "search"),
        ("https://m.example.com/news/search.html?kwd=x", "search"),
        ("https://example.com/tag/%EC%B6%95%EA%B5%AC", "tag"),
        ("https://www.yna.co.kr/view/AKR20230512", None),
        ("https://news.example.com/news/articleView.html?idxno=632489", None),
        ("https://example.com/research/2023/report", None),  # "search" inside a word
        ("https://example.com/article/123?query_id=5", None),
        (None, None),
    ],
)
def test_url_kinds(url, kind):
    assert url_kind(url) == kind


def test_a_search_result_page_is_not_an_article_when_its_address_says_so():
    import sinmun

    snippet = (
        "경주·울산·포항 3개 도시 상생협력의 중심축이 될 해오름동맹광역추진단이 사무실 새단장을 마치고 "
        "23일 공식 출범식을 가졌다. 추진단은 공동 현안을 맡는다."
    )
    assert sinmun.extract(snippet).is_article
    art = sinmun.extract(snippet, url="https://example.com/search/?sq=%ED%95%B4%EC%98%A4%EB%A6%84")
    assert not art.is_article
    assert art.warnings == ("not-article: url-search",)


def test_markers_count_on_furniture_lines_not_in_paragraphs():
    assert page_kind(["위키", "편집 역사"]) == "wiki"
    paragraph = (
        "위키리크스 설립자는 이날 위키 편집 역사를 공개한 뒤 법원에 출석해 자신의 입장을 설명했다고 밝혔다. "
        "그는 취재진의 질문에는 답하지 않았다."
    )
    assert page_kind([paragraph.lower()]) is None


def test_a_board_posts_header_and_a_qna_page():
    assert page_kind([key("작성자 : 익명 | 조회 : 123 | 추천 : 5 | 2024-03-15 10:21")]) == "board"
    # a news page's byline box with a view counter is no board
    assert page_kind([key("작성자 : 홍길동 기자 | 조회 : 123")]) is None
    assert page_kind([key("질문하기"), key("비공개 질문 1 건 질문마감률 50%")]) == "qna"
