"""How Korean a piece of text is: a cost in nats (lower = more expected in Korean news text).

The cp949 mojibake repairer chooses between readings of a broken span by their total cost. The
cost of a character is the negative log of its probability after the character before it, a
character bigram model interpolated with character frequencies (counts in ``data/ko_chars.csv``
and ``data/ko_char_pairs.csv``, see ``data/SOURCES.md``). Real probabilities (not log-odds)
matter: a reading that decodes to more characters pays for each, so splitting "¼¼" (세) into
two frequent "서" with invented bytes does not come out cheaper. The pair model tells "3회째"
from "3회강" and "면서" from "면쩌", which single frequencies cannot.
"""

from __future__ import annotations

import math
from functools import cache, lru_cache
from importlib.resources import files
from itertools import chain

HANGUL_FIRST, HANGUL_LAST = 0xAC00, 0xD7A3
SMOOTHING = 0.5  # added to every character count, so a character seen twice is not "free"
PAIR_PRIOR = 20.0  # Dirichlet prior weight of the frequency model in the pair model
# Costs of characters the table never saw, by class (nats). A KS X 1001 syllable is a normal
# syllable the corpus happened to miss; a syllable only cp949's UHC extension can write is rare
# in real text and typical of misaligned byte pairs; Latin-1 letters in Korean text are the
# mojibake itself.
UNSEEN_KSX_SYLLABLE = 13.5
UNSEEN_UHC_SYLLABLE = 18.0
UNSEEN_HANJA = 16.0
UNSEEN_JAMO = 13.0  # "ㅋㅋ", "ㄱ" as letters: informal but real
UNSEEN_OTHER = 17.0
REPLACEMENT = "\ufffd"
_CACHE_SIZE = 1 << 16  # distinct characters / pairs worth remembering across pages


def char_class(ch: str) -> str:
    """ASCII folded to what matters for Korean text: any lower-case letter "a", any capital "A"
    (acronyms like "KBS는" are common next to Hangul, lower-case runs are not, which tells a
    ligature-mangled "dz" (풍) or "ij" (캐) from real Latin text), any digit "0", space " "."""
    if ch.isspace():
        return " "
    if ch < "\x80":
        if ch.isalpha():
            return "a" if ch.islower() else "A"
        if ch.isdigit():
            return "0"
    return ch


def _read_table(name: str) -> list[list[str]]:
    text = files("sinmun").joinpath("data", name).read_text(encoding="utf-8")
    return [row.split(",") for row in text.splitlines()[1:]]


@cache
def _chars() -> tuple[dict[str, int], int]:
    counts = {chr(int(code, 16)): int(n) for code, n in _read_table("ko_chars.csv")}
    return counts, sum(counts.values())


@cache
def _pairs() -> dict[str, int]:
    return {chr(int(a, 16)) + chr(int(b, 16)): int(n) for a, b, n in _read_table("ko_char_pairs.csv")}


@cache
def common_syllables() -> frozenset[str]:
    """The 2,350 syllables EUC-KR can write: the ones Korean text actually uses."""
    return frozenset(
        bytes((lead, trail)).decode("euc_kr") for lead in range(0xB0, 0xC9) for trail in range(0xA1, 0xFF)
    )


def is_common_syllable(ch: str) -> bool:
    """A Hangul syllable of KS X 1001 (what EUC-KR can write)."""
    return ch in common_syllables()


@lru_cache(maxsize=_CACHE_SIZE)
def char_cost(ch: str) -> float:
    """Cost of ``ch`` in Korean news text, whatever comes before it."""
    if ch == REPLACEMENT:
        return 0.0  # a lost syllable: the repairer prices the loss itself
    counts, total = _chars()
    key = char_class(ch)
    n = counts.get(key)
    if n is not None:
        return -math.log((n + SMOOTHING) / total)
    code = ord(ch)
    if HANGUL_FIRST <= code <= HANGUL_LAST:
        return UNSEEN_KSX_SYLLABLE if ch in common_syllables() else UNSEEN_UHC_SYLLABLE
    if 0x4E00 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF:
        return UNSEEN_HANJA
    if 0x3131 <= code <= 0x318E:
        return UNSEEN_JAMO
    return UNSEEN_OTHER


@lru_cache(maxsize=_CACHE_SIZE)
def pair_cost(prev: str, ch: str) -> float:
    """Cost of ``ch`` right after ``prev`` ("" at the start of a line: a space before it)."""
    a, b = char_class(prev or " "), char_class(ch)
    counts, _ = _chars()
    n_first = counts.get(a, 0)
    if not n_first:
        return char_cost(ch)
    p_char = math.exp(-char_cost(ch))
    return -math.log((_pairs().get(a + b, 0) + PAIR_PRIOR * p_char) / (n_first + PAIR_PRIOR))


def text_cost(text: str, prev: str = "") -> float:
    """Cost of ``text`` after ``prev``, character by character."""
    if not text:
        return 0.0
    return math.fsum(map(pair_cost, chain(prev or " ", text[:-1]), text))
