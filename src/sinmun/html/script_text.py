"""Article text that lives in <script>, for pages rendered in the browser.

Two shapes occur on Korean news sites, both from general-purpose frameworks:

1. Arc XP / Fusion (조선일보 and other Arc customers): ``Fusion.globalContent = {...}`` holds the
   story as ANS JSON: ``headlines.basic``, ``subheadlines.basic``, ``credits.by``, dates and
   ``content_elements`` (text, header, image captions, lists, quotes).
2. Server-rendered frameworks that stream the page as JS string literals (Next.js
   ``self.__next_f.push``, ``__NEXT_DATA__``, Nuxt): the article's HTML sits, escaped once or
   twice, inside a string.

Both become one small HTML fragment, walked like any page so lines and hints stay uniform.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from typing import Any

# Where Arc/Fusion assigns the story JSON.
_FUSION = re.compile(r"Fusion\.globalContent\s*=\s*")
# A JS/JSON double-quoted string literal of at least MIN_LITERAL_CHARS characters. The two
# alternatives are disjoint (no backtracking blow-up); the cost is linear in the script.
MIN_LITERAL_CHARS = 300
_LITERAL = re.compile(rf'"((?:[^"\\]|\\.){{{MIN_LITERAL_CHARS},}})"', re.S)
# An escaped literal inside a decoded one (RSC payloads are JSON inside a JS string).
MAX_UNESCAPE_DEPTH = 3
# Markup that says a decoded string is an article's HTML, not code or data.
_PARAGRAPH_MARKUP = re.compile(r"<(?:p|br)[\s>/]", re.I)
_HANGUL = re.compile(r"[가-힣]")
# A fragment needs this many Hangul syllables to count as article text.
MIN_FRAGMENT_HANGUL = 100
# Inner strings replace the outer one when they hold this share of its Hangul.
INNER_SHARE = 0.5
# Largest script text scanned for literals: beyond this it is a bundle, not page data.
MAX_SCRIPT_CHARS = 3_000_000


@dataclass(frozen=True, slots=True)
class ScriptArticle:
    """An article found in a script, as an HTML fragment plus what its JSON declared."""

    fragment: str
    source: str  # "fusion" or "script-html"
    headline: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    modified: str | None = None


def _esc(text: Any) -> str:
    return html.escape(str(text or ""), quote=True)


def _ans_element(el: dict[str, Any]) -> str:
    """One ANS content element as HTML (unknown types and ads are dropped)."""
    kind = el.get("type")
    if kind == "text":
        return f"<p>{el.get('content') or ''}</p>"  # ANS text content is already inline HTML
    if kind == "header":
        level = min(6, max(2, int(el.get("level") or 3)))
        return f"<h{level}>{el.get('content') or ''}</h{level}>"
    if kind == "image":
        caption = el.get("caption") or el.get("credits_caption_display") or ""
        return f"<figure><figcaption>{_esc(caption)}</figcaption></figure>" if caption else ""
    if kind == "list":
        items = "".join(
            f"<li>{i.get('content') or ''}</li>" for i in el.get("items") or () if isinstance(i, dict)
        )
        return f"<ul>{items}</ul>"
    if kind in ("quote", "blockquote"):
        inner = "".join(_ans_element(x) for x in el.get("content_elements") or () if isinstance(x, dict))
        return f"<blockquote>{inner}</blockquote>"
    return ""


def _basic(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("basic")
    return " ".join(str(value).split()) or None if value else None


def fusion_article(page: str) -> ScriptArticle | None:
    """The Arc/Fusion story of the page, or None."""
    m = _FUSION.search(page)
    if not m:
        return None
    try:
        story, _ = json.JSONDecoder(strict=False).raw_decode(page, m.end())
    except ValueError:
        return None
    if not isinstance(story, dict) or not isinstance(story.get("content_elements"), list):
        return None
    headline, deck = _basic(story.get("headlines")), _basic(story.get("subheadlines"))
    parts = [f"<h1>{_esc(headline)}</h1>" if headline else "", f"<h2>{_esc(deck)}</h2>" if deck else ""]
    parts += [_ans_element(el) for el in story["content_elements"] if isinstance(el, dict)]
    by = (story.get("credits") or {}).get("by") or []
    authors = tuple(
        a.get("byline")
        or ((a.get("additional_properties") or {}).get("original") or {}).get("byline")
        or a.get("name")
        for a in by
        if isinstance(a, dict)
    )
    return ScriptArticle(
        fragment="<article>" + "".join(parts) + "</article>",
        source="fusion",
        headline=headline,
        authors=tuple(a for a in authors if a),
        published=story.get("first_publish_date") or story.get("display_date"),
        modified=story.get("last_updated_date"),
    )


def _decode_literal(raw: str) -> str | None:
    try:
        value = json.loads(f'"{raw}"', strict=False)
    except ValueError:
        return None
    return value if isinstance(value, str) else None


def _html_strings(script: str, depth: int = 0) -> list[str]:
    """Decoded string literals of ``script`` that hold paragraph markup and Korean text."""
    out: list[str] = []
    for m in _LITERAL.finditer(script[:MAX_SCRIPT_CHARS]):
        value = _decode_literal(m.group(1))
        if not value:
            continue
        hangul = len(_HANGUL.findall(value))
        if hangul < MIN_FRAGMENT_HANGUL:
            continue
        inner = (
            _html_strings(value, depth + 1) if depth + 1 < MAX_UNESCAPE_DEPTH and '\\"' in m.group(1) else []
        )
        # The HTML itself, not the JSON document quoting it, when the quoted strings carry
        # most of the Korean text (a piece between two attribute quotes does not).
        if inner and sum(len(_HANGUL.findall(x)) for x in inner) >= INNER_SHARE * hangul:
            out += inner
        elif _PARAGRAPH_MARKUP.search(value):
            out.append(value)
    return out


def embedded_html(scripts: list[str]) -> list[str]:
    """Article-like HTML strings from the page's inline scripts (most Hangul first)."""
    found = {s for script in scripts if "<" in script or "\\u003c" in script for s in _html_strings(script)}
    return sorted(found, key=lambda s: len(_HANGUL.findall(s)), reverse=True)
