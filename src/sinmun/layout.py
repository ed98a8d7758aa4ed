"""The document pass of step 3: where the article is on the page, and what each line is there.

A scraped news page reads, top to bottom: site furniture (date header, ticker, menus), the
headline (often printed twice), sub-headlines, bylines and timestamps, photo captions, the
body paragraphs, then the tail (byline, copyright, related and popular articles). The pass:

1. marks repeated text (a headline printed twice, a paragraph copied into a teaser);
2. finds the *body run*: the best cluster of prose lines, allowing captions, markers and
   short in-body lines between paragraphs but stopping at bylines, copyright and lists;
3. finds the headline above the body (the repeated one if the page repeats it) and the
   sub-headlines between it and the body;
4. gives each line its final label from its zone (before, head, body, tail) and its
   line-rule verdict;
5. decides whether the page is one article at all (list, search, wiki and board pages are
   not), and if not, labels everything boilerplate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .html import rules as html_rules
from .record import LineLabel
from .rules import bylines, captions, press
from .rules.pagekind import is_list_footer, page_kind
from .rules.text import ends_connective, ends_sentence, ends_with_ellipsis_cut, hangul_count

if TYPE_CHECKING:
    from .html import PageMeta
    from .label import LineInfo

# A caption opening the body run is at most this long; a longer line is the lead paragraph.
CAPTION_MAX_CHARS = 200
# A caption under an image button is followed by the article within this many lines.
CAPTION_LOOKAHEAD = 3
# Non-body lines allowed between two paragraphs of one article (captions, markers, ads).
MAX_GAP_LINES = 3
# A cut-off snippet counts this much of its length when clusters compete: teasers of other
# articles must not outweigh a shorter complete article.
TEASER_WEIGHT = 0.3
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
# Sub-headlines are at least this long; shorter lines between headline and body are labels
# ("깐깐한 독자", series names).
SUBTITLE_MIN_CHARS = 8
# A list item's footer ("2024-10-21 정하윤 기자") counts this far past a snippet.
FOOTER_REACH = 3
# A run of at most this many paragraphs starting among snippet-and-footer pairs is one more
# list item; an article followed by a related list has more and starts before the list.
LIST_RUN_MAX_PARAGRAPHS = 2

# Sub-headlines sit under the headline with at most this many furniture lines between.
SUBTITLE_MAX_GAP = 6
# Less body text than this is not an article (a caption-only or link-only page).
MIN_BODY_CHARS = 30
# Verdicts that end a cluster of body paragraphs: after these the article is over.
_BREAKERS = frozenset(
    {"copyright", "list-header", "page-date", "weather-ticker", "byline", "crew-credit", "dateline"}
)
# A cluster that ends in a byline or copyright notice is the article (its tail is there).
_CLOSERS = frozenset({"copyright", "byline", "crew-credit"})
CLOSED_BONUS = 2.0
# Text after a copyright notice is rarely the article: the notice closes it.
AFTER_NOTICE_WEIGHT = 0.5
# Lines naming the weather widget's source, printed under the ticker.
_WEATHER_SOURCES = frozenset(
    {"기상청 제공", "자료: 기상청", "자료 기상청", "기상청", "출처: 기상청", "케이웨더 제공"}
)
_BRACKET_ONLY = re.compile(r"^[\[［【<〈].{1,30}[\]］】>〉]$")
# Two long lines opening with this many identical characters are one text printed twice
# (a paragraph and its teaser copy).
NEAR_DUP_PREFIX = 60
_WORDY = re.compile(r"[가-힣A-Za-z0-9]{2}")
# "1.", "Ⅱ.", "②": section numbers between paragraphs belong to the body.
_ENUMERATION = re.compile(r"^(?:\d{1,2}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|[①-⑳])[.)]?$")
# Script lines broken by phrase are at most this long ("주말인 오늘 광주와 전남지방은").
FRAGMENT_MAX_CHARS = 60


@dataclass(frozen=True, slots=True)
class PageLabels:
    """The outcome of labelling one page."""

    labels: tuple[LineLabel, ...]  # one per non-blank line, in line order
    is_article: bool
    reason: str | None  # why the page is not an article
    title: int | None  # line numbers
    subtitles: tuple[int, ...] = ()
    infos: tuple[LineInfo, ...] = ()

    def lines_labelled(self, label: str) -> list[LineInfo]:
        """The lines that ended up with ``label``, in page order."""
        by_n = {x.n: x.label for x in self.labels}
        return [i for i in self.infos if by_n.get(i.line.n) == label]


def _norm(text: str) -> str:
    return " ".join(text.split())


def _duplicates(infos: list[LineInfo]) -> tuple[list[int | None], set[int]]:
    """For each line, the index of an earlier line with the same text (or, for long lines,
    the same opening: a teaser copy of a paragraph); and the indices repeated later.
    Separator lines ("-----") repeat by design and are not duplicates."""
    first: dict[str, int] = {}
    dup_of: list[int | None] = []
    repeated: set[int] = set()
    for i, info in enumerate(infos):
        k = info.key or _norm(info.text)  # bullets off: "• 제목" repeats "제목"
        keys = [k] if len(k) < NEAR_DUP_PREFIX else [k, k[:NEAR_DUP_PREFIX]]
        hit = next((first[x] for x in keys if x in first), None)
        if hit is not None and _WORDY.search(k):
            dup_of.append(hit)
            repeated.add(hit)
        else:
            for x in keys:
                first.setdefault(x, i)
            dup_of.append(None)
    return dup_of, repeated


def _fragments(infos: list[LineInfo]) -> set[int]:
    """Broadcast-script lines broken by phrase: short lines ending on a connective, in a
    block of adjacent lines that runs on into a finished sentence (which joins them)."""
    out: set[int] = set()
    terminal = -1  # index of the sentence-final line the current chain runs into
    for i in range(len(infos) - 1, -1, -1):
        info = infos[i]
        adjacent_next = i + 1 < len(infos) and infos[i + 1].line.n == info.line.n + 1
        if (
            info.verdict is None
            and terminal >= 0
            and adjacent_next
            and len(info.text) <= FRAGMENT_MAX_CHARS
            and info.hangul >= 4
            and ends_connective(info.text)
        ):
            out.update((i, terminal))
        elif info.verdict is None and ends_sentence(info.text) and info.hangul >= 3:
            terminal = i
        else:
            terminal = -1
    return out


def _spoken_signoff(info: LineInfo) -> bool:
    """A broadcast sign-off ("YTN 김경수입니다.") is spoken text, however short."""
    return info.verdict is None and bylines.broadcast_reporter(info.text) is not None


def _cut_paragraph(info: LineInfo) -> bool:
    """The page's last line, cut by the excerpt in mid-paragraph ("여 위원장은 \"전씨에 대해 이게")."""
    return info.verdict is None and info.hangul >= 8 and len(info.text.split()) >= 4


