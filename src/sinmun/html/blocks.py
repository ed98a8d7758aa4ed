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


class _Walk:
    """State of one walk; lives only for one page."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.elements: list[Element] = []
        self.chains: dict[int, tuple[str, ...]] = {}  # class words of element + ancestors (lazy)
        self.parts: list[str] = []
        self.holders: set[int] = set()  # elements directly holding the current run's text
        self.link_chars = 0
        self.block_stack: list[int] = [0]  # open block elements (innermost last); 0 = root

    def chain(self, idx: int) -> tuple[str, ...]:
        """Class words of element ``idx`` and its ancestors, nearest first (memoised)."""
        pending = []
        el = idx
        while el >= 0 and el not in self.chains:
            pending.append(el)
            el = self.elements[el].parent
        base = self.chains.get(el, ()) if el >= 0 else ()
        for e in reversed(pending):
            words = self.elements[e].words
            base = (words + base)[:MAX_HINT_WORDS] if words else base  # repeats allowed: cheap
            self.chains[e] = base
        return self.chains[idx]

    def flush(self) -> None:
        """End the current line (at a block boundary or <br>); call only when ``holders``."""
        text = " ".join("".join(self.parts).split())
        holders = self.holders
        self.parts.clear()
        links, self.link_chars = self.link_chars, 0
        el = self.block_stack[-1]
        # A run held entirely by one inline element (<em class="img_desc">) takes its words.
        holder = holders.pop() if len(holders) == 1 else el
        holders.clear()
        tag = self.elements[el].tag
        self.blocks.append(Block(text, el, tag, min(links, len(text)), self.chain(holder), holder))

    def words_of(self, attrs: dict[str, Any]) -> tuple[str, ...]:
        cls, ident = attrs.get("class"), attrs.get("id")
        if not cls and not ident:
            return ()
        return class_words(f"{cls or ''} {ident or ''}")


def _kept(attrs: dict[str, Any]) -> Mapping[str, Any]:
    """The attributes page metadata reads (itemprop, datetime, data-*-date ...)."""
    found = {k: v for k, v in attrs.items() if v and (k in _KEPT_ATTRS or is_date_data_attr(k))}
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


def walk(root: Any) -> PageBlocks:
    """Text blocks of the subtree under ``root`` (normally <body>) in document order.

    lexbor's own iterator visits the nodes (fast, no recursion); which elements are open is
    tracked by comparing each node's parent with a stack of open elements. Inline elements
    without class, id or kept attributes (most <a>, <b>, <span>) are not recorded: their text
    belongs to the nearest recorded element. The loop is the hot path of HTML input, hence
    written flat.
    """
    w = _Walk()
    parts, elements, blocks, block_stack = w.parts, w.elements, w.blocks, w.block_stack
    holders = w.holders  # cleared in place by flush, so the local stays valid
    elements.append(Element(root.tag or "body", w.words_of(root.attributes), -1, 0, 0, _NO_ATTRS))
    open_ids: list[int] = [root.mem_id]  # mem_id of open elements, innermost last
    open_idx: list[int] = [0]  # their element index, or a marker (_SKIPPED, _NO_RECORD, _PLAIN_LINK)
    holder_of: list[int] = [0]  # the nearest recorded element for each open element
    skipping = 0  # open elements that hide their subtree (script, hidden ...)
    links = 0  # open <a> elements
    nodes = root.traverse(include_text=True)
    next(nodes)  # the root itself
    for node in nodes:
        tag = node.tag
        is_text = tag == "-text"
        if is_text and node.is_empty_text_node:
            # Whitespace between tags: a word separator wherever it lands, so it needs no
            # bookkeeping (half of a page's nodes skip the parent lookup here).
            parts.append(" ")
            continue
        pid = node.parent.mem_id
        while open_ids[-1] != pid and len(open_ids) > 1:
            open_ids.pop()
            holder_of.pop()
            idx = open_idx.pop()
            if idx < 0:
                if idx == _SKIPPED:
                    skipping -= 1
                elif idx == _PLAIN_LINK:
                    links -= 1
                continue
            el = elements[idx]
            if el.tag == "a":
                links -= 1
            if block_stack[-1] == idx:  # a block ends its line
                if holders:
                    w.flush()
                else:
                    parts.clear()
                block_stack.pop()
            el.end = len(blocks)
        if is_text:
            if skipping:
                continue
            text = node.text_content
            parts.append(text)
            holders.add(holder_of[-1])
            if links:
                w.link_chars += len(text.strip())
            continue
        if tag is None or tag[0] == "-":
            continue
        open_ids.append(node.mem_id)
        if skipping:
            open_idx.append(_NO_RECORD)
            holder_of.append(holder_of[-1])
            continue
        if tag in SKIP_TAGS:
            skipping += 1
            open_idx.append(_SKIPPED)
            holder_of.append(holder_of[-1])
            continue
        attrs = node.attributes
        is_block = tag in BLOCK_TAGS
        if not is_block:
            if tag == "br":
                if holders:
                    w.flush()
                else:
                    parts.clear()
                open_idx.append(_NO_RECORD)
                holder_of.append(holder_of[-1])
                continue
            if not attrs or _PLAIN_ATTRS.issuperset(attrs):
                if tag == "a":
                    links += 1
                    open_idx.append(_PLAIN_LINK)
                else:
                    open_idx.append(_NO_RECORD)
                holder_of.append(holder_of[-1])
                continue
        elif holders:
            w.flush()
        else:
            parts.clear()
        idx = len(elements)
        parent = holder_of[-1]
        if not attrs:
            elements.append(Element(tag, (), parent, len(open_ids), len(blocks), _NO_ATTRS))
        else:
            kept = _NO_ATTRS if _UNREAD_ATTRS.issuperset(attrs) else _kept(attrs)
            cls, ident = attrs.get("class"), attrs.get("id")
            words = class_words(f"{cls or ''} {ident or ''}") if cls or ident else ()
            elements.append(Element(tag, words, parent, len(open_ids), len(blocks), kept))
            if ("hidden" in attrs or "style" in attrs) and _hidden(attrs):
                elements[idx].end = len(blocks)
                skipping += 1
                open_idx.append(_SKIPPED)
                holder_of.append(parent)
                continue
        if is_block:
            block_stack.append(idx)
        elif tag == "a":
            links += 1
        open_idx.append(idx)
        holder_of.append(idx)
    while block_stack:  # close what is still open at the end of the page
        if holders:
            w.flush()
        block_stack.pop()
    for idx in open_idx:
        if idx >= 0:
            elements[idx].end = len(blocks)
    return PageBlocks(blocks, elements)
