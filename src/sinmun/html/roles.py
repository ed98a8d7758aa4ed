"""What each line is, as far as the HTML can tell: the structural reading of the page.

A role is decided from the page structure only (the main-content container, the printed
headline, tags, class/id words between the line and the container); the Korean-text rules of
the labeller decide everything the structure leaves open (role ""). Words are looked up only
on the elements *between* a line and the article container, so a site-wide wrapper called
"layer" or "content" never colours every line of the page.
"""

from __future__ import annotations

import re
from itertools import accumulate

from .authors import names_in_byline
from .blocks import Block, PageBlocks
from .main_content import MainContent, line_score
from .titles import TitleKeys, norm_title

# Role names (BlockHint.role) and what they mean:
HEADLINE = "headline"  # the printed headline (matches a declared title)
DECK = "deck"  # sub-headline above the article text
BYLINE = "byline"  # reporter / author box
DATELINE = "dateline"  # 입력/수정 timestamps box
CAPTION = "caption"  # photo/video caption or credit
COPYRIGHT = "copyright"  # copyright notice box
WIDGET = "widget"  # buttons, share bars, related-article boxes, tag lists inside the article
FURNITURE = "furniture"  # everything outside the article container
UNREADABLE = "unreadable"  # binary junk or undecodable bytes, not text at all
ROLES = (HEADLINE, DECK, BYLINE, DATELINE, CAPTION, COPYRIGHT, WIDGET, FURNITURE, UNREADABLE)

# Class/id words, as CMSs name these boxes (split on _ - and camelCase, lower-cased).
CAPTION_WORDS = frozenset(
    {"caption", "captions", "cap", "imgcaption", "figcaption", "photocaption", "phototext", "img_desc"}
)
# "desc"/"txt" mean caption only next to a photo word ("img_desc", "photo_txt", "about_photo").
CAPTION_PAIR = (
    frozenset({"desc", "txt", "text", "about", "explain", "explanation", "info", "tit", "title"}),
    frozenset({"photo", "img", "image", "pic", "picture", "thumb", "figure", "fig"}),
)
COPYRIGHT_WORDS = frozenset({"copyright", "copyrights", "copy", "cbyline"})
BYLINE_WORDS = frozenset(
    {"byline", "writer", "reporter", "journalist", "author", "byl", "reporters", "writers", "profile"}
)
DATELINE_WORDS = frozenset({"date", "datetime", "time", "regdate", "updated", "update", "input", "pubdate"})
DECK_WORDS = frozenset({"subtitle", "subtit", "sub", "midtitle", "summary", "deck", "lede", "subhead", "sum"})
TITLE_WORDS = frozenset({"title", "tit", "headline", "subject", "heading"})
WIDGET_WORDS = frozenset(
    {
        "related", "relation", "more", "morenews", "recommend", "popular", "rank", "ranking", "share",
        "sns", "social", "btn", "button", "tooltip", "toast", "zoom", "zoomin", "expand", "print",
        "fontsize", "util", "bookmark", "tag", "tags", "keyword", "keywords", "ad", "ads", "advert",
        "banner", "comment", "comments", "reply", "subscribe", "like", "reaction", "ombudsman",
        "promotion", "event", "hashtag", "video_ad", "sponsor", "player", "tts", "setting", "settings",
        "setlayer", "emotion", "vote",
        # screen-reader-only text ("blind" is the Korean sites' class for it; "sr-only",
        # "screen_out", "visually-hidden", "skip" navigation)
        "blind", "screen", "visually", "skip",
    }
)  # fmt: skip
# Class words that begin with these are widgets too ("fontsize", "btnShare", "sharebox").
# ("font" is not one: "font03" classes the article text itself on some sites.)
WIDGET_PREFIXES = ("btn", "share", "sns", "bookmark", "scrap")
WIDGET_TAGS = frozenset({"button", "option", "legend"})
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4"})
# The article header: lines after the headline inside its box, this many levels up, at most
# this many lines.
HEADER_LEVELS = 3
MAX_HEADER_LINES = 20
# A printed date: 2023.04.07, 2023-04-07, 2023/04/07, 2023년 4월 7일.
_DATE_TEXT = re.compile(r"(?:19|20)\d{2}\s?[.\-/년]\s?\d{1,2}\s?[.\-/월]\s?\d{1,2}")
# A line with more than this share of U+FFFD / control characters is not text.
UNREADABLE_SHARE = 0.2
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# A headline copy below the article start loses to any copy above it.
HEADLINE_AFTER_PENALTY = 10_000
# A line with at least this share of its text in links is a link list entry, not prose.
LINK_LINE_SHARE = 0.8
# Byline/dateline boxes outside the article are short; a long "writer" block is a bio or list.
MAX_BOX_LINE_CHARS = 80
# How many ancestor levels above a line outside the article container are looked at.
OUTSIDE_LEVELS = 4
# Words of a line's chain looked at outside the article (about the nearest four boxes).
OUTSIDE_WORDS = 10
# Inside the article, boxes around a line sit a few levels below the container; deeper
# nesting is markup noise, and the cap keeps a 10,000-deep page linear.
MAX_INSIDE_LEVELS = 12
# A deck must come before the first paragraph-like line of the article (main_content's
# line_score), and be short.
MAX_DECK_CHARS = 120
# Shorter "decks" are section labels ("세계", "단독").
MIN_DECK_CHARS = 8
# Header lines shorter than this are icons and pickers ("가", "+").
MIN_HEADER_CHARS = 2
# An element inside the article holding at least this share of its text is the article's own
# wrapper: its class words ("font", "ad" in "CmAdContent") describe the article, not one line.
BIG_SHARE = 0.5


