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

Steps 1-2 live in ``body_run``, step 3 in ``headline``, step 5's tests in ``article_check``;
this module ties them together and gives the zone labels.

"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import body_run
from .article_check import not_article_reason
from .body_run import CAPTION_MAX_CHARS
from .headline import find_subtitles, find_title
from .html import rules as html_rules
from .record import LineLabel
from .rules import bylines, dates, signoffs
from .rules.pagekind import url_kind

if TYPE_CHECKING:
    from .html import PageMeta
    from .label import LineInfo

# Lines naming the weather widget's source, printed under the ticker.
_WEATHER_SOURCES = frozenset(
    {"기상청 제공", "자료: 기상청", "자료 기상청", "기상청", "출처: 기상청", "케이웨더 제공"}
)
# "1.", "Ⅱ.", "②": section numbers between paragraphs belong to the body.
_ENUMERATION = re.compile(r"^(?:\d{1,2}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|[①-⑳])[.)]?$")


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


def lay_out(infos: list[LineInfo], meta: PageMeta | None = None, url: str | None = None) -> PageLabels:
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
    _summary_box(infos, labels)
    # 1. repeated text
    dup_of, repeated = body_run.duplicates(infos)
    # 2. the body run
    frags = body_run.fragments(infos)
    cand = [
        labels[i] is None
        and infos[i].verdict is None
        and dup_of[i] is None
        and (  # html (issue 6): a line the page puts in the article is a candidate however short
            infos[i].prose
            or i in frags
            or body_run.spoken_signoff(infos[i])
            or html_rules.in_article(infos[i].line)
        )
        for i in range(n)
    ]
    if any(cand) and n and body_run.cut_paragraph(infos[-1]) and labels[-1] is None and dup_of[-1] is None:
        cand[-1] = True  # the excerpt ends inside the last paragraph
    if not any(cand):  # a photo story: its only paragraph carries the photo credit
        soft = [
            labels[i] is None
            and dup_of[i] is None
            and infos[i].prose
            and infos[i].verdict is not None
            and not infos[i].verdict.hard
            and infos[i].verdict.label == "caption"
            for i in range(n)
        ]
        # the "▲ …" caption over the photo is the story only when nothing else can be
        plain = [c and infos[i].verdict.rule != "pointer-caption" for i, c in enumerate(soft)]
        cand = plain if any(plain) else soft
    if not any(cand) and _article_furniture(infos):
        # obituaries and appointments ("[부고]", "[인사]"): the story is its "▲ …", "◇ …" items
        cand = [
            labels[i] is None
            and dup_of[i] is None
            and bool(_LISTED.match(x.text))
            and x.hangul >= LISTED_MIN_HANGUL
            for i, x in enumerate(infos)
        ]
    body_run.captions_by_position(infos, cand, dup_of, labels)
    clusters = body_run.clusters(infos, cand)
    run = None
    if clusters:  # html (issue 6): the article container's clusters make one run
        s, e, _ = html_rules.article_span([x.line for x in infos], clusters) or max(
            clusters, key=lambda c: c[2]
        )
        body_idx = [i for i in range(s, e + 1) if cand[i]]
        # a photo caption opening the run, credited to its photographer ("… 조용준 기자")
        if (
            len(body_idx) >= 2
            and signoffs.trailing_byline(infos[s].text)
            and len(infos[s].text) < CAPTION_MAX_CHARS
        ):
            labels[s] = LineLabel(infos[s].line.n, "caption", "caption-with-credit")
            cand[s] = False
            s = body_idx[1]
        while s > 0 and _ENUMERATION.match(infos[s - 1].text) and labels[s - 1] is None:
            s -= 1  # "1." heading the first section
        run = (s, e)
    reason = not_article_reason(infos, run, cand)
    if reason is None and (kind := url_kind(url)):
        reason = f"url-{kind}"  # "/search/?sq=…": a result snippet, however article-like
    reason = html_rules.page_reason(meta, reason, run is not None)  # html (issue 6): page kind
    # 3. headline and sub-headlines
    body_start = run[0] if run else n
    title = find_title(infos, body_start, dup_of, repeated, labels) if reason is None else None
    if reason is None and meta is not None:  # html (issue 6): the printed headline the page marks
        marked = html_rules.structural_headline(
            [(x.verdict.label, x.verdict.rule) if x.verdict else None for x in infos]
        )
        title = marked if marked is not None else title
    subtitles = find_subtitles(infos, title, body_start, dup_of, repeated) if reason is None else []
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
        if v is not None and v.rule in ("photo-credit", "wire-photo-caption"):
            # a long caption with its credit ("… 인사하고 있다. [연합뉴스]") between paragraphs;
            # the only paragraph of a photo story was made a body candidate above
            return LineLabel(n, "caption", v.rule)
        return LineLabel(n, "body", "in-body-line")
    # after the body: bylines and captions of the article, until the tail moves on to
    # other content (after that, a photo belongs to a teaser)
    if v is not None and v.rule == "dateline" and not tail_open and _registration_date(i, infos):
        return LineLabel(n, "boilerplate", "registration-date")
    if v is not None and (v.label in ("meta", "weather") or (v.label == "caption" and tail_open)):
        return LineLabel(n, v.label, v.rule)
    if v is not None and v.hard and v.label == "boilerplate":
        return LineLabel(n, "boilerplate", v.rule)
    return LineLabel(n, "boilerplate", "after-article")


