"""What bytes one character of cp949 mojibake can stand for (MOJIBAKE.md, step by step).

The text was made by reading cp949 bytes one per character as cp1252 (Latin-1 for the five
bytes cp1252 leaves undefined), after which an ftfy-style fixer merged some runs of characters
into the single character their UTF-8 bytes spell, encoding the run with any of its code pages
("Ç°" -> "ǰ" via cp1252, "Äº" -> "ĺ" -> with "¸´" -> "帴" via windows-1250). So a character is:
- its own one byte (the rule),
- the UTF-8 bytes of a merge, each byte being one character of the run in one of the fixer's
  code pages, which is an original byte or (double merge) itself an earlier merge,
- or the page's own character (a bullet, a curly quote), kept as it is.
Each reading has a penalty in nats saying how rare that step is; the search adds the cost of
the characters the bytes decode to.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache

# Penalties (nats). Single bytes are the rule; merges are frequent (about one character in ten
# on the devset pages); a merge inside a merge, or a run encoded with a code page other than
# cp1252/Latin-1, is rare.
MERGE_PENALTY = 1.0
DOUBLE_MERGE_PENALTY = 3.0  # per byte that was itself a merged character
OTHER_CODEPAGE_PENALTY = 1.0  # the fixer encoded the run with windows-1250, MacRoman, ...
LOST_C2_PENALTY = 2.0  # "Â " became " ": a 0xC2 trail byte before the space is gone
LITERAL_PENALTY = 0.0  # the page printed the character itself; its own cost says how likely
MAX_DOUBLE_MERGES = 2  # per character: deeper nesting was never seen and only adds noise

# ftfy 6's ``chardata.CHARMAP_ENCODINGS``: the code pages its fixer tries, in its order.
# Listed here (not imported) because the corruption happened with these, whatever ftfy does next.
FIXER_CODEPAGES = (
    "latin-1",
    "sloppy-windows-1252",
    "sloppy-windows-1251",
    "sloppy-windows-1250",
    "sloppy-windows-1253",
    "sloppy-windows-1254",
    "sloppy-windows-1257",
    "iso-8859-2",
    "macroman",
    "cp437",
)
_PLAIN_CODEPAGES = ("latin-1", "sloppy-windows-1252")
# ftfy reads "Ã " as "à" that lost its 0xA0 and puts the byte in ("Ã " -> "à "): so "à" can be
# the lone byte C3, the space after it being the page's own (ftfy's ``A_GRAVE_WORD_RE``).
A_GRAVE = "\u00e0"
_CP1252_UNDEFINED = b"\x81\x8d\x8f\x90\x9d"


@dataclass(frozen=True, slots=True)
class Reading:
    """One way a character of the broken text can stand for original bytes."""

    raw: bytes | None  # None: the character is the page's own, kept as it is
    penalty: float
    cp1252: bool = False  # a cp1252-only character was read as its byte (names the repair)


@cache
def _cp1252_only() -> frozenset[str]:
    """Characters cp1252 puts at 0x80-0x9F (where Latin-1 has control characters)."""
    return frozenset(bytes((b,)).decode("cp1252") for b in range(0x80, 0xA0) if b not in _CP1252_UNDEFINED)


def single_byte(ch: str) -> int | None:
    """The byte ``ch`` shows when a byte is read as cp1252 (Latin-1 where cp1252 has none)."""
    if ch in _cp1252_only():
        return ch.encode("cp1252")[0]
    return ord(ch) if 0x80 <= ord(ch) <= 0xFF else None


def _byte_options(byte: int, codepage: str) -> list[tuple[bytes, float]]:
    """What one byte of a merge's UTF-8 form was before the merge, if the run was in ``codepage``."""
    shown = bytes((byte,)).decode(codepage)
    out = []
    original = single_byte(shown)
    if original is not None:
        out.append((bytes((original,)), 0.0))
    if shown >= "\x80":
        out.append((shown.encode("utf-8"), DOUBLE_MERGE_PENALTY))
    return out


def _merge_readings(ch: str) -> dict[bytes, float]:
    """Byte strings ``ch`` stands for when it is a merge, with the lowest penalty of each."""
    import ftfy  # noqa: F401  (registers the "sloppy-windows-*" codecs)

    utf8 = ch.encode("utf-8", "surrogatepass")
    best: dict[bytes, float] = {}
    for codepage in FIXER_CODEPAGES:
        base = MERGE_PENALTY + (0.0 if codepage in _PLAIN_CODEPAGES else OTHER_CODEPAGE_PENALTY)
        per_byte = [_byte_options(b, codepage) for b in utf8]
        if not all(per_byte):
            continue
        for combo in itertools.product(*per_byte):
            nested = sum(1 for _, p in combo if p)
            if nested > MAX_DOUBLE_MERGES:
                continue
            raw = b"".join(r for r, _ in combo)
            penalty = base + sum(p for _, p in combo)
            if penalty < best.get(raw, float("inf")):
                best[raw] = penalty
    return best


@cache
def readings(ch: str) -> tuple[Reading, ...]:
    """Every byte string ``ch`` can stand for, with its penalty (pure, so cached)."""
    if ch < "\x80":
        out = [Reading(ch.encode(), 0.0)]
        if ch == " ":
            out.append(Reading(b"\xc2 ", LOST_C2_PENALTY))
        return tuple(out)
    out = [Reading(None, LITERAL_PENALTY)]
    byte = single_byte(ch)
    if byte is not None:
        out.append(Reading(bytes((byte,)), 0.0, ch in _cp1252_only()))
    out += [Reading(raw, p) for raw, p in _merge_readings(ch).items() if raw != bytes((byte or 0,))]
    if ch == A_GRAVE:
        out.append(Reading(b"\xc3", MERGE_PENALTY))
    return tuple(out)


@cache
def _to_bytes() -> dict[int, int]:
    """``str.translate`` table: each cp1252-only character to the code point of its byte, so
    the translated text is the bytes themselves, one per code point."""
    return {ord(c): c.encode("cp1252")[0] for c in _cp1252_only()}


_NOT_A_BYTE = re.compile(r"[^\x00-\xff]")


@cache
def not_single_byte() -> re.Pattern[str]:
    """A character that ``single_byte`` finds no byte for (nor is it ASCII)."""
    return re.compile("[^\\x00-\\xff" + "".join(sorted(_cp1252_only())) + "]")


def byte_for_byte(chunk: str) -> tuple[str, bool] | None:
    """``chunk`` read back one byte per character as cp949: (text, a cp1252-only character was
    used), or None when a character is no single byte or the bytes are no valid cp949."""
    shown = chunk.translate(_to_bytes())
    if _NOT_A_BYTE.search(shown):
        return None
    try:
        return shown.encode("latin-1").decode("cp949"), shown != chunk
    except UnicodeDecodeError:
        return None
