"""The headline and sub-headlines above the body run."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .body_run import norm
from .record import LineLabel
from .rules import bylines, captions
from .rules.text import hangul_count

if TYPE_CHECKING:
    from .label import LineInfo

# Headline scores. A page printing a line twice is the strongest sign; a byline or timestamp
# within META_BELOW_TITLE lines under it the next; each line between it and the body costs a
# little (menus sit far above). Headlines shorter than TITLE_PREFERRED_CHARS ("전환점") win
# only when nothing longer is there.
TITLE_REPEATED = 3.0
TITLE_ABOVE_META = 2.0
TITLE_DISTANCE = 0.02
TITLE_PREFERRED_CHARS = 5
TITLE_SHORT_PENALTY = 2.0
TITLE_MIN_WORDS = 2  # "시사", "디지털뉴스팀": one-word labels
META_BELOW_TITLE = 6
# A repeated line inside a longer candidate is a series name when it is at most this share of
# it; a headline with an outlet glued before it ("연합뉴스TV <headline>") is longer by far less.
SERIES_NAME_SHARE = 0.6
# Sub-headlines are at least this long; shorter lines between headline and body are labels
# ("깐깐한 독자", series names).
SUBTITLE_MIN_CHARS = 8
# Sub-headlines sit under the headline with at most this many furniture lines between.
SUBTITLE_MAX_GAP = 6
_BRACKET_ONLY = re.compile(r"^[\[［【<〈].{1,30}[\]］】>〉]$")


def find_title(
    infos: list[LineInfo],
    before: int,
    dup_of: list[int | None],
    repeated: set[int],
    labels: list[LineLabel | None],
) -> int | None:
    """Index of the headline among the lines above the body.

    Candidates are headline-shaped lines without a verdict. A candidate right under another
    (only blank lines between) is a deck, not a headline. Each remaining one is scored: the
    page printing it again (title tag, og:title and <h1> all land in the text), a byline or
    timestamp right under it, and closeness to the body; a two-character label loses to a
    real headline. Full pages put menus above the headline, excerpts start near it: both
    end up preferring the headline block that sits on top of the article.
    """
    cands = [
        i
        for i in range(before)
        if labels[i] is None
        and infos[i].verdict is None
        and infos[i].headline
        and not infos[i].bullet
        and dup_of[i] is None
        and not _BRACKET_ONLY.match(infos[i].text)
        and not _over_photo_credit(infos, i)
    ]
    if not cands:
        return None
    texts = {i: norm(infos[i].text) for i in cands}
    weak = {  # labels, names and one-word menu items: headlines only when nothing better is there
        i
        for i in cands
        if len(texts[i]) < TITLE_PREFERRED_CHARS
        or len(texts[i].split()) < TITLE_MIN_WORDS
        or bylines.bare_name(texts[i])
    }
    is_cand = set(cands)
    copies: dict[int, list[int]] = {i: [i] for i in cands}
    for j in range(before):
        if dup_of[j] in copies:
            copies[dup_of[j]].append(j)
    # "[속보] …" over "[속보] …": a ticker of other headlines, not a headline and its deck; the
    # headlines under a list header ("많이 본 뉴스") are that list's
    ticker = {i for i in cands if _same_tag(infos, i, i - 1) or _same_tag(infos, i, i + 1)}
    ticker |= _listed(infos, is_cand, before)
    best, best_score = None, float("-inf")
    for i in cands:
        if i in ticker:
            continue
        if i - 1 in is_cand and i - 1 not in weak and i - 1 not in ticker and i not in repeated:
            continue  # a deck under the headline (unless the page prints it twice)

        if i in repeated and any(
            j != i and texts[i] in texts[j] and len(texts[i]) <= SERIES_NAME_SHARE * len(texts[j])
            for j in cands
        ):
            continue  # a series name repeated inside the headline: "[시청자브리핑 시시콜콜] …"
        score = (TITLE_REPEATED if i in repeated else 0.0) - TITLE_DISTANCE * min(
            before - j for j in copies[i]
        )
        if any(_meta_below(infos, j, before) for j in copies[i]):
            score += TITLE_ABOVE_META
        if i in weak:
            score -= TITLE_SHORT_PENALTY
        if score > best_score:
            best, best_score = i, score
    return best


_TAG = re.compile(r"^\s*([\[［【<〈][^\]］】>〉]{1,10}[\]］】>〉])")


def _listed(infos: list[LineInfo], is_cand: set[int], before: int) -> set[int]:
    """Headline-shaped lines right under a list header: items of that list, but for the last
    of them when a byline or timestamp follows it (the list ended on the page's headline)."""
    out: set[int] = set()
    for i in range(before):
        v = infos[i].verdict
        if v is None or v.rule != "list-header":
            continue
        j = i + 1
        while j in is_cand:
            out.add(j)
            j += 1
        if j - 1 in out and _meta_below(infos, j - 1, before):
            out.discard(j - 1)
    return out


def _same_tag(infos: list[LineInfo], i: int, j: int) -> bool:
    """Lines ``i`` and ``j`` are different lines opening with the same bracketed tag ("[속보]");
    a headline printed twice is one line."""
    if not 0 <= j < len(infos) or norm(infos[i].text) == norm(infos[j].text):
        return False
    a, b = _TAG.match(infos[i].text), _TAG.match(infos[j].text)
    return a is not None and b is not None and a.group(1) == b.group(1)


# A credit alone on its line ("[연합뉴스TV 제공]", "사진=연합뉴스"), not a caption that ends in one.
CREDIT_ONLY_CHARS = 30


def _over_photo_credit(infos: list[LineInfo], i: int) -> bool:
    """A short line right above a photo's credit ("취업 (CG)" over "[연합뉴스TV 제공]") is that
    photo's caption, however headline-shaped."""
    if i + 1 >= len(infos):
        return False
    nxt = infos[i + 1].text.strip()
    return len(nxt) <= CREDIT_ONLY_CHARS and bool(
        captions.PROVIDED.match(nxt) or captions.CREDIT_LEADING.match(nxt)
    )


def _meta_below(infos: list[LineInfo], j: int, before: int) -> bool:
    """A byline or timestamp within a few lines under line ``j`` (headline, then byline)."""
    return any(
        infos[k].verdict is not None and infos[k].verdict.label == "meta"
        for k in range(j + 1, min(j + 1 + META_BELOW_TITLE, before))
    )


_DASHED = re.compile(r"^\s*[-–—]\s?[^\s\-–—]")


def find_subtitles(
    infos: list[LineInfo], title: int | None, body_start: int, dup_of: list[int | None], repeated: set[int]
) -> list[int]:
    """Sub-headlines: headline-shaped lines between the headline and the body.

    They are counted from the headline's last copy above the body (full pages print the
    headline in a menu bar too), and the search stops at a list header or at a stretch of
    furniture: what lies beyond is the page, not the article's head.
    """
    if title is None:
        return []
    anchor = max([title] + [j for j in range(title + 1, body_start) if dup_of[j] == title])
    out: list[int] = []
    title_text = norm(infos[title].text)
    furniture_run = 0
    for i in range(anchor + 1, body_start):
        info = infos[i]
        v = info.verdict
        if v is not None and v.rule == "list-header":
            break
        # decks are often dashed ("- 2026년 가동 목표…"), right under the headline or each other;
        # elsewhere a dashed or bulleted line is a menu or list item
        deck = info.bullet and _DASHED.match(info.text) and (i == anchor + 1 or (out and out[-1] == i - 1))
        if v is not None or dup_of[i] is not None or i in repeated or (info.bullet and not deck):
            furniture_run = 0 if v is not None and v.label in ("meta", "caption") else furniture_run + 1
            if furniture_run > SUBTITLE_MAX_GAP:
                break
            continue
        text = norm(info.text)
        if text in title_text:
            continue
        if _BRACKET_ONLY.match(text) and i == title + 1:
            out.append(i)  # a kicker right under the headline: "[Editor’s Letter]"
        elif info.headline and len(text) >= SUBTITLE_MIN_CHARS and hangul_count(text) >= 4:
            out.append(i)
            furniture_run = 0
            continue
        furniture_run += 1
        if furniture_run > SUBTITLE_MAX_GAP:
            break
    return out
