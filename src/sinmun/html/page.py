"""One HTML page → text lines with block hints and page metadata (``html_to_text``).

The cascade, each step cheap unless the one before found nothing:

1. parse with lexbor (selectolax) and walk <body> into text blocks, one per line;
2. read what the page declares (meta tags, JSON-LD, <title>) → ``PageMeta``;
3. find the article container (``main_content``) and the printed headline;
4. if the container holds little prose, look for the article in scripts (Arc/Fusion JSON,
   HTML inside JS strings) and, when that is richer, append its lines after the page's;
5. give every line a role (``roles``), and emit lines + ``BlockHint``s.

Line numbering: ``HtmlText.text`` holds the page's blocks in document order, one per line
(script-found article lines last), *except furniture*: lines outside the article container
that are not its headline, header (decks, bylines, timestamps) or a byline/dateline box
(menus, rankings, footers — typically three quarters of a news page) are counted in
``PageMeta.furniture_lines`` and not emitted, so the labeller spends no time on them.
``Line.n`` in the record counts the emitted lines from 0.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from ..errors import DependencyError, ParseError
from ..segment import BlockHint
from .blocks import Block, PageBlocks, walk
from .dates import iso_kst
from .main_content import MainContent, find_main, line_score
from .metadata import LD_SELECTOR, Declared, read_declared
from .model import HtmlText, PageMeta
from .roles import FURNITURE, HEADING_TAGS, assign_roles, find_headline
from .script_text import embedded_html, fusion_article

# The article container must hold this much paragraph evidence (sum of line scores, about two
# real paragraphs) before we stop looking for the article in scripts.
MIN_DOM_ARTICLE_SCORE = 8.0
# Declared types (og:type, JSON-LD @type) that mean "this page is one article".
ARTICLE_TYPES = frozenset(
    {"article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "blogposting"}
)
# Declared types of section, search and home pages.
LIST_TYPES = frozenset({"website", "collectionpage", "itempage", "searchresultspage", "webpage", "itemlist"})
# Marker of Arc/Fusion pages, whose visible DOM is only a shell.
_FUSION_MARK = "Fusion.globalContent"
# How many script HTML candidates are parsed and compared (largest first).
MAX_SCRIPT_CANDIDATES = 3


@dataclass(frozen=True, slots=True)
class _Part:
    """Lines from one source (the page DOM, or an article found in a script)."""

    blocks: PageBlocks
    main: MainContent
    origin: str  # "dom" or the script source ("fusion", "script-html")


def _parser() -> Any:
    try:
        from selectolax.lexbor import LexborHTMLParser
    except ImportError as exc:
        raise DependencyError("selectolax", "html", "Reading HTML pages") from exc
    return LexborHTMLParser


def _parse(html: str | bytes) -> Any:
    try:
        return _parser()(html)
    except (ValueError, TypeError, MemoryError) as exc:
        raise ParseError(f"the page should be parsable HTML, but lexbor failed: {exc}") from exc


def _walk_tree(tree: Any) -> PageBlocks:
    root = tree.body or tree.root
    return walk(root) if root is not None else PageBlocks([], [])


def _prose_score(part: PageBlocks, main: MainContent) -> float:
    return sum(line_score(b) for b in part.blocks[main.start : main.end]) if main.element is not None else 0.0


def _script_part(html: str, tree: Any, dom_score: float) -> tuple[_Part | None, PageMeta | None]:
    """The article found in scripts, when it has more prose than the DOM container."""
    fusion = fusion_article(html) if _FUSION_MARK in html else None
    fragments = [fusion.fragment] if fusion else []
    if not fragments:
        scripts = [n.text() for n in tree.css("script:not([src])")]
        fragments = embedded_html(scripts)[:MAX_SCRIPT_CANDIDATES]
    best: _Part | None = None
    best_score = dom_score
    for fragment in fragments:
        blocks = _walk_tree(_parse(fragment))
        if not blocks.blocks:
            continue
        main = MainContent(0, "script", 0, len(blocks.blocks))
        score = _prose_score(blocks, main)
        if score > best_score:
            best, best_score = _Part(blocks, main, fusion.source if fusion else "script-html"), score
    if best is None or fusion is None:
        return best, None
    declared = PageMeta(
        title=fusion.headline,
        published=iso_kst(fusion.published),
        modified=iso_kst(fusion.modified),
        authors=fusion.authors,
    )
    return best, declared


def _merge_meta(meta: PageMeta, extra: PageMeta | None) -> PageMeta:
    """Fill what the page's tags left empty with what the script JSON declared."""
    if extra is None:
        return meta
    return replace(
        meta,
        title=meta.title or extra.title,
        published=meta.published or extra.published,
        modified=meta.modified or extra.modified,
        authors=tuple(dict.fromkeys(meta.authors + extra.authors)),
    )


