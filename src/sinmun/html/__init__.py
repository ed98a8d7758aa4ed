"""HTML pages: sniffing, and turning a page into text lines with block hints and page
metadata. (Placeholder: the HTML issue replaces the naive text dump below.)"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from ..segment import BlockHint

_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|meta|body)\b", re.I | re.S)


def looks_like_html(text: str) -> bool:
    """True when the text starts like an HTML document (not a text page quoting a tag)."""
    return bool(_HTML_START.match(text[:4096]))


@dataclass(frozen=True, slots=True)
class PageMeta:
    """Metadata the page declares about itself (og:*, article:*, JSON-LD, <title>)."""

    title: str | None = None
    published: str | None = None
    modified: str | None = None
    site_name: str | None = None
    authors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class HtmlText:
    text: str  # one block per line
    hints: tuple[BlockHint, ...] = ()  # one per line of ``text``
    meta: PageMeta = field(default_factory=PageMeta)


_BLOCK = {
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "section",
    "article",
    "figcaption",
    "header",
    "footer",
    "ul",
    "ol",
    "table",
    "title",
    "dd",
    "dt",
}
_SKIP = {"script", "style", "noscript", "template", "svg"}


class _Dump(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_to_text(html: str) -> HtmlText:
    """A naive block dump of the page (placeholder)."""
    p = _Dump()
    p.feed(html)
    lines = [" ".join(x.split()) for x in "".join(p.parts).split("\n")]
    text = "\n".join(x for x in lines if x)
    return HtmlText(text, tuple(BlockHint() for _ in text.split("\n")))
