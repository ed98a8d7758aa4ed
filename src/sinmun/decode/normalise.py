"""Normalisation: the text a user sees, with its lines exactly where they were.

Two passes, because repair needs the raw characters (a soft hyphen or a C1 control character
is a byte of cp949 mojibake until the repair has run):
- ``newlines`` first: "\\r\\n" and a lone "\\r" become "\\n" (universal newlines, as Python's
  text mode and the official scorer read a page), so line numbers match the scorer's.
- ``clean`` last: no-break and other odd spaces become a plain space; zero-width and other
  invisible format characters go; line and paragraph separators other than "\\n" (U+2028,
  U+2029, VT, FF, NEL, FS/GS/RS) become a space, never a line break; stray control characters
  go; a lone surrogate becomes U+FFFD; then NFC. Nothing else: no Hanja conversion, middle dots stay as printed.
"""

from __future__ import annotations

import re
import unicodedata

# Spaces of other widths and no-break spaces (Zs minus the plain space) -> " ".
_SPACES = "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
# Breaks that str.splitlines() honours but the scorer's split("\n") does not: a space, so a
# page keeps its line count.
_SEPARATORS = "\x0b\x0c\x1c-\x1e\x85\u2028\u2029"
# Invisible format characters: soft hyphen, zero-width space, word joiner and invisible
# operators, bidi marks/embeddings/isolates, BOM, Mongolian vowel separator, interlinear
# annotation marks. ZWJ/ZWNJ (U+200C/D) stay: emoji sequences and some scripts need them.
_INVISIBLE = "\u00ad\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb"
# Control characters other than tab and newline (C0, DEL, C1; NEL is a separator above).
_CONTROLS = "\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f"

# Lone surrogates (from bytes decoded with "surrogateescape") cannot be written as UTF-8.
_SURROGATES = "\ud800-\udfff"

# Anything ``clean`` changes, one character at a time: one scan, and the few hits looked up.
_ODD = re.compile(f"[{_SPACES}{_SEPARATORS}{_INVISIBLE}{_CONTROLS}{_SURROGATES}]")
_TO_SPACE = re.compile(f"[{_SPACES}{_SEPARATORS}]")
_TO_REPLACEMENT = re.compile(f"[{_SURROGATES}]")


def _replacement(match: re.Match[str]) -> str:
    ch = match.group()
    if _TO_SPACE.match(ch):
        return " "
    return "\ufffd" if _TO_REPLACEMENT.match(ch) else ""


def newlines(text: str) -> str:
    """CRLF and lone CR -> LF."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def clean(text: str) -> str:
    """Spaces, invisible and control characters tidied, then NFC; the line count is kept."""
    text = _ODD.sub(_replacement, text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text
