"""Repair cp949/EUC-KR text that was read one byte per character as cp1252 or Latin-1.

"¹®ÀçÀÎ ´ëÅë·ÉÀÌ" is "문재인 대통령이". No library undoes this (ftfy's issue #29), and real
pages are worse than a plain re-encode can fix: after the wrong decode, an ftfy-style "fix"
merged some runs into single characters, soft hyphens (byte 0xAD) were deleted, "Â " lost its
0xC2, a page cut could leave a dangling lead byte (../shared/devset/MOJIBAKE.md). ``lattice``
finds the most Korean reading of a line under all of that; this module decides, line by line,
whether that reading replaces the line.

The decision is deliberately strict: the reading must be made of common Hangul syllables and
be far more likely Korean text than the line as printed. Clean Korean, Latin-script text
(French, German accents) and mixed pages stay as they are. A page that only went through the
wrong decode (no merged characters) is read back byte for byte instead (``undamaged``).
Once a page has shown itself to be mojibake (several lines repaired with confidence), its
short lines ("¡¼", a lone headline word) are repaired on a lighter test: the same page was
broken the same way.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .charmodel import is_common_syllable
from .lattice import best_reading, literal_cost
from .readings import not_single_byte
from .undamaged import undamaged_reading

# The shape of cp949 mojibake: every Hangul syllable is two bytes >= 0x80, and its lead byte
# (0xB0-0xC8) reads as one of "°±²³´µ¶·¸¹º»¼½¾¿À-È"; so broken Korean is long runs of Latin-1
# signs and letters, some merged into other non-Hangul characters. European text has its
# accented letters one at a time between ASCII letters ("Müller", "élève"), clean Korean has
# the odd "°C" or "·". A line is searched only when most of its Latin-1 characters sit in runs.
_LATIN1 = re.compile(r"[\u00a1-\u00ff]")
_LATIN1_RUN = re.compile(r"(?:(?![\s\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3])[^\x00-\x7f]){2,}")
MIN_RUN_SHARE = 0.75  # of the line's Latin-1 characters, the share inside runs of two or more
MIN_RUN_CHARS = 4  # Latin-1 characters in runs: fewer is no evidence on its own
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
# Two Latin-1 characters side by side: every broken syllable has them (a lead byte and, but
# for a merge, its trail), and plain character classes find them fast. Lines without are
# never searched. "··" does not count: clean Korean writes its ellipsis "···" that way.
_LATIN1_PAIR = re.compile(r"[\u00a1-\u00b6\u00b8-\u00ff][\u00a1-\u00ff]|\u00b7[\u00a1-\u00b6\u00b8-\u00ff]")

# Strict test (a line on its own): the reading made at least this many syllables, not all the
# same, nearly all common ones (KS X 1001), and is this much cheaper (nats per syllable made)
# than the printed line.
MIN_SYLLABLES = 3
MIN_DISTINCT_SYLLABLES = 2  # "°°°°°°" reads as "같같같": one syllable repeated is no Korean
MIN_COMMON_SHARE = 0.9
MIN_GAIN_PER_SYLLABLE = 8.0
# Light test, on a page with this many strictly repaired lines: any decoded character, and
# half the gain. Two lines already rule out chance: clean text never passes the strict test.
CONFIRMED_PAGE_LINES = 2
LIGHT_MIN_GAIN_PER_CHAR = 4.0
LIGHT_MIN_RUN_CHARS = 2  # one broken syllable ("¡¼", "¡¯")
# A page with this many merged characters went through the fixer (MOJIBAKE.md step 2), and
# likely lost bytes too: it gets the full search. Otherwise a plain wrong decode is assumed and
# lines are read back byte for byte (``undamaged``), which is exact and invents nothing.
MIN_MERGES = 1
# Bound on the characters one page may send through the full search (about 0.1 ms each): a
# huge single-line page cannot stall a crawl; lines past it are read back byte for byte.
MAX_SEARCH_CHARS = 50_000


@dataclass(frozen=True, slots=True)
class PageEvidence:
    """What the whole page says about how it was broken."""

    damaged: bool  # merged characters: the fixer ran, bytes may be merged, deleted, lost
    soft_hyphens_kept: bool  # soft hyphens are still there: none were deleted

    @classmethod
    def of(cls, text: str, lines: list[str]) -> PageEvidence:
        return cls(damaged=sum(map(merged_characters, lines)) >= MIN_MERGES, soft_hyphens_kept="\xad" in text)


@dataclass(frozen=True, slots=True)
class LineRepair:
    text: str
    strict: bool  # passed the strict test (else only the light one)
    cp1252: bool  # a cp1252-only character was read as its byte (else Latin-1 explains it)


def latin1_in_runs(line: str) -> tuple[int, int]:
    """(Latin-1 characters of the line, those inside runs of non-ASCII non-Hangul characters)."""
    total = len(_LATIN1.findall(line))
    if not total:
        return 0, 0
    return total, len(_LATIN1.findall("".join(_LATIN1_RUN.findall(line))))


def looks_broken(line: str, min_run_chars: int = MIN_RUN_CHARS) -> bool:
    """Cheap shape test: does the line look like cp949 read as single bytes?"""
    return _broken_shape(*latin1_in_runs(line), min_run_chars)


def _broken_shape(total: int, in_runs: int, min_run_chars: int) -> bool:
    return in_runs >= min_run_chars and in_runs >= MIN_RUN_SHARE * total


def merged_characters(text: str) -> int:
    """Characters inside Latin-1 runs that no single byte explains: the fixer's merges."""
    return len(not_single_byte().findall("".join(_LATIN1_RUN.findall(text))))


