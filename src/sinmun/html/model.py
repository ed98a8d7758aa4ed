"""The result types of the HTML side: what the page says about itself, and its text lines."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Literal

from ..segment import BlockHint


@dataclass(frozen=True, slots=True)
class PageMeta:
    """Metadata the page declares about itself (og:*, article:*, <meta name>, JSON-LD, <title>).

    Values are as declared (whitespace-trimmed), except ``title`` which has the site suffix of
    ``<title>`` ("… - SBS 뉴스") removed. Dates are ISO strings as the page gave them.
    """

    title: str | None = None
    published: str | None = None
    modified: str | None = None
    site_name: str | None = None
    authors: tuple[str, ...] = ()  # names as declared ("홍길동 기자", "스포츠조선 = 안소윤 기자")
    persons: tuple[str, ...] = ()  # JSON-LD authors typed schema.org Person (names as declared)
    description: str | None = None
    section: str | None = None  # article:section, JSON-LD articleSection
    publisher: str | None = None  # JSON-LD publisher.name, or the outlet named in the title suffix
    article_type: str | None = None  # JSON-LD @type (NewsArticle ...) or og:type ("article")
    body: str | None = None  # JSON-LD articleBody: evidence for main-content selection
    url: str | None = None  # og:url or <link rel=canonical>
    press: str | None = None  # the article's own outlet on portals ("헤럴드경제 | 네이버" → 헤럴드경제)
    kind: Literal["article", "list"] | None = None  # what the HTML evidence says the page is
    furniture_lines: int = 0  # page lines outside the article left out of the text (html/page.py)

    def text_values(self) -> list[str]:
        """The free-text values that can reach the record (titles, names, outlets), in a
        fixed order: the pipeline repairs and normalises them like the page's lines. Dates,
        URLs and ``body`` (evidence only) are left as declared."""
        values = [v for f in _TEXT_FIELDS if (v := getattr(self, f))]
        return values + [v for f in _TEXT_LISTS for v in getattr(self, f)]

    def with_text(self, fix: Callable[[str], str]) -> PageMeta:
        """The same metadata with ``fix`` applied to every value ``text_values`` lists."""
        changes: dict[str, object] = {f: fix(v) for f in _TEXT_FIELDS if (v := getattr(self, f))}
        changes.update({f: tuple(fix(v) for v in getattr(self, f)) for f in _TEXT_LISTS})
        return replace(self, **changes)  # type: ignore[arg-type]


# The free-text fields of ``PageMeta`` (single values, then tuples of names).
_TEXT_FIELDS = ("title", "site_name", "description", "section", "publisher", "press")
_TEXT_LISTS = ("authors", "persons")


@dataclass(frozen=True, slots=True)
class HtmlText:
    """The page as text lines (one block per line), a hint per line, and page metadata."""

    text: str  # lines joined by "\n"; ``Line.n`` of the record refers to these lines
    hints: tuple[BlockHint, ...] = ()  # one per line of ``text``
    meta: PageMeta = field(default_factory=PageMeta)
