"""HTML evidence for the labeller and for field extraction (called by label.py / fields.py).

``hint_label`` turns the structural reading of a line (``BlockHint.role``, computed with the
whole page in view by ``roles.py``) into a label and a rule name; it returns None where the
HTML has no opinion, and the Korean-text rules decide. The ``reconcile_*`` helpers weigh what
the page declares (``PageMeta``) against what it prints: the printed value wins when there is
one, the declared one fills the gap.
"""

from __future__ import annotations

from typing import Literal

from ..record import Label, Reporter
from ..rules import copyright, signoffs
from ..segment import Line
from . import roles
from .authors import box_reporters, declared_names
from .model import PageMeta
from .titles import norm_title

# role → (label, rule name). Roles not listed ("") leave the line to the text rules.
ROLE_LABELS: dict[str, tuple[Label, str]] = {
    roles.HEADLINE: ("title", "html-headline"),
    roles.DECK: ("subtitle", "html-deck"),
    roles.BYLINE: ("meta", "html-byline-box"),
    roles.DATELINE: ("meta", "html-dateline-box"),
    roles.CAPTION: ("caption", "html-caption"),
    roles.COPYRIGHT: ("boilerplate", "html-copyright-box"),
    roles.WIDGET: ("boilerplate", "html-widget"),
    roles.FURNITURE: ("boilerplate", "html-outside-article"),
    roles.UNREADABLE: ("boilerplate", "html-unreadable-text"),
}


def hint_label(line: Line, meta: PageMeta | None = None) -> tuple[Label, str] | None:
    """The label the page structure gives ``line``, with its rule name; None = no opinion.

    Call it first for every line that has a ``hint`` (HTML input); when it returns None, run
    the text rules as for a text page. One text convention is decided here for HTML articles:
    a line that is only a broadcast sign-off or hand-over ("MBC뉴스 구민지입니다.", "김수연
    기자입니다.") is the byline of the script, not its text (issue 6; the HTML gold agrees).
    """
    hint = line.hint
    if hint is None:
        return None
    if not hint.role and hint.in_main and signoff_reporter(line.text) is not None:
        return "meta", "html-broadcast-signoff"
    if hint.role == roles.COPYRIGHT and copyright.is_notice(line.text):
        return None  # the text rule labels it and reads the outlet from it
    return ROLE_LABELS.get(hint.role)


# A sign-off line is short; a longer line ending in one is a paragraph (the text rules keep
# it as body and still read the reporter from it).
SIGNOFF_MAX_CHARS = 60


def signoff_outlets(lines: list[Line]) -> list[str]:
    """Outlets named by the sign-offs of an HTML article ("MBN뉴스 안진우입니다." → MBN)."""
    out = []
    for line in lines:
        hint = line.hint
        if hint is not None and not hint.role and hint.in_main and len(line.text) <= SIGNOFF_MAX_CHARS:
            found = signoffs.broadcast_reporter(line.text)
            if found is not None and found[1]:
                out.append(found[1])
    return out


def signoff_reporter(text: str) -> Reporter | None:
    """The reporter of a line that is only a broadcast sign-off or hand-over, if it is one
    (the sign-off grammar, trailing e-mail included, is ``rules.signoffs.broadcast_reporter``)."""
    if len(text) > SIGNOFF_MAX_CHARS:
        return None
    found = signoffs.broadcast_reporter(text)
    return found[0] if found is not None else None


def reconcile_title(printed: str | None, meta: PageMeta | None) -> str | None:
    """The headline: as printed on the page when found, else the declared og:title/JSON-LD
    headline/<title> (site suffix already removed)."""
    if printed:
        return printed
    return meta.title if meta else None


def _same_day_richer(shown: str, declared: str | None) -> str:
    """``shown`` with the declared time when both name the same day (more precise, same fact)."""
    if declared and len(declared) > len(shown) and declared[:10] == shown[:10]:
        return declared
    return shown


