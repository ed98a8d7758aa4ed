"""Which element of the page holds the article? Evidence, strongest first:

1. markup that says so: ``itemprop="articleBody"`` on an element with real text;
2. the JSON-LD ``articleBody``: the smallest element holding most of the lines it contains;
3. text density (readability-style): paragraph-like lines (long, few links, sentence endings)
   score their container and, less, its ancestors; class/id words ("article", "news_body" vs
   "related", "comment", "footer") and link density scale the score; the best element wins.

No rule names a site: the words are those Korean and international CMSs share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate

from .blocks import Block, Element, PageBlocks
from .titles import norm_title

# A line shorter than this (non-link characters) is not paragraph evidence (menus, labels).
MIN_PARAGRAPH_CHARS = 25
# A line with more of its text in links than this is navigation, not a paragraph.
MAX_PARAGRAPH_LINK_SHARE = 0.4
# Per-line score: 1 + length/CHARS_PER_POINT (capped) + sentence endings (capped).
CHARS_PER_POINT = 100
MAX_LENGTH_POINTS = 3
MAX_SENTENCE_POINTS = 3
# How much of a line's score reaches its container's ancestors (readability's parent/grandparent).
ANCESTOR_SHARES = (1.0, 0.5, 0.25)
# Minimum text an itemprop=articleBody element must hold to be trusted (empty shells exist;
# a one-line photo story or a video page's two-line intro is still an article).
MIN_MARKED_BODY_CHARS = 10
# JSON-LD body evidence: matched lines must be at least this long, and the chosen element
# must hold this share of all matched text.
MIN_MATCH_CHARS = 15
MATCH_COVERAGE = 0.8
MIN_LD_BODY_CHARS = 150
# Korean sentence endings (…다. …요. …죠.) and ordinary full stops followed by space/end.
_SENTENCE_END = re.compile(r"[다요죠까][.!?]|[.!?](?=\s|$)")
# Class/id words of article containers and of furniture, as news CMSs name them.
POSITIVE_WORDS = frozenset(
    {
        "article", "articlebody", "articles", "body", "content", "contents", "cont", "view", "detail",
        "text", "txt", "story", "entry", "post", "main", "read", "paragraph", "editor", "viewer",
        "newsct", "memo", "dic", "artical", "atc", "arti", "news_body", "newsbody", "section_main",
    }
)  # fmt: skip
NEGATIVE_WORDS = frozenset(
    {
        "comment", "comments", "reply", "related", "relation", "recommend", "popular", "rank",
        "ranking", "best", "hot", "most", "sidebar", "side", "aside", "nav", "gnb", "lnb", "snb",
        "menu", "footer", "foot", "header", "banner", "ad", "ads", "advert", "adsbygoogle",
        "sponsor", "share", "sns", "social", "copyright", "tag", "tags", "widget", "popup", "layer",
        "login", "subscribe", "series", "right", "left_menu", "issue", "trend", "photo_list",
        "list", "thumb", "more", "outlink", "promotion", "event", "keyword", "journalist", "byline",
    }
)  # fmt: skip
POSITIVE_TAGS = frozenset({"article", "main"})
NEGATIVE_TAGS = frozenset({"nav", "aside", "footer", "header", "form", "button", "ul", "ol", "li"})
# Each positive word multiplies the score by this, each negative word by its inverse...
WORD_WEIGHT = 1.3
# ... but no element's score is scaled by more than this either way.
MAX_WORD_FACTOR = 2.0
# Headings are titles, not paragraph evidence.
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Line tags whose score goes to the parent element (a <p> is not a container).
PARAGRAPH_TAGS = frozenset({"p", "li", "dd", "dt", "blockquote", "h2", "h3", "h4", "h5", "h6", "pre", "span"})


@dataclass(frozen=True, slots=True)
class MainContent:
    element: int | None  # index into PageBlocks.elements; None when the page has no article area
    evidence: str  # "itemprop", "jsonld-body", "density" or "none"
    start: int = 0  # line range [start, end) of the element
    end: int = 0


def word_factor(words: tuple[str, ...], tag: str) -> float:
    """How the element's own class/id words and tag scale its content score."""
    factor = 1.0
    for w in words:
        if w in POSITIVE_WORDS:
            factor *= WORD_WEIGHT
        elif w in NEGATIVE_WORDS:
            factor /= WORD_WEIGHT
    if tag in POSITIVE_TAGS:
        factor *= WORD_WEIGHT
    elif tag in NEGATIVE_TAGS:
        factor /= WORD_WEIGHT
    return min(MAX_WORD_FACTOR, max(1 / MAX_WORD_FACTOR, factor))