# The site footer's legal data: "발행일자" / "2018. 11. 23", "등록일 : 2015-03-01" give the day
# the paper was registered, not the article's.
_REGISTRATION = r"(?:인터넷\s*신문\s*)?(?:발행|등록|창간|최초\s*등록)\s*(?:일자|년월일|일)\s*[:：]?"
_REGISTRATION_LABEL = re.compile(f"^{_REGISTRATION}$")
_REGISTRATION_LINE = re.compile(f"^{_REGISTRATION}\\s*[\\d.\\-/년월일\\s]+$")


def _registration_date(i: int, infos: list[LineInfo]) -> bool:
    """A date alone (no time) under or after a footer's registration label ("발행일자" /
    "2018. 11. 23", "등록일 : 2015-03-01"), past the article's tail."""
    text = infos[i].text.strip()
    hits = dates.find_dates(text)
    if not hits or any("T" in h.iso for h in hits):
        return False
    return bool(_REGISTRATION_LINE.match(text)) or (
        i > 0 and bool(_REGISTRATION_LABEL.match(infos[i - 1].text.strip()))
    )


# A machine summary box ("AI 요약", its notice, then a few sentences) sits over the article: its
# sentences are prose, but no part of the story.
SUMMARY_MAX_LINES = 5


def _summary_box(infos: list[LineInfo], labels: list[LineLabel | None]) -> None:
    """Label the few sentences between an "ai-summary" label (or notice) and the box's end as
    the box's."""
    i, n = 0, len(infos)
    while i < n:
        v = infos[i].verdict
        if v is None or v.rule != "ai-summary":
            i += 1
            continue
        j = i + 1
        while j < n and infos[j].verdict is not None and infos[j].verdict.rule == "ai-summary":
            j += 1  # the notice under the label
        k = j
        while k < n and k <= j + SUMMARY_MAX_LINES and infos[k].verdict is None and infos[k].prose:
            k += 1
        # only a box that visibly ends (a button or label under its few sentences): sentences
        # running on into the story are the story's
        if j < k <= j + SUMMARY_MAX_LINES and k < n and not infos[k].prose:
            for m in range(j, k):
                labels[m] = LineLabel(infos[m].line.n, "boilerplate", "ai-summary-text")
        i = max(k, i + 1)


# Items of a listing story: "▲홍길동씨 별세, … 발인 17일", "◇4급 승진 ▲안전정책과장 홍길동".
_LISTED = re.compile(r"^\s*[▲◇◆■□●]\s*\S")
LISTED_MIN_HANGUL = 8


def _article_furniture(infos: list[LineInfo]) -> bool:
    """The page has an article's furniture: a dateline, byline or copyright notice."""
    return any(
        x.verdict is not None and (x.verdict.label == "meta" or x.verdict.rule == "copyright") for x in infos
    )


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
