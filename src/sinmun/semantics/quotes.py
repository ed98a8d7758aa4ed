"""Direct quotes: where they are in a paragraph and whether a double-quoted span is speech.

Korean news quotes speech in “…” (or "…", and pages mix the two: “…"); ‘…’ marks titles,
slogans and quoted phrases and is never speech. A double-quoted span is speech when the
sentence treats it as said: a quotative ending follows (…다”고, …것”이라고, …”며, …”라는
입장이다), it is a whole sentence, or it stands alone as the paragraph. A short term in double
quotes followed by an ordinary particle (“검수완박” 법안을) is not speech.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = '“"'
CLOSERS = '”"'
# Quotative markers written right after the closing mark. Order matters: longer first.
QUOTATIVE = re.compile(
    r"(?:이?라(?:고|며|면서|는|고도|면서도|던)|이?란|고|며|면서|면서도|하고|하며|는|라)(?![가-힣])"
    r"|(?:이?라고|고|며)(?=[가-힣])"  # "…”고도", "…”라고도" and glued verbs ("…”고했다")
)
# The last syllable of a predicate: a quote that ends in one of these is a clause (…다, …요,
# …까, …죠), so a quotative marker after it means speech.
PREDICATE_END = re.compile(r"[다요까죠네군라자오나냐니지게음함임][.?!…~]*$")
# A quote that ends like a sentence (…있습니다.) is speech wherever it stands.
SENTENCE_END = re.compile(r"[가-힣)][.?!…]+$")
# "이정란 / 청주시 오송읍 : "…"" and "<인터뷰> 송수진(기자) : "…"": broadcast-style speaker.
COLON_SPEAKER = re.compile(r"[:：]\s*$")
# Placeholder written over masked quotes, so sentence rules never look inside a quote.
MASK = "\ue000"


@dataclass(frozen=True, slots=True)
class Span:
    """A double-quoted span of one paragraph (paragraph-relative offsets)."""

    open: int  # index of the opening mark
    close: int  # index of the closing mark, or len(paragraph) when the quote runs to its end
    speech: bool = True

    @property
    def start(self) -> int:
        return self.open + 1

    @property
    def end(self) -> int:
        return self.close

    @property
    def after(self) -> int:
        """First index after the closing mark."""
        return self.close + 1


def spans_of(text: str) -> list[Span]:
    """Double-quoted spans of one paragraph, each marked speech or not."""
    out = []
    for op, cl in _pairs(text):
        if cl - op - 1 < 1:
            continue
        out.append(Span(op, cl, _is_speech(text, op, cl)))
    return out


def masked(text: str, spans: list[Span]) -> str:
    """``text`` with every quoted span (marks included) overwritten by ``MASK``."""
    chars = list(text)
    for s in spans:
        for i in range(s.open, min(s.after, len(text))):
            chars[i] = MASK
    return "".join(chars)


def _pairs(text: str) -> list[tuple[int, int]]:
    """(open, close) index pairs; a straight pair inside a curly quote stays inside it."""
    out = []
    i, n = 0, len(text)
    while i < n:
        if text[i] not in OPENERS:
            i += 1
            continue
        close = _closing(text, i)
        out.append((i, close))
        i = close + 1
    return out


def _closing(text: str, op: int) -> int:
    """Index of the mark that closes the quote opened at ``op`` (len(text) when none does)."""
    n = len(text)
    j = op + 1
    curly = text[op] == "“"
    while j < n:
        c = text[j]
        if c == "”":
            return j
        if c == "“" and curly:
            # a nested curly quote: skip to its own closing mark
            inner = text.find("”", j + 1)
            if inner == -1:
                return n
            j = inner + 1
            continue
        if c == '"':
            if not curly:
                return j
            nxt_straight = text.find('"', j + 1)
            nxt_curly = text.find("”", j + 1)
            nxt_open = text.find("“", j + 1)
            nested = nxt_straight != -1 and (nxt_curly == -1 or nxt_straight < nxt_curly)
            if nested and (nxt_open == -1 or nxt_straight < nxt_open):
                j = nxt_straight + 1  # “… "inner" …”
                continue
            return j  # a mixed pair “…"
        j += 1
    return n


def _is_speech(text: str, op: int, cl: int) -> bool:
    inner = text[op + 1 : cl].strip()
    before = text[:op].strip()
    after = text[cl + 1 :] if cl < len(text) else ""
    if not before and not after.strip():
        return True  # the paragraph is only the quote: a continued or stand-alone statement
    if COLON_SPEAKER.search(text[:op]):
        return True
    if SENTENCE_END.search(inner):
        return True
    m = QUOTATIVE.match(after)
    if not m:
        # "“…” 류 박사는 … 설명했다": a quote followed by a space and the sentence's subject
        return not before and after[:1].isspace() and bool(PREDICATE_END.search(inner))
    marker = m.group()
    if PREDICATE_END.search(inner):
        return True
    # A noun-final quote ("…필수”라고", "…첫걸음”이라고") is speech when it is a phrase, not
    # a term: it has more than one word.
    return marker.lstrip("이").startswith(("라", "란")) and " " in inner
