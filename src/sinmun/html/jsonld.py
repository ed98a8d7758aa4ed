"""JSON-LD ``<script type="application/ld+json">``: the article object a page declares.

News CMSs write JSON-LD by template, often badly (trailing commas, raw newlines, HTML entities
in strings, several objects per page, ``@graph`` wrappers). We take the first object whose
``@type`` is an article type and read the few fields sinmun uses; anything unparsable is
skipped, never fatal.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from typing import Any

# schema.org types that describe one article (NewsArticle and its relatives).
ARTICLE_TYPES = frozenset(
    {
        "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "liveblogposting", "report",
        "socialmediaposting",
    }
)  # fmt: skip
# A trailing comma before a closing bracket: the most common template slip.
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")
# Largest JSON-LD block worth parsing; bigger ones are data dumps, not page metadata.
MAX_JSONLD_CHARS = 1_000_000


@dataclass(frozen=True, slots=True)
class LdArticle:
    headline: str | None = None
    published: str | None = None
    modified: str | None = None
    authors: tuple[str, ...] = ()
    persons: tuple[str, ...] = ()  # authors typed "Person"
    publisher: str | None = None
    section: str | None = None
    description: str | None = None
    body: str | None = None
    type: str | None = None


def _loads(text: str) -> Any:
    text = text.strip().rstrip(";")
    if not text or len(text) > MAX_JSONLD_CHARS:
        return None
    for attempt in (text, _TRAILING_COMMA.sub(r"\1", text)):
        try:
            return json.loads(attempt, strict=False)
        except ValueError:
            continue
    return None


def _objects(data: Any) -> list[dict[str, Any]]:
    """Top-level objects of a JSON-LD document (lists and ``@graph`` flattened one level)."""
    items = data if isinstance(data, list) else [data]
    out: list[dict[str, Any]] = []
    for item in items:
        if not isinstance(item, dict):
            continue
        graph = item.get("@graph")
        out.extend(x for x in graph if isinstance(x, dict)) if isinstance(graph, list) else out.append(item)
    return out


def _types(obj: dict[str, Any]) -> list[str]:
    t = obj.get("@type")
    return [str(x).lower() for x in (t if isinstance(t, list) else [t]) if x]


def _text(value: Any) -> str | None:
    """A clean string from a JSON-LD value (entities decoded, whitespace collapsed)."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    if not isinstance(value, str | int | float):
        return None
    text = " ".join(html.unescape(str(value)).split())
    return text or None


def _names(value: Any) -> tuple[str, ...]:
    items = value if isinstance(value, list) else [value]
    names = (_text(x) for x in items)
    return tuple(dict.fromkeys(n for n in names if n))


def _persons(value: Any) -> tuple[str, ...]:
    items = value if isinstance(value, list) else [value]
    return _names([x for x in items if isinstance(x, dict) and str(x.get("@type", "")).lower() == "person"])


def _body(value: Any) -> str | None:
    """articleBody keeps its line breaks (they are paragraph evidence)."""
    if not isinstance(value, str) or not value.strip():
        return None
    return html.unescape(value).strip()


def read_jsonld(scripts: list[str]) -> LdArticle | None:
    """The first article object among the page's JSON-LD script texts, or None."""
    for text in scripts:
        for obj in _objects(_loads(text)):
            types = _types(obj)
            if not any(t in ARTICLE_TYPES for t in types):
                continue
            return LdArticle(
                headline=_text(obj.get("headline") or obj.get("name")),
                published=_text(obj.get("datePublished") or obj.get("dateCreated")),
                modified=_text(obj.get("dateModified")),
                authors=_names(obj.get("author") or obj.get("creator")),
                persons=_persons(obj.get("author") or obj.get("creator")),
                publisher=_text(obj.get("publisher")),
                section=_text(obj.get("articleSection")),
                description=_text(obj.get("description")),
                body=_body(obj.get("articleBody")),
                type=types[0],
            )
    return None
