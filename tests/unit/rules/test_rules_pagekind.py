from sinmun.rules.furniture import key
from sinmun.rules.pagekind import is_list_footer, page_kind


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
    ):
        assert is_list_footer(key(line)), line
    for line in ("입력 2023-08-27 14:25", "2021-03-23 25면", "시는 2024년 3월 15일 드론을 띄웠다."):
        assert not is_list_footer(key(line)), line
