"""Parsed page → text blocks in document order, with the element tree they came from.

One walk over the DOM (lexbor, via selectolax) with an explicit stack, so a page of 10,000
nested <div>s costs the same as a flat one and never meets Python's recursion limit. A new
line starts at every block-level element boundary and at every <br>: the way a browser would
break the page into paragraphs. Inline markup (<a>, <b>, <span> ...) joins into its line.

Every element visited is recorded with the range of lines it contains (``start``/``end``), so
"is this line inside that container?" is an interval test, not a tree walk.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType
from typing import Any

# Elements whose subtree is never page text: code, styles, embedded objects, form controls.
SKIP_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
        "canvas", "select", "textarea", "input", "video", "audio", "map", "head", "title", "meta",
        "link", "base",
    }
)  # fmt: skip
# Elements a browser lays out as blocks: a line ends where one opens or closes.
BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
        "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main",
        "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
        "thead", "tr", "ul", "button", "option", "frameset", "frame",
    }
)  # fmt: skip
# Inline styles that hide an element from readers (text hidden this way is not page text).
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# Class/id words are split on these (news sites write "news_body", "articleBody", "art-txt").
_WORD_SPLIT = re.compile(r"[\s_\-:.]+|(?<=[a-z])(?=[A-Z])")
# How many class/id words of a line's ancestors its hint carries (nearest first): enough to
# reach the article or furniture container, not the page-wide wrappers above it.
MAX_HINT_WORDS = 24
# Distinct class/id strings whose split words are kept (a bounded, result-neutral cache).
CLASS_WORDS_CACHE = 8192


@dataclass(slots=True)
class Element:
    """One element visited by the walk."""

    tag: str
    words: tuple[str, ...]  # its own class/id words, lower-cased
    parent: int  # index into ``PageBlocks.elements``; -1 for the root
    depth: int
    start: int  # first line index inside this element
    attrs: Mapping[str, Any] = field(default_factory=dict)  # itemprop/datetime/data-*-date when present
    end: int = -1  # one past the last line inside it (set when the walk leaves it)


@dataclass(slots=True)  # not frozen: built once per line on the hot path, never mutated
class Block:
    """One text line of the page: a run of text between two block boundaries."""

    text: str
    element: int  # index of the innermost block element holding the text
    tag: str  # that element's tag
    link_chars: int  # characters of the run inside <a>
    words: tuple[str, ...]  # class/id words of the element and its ancestors, nearest first (may repeat)
    holder: int  # the element the words come from: ``element``, or one inline element inside it


@dataclass(slots=True)
class PageBlocks:
    blocks: list[Block]
    elements: list[Element]


@lru_cache(maxsize=CLASS_WORDS_CACHE)
def class_words(raw: str) -> tuple[str, ...]:
    """Lower-cased words of an element's class and id ("newsBody_txt" → news, body, txt).

    Cached: a pure function of the string, and a crawl's sites repeat the same few thousand
    class strings on every page."""
    return tuple(dict.fromkeys(w.lower() for w in _WORD_SPLIT.split(raw) if w))


_NO_ATTRS: Mapping[str, Any] = MappingProxyType({})  # shared by the many elements with none kept
_STREAMED_SEGMENT = re.compile(r"^S:\d+$")
_KEPT_ATTRS = frozenset({"itemprop", "datetime", "content", "role", "property"})
# data-* attributes that carry a date (data-deploy-dt, data-published-date, data-reg-time):
# kept as weak publication evidence for pages that print no machine-readable date elsewhere.
DATE_ATTR_PARTS = frozenset({"dt", "date", "time", "datetime", "pubdate", "regdate", "ymd"})
_ATTR_PART = re.compile(r"[-_]")


def is_date_data_attr(name: str) -> bool:
    """True for data-* attribute names with a date part ("data-deploy-dt", not "data-width")."""
    if not name.startswith("data-") or not ("dt" in name or "date" in name or "time" in name):
        return False
    return any(p in DATE_ATTR_PARTS for p in _ATTR_PART.split(name[5:].lower()))


def _hidden(attrs: dict[str, Any]) -> bool:
    if "hidden" in attrs:
        # React streaming SSR parks finished page segments in <div hidden id="S:0"> until a
        # script moves them into place: that is page content, not hidden text.
        return not _STREAMED_SEGMENT.match(attrs.get("id") or "")
    style = attrs.get("style")
    return bool(style) and bool(_HIDDEN_STYLE.search(style))


def _kept(attrs: dict[str, Any]) -> Mapping[str, Any]:
    """The attributes page metadata reads (itemprop, datetime, data-*-date ...)."""
    found = {
        k: v
        for k, v in attrs.items()
        if v and (k in _KEPT_ATTRS or (k[:5] == "data-" and is_date_data_attr(k)))
    }
    return found or _NO_ATTRS


# Attributes that say nothing sinmun reads: an inline element with only these is not recorded.
_PLAIN_ATTRS = frozenset(
    {
        "href",
        "target",
        "title",
        "rel",
        "onclick",
        "alt",
        "src",
        "lang",
        "dir",
        "name",
        "tabindex",
        "width",
        "height",
    }
)
# ... and with these as well (class/id/style are read separately), nothing is kept.
_UNREAD_ATTRS = _PLAIN_ATTRS | {"class", "id", "style", "hidden"}
# open_idx markers: an element that hides its subtree; an element with nothing to record
# (inside a hidden subtree, a <br>, an attribute-less inline element); such a link.
_SKIPPED = -1
_NO_RECORD = -2
_PLAIN_LINK = -3


# What an open element is, as far as closing it goes (``walk``'s stack).
_PLAIN = 0  # nothing to do: not recorded (attribute-less inline, <br>, inside a hidden subtree)
_HIDES = 1  # hides its subtree (script, style, display:none ...)
_LINK = 2  # an <a> not recorded
_INLINE = 3  # a recorded inline element
_RECORDED_LINK = 4  # a recorded <a>
_BLOCK = 5  # a recorded block element: closing it ends the line


def walk(root: Any) -> PageBlocks:
    """Text blocks of the subtree under ``root`` (normally <body>) in document order.

    lexbor's own iterator visits the nodes (fast, no recursion); which elements are open is
    tracked by comparing each node's parent with the innermost open element. Inline elements
    without class, id or kept attributes (most <a>, <b>, <span>) are not recorded: their text
    belongs to the nearest recorded element. The loop is the hot path of HTML input, hence
    written flat, with the state in locals.
    """
    blocks: list[Block] = []
    elements: list[Element] = []
    chains: list[tuple[str, ...]] = []  # class words of each element and its ancestors, nearest first
    words_cache: dict[tuple[str | None, str | None], tuple[str, ...]] = {}
    root_attrs = root.attributes
    root_words = class_words(f"{root_attrs.get('class') or ''} {root_attrs.get('id') or ''}")
    elements.append(Element(root.tag or "body", root_words, -1, 0, 0, _NO_ATTRS))
    chains.append(root_words[:MAX_HINT_WORDS])
    # Open elements below the root, innermost last: (the enclosing element's mem_id, its
    # holder, this element's index or -1, its _PLAIN.._BLOCK kind).
    stack: list[tuple[int, int, int, int]] = []
    top = root.mem_id  # mem_id of the innermost open element
    holder = 0  # the nearest recorded element enclosing the current node
    block = 0  # the innermost open block element (the line's element)
    block_stack: list[int] = []  # the enclosing open blocks
    skipping = links = 0  # open elements hiding their subtree; open <a> elements
    # The current line: its text pieces, the recorded element holding its first text, whether
    # other elements hold some of it too, and how many of its characters sit inside <a>.
    parts: list[str] = []
    first_holder, mixed, link_chars = -1, False, 0

    def flush() -> None:
        text = " ".join("".join(parts).split())
        # A run held entirely by one inline element (<em class="img_desc">) takes its words.
        held = block if mixed else first_holder
        blocks.append(Block(text, block, elements[block].tag, min(link_chars, len(text)), chains[held], held))

    nodes = root.traverse(include_text=True)
    next(nodes)  # the root itself
    for node in nodes:
        tag = node.tag
        if tag == "-text":
            if node.is_empty_text_node:
                # Whitespace between tags: a word separator wherever it lands, so it needs no
                # bookkeeping (half of a page's nodes skip the parent lookup here).
                parts.append(" ")
                continue
        elif tag is None or tag[0] == "-":  # comments, doctype
            continue
        pid = node.parent.mem_id
        while top != pid and stack:
            top, parent_holder, idx, kind = stack.pop()
            holder = parent_holder
            if kind < _INLINE:
                if kind == _HIDES:
                    skipping -= 1
                elif kind == _LINK:
                    links -= 1
                continue
            if kind == _BLOCK:  # a block ends its line
                if first_holder >= 0:
                    flush()
                    first_holder, mixed, link_chars = -1, False, 0
                parts.clear()
                block = block_stack.pop()
            elif kind == _RECORDED_LINK:
                links -= 1
            elements[idx].end = len(blocks)
        if tag == "-text":
            if skipping:
                continue
            text = node.text_content
            parts.append(text)
            if first_holder < 0:
                first_holder = holder
            elif holder != first_holder:
                mixed = True
            if links:
                link_chars += len(text.strip())
            continue
        if skipping:
            stack.append((top, holder, -1, _PLAIN))
            top = node.mem_id
            continue
        if tag in SKIP_TAGS:
            skipping += 1
            stack.append((top, holder, -1, _HIDES))
            top = node.mem_id
            continue
        attrs = node.attributes
        is_block = tag in BLOCK_TAGS
        if not is_block:
            if tag == "br":
                if first_holder >= 0:
                    flush()
                    first_holder, mixed, link_chars = -1, False, 0
                parts.clear()
                stack.append((top, holder, -1, _PLAIN))
                top = node.mem_id
                continue
            if not attrs or _PLAIN_ATTRS.issuperset(attrs):
                if tag == "a":
                    links += 1
                    stack.append((top, holder, -1, _LINK))
                else:
                    stack.append((top, holder, -1, _PLAIN))
                top = node.mem_id
                continue
        elif first_holder >= 0:
            flush()
            first_holder, mixed, link_chars = -1, False, 0
            parts.clear()
        else:
            parts.clear()
        idx = len(elements)
        depth = len(stack) + 2  # the root and this element count
        if not attrs:
            elements.append(Element(tag, (), holder, depth, len(blocks), _NO_ATTRS))
            chains.append(chains[holder])
        else:
            kept = _NO_ATTRS if _UNREAD_ATTRS.issuperset(attrs) else _kept(attrs)
            cls, ident = attrs.get("class"), attrs.get("id")
            words: tuple[str, ...] = ()
            if cls or ident:
                key = (cls, ident)
                found = words_cache.get(key)
                if found is None:
                    found = words_cache[key] = class_words(f"{cls or ''} {ident or ''}")
                words = found
            elements.append(Element(tag, words, holder, depth, len(blocks), kept))
            chains.append((words + chains[holder])[:MAX_HINT_WORDS] if words else chains[holder])
            if ("hidden" in attrs or "style" in attrs) and _hidden(attrs):
                elements[idx].end = len(blocks)
                skipping += 1
                stack.append((top, holder, -1, _HIDES))
                top = node.mem_id
                continue
        if is_block:
            stack.append((top, holder, idx, _BLOCK))
            block_stack.append(block)
            block = idx
        elif tag == "a":
            links += 1
            stack.append((top, holder, idx, _RECORDED_LINK))
        else:
            stack.append((top, holder, idx, _INLINE))
        top = node.mem_id
        holder = idx
    # Close what is still open at the end of the page.
    if first_holder >= 0:
        flush()
    elements[0].end = len(blocks)
    for _, _, idx, kind in stack:
        if kind >= _INLINE:
            elements[idx].end = len(blocks)
    return PageBlocks(blocks, elements)
