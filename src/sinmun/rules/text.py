"""Character-level features of a line: how Korean, how sentence-like, how headline-like.

These are the cheap signals every other rule and the document pass build on. All regexes
are anchored or bounded so their cost is linear in the line length.
"""

from __future__ import annotations

import re

# Leading list/bullet decoration scraped from <li> and widgets: "  • ", "- ", "· ", "▶ ".
_BULLET_CHARS = frozenset("•·◦▪▫●○■□◆◇▶▷►-–—*")
_BULLET = re.compile(r"^\s*(?:[•·◦▪▫●○■□◆◇▶▷►\-–—*]\s*)+")

HANGUL = re.compile(r"[가-힣]")
# Runs of syllables: counting their lengths allocates one match per word, not per syllable.
_HANGUL_RUN = re.compile(r"[가-힣]+")

# A finished sentence ends in . ! ? (then maybe closing quotes or brackets). A bare final
# "다" is not enough on its own: headlines end in "다" too ("공동번영 이룬다").
_SENT_END = re.compile(r"(?<![.…])[.!?][\"'”’)\]」』]*\s*$")
# What a finished sentence ends on before any ellipsis ("입장이다..." is style, not a cut).
_FINISHED = ("다", "요", "죠", "까", "!", "?", ".", "”", '"')
# Closing quotes and brackets after a sentence's last syllable.
_CLOSERS = "\"'”’)]」』 "

# A sentence end inside the line, followed by more text ("… 전해드립니다. 대전 스포츠는"):
# headlines almost never contain one.
# (The ending must follow a syllable: "가. … 나. … 다. …" enumerations are not sentences.)
INTERNAL_SENTENCE = re.compile(r"[가-힣][다요죠][.!?][\"'”’]?\s+\S")
# A sentence that ends inside a line and is followed by another without a space
# ("체결했다.시는 …"): typical of teaser snippets that flatten paragraphs.
GLUED_SENTENCE = re.compile(r"[다요][.!?][\"'”’]?[가-힣A-Za-z0-9“\"‘']")
# A line cut off by the site with an ellipsis ("…참정...", "구독 취소를 ...").
_ELLIPSIS_CUT = re.compile(r"(?:\.{2,}|…)\s*$")
# Korean connective endings a broadcast script line breaks on ("광주와 전남지방은",
# "떨어져", "보이겠고,"): the sentence continues on the next line.
_CONNECTIVE_END = re.compile(r"(?:[은는이가을를에의도와과로고며서면데게만듯해져러어아여],?|,)\s*$")

# A paragraph is at least this long before a missing sentence end counts as "cut off"
# rather than a short heading or label.
TRUNCATION_MIN_CHARS = 80
# A line ending in a verb but no period is a sentence, not a headline, from this length.
VERB_FINAL_MIN_CHARS = 70
# Headline length band (characters): shorter is a label/menu item, longer is prose.
HEADLINE_MIN_CHARS = 2
HEADLINE_MAX_CHARS = 120


def strip_bullet(text: str) -> str:
    """The line without leading bullet decoration."""
    t = text.strip()
    if t[:1] not in _BULLET_CHARS:  # most lines: no regex needed
        return t
    return _BULLET.sub("", t, count=1).strip()


def hangul_count(text: str) -> int:
    return sum(map(len, _HANGUL_RUN.findall(text)))


def word_count(text: str) -> int:
    """Whitespace-separated words (str.split and the regex \\s agree on what whitespace is)."""
    return len(text.split())


def ends_sentence(text: str) -> bool:
    """True when the line ends like a finished sentence (with closing punctuation)."""
    return bool(_SENT_END.search(text[-12:]))


def ends_with_ellipsis_cut(text: str) -> bool:
    """True for a line a site cut short with "..." / "…" in mid-sentence ("…참정...")."""
    m = _ELLIPSIS_CUT.search(text)
    if not m:
        return False
    before = text[: m.start()].rstrip()
    return bool(before) and not before.endswith(_FINISHED)


def ends_connective(text: str) -> bool:
    """True when a short line stops on a connective ending (script lines broken by phrase)."""
    return bool(_CONNECTIVE_END.search(text[-4:]))


def is_prose(text: str, n_hangul: int | None = None) -> bool:
    """A line of running Korean text: sentences, not a label, menu item or headline."""
    text = text.strip(" |")  # table cells scraped as "| … |"
    if (hangul_count(text) if n_hangul is None else n_hangul) < 8 or text.startswith(("http://", "https://")):
        return False
    words = word_count(text)
    if ends_sentence(text):
        return words >= 3
    if INTERNAL_SENTENCE.search(text) and words >= 6:
        return True
    if text.endswith(("다", "요")) and len(text) >= VERB_FINAL_MIN_CHARS and words >= 10:
        return True  # a sentence printed without its period
    # Long lines without a final period are still prose (a paragraph cut off by the
    # page excerpt, or a run of glued sentences).
    return len(text) >= TRUNCATION_MIN_CHARS and words >= 8


# A paragraph closing on the reporter's e-mail: "… 아쉽기도 하다. /seon@osen.co.kr" (looked
# for in the line's last SIGNOFF_TAIL_CHARS only). Its own address pattern: bylines.EMAIL is
# built on this module, which cannot import it back.
SIGNOFF_TAIL_CHARS = 120
_SIGNOFF_EMAIL = re.compile(
    r"[.!?\"”’)]\s*/?\s*[A-Za-z0-9._%+\-]{1,40}@[A-Za-z0-9\-.]{1,60}\.[A-Za-z]{2,}\s*$"
)


def is_truncated(text: str, n_hangul: int | None = None) -> bool:
    """A long prose line that stops in mid-sentence (cut by a site or by the excerpt)."""
    if ends_with_ellipsis_cut(text) and (hangul_count(text) if n_hangul is None else n_hangul) >= 8:
        return True
    if (
        len(text) < TRUNCATION_MIN_CHARS
        or ends_sentence(text)
        or _SIGNOFF_EMAIL.search(text[-SIGNOFF_TAIL_CHARS:])
    ):
        return False
    if _ELLIPSIS_CUT.search(text):
        return True  # a long paragraph ending in "..." is a site's cut, even after "다"

    # a quote closed without a period ('… 씁쓸함을 느낍니다"') or a verb without one is finished
    return not text.rstrip(_CLOSERS).endswith(_FINISHED)


def is_headline_like(text: str, n_hangul: int | None = None) -> bool:
    """Shape of a headline: short, Korean, not a finished sentence with a period."""
    t = strip_bullet(text)
    if not HEADLINE_MIN_CHARS <= len(t) <= HEADLINE_MAX_CHARS:
        return False
    if (hangul_count(t) if n_hangul is None else n_hangul) < 2:
        return False

    return not (ends_sentence(t) and t.endswith(".") and word_count(t) > 6)
