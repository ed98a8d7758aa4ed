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
from dataclasses import dataclass, field
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
    attrs: dict[str, Any] = field(default_factory=dict)  # itemprop/datetime/role when present


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


def class_words(attrs: dict[str, Any]) -> tuple[str, ...]:
    """Lower-cased words of an element's class and id ("newsBody_txt" → news, body, txt)."""
    raw = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
    if not raw.strip():
        return ()
    return tuple(dict.fromkeys(w.lower() for w in _WORD_SPLIT.split(raw) if w))


def _hidden(attrs: dict[str, Any]) -> bool:
    if "hidden" in attrs:
        # React streaming SSR parks finished page segments in <div hidden id="S:0"> until a
        # script moves them into place: that is page content, not hidden text.
        return not _STREAMED_SEGMENT.match(attrs.get("id") or "")
    style = attrs.get("style")
    return bool(style) and bool(_HIDDEN_STYLE.search(style))


_STREAMED_SEGMENT = re.compile(r"^S:\d+$")
_KEPT_ATTRS = ("itemprop", "datetime", "content", "role", "property")
# data-* attributes that carry a date (data-deploy-dt, data-published-date, data-reg-time):
# kept as weak publication evidence for pages that print no machine-readable date elsewhere.
DATE_ATTR_PARTS = frozenset({"dt", "date", "time", "datetime", "pubdate", "regdate", "ymd"})


def is_date_data_attr(name: str) -> bool:
    """True for data-* attribute names with a date part ("data-deploy-dt", not "data-width")."""
    return name.startswith("data-") and any(p in DATE_ATTR_PARTS for p in re.split(r"[-_]", name[5:].lower()))


class _Walk:
    """State of one walk; lives only for one page."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.elements: list[Element] = []
        self.chains: list[tuple[str, ...]] = []  # class words of element + ancestors
        self.parts: list[str] = []
        self.parents: set[int] = set()  # elements directly holding the current run's text
        self.link_chars = 0
        self.block_stack: list[int] = []  # open block elements (innermost last)

    def flush(self) -> None:
        """End the current line (at a block boundary or <br>)."""
        if not self.parts:
            return
        text = " ".join("".join(self.parts).split())
        self.parts = []
        parents, self.parents = self.parents, set()
        links, self.link_chars = self.link_chars, 0
        if not text:
            return
        el = self.block_stack[-1] if self.block_stack else 0
        # A run held entirely by one inline element (<em class="img_desc">) takes its words.
        words_from = parents.pop() if len(parents) == 1 else el
        tag = self.elements[el].tag
        self.blocks.append(Block(text, el, tag, min(links, len(text)), self.chains[words_from], words_from))

    def enter(self, node: Any, tag: str, parent: int, depth: int) -> tuple[int, bool]:
        """Record an element; also says whether its subtree is hidden (then not walked)."""
        attrs = node.attributes
        words = class_words(attrs)
        idx = len(self.elements)
        kept = {k: attrs[k] for k in _KEPT_ATTRS if attrs.get(k)}
        kept.update((k, v) for k, v in attrs.items() if v and is_date_data_attr(k))
        self.elements.append(Element(tag, words, parent, depth, len(self.blocks), attrs=kept))
        base = self.chains[parent] if parent >= 0 else ()
        self.chains.append(tuple(dict.fromkeys(words + base))[:MAX_HINT_WORDS] if words else base)
        return idx, _hidden(attrs)


def walk(root: Any) -> PageBlocks:
    """Text blocks of the subtree under ``root`` (normally <body>) in document order."""
    w = _Walk()
    # Stack items: (node, parent element index, depth, in_link) to enter, or an int to leave.
    stack: list[Any] = [(root, -1, 0, False)]
    while stack:
        item = stack.pop()
        if isinstance(item, int):
            _leave(w, item)
            continue
        node, parent, depth, in_link = item
        tag = node.tag
        if tag == "-text":
            text = node.text_content
            if text:
                w.parts.append(text)
                if not text.isspace():
                    w.parents.add(parent)
                if in_link:
                    w.link_chars += len(text.strip())
            continue
        if tag is None or tag.startswith("-") or tag in SKIP_TAGS:
            continue
        if tag == "br":
            w.flush()
            continue
        is_block = tag in BLOCK_TAGS or parent < 0
        if is_block:
            w.flush()
        idx, hidden = w.enter(node, tag, parent, depth)
        if hidden:
            w.elements[idx].end = len(w.blocks)
            continue
        if is_block:
            w.block_stack.append(idx)
        stack.append(idx)
        child = node.last_child
        child_link = in_link or tag == "a"
        children = []
        while child is not None:
            children.append((child, idx, depth + 1, child_link))
            child = child.prev
        stack.extend(children)
    w.flush()
    return PageBlocks(w.blocks, w.elements)


def _leave(w: _Walk, idx: int) -> None:
    el = w.elements[idx]
    if w.block_stack and w.block_stack[-1] == idx:
        w.flush()
        w.block_stack.pop()
    el.end = len(w.blocks)