def reconcile_published(shown: str | None, meta: PageMeta | None) -> str | None:
    """Publication date: the one the page prints wins; article:published_time / JSON-LD
    datePublished (converted to KST) fills in when the page prints none."""
    declared = meta.published if meta else None
    return _same_day_richer(shown, declared) if shown else declared


def reconcile_modified(shown: str | None, meta: PageMeta | None) -> str | None:
    """Like ``reconcile_published`` for the last-modified date."""
    declared = meta.modified if meta else None
    return _same_day_richer(shown, declared) if shown else declared


def html_reporters(lines: list[Line], meta: PageMeta | None) -> tuple[Reporter, ...]:
    """Reporters the HTML names: people in byline boxes (role "byline"), then the declared
    authors (meta author, JSON-LD author, Fusion credits) that name a person printed on the
    page (see ``authors.declared_names``)."""
    found: dict[str, Reporter] = {}
    for line in lines:
        hint = line.hint
        if hint is not None and hint.role == roles.BYLINE:
            for r in box_reporters(line.text):
                found.setdefault(r.name, r)
        elif hint is not None and not hint.role and hint.in_main:
            spoken = signoff_reporter(line.text)
            if spoken is not None:
                found.setdefault(spoken.name, spoken)
    if meta is not None:
        for name in declared_names(meta.authors, "\n".join(x.text for x in lines), meta.persons):
            found.setdefault(name, Reporter(name))
    return tuple(found.values())


def declared_press(meta: PageMeta | None) -> str | None:
    """The outlet the page declares: the article's own outlet on portals ("헤럴드경제 | 네이버"),
    else the publisher or site name."""
    if meta is None:
        return None
    return meta.press or meta.publisher or meta.site_name


def page_kind(meta: PageMeta | None) -> Literal["article", "list"] | None:
    """What the HTML says the page is ("article", "list") or None when it does not say."""
    return meta.kind if meta else None


def same_headline(a: str | None, b: str | None) -> bool:
    """True when two headline strings are the same up to quotes, spacing and width."""
    return bool(a) and bool(b) and norm_title(a) == norm_title(b)


# Reasons the text layout gives for "not an article" that HTML article evidence (declared
# NewsArticle, articleBody markup, a story in the page's script) overrules: a one-line photo
# story is short, and a broadcast page's hashtags look like a teaser list, yet both are articles.
OVERRULED_REASONS = frozenset({"too-short", "teaser-list", "list-footers", "no-body"})


def in_article(line: Line) -> bool:
    """True for an HTML line the page structure puts in the article container and leaves
    to the text rules: a body candidate for the layout however short it is."""
    hint = line.hint
    return hint is not None and bool(hint.in_main) and not hint.role


def structural_headline(verdicts: list[tuple[Label, str] | None]) -> int | None:
    """Index of the line the page structure marked as the printed headline, if any."""
    return next((i for i, v in enumerate(verdicts) if v is not None and v[1] == "html-headline"), None)


def page_reason(meta: PageMeta | None, reason: str | None, has_body: bool) -> str | None:
    """The layout's not-an-article reason, corrected by what the HTML says the page is."""
    kind = page_kind(meta)
    if kind == "list":
        return reason or "html-list-page"
    if kind == "article" and has_body and reason in OVERRULED_REASONS:
        return None
    return reason


def article_span(lines: list[Line], clusters: list[tuple[int, int, float]]) -> tuple[int, int, float] | None:
    """For an HTML page: one body run over every paragraph cluster inside the article
    container. The text layout keeps the best cluster, since a byline ends an article in
    scraped text; in HTML the container says where the article ends, so a report that
    stacks several bylined parts (a series page) stays one body. None for text pages."""
    inside = [
        c
        for c in clusters
        if all(lines[i].hint is not None and lines[i].hint.in_main for i in range(c[0], c[1] + 1))
    ]
    if len(inside) < 2:
        return None
    return inside[0][0], inside[-1][1], sum(c[2] for c in inside)
