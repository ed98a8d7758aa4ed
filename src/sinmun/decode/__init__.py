"""Step 1 of the pipeline, "decode": bytes or str become clean text, and the record says
what was done (``encoding.input``, ``encoding.repairs``).

1. bytes -> str (``bytes_detect``): BOM, UTF-8, the page's declaration, cp949/EUC-KR,
   charset-normalizer as the fallback;
2. "\\r\\n" and "\\r" -> "\\n" (``normalise.newlines``);
3. repairs, line by line: cp949 read as cp1252/Latin-1 (``mojibake``), UTF-8 read as
   cp1252/Latin-1 (``utf8_mojibake``, ftfy), HTML character references left in text
   (``entities``; not in HTML, where they are the parser's job);
4. normalisation (``normalise.clean``): spaces, invisible and control characters, NFC.

Line structure is sacred here: the output has exactly as many "\\n"-separated lines as the
(repaired) input, so line numbers in ``lines`` match the text a user sees. Clean text takes a
fast path: one regex search finds nothing to repair and the repairs are skipped.

HTML takes a shorter road (``read`` then ``decode_lines``): the parser reads the markup as
decoded, and steps 2-4 run only on the text lines it made — a few kilobytes instead of the
whole page, most of which is markup and script no reader sees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import InputError
from ..html import looks_like_html
from .bytes_detect import decode_bytes
from .entities import may_hold_references, repair_entities
from .mojibake import repair_cp949
from .normalise import clean, newlines
from .utf8_mojibake import repair_utf8

__all__ = ["Decoded", "decode", "decode_lines", "finish", "read"]

# Mojibake of both kinds is made of Latin-1 letters and signs (a middle dot alone is ordinary
# Korean punctuation); a character reference needs "&", or ";" of one that lost its "&". Text
# without any is clean: one scan of a plain character class decides.
_LATIN1 = re.compile(r"[\u00a1-\u00b6\u00b8-\u00ff]")
# Markup: in HTML (even a page that does not start like a document, "<script>..." first)
# character references belong to the parser, which must see "&lt;" as text, not as a tag.
_TAG = re.compile(
    r"<(?:html|head|body|meta|script|style|div|span|p|a|br|table|ul|li|img)\b[^<>]{0,2000}>", re.I
)
MIN_TAGS = 3
HTML_SNIFF_CHARS = 65536


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    input: str  # encoding of the bytes, or "str" when the caller passed text
    repairs: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


def decode(page: str | bytes) -> Decoded:
    """Turn the caller's page into clean text, saying which encoding and repairs it took.

    Raises:
        InputError: ``page`` is neither str nor bytes.
    """
    return finish(read(page))


def read(page: str | bytes) -> Decoded:
    """Step 1 only: the page as str, with its encoding and warnings; newlines, repairs and
    normalisation are left to ``finish`` (text) or ``decode_lines`` (the lines of an HTML page).

    Raises:
        InputError: ``page`` is neither str nor bytes.
    """
    if isinstance(page, bytes | bytearray | memoryview):
        found = decode_bytes(bytes(page))
        return Decoded(found.text, found.encoding, (), found.warnings)
    if isinstance(page, str):
        return Decoded(page, "str")
    raise InputError(f"`page` should be str or bytes, but {type(page).__name__}")


def finish(found: Decoded) -> Decoded:
    """Steps 2-4 on the text ``read`` returned: newlines, repairs, normalisation."""
    text, repairs = repair(newlines(found.text))
    return Decoded(clean(text), found.input, found.repairs + repairs, found.warnings)


def decode_lines(text: str) -> tuple[str, tuple[str, ...]]:
    """Steps 3-4 for the text lines an HTML parser made from a page (one block per line,
    spaces collapsed): mojibake repaired, then normalised as ``decode`` does, and lines that
    normalisation changed collapsed again. Character references are not touched: the parser
    decoded the page's own, and what is left is text the page shows. Returns (text, repairs);
    the line count is kept.
    """
    text, repairs = repair(text, references=False)
    tidy = clean(text)
    if tidy != text:  # rare: invisible or odd-space characters in the page's text
        tidy = "\n".join(" ".join(line.split()) for line in tidy.split("\n"))
    return tidy, repairs


def repair(text: str, *, references: bool = True) -> tuple[str, tuple[str, ...]]:
    """Undo mojibake and (``references``) left-over character references: (text, names of
    the repairs done)."""
    repairs: list[str] = []
    if _LATIN1.search(text):
        before = text.split("\n")
        text, cp949 = repair_cp949(text)
        skip: frozenset[int] = frozenset()
        if cp949:
            repairs.append(cp949)
            skip = frozenset(
                i for i, (a, b) in enumerate(zip(before, text.split("\n"), strict=True)) if a != b
            )
        text, utf8 = repair_utf8(text, skip)
        repairs += utf8
    if references and may_hold_references(text) and not _is_markup(text):
        text, changed = repair_entities(text)
        if changed:
            repairs.append("html-entities")
    return text, tuple(repairs)


def _is_markup(text: str) -> bool:
    return looks_like_html(text) or len(_TAG.findall(text, 0, HTML_SNIFF_CHARS)) >= MIN_TAGS