def _captions_by_position(
    infos: list[LineInfo], cand: list[bool], dup_of: list[int | None], labels: list[LineLabel | None]
) -> None:
    """Captions known from where they stand: the text right under a bare image button
    ("이미지 확대"), and a byline right under a caption (the photographer's credit)."""
    for i, info in enumerate(infos):
        v = info.verdict
        if v is None or v.label != "caption" or captions.caption_text(info.text):
            continue
        j = i + 1
        if j < len(infos) and dup_of[j] is not None:
            j += 1  # the headline repeated between the image and its caption
        if j >= len(infos) or labels[j] is not None or infos[j].verdict is not None:
            continue
        credit = (
            j + 1 < len(infos) and infos[j + 1].verdict is not None and infos[j + 1].verdict.rule == "byline"
        )
        after = j + 2 if credit else j + 1
        if not any(cand[k] for k in range(after, min(after + CAPTION_LOOKAHEAD, len(infos)))):
            continue  # nothing after it: the text under the image is the article itself
        labels[j] = LineLabel(infos[j].line.n, "caption", "caption-under-image")
        cand[j] = False
        if credit:
            labels[j + 1] = LineLabel(infos[j + 1].line.n, "caption", "photo-byline")


def _clusters(infos: list[LineInfo], cand: list[bool]) -> list[tuple[int, int, float]]:
    """Runs of body candidates with at most ``MAX_GAP_LINES`` other lines between them."""
    out: list[tuple[int, int, float]] = []
    start = end = -1
    score = 0.0
    gap = 0
    last = len(infos) - 1
    prev_cut = after_notice = False
    for i, info in enumerate(infos):
        v = info.verdict
        if cand[i]:
            if start < 0:
                start, prev_cut = i, False
                score = 0.0
            end, gap = i, 0
            # the excerpt's last line is cut by the excerpt, unless it continues teasers
            cut = info.truncated and (i != last or ends_with_ellipsis_cut(info.text) or prev_cut)
            score += (
                len(info.text)
                * (TEASER_WEIGHT if cut else 1.0)
                * (AFTER_NOTICE_WEIGHT if after_notice else 1.0)
            )
            prev_cut = cut
            continue
        if v is not None and v.rule == "copyright":
            after_notice = True
        if start < 0:
            continue
        gap += 1
        if (v is not None and v.hard and v.rule in _BREAKERS) or gap > MAX_GAP_LINES:
            closed = v is not None and v.rule in _CLOSERS and gap <= MAX_GAP_LINES
            out.append((start, end, score * (CLOSED_BONUS if closed else 1.0)))
            start, score, gap = -1, 0.0, 0
    if start >= 0:
        out.append((start, end, score))
    return out


