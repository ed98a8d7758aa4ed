"""Where the article's paragraphs are: repeated text, broadcast-script fragments, captions
known from their position, and the clusters of prose lines the body run is chosen from."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .record import LineLabel
from .rules import captions, signoffs
from .rules.text import ends_connective, ends_sentence, ends_with_ellipsis_cut

if TYPE_CHECKING:
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
# Verdicts that end a cluster of body paragraphs: after these the article is over.
_BREAKERS = frozenset(
    {"copyright", "list-header", "page-date", "weather-ticker", "byline", "crew-credit", "dateline"}
)
# A cluster that ends in a byline or copyright notice is the article (its tail is there).
_CLOSERS = frozenset({"copyright", "byline", "crew-credit"})
CLOSED_BONUS = 2.0
# Text after a copyright notice is rarely the article: the notice closes it.
AFTER_NOTICE_WEIGHT = 0.5
# Two long lines opening with this many identical characters are one text printed twice
# (a paragraph and its teaser copy).
NEAR_DUP_PREFIX = 60
_WORDY = re.compile(r"[가-힣A-Za-z0-9]{2}")
# Script lines broken by phrase are at most this long ("주말인 오늘 광주와 전남지방은").
FRAGMENT_MAX_CHARS = 60


def norm(text: str) -> str:
    return " ".join(text.split())


def duplicates(infos: list[LineInfo]) -> tuple[list[int | None], set[int]]:
    """For each line, the index of an earlier line with the same text (or, for long lines,
    the same opening: a teaser copy of a paragraph); and the indices repeated later.
    Separator lines ("-----") repeat by design and are not duplicates."""
    first: dict[str, int] = {}
    dup_of: list[int | None] = []
    repeated: set[int] = set()
    for i, info in enumerate(infos):
        k = info.key or norm(info.text)  # bullets off: "• 제목" repeats "제목"
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


def fragments(infos: list[LineInfo]) -> set[int]:
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


def spoken_signoff(info: LineInfo) -> bool:
    """A broadcast sign-off ("YTN 김경수입니다.") is spoken text, however short."""
    return info.verdict is None and signoffs.broadcast_reporter(info.text) is not None


def cut_paragraph(info: LineInfo) -> bool:
    """The page's last line, cut by the excerpt in mid-paragraph ("여 위원장은 \"전씨에 대해 이게")."""
    return info.verdict is None and info.hangul >= 8 and len(info.text.split()) >= 4


def captions_by_position(
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


def clusters(infos: list[LineInfo], cand: list[bool]) -> list[tuple[int, int, float]]:
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
