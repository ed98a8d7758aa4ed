"""▲ lists: item runs inside one paragraph ("구체적으로 ▲A ▲B ▲C 등이다") and runs of
paragraphs that each start with the same marker ("■ A" / "■ B", "① A" / "② B", "- A" / "- B")."""

from __future__ import annotations

import re

# Bullets Korean news uses for enumerations; the same character repeats for every item.
# (※ marks a note and ▼ a fall in market figures: neither opens a list.)
BULLETS = "▲△■□●○◆◇▶▷►•◎☞"
# Circled and parenthesised numbers are one family: ①②③ are items of one list.
NUMBERED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽"
NUMBERED_FAMILY = "numbered"
# A list has at least two items; one marked paragraph is a sub-head, not a list.
MIN_ITEMS = 2
# Line-start markers that only count when a run of lines repeats them.
_LINE_MARKER = re.compile(
    rf"^\s*(?:(?P<bullet>[{BULLETS}])|(?P<num>[{NUMBERED}])|(?P<dash>[-–ㆍ·*])(?=\s*\S)|"
    r"(?P<digit>\d{1,2})[.)](?=\s))\s*"
)
# The enumeration's tail after its last item: "… 등이다.", "… 등 12개 항로다", "… 등을 추진한다".
_TAIL_ETC = re.compile(r"\s+등(?=$|[\s.,]|[이을를의에과와도은는으])")
# The first sentence end after the last item, when no "등" closes the enumeration.
_SENTENCE_END = re.compile(r"(?<=[가-힣])\.(?=\s|$)")
_FIGURE = re.compile(r"[\d.,%+\-]+(?:\s|$|%)")
# Separators left at the end of an item inside one paragraph ("▲A, ▲B 및 ▲C").
_ITEM_TRAIL = re.compile(r"[\s,;/]*(?:및|그리고)?[\s,;/]*$")


def find_lists(paragraphs: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """All lists of the body, in reading order, each item without its marker."""
    out: list[tuple[str, ...]] = []
    run: list[str] = []
    run_family: str | None = None
    for para in paragraphs:
        inline = _inline_items(para)
        family, item = _line_item(para) if not inline else (None, None)
        if family is not None and family == run_family:
            run.append(item or "")
            continue
        if len(run) >= MIN_ITEMS:
            out.append(tuple(run))
        run, run_family = ([item or ""], family) if family is not None else ([], None)
        if inline:
            out.append(inline)
    if len(run) >= MIN_ITEMS:
        out.append(tuple(run))
    return tuple(out)


def _family(ch: str) -> str:
    return NUMBERED_FAMILY if ch in NUMBERED else ch


def _inline_items(para: str) -> tuple[str, ...]:
    """Items of the first marker family that repeats inside ``para`` (empty when none does)."""
    counts: dict[str, int] = {}
    for ch in para:
        if ch in BULLETS or ch in NUMBERED:
            counts[_family(ch)] = counts.get(_family(ch), 0) + 1
    family = next((f for f, n in counts.items() if n >= MIN_ITEMS), None)
    if family is None:
        return ()
    marks = BULLETS if family != NUMBERED_FAMILY else NUMBERED
    chars = family if family != NUMBERED_FAMILY else marks
    pieces = re.split(f"[{re.escape(chars)}]", para)[1:]  # text before the first marker is the lead-in
    items = [_ITEM_TRAIL.sub("", p).strip() for p in pieces[:-1]]
    items.append(_last_item(pieces[-1]))
    items = [i for i in items if i]
    # Market figures ("▲1.2% ▲0.5% 상승") repeat the marker too: real items start with words.
    if len(items) < MIN_ITEMS or sum(bool(_FIGURE.match(i)) for i in items) * 2 >= len(items):
        return ()
    return tuple(items)


def _last_item(piece: str) -> str:
    """The last item ends where the sentence around the enumeration resumes."""
    m = _TAIL_ETC.search(piece) or _SENTENCE_END.search(piece)
    return _ITEM_TRAIL.sub("", piece[: m.start()] if m else piece).strip()


def _line_item(para: str) -> tuple[str | None, str | None]:
    """(marker family, item text) when the paragraph starts with a list marker."""
    m = _LINE_MARKER.match(para)
    if not m:
        return None, None
    if m.group("bullet"):
        family = m.group("bullet")
    elif m.group("num"):
        family = NUMBERED_FAMILY
    elif m.group("dash"):
        family = "dash"
    else:
        family = "digit"
    item = para[m.end() :].strip()
    return (family, item) if item else (None, None)
