"""Reading back a line that only went through the wrong decode (no merged characters).

Then every character is exactly one byte and the line decodes byte for byte: exact, fast, and
nothing to choose. A word that does not decode lost a byte on the way, and which byte cannot
be told: a deleted soft hyphen (0xAD, the trail of 서 강 화 ...) or one of the five bytes cp1252
leaves undefined (0x81 0x8D 0x8F 0x90 0x9D, in rare UHC-only syllables), which some decoders
drop. Any guess could invent a syllable, so such a word stays as printed. (Pages that went
through the fixer, with merged characters, get the full search of ``lattice`` instead: there
the corruption chain is known and lost soft hyphens are put back.)
"""

from __future__ import annotations

import re

from .charmodel import text_cost
from .lattice import Path
from .readings import byte_for_byte

_WORDS = re.compile(r"([ \t]+)")


def undamaged_reading(line: str) -> Path:
    """The line byte for byte; else word by word, a word that does not decode kept as printed."""
    whole = byte_for_byte(line)
    if whole is not None:
        return Path(whole[0], text_cost(whole[0], " "), whole[1])
    parts, cp1252 = [], False
    for word in _WORDS.split(line):
        got = byte_for_byte(word) if word.strip() else None
        parts.append(got[0] if got else word)
        cp1252 = cp1252 or bool(got and got[1])
    text = "".join(parts)
    return Path(text, text_cost(text, " "), cp1252)
