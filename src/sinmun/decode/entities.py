"""HTML character references left in text, including the half-escaped forms of Korean crawls.

Crawlers that strip tags often leave "&quot;" or "&#39;" behind, escape twice ("&amp;#39;",
"&amp;nbsp;") or lose the ampersand on the way ("amp;#39;", "quot;", "apos;"). These become
the characters they stand for. Only complete references are read: a name or number followed
by ";". So "R&D", "AT&T", "&office_id=047" in a URL stay as they are (the HTML5 rule that
"&sect" may lack its semicolon is what turned "&section_id" into "§ion_id" in some crawls; we
do not repeat it). A reference that would break a line (&#10;) or stands for a control
character becomes a space, so the page keeps its lines.
"""

from __future__ import annotations

import re
from functools import cache
from html.entities import html5

# "&amp;" repeated (double escaping), then a named or numeric reference with its ";".
_REFERENCE = re.compile(r"&(?:amp;){0,4}(#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)")
# The ampersand lost: only the forms crawls really produce, and only after something that
# cannot end a word (so "aquot;" in a URL or an identifier is left alone; checked in
# ``_replace_bare``, as a look-behind at every position would slow the scan down).
_BARE = re.compile(r"(?:amp;){1,4}(#[0-9]{1,7};|[A-Za-z]{2,6};)|(quot;|apos;)")
_BARE_HINT = re.compile(r"(?:amp|quot|apos);")
_WORD_CHAR = re.compile(r"[A-Za-z0-9_&]")
_LINE_BREAKING = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]")
_MAX_CODEPOINT = 0x10FFFF
_SURROGATES = range(0xD800, 0xE000)


@cache
def _names() -> dict[str, str]:
    """HTML5 reference names that end in ";" -> their characters."""
    return {name: value for name, value in html5.items() if name.endswith(";")}


def _resolve(ref: str) -> str | None:
    """The characters of one reference body (``#39;``, ``quot;``), or None when it is none."""
    if ref.startswith("#"):
        digits = ref[1:-1]
        code = int(digits[1:], 16) if digits[:1] in "xX" else int(digits)
        if code == 0 or code > _MAX_CODEPOINT or code in _SURROGATES:
            return None
        value = chr(code)
    else:
        value = _names().get(ref)
        if value is None:
            return None
    return _LINE_BREAKING.sub(" ", value)


def _replace(match: re.Match[str]) -> str:
    ref = match.group(1) or match.group(2)
    value = _resolve(ref)
    return match.group(0) if value is None else value


def _replace_bare(match: re.Match[str]) -> str:
    start = match.start()
    if start and _WORD_CHAR.match(match.string, start - 1):
        return match.group(0)
    return _replace(match)


def may_hold_references(text: str) -> bool:
    """Fast check: could ``text`` hold a reference, whole or without its "&"?"""
    return "&" in text or bool(_BARE_HINT.search(text))


def repair_entities(text: str) -> tuple[str, bool]:
    """Character references in ``text`` replaced by their characters: (text, anything changed)."""
    if not may_hold_references(text):
        return text, False
    out = _BARE.sub(_replace_bare, _REFERENCE.sub(_replace, text))
    return out, out != text