def _title(
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
    ]
    if not cands:
        return None
    texts = {i: _norm(infos[i].text) for i in cands}
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
    best, best_score = None, float("-inf")
    for i in cands:
        if i - 1 in is_cand and i - 1 not in weak and i not in repeated:
            continue  # a deck under the headline (unless the page prints it twice)

        if i in repeated and any(j != i and texts[i] in texts[j] for j in cands):
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


def _meta_below(infos: list[LineInfo], j: int, before: int) -> bool:
    """A byline or timestamp within a few lines under line ``j`` (headline, then byline)."""
    return any(
        infos[k].verdict is not None and infos[k].verdict.label == "meta"
        for k in range(j + 1, min(j + 1 + META_BELOW_TITLE, before))
    )


def _subtitles(
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
    title_text = _norm(infos[title].text)
    furniture_run = 0
    for i in range(anchor + 1, body_start):
        info = infos[i]
        v = info.verdict
        if v is not None and v.rule == "list-header":
            break
        if v is not None or dup_of[i] is not None or i in repeated or info.bullet:
            furniture_run = 0 if v is not None and v.label in ("meta", "caption") else furniture_run + 1
            if furniture_run > SUBTITLE_MAX_GAP:
                break
            continue
        text = _norm(info.text)
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


def _is_teaser(infos: list[LineInfo], i: int, cand: list[bool]) -> bool:
    """A snippet of another article: cut mid-sentence by the site (not by the excerpt's end,
    and not a paragraph closing on a byline or photo credit)."""
    info = infos[i]
    if ends_with_ellipsis_cut(info.text) and info.hangul >= 8:
        return True
    if not cand[i] or not info.truncated or i == len(infos) - 1:
        return False
    if bylines.trailing_byline(info.text):
        return False
    last_word = info.text.split()[-1] if info.text.split() else ""
    return not press.is_outlet_name(last_word)


def _ellipsis(infos: list[LineInfo], idx: list[int]) -> bool:
    return any(ends_with_ellipsis_cut(infos[i].text) for i in idx)


def _not_article_reason(infos: list[LineInfo], run: tuple[int, int] | None, cand: list[bool]) -> str | None:
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
    return None


def lay_out(infos: list[LineInfo], meta: PageMeta | None = None) -> PageLabels:
    """Final labels for a page's non-blank lines (see the module docstring)."""
    n = len(infos)
    labels: list[LineLabel | None] = [None] * n
    # Weather source lines under a ticker belong to the widget.
    for i in range(1, n):
        if (
            infos[i - 1].verdict
            and infos[i - 1].verdict.label == "weather"
            and infos[i].key in _WEATHER_SOURCES
        ):
            labels[i] = LineLabel(infos[i].line.n, "weather", "weather-source")
    # 1. repeated text
    dup_of, repeated = _duplicates(infos)
    # 2. the body run
    frags = _fragments(infos)
    cand = [
        labels[i] is None
        and infos[i].verdict is None
        and dup_of[i] is None
        and (  # html (issue 6): a line the page puts in the article is a candidate however short
            infos[i].prose or i in frags or _spoken_signoff(infos[i]) or html_rules.in_article(infos[i].line)
        )
        for i in range(n)
    ]
    if any(cand) and n and _cut_paragraph(infos[-1]) and labels[-1] is None and dup_of[-1] is None:
        cand[-1] = True  # the excerpt ends inside the last paragraph
    if not any(cand):  # a photo story: its only paragraph carries the photo credit
        cand = [
            labels[i] is None
            and dup_of[i] is None
            and infos[i].prose
            and infos[i].verdict is not None
            and not infos[i].verdict.hard
            and infos[i].verdict.label == "caption"
            for i in range(n)
        ]
    _captions_by_position(infos, cand, dup_of, labels)
    clusters = _clusters(infos, cand)
    run = None
    if clusters:  # html (issue 6): the article container's clusters make one run
        s, e, _ = html_rules.article_span([x.line for x in infos], clusters) or max(
            clusters, key=lambda c: c[2]
        )
        body_idx = [i for i in range(s, e + 1) if cand[i]]
        # a photo caption opening the run, credited to its photographer ("… 조용준 기자")
        if (
            len(body_idx) >= 2
            and bylines.trailing_byline(infos[s].text)
            and len(infos[s].text) < CAPTION_MAX_CHARS
        ):
            labels[s] = LineLabel(infos[s].line.n, "caption", "caption-with-credit")
            cand[s] = False
            s = body_idx[1]
        while s > 0 and _ENUMERATION.match(infos[s - 1].text) and labels[s - 1] is None:
            s -= 1  # "1." heading the first section
        run = (s, e)
    reason = _not_article_reason(infos, run, cand)
    reason = html_rules.page_reason(meta, reason, run is not None)  # html (issue 6): page kind
    # 3. headline and sub-headlines
    body_start = run[0] if run else n
    title = _title(infos, body_start, dup_of, repeated, labels) if reason is None else None
    if reason is None and meta is not None:  # html (issue 6): the printed headline the page marks
        marked = html_rules.structural_headline(
            [(x.verdict.label, x.verdict.rule) if x.verdict else None for x in infos]
        )
        title = marked if marked is not None else title
    subtitles = _subtitles(infos, title, body_start, dup_of, repeated) if reason is None else []
    # 4. labels by zone
    tail_open = True
    for i, _info in enumerate(infos):
        if labels[i] is not None:
            continue
        labels[i] = _final(i, infos, run, title, subtitles, cand, dup_of, labels, tail_open)
        if run is not None and i > run[1] and labels[i].label == "boilerplate":
            tail_open = False  # the tail has moved on from the article's own byline/captions
    # 5. not an article: nothing on the page is article text (furniture keeps its own rule)
    if reason is not None:
        labels = [
            lab
            if lab is not None and lab.label in ("weather", "boilerplate")
            else LineLabel(info.line.n, "boilerplate", f"not-article:{reason}")
            for lab, info in zip(labels, infos, strict=True)
        ]
    final = tuple(lab for lab in labels if lab is not None)
    return PageLabels(
        labels=final,
        is_article=reason is None,
        reason=reason,
        title=infos[title].line.n if title is not None else None,
        subtitles=tuple(infos[i].line.n for i in subtitles),
        infos=tuple(infos),
    )


def _final(
    i: int,
    infos: list[LineInfo],
    run: tuple[int, int] | None,
    title: int | None,
    subtitles: list[int],
    cand: list[bool],
    dup_of: list[int | None],
    labels: list[LineLabel | None],
    tail_open: bool,
) -> LineLabel:
    """The label of one line from its zone and verdict."""
    info = infos[i]
    n = info.line.n
    v = info.verdict
    s, e = run if run else (len(cand), len(cand))
    if dup_of[i] is not None:
        orig = labels[dup_of[i]]
        # a byline printed again right under the body is still the byline; once the tail
        # has moved on to boilerplate, repeats are a copied block
        tail_open = i > e and tail_open
        if (i < s or tail_open) and v is not None and v.hard and v.label in ("meta", "caption"):
            return LineLabel(n, v.label, "repeated-" + v.rule)
        if (i < s or tail_open) and orig is not None and orig.label in ("meta", "caption"):
            return LineLabel(n, orig.label, "repeated-" + orig.rule)
        return LineLabel(n, "boilerplate", "repeated-text")
    if i < s:  # above the body
        if i == title:
            return LineLabel(n, "title", "headline")
        if i in subtitles:
            return LineLabel(n, "subtitle", "sub-headline")
        after_title = title is not None and i > title
        if v is not None:
            if v.hard:
                return LineLabel(n, v.label, v.rule)
            if v.rule == "masthead" and after_title:
                return LineLabel(n, "meta", "masthead")
            return LineLabel(n, v.label if v.label == "caption" else "boilerplate", v.rule)
        if after_title and bylines.bare_name(info.text) and _next_to_meta(i, infos):
            return LineLabel(n, "meta", "byline-name")
        return LineLabel(n, "boilerplate", "head-furniture" if after_title else "before-article")
    if i <= e:  # inside the body run
        if cand[i]:
            return LineLabel(n, "body", "paragraph")
        if v is not None and v.hard:
            return LineLabel(n, v.label, v.rule)
        if v is not None and v.rule == "pointer-caption" and not _in_pointer_run(i, infos):
            return LineLabel(n, "caption", v.rule)
        return LineLabel(n, "body", "in-body-line")
    # after the body: bylines and captions of the article, until the tail moves on to
    # other content (after that, a photo belongs to a teaser)
    if v is not None and (v.label in ("meta", "weather") or (v.label == "caption" and tail_open)):
        return LineLabel(n, v.label, v.rule)
    if v is not None and v.hard and v.label == "boilerplate":
        return LineLabel(n, "boilerplate", v.rule)
    return LineLabel(n, "boilerplate", "after-article")


def _next_to_meta(i: int, infos: list[LineInfo]) -> bool:
    """A line beside a byline or timestamp ("  • 주현태" above "  • 승인 2018.11.14 16:31")."""
    return any(
        0 <= j < len(infos) and infos[j].verdict is not None and infos[j].verdict.label == "meta"
        for j in (i - 1, i + 1)
    )


def _in_pointer_run(i: int, infos: list[LineInfo]) -> bool:
    """True when a "▲ …" line has a "▲ …" neighbour: an item of a ▲ list, not a caption."""
    return any(
        0 <= j < len(infos) and infos[j].verdict is not None and infos[j].verdict.rule == "pointer-caption"
        for j in (i - 1, i + 1)
    )
