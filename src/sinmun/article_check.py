"""Is the page one news article? List, search, wiki and board pages, teaser snippets with
date footers, pages of several wire stories and unsigned first-person writing (blogs) are not."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .rules import bylines, press, signoffs
from .rules.pagekind import is_list_footer, page_kind
from .rules.text import ends_with_ellipsis_cut

if TYPE_CHECKING:
    from .label import LineInfo

# A list item's footer ("2024-10-21 정하윤 기자") counts this far past a snippet.
FOOTER_REACH = 3
# A run of at most this many paragraphs starting among snippet-and-footer pairs is one more
# list item; an article followed by a related list has more and starts before the list.
LIST_RUN_MAX_PARAGRAPHS = 2
# Less body text than this is not an article (a caption-only or link-only page).
MIN_BODY_CHARS = 30


def _is_teaser(infos: list[LineInfo], i: int, cand: list[bool]) -> bool:
    """A snippet of another article: cut mid-sentence by the site (not by the excerpt's end,
    and not a paragraph closing on a byline or photo credit)."""
    info = infos[i]
    if ends_with_ellipsis_cut(info.text) and info.hangul >= 8:
        return True
    if not cand[i] or not info.truncated or i == len(infos) - 1:
        return False
    if signoffs.trailing_byline(info.text):
        return False
    last_word = info.text.split()[-1] if info.text.split() else ""
    return not press.is_outlet_name(last_word)


def _ellipsis(infos: list[LineInfo], idx: list[int]) -> bool:
    return any(ends_with_ellipsis_cut(infos[i].text) for i in idx)


def not_article_reason(infos: list[LineInfo], run: tuple[int, int] | None, cand: list[bool]) -> str | None:
    """Why the page is not one article, or ``None``. Page-kind markers and list footers count
    only up to the end of the body run: a site's footer menu ("채용공고") or the related list
    under a real article says nothing about the page."""
    if run is None:
        return "no-body"
    s, e = run
    kind = page_kind([x.key for x in infos[: e + 1]])
    if kind:
        return f"page-kind-{kind}"
    body = [i for i in range(s, e + 1) if cand[i]]
    # snippets each followed by a date footer: the shape of a list page (a related list
    # under a real article comes after its body, so only pairs up to the body count)
    paired = [
        i
        for i in range(len(infos))
        if infos[i].truncated
        and infos[i].prose
        and any(is_list_footer(infos[j].key) for j in range(i + 1, min(i + 1 + FOOTER_REACH, len(infos))))
    ]
    if len(paired) >= 2 and s >= paired[0] and len(body) <= LIST_RUN_MAX_PARAGRAPHS:
        return "teaser-list"

    teasers = [i for i in range(s, e + 1) if _is_teaser(infos, i, cand)]
    footers = sum(1 for x in infos[s : e + FOOTER_REACH] if is_list_footer(x.key))
    if len(teasers) >= 2 or (
        teasers and len(teasers) == len(body) and (footers or _ellipsis(infos, teasers))
    ):
        return "teaser-list"
    wires = sum(1 for i in body if (w := bylines.wire_header(infos[i].text)) is not None and w.reporters)
    if wires >= 2:
        return "several-articles"
    if footers >= 2:
        return "list-footers"
    if sum(len(infos[i].text) for i in body) < MIN_BODY_CHARS:
        return "too-short"
    if _first_person_text(infos, body):
        return "first-person-text"
    return None


# "나는", "제가": the writer speaking of themself, outside quotes. News reports do not; a
# blog or diary does. Columns do too, but they are signed: only a page with no byline,
# dateline, copyright notice or wire header at all is judged by it.
_FIRST_PERSON = re.compile(
    r"(?<![가-힣])(?:나는|내가|나의|나도|나를|내게|나에게|저는|제가|저의|저도)(?![가-힣])"
)
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|‘[^’]*’|'[^']*'")
FIRST_PERSON_MIN = 3


def _first_person_text(infos: list[LineInfo], body: list[int]) -> bool:
    if any(
        x.verdict is not None and (x.verdict.label == "meta" or x.verdict.rule == "copyright") for x in infos
    ):
        return False
    if any(bylines.wire_header(infos[i].text) is not None for i in body[:2]):
        return False
    said = sum(len(_FIRST_PERSON.findall(_QUOTED.sub(" ", infos[i].text))) for i in body)
    return said >= FIRST_PERSON_MIN