def _hint(block: Block, role: str, in_main: bool) -> BlockHint:
    return BlockHint(
        tag=block.tag,
        link_density=round(block.link_chars / len(block.text), 3) if block.text else 0.0,
        classes=" ".join(dict.fromkeys(block.words)),
        in_main=in_main,
        role=role,
    )


def _kind(parts: list[_Part], meta: PageMeta, headline: Block | None) -> str | None:
    """ "article" when the page says so (declared type, articleBody markup, script story) or
    shows it (a printed, unlinked headline over real prose); "list" when it declares itself
    a website/collection page and shows no article; None when the HTML does not tell."""
    declared = (meta.article_type or "").lower()
    if declared in ARTICLE_TYPES or len(parts) > 1:
        return "article"
    main = parts[0].main
    if main.evidence == "itemprop":
        return "article"
    heading = headline is not None and headline.link_chars == 0 and headline.tag in HEADING_TAGS
    if heading and _prose_score(parts[0].blocks, main) >= MIN_DOM_ARTICLE_SCORE:
        return "article"
    return "list" if declared in LIST_TYPES else None


def _emit(parts: list[_Part], declared: Declared) -> tuple[str, tuple[BlockHint, ...], str | None, int]:
    """Lines and hints of the page, furniture left out; also the page kind and how many
    furniture lines were left out."""
    blocks = [b for p in parts for b in p.blocks.blocks]
    near, offset = 0, 0
    for part in parts:  # the first line of the article, wherever it came from
        if part.main.element is not None:
            near = offset + part.main.start
        offset += len(part.blocks.blocks)
    headline = find_headline(PageBlocks(blocks, []), declared.titles, near)
    kind = _kind(parts, declared.meta, blocks[headline] if headline is not None else None)
    texts: list[str] = []
    hints: list[BlockHint] = []
    offset = furniture = 0
    for part in parts:
        n_lines = len(part.blocks.blocks)
        local = headline - offset if headline is not None else -1
        local_headline = local if 0 <= local < n_lines else None
        roles = assign_roles(part.blocks, part.main, local_headline)
        for i, (block, role) in enumerate(zip(part.blocks.blocks, roles, strict=True)):
            if role == FURNITURE:
                furniture += 1
                continue
            in_main = part.main.element is not None and part.main.start <= i < part.main.end
            texts.append(block.text)
            hints.append(_hint(block, role, in_main))
        offset += len(part.blocks.blocks)
    return "\n".join(texts), tuple(hints), kind, furniture


def html_to_text(html: str, utf8: bytes | None = None) -> HtmlText:
    """The page as text lines (one block per line), a ``BlockHint`` per line, and ``PageMeta``.

    ``utf8``: the same page as UTF-8 bytes, when the caller has them (a crawler's bytes that
    decoded strictly as UTF-8): lexbor reads bytes directly, without encoding ``html`` again.

    Raises:
        ParseError: the parser could not read the page at all.
        DependencyError: selectolax (extra "html") is not installed.
    """
    tree = _parse(utf8 if utf8 is not None else html)
    title_node = tree.css_first("title")
    title = title_node.text() if title_node else None
    ld_scripts = [n.text() for n in tree.css(LD_SELECTOR)]
    dom = _walk_tree(tree)
    declared = read_declared(tree, dom.elements, title, ld_scripts)
    main = find_main(dom, declared.meta.body)
    parts = [_Part(dom, main, "dom")]
    dom_score = _prose_score(dom, main)
    if dom_score < MIN_DOM_ARTICLE_SCORE or _FUSION_MARK in html:
        script, script_meta = _script_part(html, tree, dom_score)
        if script is not None:
            parts = [_Part(dom, MainContent(None, "script-elsewhere"), "dom"), script]
            meta = _merge_meta(declared.meta, script_meta)
            story_title = (script_meta.title,) if script_meta and script_meta.title else ()
            titles = tuple(dict.fromkeys(declared.titles + story_title))
            declared = Declared(meta, titles, declared.site_names)
    text, hints, kind, furniture = _emit(parts, declared)
    return HtmlText(text, hints, replace(declared.meta, kind=kind, furniture_lines=furniture))