def _local_words(page: PageBlocks, block: Block, stop: int | None, big: set[int]) -> set[str]:
    """Class/id words of the line's elements up to (not including) ``stop``, or a few levels;
    elements in ``big`` (holding most of the article text) say nothing about one line."""
    words: set[str] = set()
    el, levels = block.holder, 0
    limit = OUTSIDE_LEVELS if stop is None else MAX_INSIDE_LEVELS
    while el >= 0 and el != stop and levels < limit:
        if el not in big:
            words.update(page.elements[el].words)
        el = page.elements[el].parent
        levels += 1
    return words


def _has_caption_words(words: set[str]) -> bool:
    return bool(words & CAPTION_WORDS) or (bool(words & CAPTION_PAIR[0]) and bool(words & CAPTION_PAIR[1]))


def find_headline(page: PageBlocks, titles: tuple[str, ...], near: int = 0) -> int | None:
    """Index of the printed headline: a line equal to a declared title. Sites print it more
    than once (sticky header, breadcrumbs, "more" lists): <h1> beats other headings, headings
    beat "title"-classed lines, those beat the rest; then the copy closest above ``near``
    (the article's first line) wins."""
    wanted = TitleKeys(titles)
    if not wanted.keys:
        return None
    shortest, longest = min(map(len, wanted.keys)), max(map(len, wanted.keys))
    best, best_rank = None, None
    for i, b in enumerate(page.blocks):
        # Spacing is removed by norm_title: a cheap length bound skips most lines unnormalised.
        if not shortest // 2 <= len(b.text) <= 2 * longest + 10 or not wanted.match(b.text):
            continue
        kind = (
            3 if b.tag == "h1" else 2 if b.tag in HEADING_TAGS else 1 if TITLE_WORDS & set(b.words[:6]) else 0
        )
        rank = (kind, -abs(near - i) if i <= near else -HEADLINE_AFTER_PENALTY - (i - near))
        if best_rank is None or rank > best_rank:
            best, best_rank = i, rank
    return best


def _inside_role(b: Block, words: set[str], before_prose: bool) -> str:
    if b.tag in WIDGET_TAGS:
        return WIDGET
    if b.tag == "figcaption" or _has_caption_words(words):
        return CAPTION
    if words & COPYRIGHT_WORDS:
        return COPYRIGHT
    if _is_widget(b, words):
        return WIDGET
    if words & BYLINE_WORDS and len(b.text) <= MAX_BOX_LINE_CHARS:
        return BYLINE
    if words & DATELINE_WORDS and len(b.text) <= MAX_BOX_LINE_CHARS and any(c.isdigit() for c in b.text):
        return DATELINE
    if (
        before_prose
        and MIN_DECK_CHARS <= len(b.text) <= MAX_DECK_CHARS
        and (words & DECK_WORDS or b.tag in HEADING_TAGS)
    ):
        return DECK
    return ""


def _outside_role(b: Block) -> str:
    if len(b.text) > MAX_BOX_LINE_CHARS:
        return FURNITURE
    # The line's own word chain (nearest first) stands in for a parent walk: outside the
    # article most lines are menus, and this is the hot path.
    words = b.words[:OUTSIDE_WORDS]
    # Reporter names often link to the reporter's page: links do not disqualify a byline.
    if not BYLINE_WORDS.isdisjoint(words) and WIDGET_WORDS.isdisjoint(words):
        return BYLINE
    if (
        not DATELINE_WORDS.isdisjoint(words)
        and b.link_chars < LINK_LINE_SHARE * len(b.text)
        and _DATE_TEXT.search(b.text)
    ):
        return DATELINE
    return FURNITURE


