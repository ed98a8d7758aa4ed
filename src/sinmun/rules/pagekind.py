"""Whole-page signs that a page is not a news article: wikis, message boards, search and
list pages, shops, recruiting pages.

Each kind has telltale lines; one strong marker or two weak ones decide. List pages also
show their shape: several teaser snippets cut mid-sentence, or item footers
("2022-06-10 김정원 기자", "조인호 2025년 01월 24일 -") repeated down the page.
"""

from __future__ import annotations

import re

from .bylines import is_person_name
from .dates import find_dates, rest_after_dates

# (kind, strong markers: one is enough, weak markers: two are needed)
_KINDS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "wiki",
        (r"\(토론\s*\|\s*기여\)", r"이동:\s*둘러보기", r"← 이전 판", r"최신판\s*\(차이\)"),
        (r"^==.+==$", r"위키", r"편집\s*역사", r"원본\s*편집"),
    ),
    (
        "board",
        (
            r"^prev\s*이전\s*(?:문서|글)$",
            r"^next\s*다음\s*(?:문서|글)$",
            # a post's header: "작성자 : 익명 | 조회 : 123 | 추천 : 5" (a reporter would be a 기자)
            r"^(?!.*기자)(?:작성자|글쓴이)\s*[:：]?.{0,40}조회",
        ),
        (r"^조회\s*수?\s*\d", r"^(?:글쓰기|답글|목록|수정|삭제)$", r"^크게 작게 위로 아래로"),
    ),
    (
        "search",
        (r"^검색결과$", r"^최근\s*검색어$", r"검색어 저장", r"^검색기록 지우기$", r"건의 검색결과"),
        (),
    ),
    (
        "shop",
        (r"^장바구니$", r"^바로\s*구매$", r"^구매하기$"),
        (r"배송비", r"^상품정보$", r"^주문하기$", r"^리뷰\s*\d"),
    ),
    ("list", (r"^기자별 뉴스보기$", r"기자의 기사$"), ()),
    # question-and-answer services: "질문마감률 50%", "1 개 답변"
    (
        "qna",
        (r"질문\s*마감률", r"^\d+\s*개\s*답변$", r"^답변하기$"),
        (r"^질문하기$", r"^답변$", r"^채택\s*답변"),
    ),
    ("recruit", (r"^직종별 업무소개$",), ()),
    (
        "blog",
        (r"^이웃\s*추가$", r"^블로그\s*홈$", r"^공감\s*\d*$"),
        (r"^카테고리$", r"^포스트$", r"^블로그$"),
    ),
)
_COMPILED = tuple(
    (
        kind,
        re.compile("|".join(strong), re.I | re.M),
        re.compile("|".join(weak), re.I | re.M) if weak else None,
    )
    for kind, strong, weak in _KINDS
)


# Markers are furniture: buttons, tabs and labels on short lines. Paragraphs are not searched
# ("위키리크스" in a sentence is no wiki), which also keeps the scan short.
MARKER_LINE_MAX_CHARS = 60


def page_kind(keys: list[str]) -> str | None:
    """The non-article kind the page's lines (given by their ``key``) reveal, or ``None``."""
    page = "\n".join(k for k in keys if len(k) <= MARKER_LINE_MAX_CHARS)
    for kind, strong, weak in _COMPILED:
        if strong.search(page):
            return kind
        if weak is not None and sum(1 for _ in zip(range(2), weak.finditer(page), strict=False)) >= 2:
            return kind
    return None


_FOOTER_TRAIL = re.compile(r"^[\s\-–—|·]*$")
# A list item's footer is short (a date and a name); the length test runs before the date
# search, so body paragraphs cost nothing here.
LIST_FOOTER_MAX_CHARS = 40
_MONTH_DAY_TIME = re.compile(
    r"(?:1[0-2]|0?[1-9])[-./](?:3[01]|[12]\d|0?[1-9])\.?\s+(?:2[0-3]|[01]?\d):[0-5]\d"
)


def is_list_footer(t: str) -> bool:
    """A list item's footer (given by its ``key``): a date plus at most a name/role
    ("2022-06-10 김정원 기자", "조인호 2025년 01월 24일 -", "- 2019-09-03 19:04", "12-01 23:26")."""
    if len(t) > LIST_FOOTER_MAX_CHARS:
        return False
    if _MONTH_DAY_TIME.fullmatch(t):
        return True  # "12-01 23:26": a list item's time, the year left out
    hits = find_dates(t)
    if not hits or hits[0].kind:
        return False
    rest = [w for w in re.split(r"[\s\-–—|·]+", rest_after_dates(t, hits)) if w]
    if not rest:
        return True
    return len(rest) <= 2 and any(
        is_person_name(w) or w.endswith(("기자", "일보", "신문", "뉴스")) for w in rest
    )


# What the address says the page is: a site search ("/search/?sq=…", "search.naver.com") or a
# tag listing ("/tag/…"). Only these two: section and list addresses vary too much by site.
_URL_KINDS = (
    (
        "search",
        re.compile(
            r"^https?://search\.|/search(?:/|\.[a-z]{2,5}|$|\?)|[?&](?:sq|query|searchword|kwd)=", re.I
        ),
    ),
    ("tag", re.compile(r"/tags?/[^/?#]+/?(?:$|[?#])", re.I)),
)


def url_kind(url: str | None) -> str | None:
    """The non-article kind a page's address reveals ("search", "tag"), or ``None``."""
    if not url:
        return None
    for kind, pat in _URL_KINDS:
        if pat.search(url[:2000]):
            return kind
    return None
