"""UTF-8 read as cp1252 or Latin-1 ("CafÃ©", "ì•ˆë…•í•˜ì„¸ìš”"): ftfy's job, done line by line.

ftfy does this well, so we only decide where it may act and name what it did:
- per line (a page can be partly broken; ftfy never sees a line break to move),
- only on lines with a UTF-8-looking run (ftfy's own detector), after the cp949 repair, and
  never where ftfy's "fix" would invent the characters typical of mangled cp949 (Greek, IPA,
  Arabic, combining marks, private use: see MOJIBAKE.md, that is how those pages were broken),
- with one addition for Korean: a no-break space inside the UTF-8 bytes of a syllable (날 is
  EB 82 A0) was often turned into a plain space on the way, which ftfy cannot see; we try the
  line with such spaces put back as no-break spaces and keep whichever reading ftfy fixes better.
"""

from __future__ import annotations

import re

_CP1252_CONTINUATION = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
# A three-byte UTF-8 lead (E0-EF as cp1252 "à-ï") and one continuation byte, then a space where
# the third byte (A0, the no-break space) was: "ë‚ " for 날.
_LOST_NBSP = re.compile(f"([\u00e0-\u00ef][{_CP1252_CONTINUATION}]) ")
# Characters no UTF-8 repair of Korean or Western text should produce, but ftfy does when it
# "fixes" cp949 mojibake: Latin Extended-B, IPA and spacing modifiers, combining marks, Greek,
# Cyrillic, Hebrew to NKo, private use.
_MERGE_GARBAGE = re.compile(
    "[\u0180-\u02ff\u0300-\u036f\u0370-\u03ff\u0400-\u04ff\u0590-\u08ff\ue000-\uf8ff]"
)
_NAMES = {"latin-1": "latin1", "sloppy-windows-1252": "cp1252", "windows-1252": "cp1252"}


# A UTF-8 lead byte (C2-F4) as cp1252 shows it, then a continuation byte: every run ftfy can
# fix starts so. A plain character-class pair, far faster than ftfy's full detector.
_UTF8_PAIR = re.compile(f"[\u00c2-\u00f4][{_CP1252_CONTINUATION}]")


def _detector() -> re.Pattern[str]:
    from ftfy.chardata import UTF8_DETECTOR_RE

    return UTF8_DETECTOR_RE


def _fix(line: str) -> tuple[str, str | None]:
    """ftfy's fix of one line and the code page it undid (None when nothing was done)."""
    import ftfy

    fixed, steps = ftfy.fix_encoding_and_explain(line)
    if fixed == line:
        return line, None
    encodings = [arg for op, arg in steps if op == "encode"]
    return fixed, _NAMES.get(encodings[0], encodings[0]) if encodings else "cp1252"


def _leftover(text: str) -> int:
    return len(_detector().findall(text))


def repair_line(line: str) -> tuple[str, str | None]:
    """(line, repair name) with UTF-8 mojibake undone; the name is None when nothing was done."""
    if not (_UTF8_PAIR.search(line) and _detector().search(line)):
        return line, None
    best, codepage = _fix(line)
    if _LOST_NBSP.search(line):
        other, other_codepage = _fix(_LOST_NBSP.sub("\\1\u00a0", line))
        if other_codepage and _leftover(other) < _leftover(best):
            best, codepage = other, other_codepage
    if codepage is None:
        return line, None
    if len(_MERGE_GARBAGE.findall(best)) > len(_MERGE_GARBAGE.findall(line)):
        return line, None
    return best, f"utf8-read-as-{codepage}"


def repair_utf8(text: str, skip: frozenset[int] = frozenset()) -> tuple[str, tuple[str, ...]]:
    """Undo UTF-8 mojibake line by line (lines in ``skip`` were already repaired otherwise)."""
    if not _UTF8_PAIR.search(text):
        return text, ()
    lines = text.split("\n")
    names: list[str] = []
    for i, line in enumerate(lines):
        if i in skip or not _UTF8_PAIR.search(line):
            continue
        fixed, name = repair_line(line)
        if name:
            lines[i] = fixed.replace("\n", " ")
            if name not in names:
                names.append(name)
    return "\n".join(lines), tuple(names)
