"""Is this text an HTML page? Decided from its first few kilobytes only (cheap, crawl-safe)."""

from __future__ import annotations

import re

# How much of the page the sniffer looks at: every real page declares itself within it.
SNIFF_CHARS = 8192

# The page must START like markup: after a BOM, whitespace and comments, the first thing is a
# tag or a doctype / XML declaration. A scraped text page that quotes a tag mid-text does not.
_MARKUP_START = re.compile(r"\A\ufeff?\s*(?:<!--.*?-->\s*){0,20}<[!?a-zA-Z]", re.S)
# ... and somewhere near the start there is a tag only documents have. MBN pages, for
# example, begin with <script> and reach <html> later, so a start-only test is not enough.
_DOCUMENT_TAG = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|title|link|script|div|p|table|article|section)[\s>/]", re.I
)


def looks_like_html(text: str) -> bool:
    """True when ``text`` starts like an HTML document (not a text page quoting a tag)."""
    head = text[:SNIFF_CHARS]
    return bool(_MARKUP_START.match(head)) and bool(_DOCUMENT_TAG.search(head))
