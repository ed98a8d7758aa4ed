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


@dataclass(slots=True)
class Element:
    """One element visited by the walk."""

    tag: str
    words: tuple[str, ...]  # its own class/id words, lower-cased
    parent: int  # index into ``PageBlocks.elements``; -1 for the root
    depth: int
    start: int  # first line index inside this element
    end: int = -1  # one past the last line inside it (set when the walk leaves it)
    attrs: Mapping[str, Any] = field(default_factory=dict)  # itemprop/datetime/data-*-date when present


@dataclass(frozen=True, slots=True)
class Block:
    """One text line of the page: a run of text between two block boundaries."""

    text: str
    element: int  # index of the innermost block element holding the text
    tag: str  # that element's tag
    link_chars: int  # characters of the run inside <a>
    words: tuple[str, ...]  # class/id words of the element and its ancestors, nearest first
    holder: int  # the element the words come from: ``element``, or one inline element inside it


@dataclass(slots=True)
class PageBlocks:
    blocks: list[Block]
    elements: list[Element]


def class_words(raw: str) -> tuple[str, ...]:
    """Lower-cased words of an element's class and id ("newsBody_txt" → news, body, txt)."""
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
        self.word_memo: dict[str, tuple[str, ...]] = {}  # class/id string → words
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
            base = tuple(dict.fromkeys(words + base))[:MAX_HINT_WORDS] if words else base
            self.chains[e] = base
        return self.chains[idx]

    def flush(self) -> None:
        """End the current line (at a block boundary or <br>); call only when ``holders``."""
        text = " ".join("".join(self.parts).split())
        holders, self.holders = self.holders, set()
        self.parts.clear()
        links, self.link_chars = self.link_chars, 0
        el = self.block_stack[-1]
        # A run held entirely by one inline element (<em class="img_desc">) takes its words.
        holder = holders.pop() if len(holders) == 1 else el
        tag = self.elements[el].tag
        self.blocks.append(Block(text, el, tag, min(links, len(text)), self.chain(holder), holder))

    def enter(self, node: Any, tag: str, parent: int, depth: int) -> tuple[int, bool]:
        """Record an element; also says whether its subtree is hidden (then not walked)."""
        attrs = node.attributes
        idx = len(self.elements)
        if not attrs:
            self.elements.append(Element(tag, (), parent, depth, len(self.blocks), attrs=_NO_ATTRS))
            return idx, False
        words: tuple[str, ...] = ()
        cls, ident = attrs.get("class"), attrs.get("id")
        if cls or ident:
            raw = f"{cls or ''} {ident or ''}"
            words = self.word_memo.get(raw)  # type: ignore[assignment]
            if words is None:
                words = self.word_memo[raw] = class_words(raw)
        kept: Mapping[str, Any] = _NO_ATTRS
        if len(attrs) > (cls is not None) + (ident is not None):
            found = {k: v for k, v in attrs.items() if v and (k in _KEPT_ATTRS or is_date_data_attr(k))}
            kept = found or _NO_ATTRS
        self.elements.append(Element(tag, words, parent, depth, len(self.blocks), attrs=kept))
        return idx, ("hidden" in attrs or "style" in attrs) and _hidden(attrs)


# open_idx markers: an element that hides its subtree; an element with nothing to record
# (inside a hidden subtree, or a <br>).
_SKIPPED = -1
_NO_RECORD = -2


def walk(root: Any) -> PageBlocks:
    """Text blocks of the subtree under ``root`` (normally <body>) in document order.

    lexbor's own iterator visits the nodes (fast, no recursion); which elements are open is
    tracked by comparing each node's parent with a stack of open elements. The loop is the
    hot path of HTML input, hence written flat.
    """
    w = _Walk()
    parts, elements, blocks, block_stack = w.parts, w.elements, w.blocks, w.block_stack
    open_ids: list[int] = [root.mem_id]  # mem_id of open elements, innermost last
    open_idx: list[int] = [0]  # their element index, or a marker (_SKIPPED, _NO_RECORD)
    w.enter(root, root.tag or "body", -1, 0)
    skipping = 0  # open elements that hide their subtree (script, hidden ...)
    links = 0  # open <a> elements
    nodes = root.traverse(include_text=True)
    next(nodes)  # the root itself
    for node in nodes:
        pid = node.parent.mem_id
        while open_ids[-1] != pid and len(open_ids) > 1:
            open_ids.pop()
            idx = open_idx.pop()
            if idx < 0:
                skipping -= idx == _SKIPPED
                continue
            el = elements[idx]
            if el.tag == "a":
                links -= 1
            if block_stack[-1] == idx:  # a block ends its line
                if w.holders:
                    w.flush()
                else:
                    parts.clear()
                block_stack.pop()
            el.end = len(blocks)
        if node.is_text_node:
            if skipping:
                continue
            if node.is_empty_text_node:
                parts.append(" ")
                continue
            text = node.text_content
            parts.append(text)
            w.holders.add(open_idx[-1])
            if links:
                w.link_chars += len(text.strip())
            continue
        tag = node.tag
        if tag is None or tag[0] == "-":
            continue
        open_ids.append(node.mem_id)
        if skipping:
            open_idx.append(_NO_RECORD)
            continue
        if tag in SKIP_TAGS:
            skipping += 1
            open_idx.append(_SKIPPED)
            continue
        is_block = tag in BLOCK_TAGS
        if is_block or tag == "br":
            if w.holders:
                w.flush()
            else:
                parts.clear()
            if not is_block:
                open_idx.append(_NO_RECORD)
                continue
        idx, hidden = w.enter(node, tag, open_idx[-1], len(open_ids))
        if hidden:
            elements[idx].end = len(blocks)
            skipping += 1
            open_idx.append(_SKIPPED)
            continue
        if is_block:
            block_stack.append(idx)
        elif tag == "a":
            links += 1
        open_idx.append(idx)
    while block_stack:  # close what is still open at the end of the page
        if w.holders:
            w.flush()
        block_stack.pop()
    for idx in open_idx:
        if idx >= 0:
            elements[idx].end = len(blocks)
    return PageBlocks(blocks, elements)