class _Sums:
    """Prefix sums over lines, so any element's text/link totals are O(1)."""

    def __init__(self, blocks: list[Block]) -> None:
        self.text = [0, *accumulate(len(b.text) for b in blocks)]
        self.links = [0, *accumulate(b.link_chars for b in blocks)]

    def text_chars(self, el: Element) -> int:
        return self.text[el.end] - self.text[el.start] if el.end >= el.start else 0

    def link_share(self, el: Element) -> float:
        total = self.text_chars(el)
        return (self.links[el.end] - self.links[el.start]) / total if total else 1.0


def _marked_body(page: PageBlocks, sums: _Sums) -> int | None:
    best, best_chars = None, MIN_MARKED_BODY_CHARS - 1
    for i, el in enumerate(page.elements):
        if el.attrs and (el.attrs.get("itemprop") or "").lower() == "articlebody":
            chars = sums.text_chars(el)
            if chars > best_chars:
                best, best_chars = i, chars
    return best


def _deepest_covering(page: PageBlocks, weights: dict[int, float], coverage: float) -> int | None:
    """The deepest element holding ``coverage`` of the weight put on lines (by line index)."""
    total = sum(weights.values())
    if total <= 0:
        return None
    acc = [0.0] * len(page.elements)
    for line, w in weights.items():
        acc[page.blocks[line].element] += w
    # Elements are in document (pre-)order, so every child comes after its parent: one
    # backward pass sums each subtree in linear time, however deep the nesting.
    for i in range(len(page.elements) - 1, 0, -1):
        parent = page.elements[i].parent
        if parent >= 0:
            acc[parent] += acc[i]
    best = None
    for i, el in enumerate(page.elements):
        if acc[i] >= coverage * total and (best is None or el.depth > page.elements[best].depth):
            best = i
    return best


def _ld_body(page: PageBlocks, body: str | None) -> int | None:
    if not body or len(body) < MIN_LD_BODY_CHARS:
        return None
    haystack = norm_title(body)
    weights = {}
    for i, b in enumerate(page.blocks):
        key = norm_title(b.text)
        if len(key) >= MIN_MATCH_CHARS and key in haystack:
            weights[i] = float(len(key))
    if sum(weights.values()) < MIN_LD_BODY_CHARS / 2:
        return None
    return _deepest_covering(page, weights, MATCH_COVERAGE)


def line_score(block: Block) -> float:
    """Paragraph evidence of one line (0 for short or link-heavy lines)."""
    n = len(block.text)
    own = n - block.link_chars
    if (
        block.tag in HEADING_TAGS
        or own < MIN_PARAGRAPH_CHARS
        or block.link_chars > MAX_PARAGRAPH_LINK_SHARE * n
    ):
        return 0.0
    sentences = len(_SENTENCE_END.findall(block.text))
    return 1 + min(own / CHARS_PER_POINT, MAX_LENGTH_POINTS) + min(sentences, MAX_SENTENCE_POINTS)


def _density(page: PageBlocks, sums: _Sums) -> int | None:
    raw = [0.0] * len(page.elements)
    for b in page.blocks:
        s = line_score(b)
        if not s:
            continue
        el = b.element
        if page.elements[el].tag in PARAGRAPH_TAGS and page.elements[el].parent >= 0:
            el = page.elements[el].parent
        for share in ANCESTOR_SHARES:
            if el < 0:
                break
            raw[el] += s * share
            el = page.elements[el].parent
    best, best_score = None, 0.0
    for i, el in enumerate(page.elements):
        if not raw[i]:
            continue
        score = raw[i] * word_factor(el.words, el.tag) * (1 - sums.link_share(el))
        if score > best_score:
            best, best_score = i, score
    return best


def find_main(page: PageBlocks, ld_body: str | None = None) -> MainContent:
    """The page's article container (see module docstring for the evidence order)."""
    sums = _Sums(page.blocks)
    for evidence, pick in (
        ("itemprop", lambda: _marked_body(page, sums)),
        ("jsonld-body", lambda: _ld_body(page, ld_body)),
        ("density", lambda: _density(page, sums)),
    ):
        el = pick()
        if el is not None:
            e = page.elements[el]
            return MainContent(el, evidence, e.start, e.end)
    return MainContent(None, "none")