def _unreadable(text: str) -> bool:
    """Replacement and control characters make up much of the line: bytes, not text (a
    binary file named .html, a page decoded with the wrong charset)."""
    if "\ufffd" not in text and not _CONTROL.search(text):
        return False  # the common case, decided in C
    bad = text.count("\ufffd") + len(_CONTROL.findall(text))
    return bad > UNREADABLE_SHARE * len(text)


def _header_role(b: Block, words: set[str], headline: str) -> str:
    """A line of the article header (between headline and article): structure says what it
    is when it can; otherwise the text rules decide (role "")."""
    if _is_widget(b, words) or len(b.text) < MIN_HEADER_CHARS or _headline_copy(b.text, headline):
        return FURNITURE
    if len(b.text) <= MAX_BOX_LINE_CHARS and _DATE_TEXT.search(b.text):
        return DATELINE
    if len(b.text) <= MAX_BOX_LINE_CHARS and (words & BYLINE_WORDS or names_in_byline(b.text)):
        return BYLINE
    if MIN_DECK_CHARS <= len(b.text) <= MAX_DECK_CHARS and (b.tag in HEADING_TAGS or words & DECK_WORDS):
        return DECK
    return ""


def _headline_copy(text: str, headline: str) -> bool:
    """The headline again, whole or cut short with an ellipsis (a photo box's title)."""
    key = norm_title(text)
    if key == headline:
        return True
    cut = norm_title(text.rstrip(" .…"))
    return (
        text.rstrip().endswith(("...", "…", "..")) and len(cut) >= MIN_DECK_CHARS and headline.startswith(cut)
    )


def _is_widget(b: Block, words: set[str]) -> bool:
    """Buttons, share bars, font-size pickers, related lists: page machinery, not text."""
    if b.tag in WIDGET_TAGS or words & WIDGET_WORDS or b.link_chars >= LINK_LINE_SHARE * len(b.text):
        return True
    return any(w.startswith(WIDGET_PREFIXES) for w in words)


def _header_zone(page: PageBlocks, main: MainContent, headline: int | None) -> range:
    """Lines after the headline, before the article, inside the headline's box (its element
    up to HEADER_LEVELS ancestors): the article header of decks, bylines and timestamps."""
    if headline is None or main.element is None or headline >= main.start:
        return range(0)
    box = page.blocks[headline].element
    for _ in range(HEADER_LEVELS):
        if page.elements[box].parent < 0:
            break
        box = page.elements[box].parent
    end = min(main.start, page.elements[box].end, headline + 1 + MAX_HEADER_LINES)
    return range(headline + 1, end)


def _big_elements(page: PageBlocks, main: MainContent) -> set[int]:
    """Elements inside the article container that hold at least BIG_SHARE of its text over
    several lines: the article's own wrappers (a "font-size" or "CmAdContent" div around
    every paragraph). A one-line element speaks for its line, however short the article."""
    if main.element is None:
        return set()
    sums = [0, *accumulate(len(b.text) for b in page.blocks[main.start : main.end])]
    floor = BIG_SHARE * sums[-1]
    big: set[int] = set()
    # The container's descendants follow it in document order until one starts past its end.
    for i in range(main.element, len(page.elements)):
        el = page.elements[i]
        if el.start >= main.end and i > main.element:
            break
        if (
            el.end - el.start > 1
            and el.end <= main.end
            and sums[el.end - main.start] - sums[el.start - main.start] >= floor
        ):
            big.add(i)
    return big


def assign_roles(page: PageBlocks, main: MainContent, headline: int | None) -> list[str]:
    """One role per line (see the module constants); "" leaves the line to the text rules."""
    blocks = page.blocks
    # Most lines are outside the article (menus, footers): decided in one pass, then the
    # header and the article container are read line by line.
    roles = [UNREADABLE if _unreadable(b.text) else _outside_role(b) for b in blocks]
    header = _header_zone(page, main, headline)
    headline_key = norm_title(blocks[headline].text) if headline is not None else ""
    for i in header:
        if roles[i] != UNREADABLE and i != headline:
            roles[i] = _header_role(blocks[i], _local_words(page, blocks[i], None, set()), headline_key)
    if main.element is not None:
        big = _big_elements(page, main)
        before_prose = True
        for i in range(main.start, main.end):
            if roles[i] == UNREADABLE or i == headline:
                continue
            b = blocks[i]
            role = _inside_role(b, _local_words(page, b, main.element, big), before_prose)
            if not role and line_score(b) > 0:
                before_prose = False
            roles[i] = role
    if headline is not None:
        roles[headline] = HEADLINE
    return roles