_UNKNOWN_PAGE = PageEvidence(damaged=True, soft_hyphens_kept=False)


def repair_line(
    line: str, page: PageEvidence = _UNKNOWN_PAGE, *, cut_at_end: bool = False, search: bool = True
) -> LineRepair | None:
    """The repaired line, or None when it is not cp949 mojibake (or nothing better was found).

    A damaged page gets the full search (``search`` false: the page's search budget is spent);
    otherwise the line is read back byte for byte.
    """
    shape = latin1_in_runs(line)
    if not _broken_shape(*shape, LIGHT_MIN_RUN_CHARS):
        return None
    if page.damaged and search:
        path = best_reading(line, soft_hyphens_kept=page.soft_hyphens_kept, cut_at_end=cut_at_end)
    else:
        path = undamaged_reading(line)
    if path.text == line:
        return None
    gain = literal_cost(line) - path.cost
    # Judge only what the reading made: Hangul the line already had is no evidence.
    made = Counter(_HANGUL.findall(path.text)) - Counter(_HANGUL.findall(line))
    syllables = sum(made.values())
    common = sum(n for s, n in made.items() if is_common_syllable(s))
    strict = (
        _broken_shape(*shape, MIN_RUN_CHARS)
        and syllables >= MIN_SYLLABLES
        and len(made) >= MIN_DISTINCT_SYLLABLES
        and common >= MIN_COMMON_SHARE * syllables
        and gain >= MIN_GAIN_PER_SYLLABLE * syllables
    )
    if not strict:  # the light test, for lines of a page already shown to be broken
        decoded = sum((Counter(path.text) - Counter(line)).values()) or 1
        if not (gain >= LIGHT_MIN_GAIN_PER_CHAR * decoded and common == syllables):
            return None
    return LineRepair(path.text, strict, path.cp1252)


def repair_cp949(text: str) -> tuple[str, str | None]:
    """Repair every cp949-mojibake line of ``text``: (text, repair name or None).

    Lines are repaired one by one (a page can be partly broken) and never split or joined.
    """
    if not _LATIN1_PAIR.search(text):
        return text, None
    lines = text.split("\n")
    candidates = [i for i, line in enumerate(lines) if _LATIN1_PAIR.search(line)]
    page = PageEvidence.of(text, [lines[i] for i in candidates])
    last = max((i for i, ln in enumerate(lines) if ln.strip()), default=-1)
    found = {}
    budget = MAX_SEARCH_CHARS
    for i in candidates:
        rep = repair_line(lines[i], page, cut_at_end=i == last, search=len(lines[i]) <= budget)
        budget -= len(lines[i])
        if rep is not None:
            found[i] = rep
    strict = [r for r in found.values() if r.strict]
    if not strict:
        return text, None
    confirmed = len(strict) >= CONFIRMED_PAGE_LINES
    for i, rep in found.items():
        if rep.strict or confirmed:
            lines[i] = rep.text
    cp1252 = any(r.cp1252 for r in found.values())
    return "\n".join(lines), "cp949-read-as-cp1252" if cp1252 else "cp949-read-as-latin1"
