"""What a page declares about itself: <meta> tags (og:*, article:*, name=author ...), JSON-LD,
<title>, <link rel=canonical> and machine-readable dates in the body.

Declared values are evidence, not truth: ``reconcile.py`` weighs them against what the page
prints. Here we only collect them, in a fixed order of trust per field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .blocks import Element
from .dates import iso_kst
from .jsonld import read_jsonld
from .model import PageMeta
from .titles import norm_title, strip_site_suffix

# <meta> keys per field, most trusted first (keys are lower-cased property/name/itemprop).
PUBLISHED_KEYS = (
    "article:published_time", "og:article:published_time", "article:published", "dd:published_time",
    "datepublished", "datepublished datecreated", "pubdate", "publishdate", "publish-date",
    "nextweb:createdate", "dc.date", "dc.date.issued", "date",
)  # fmt: skip
MODIFIED_KEYS = (
    "article:modified_time", "og:article:modified_time", "dd:modified_time", "og:updated_time",
    "datemodified", "nextweb:moddate", "lastmod", "last-modified",
)  # fmt: skip
AUTHOR_KEYS = (
    "author", "article:author", "og:article:author", "dable:author", "dd:author", "byl", "byline",
    "nextweb:reporter", "writer", "sailthru.author", "parsely-author", "citation_author",
)  # fmt: skip
TITLE_KEYS = ("og:title", "twitter:title", "title", "headline", "dc.title")
SITE_KEYS = ("og:site_name", "application-name", "dd:publisher", "twitter:site", "og:site", "publisher")
SECTION_KEYS = ("article:section", "articlesection", "section")
DESCRIPTION_KEYS = ("og:description", "description", "twitter:description")
# A meta value that is a URL (article:author is often a Facebook page) names nobody.
_URL = re.compile(r"^(?:https?:)?//|^www\.", re.I)
# Values longer than this are not a title or a name but a stuffed field.
MAX_META_VALUE = 2_000


@dataclass(frozen=True, slots=True)
class Declared:
    """PageMeta plus the raw title candidates (used to find the printed headline)."""

    meta: PageMeta
    titles: tuple[str, ...]  # every declared title, site suffix removed, most trusted first
    site_names: tuple[str, ...]


def meta_tags(tree: Any) -> dict[str, list[str]]:
    """All <meta> values by lower-cased key (property, name, itemprop or http-equiv)."""
    out: dict[str, list[str]] = {}
    for node in tree.css("meta"):
        attrs = node.attributes
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
        value = attrs.get("content")
        if not key or not value:
            continue
        value = " ".join(value.split())[:MAX_META_VALUE]
        if value:
            out.setdefault(key.strip().lower(), []).append(value)
    return out


def _first(tags: dict[str, list[str]], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        for value in tags.get(key, ()):
            if not _URL.match(value):
                return value
    return None


def _all(tags: dict[str, list[str]], keys: tuple[str, ...]) -> list[str]:
    return [v for key in keys for v in tags.get(key, ()) if not _URL.match(v)]


def _element_dates(elements: list[Element]) -> tuple[str | None, str | None]:
    """<time datetime>, itemprop=datePublished/dateModified, and (weakest) data-*-date
    attributes in the body."""
    published = modified = data_published = None
    for el in elements:
        attrs = el.attrs
        if not attrs:
            continue
        prop = (attrs.get("itemprop") or "").lower()
        value = attrs.get("datetime") or attrs.get("content")
        if value and "datemodified" in prop:
            modified = modified or iso_kst(value)
        elif value and ("datepublished" in prop or (el.tag == "time" and not prop)):
            published = published or iso_kst(value)
        if data_published is None:
            data_published = next(
                (
                    iso_kst(v)
                    for k, v in attrs.items()
                    if k.startswith("data-") and not _MODIFIED_PART.search(k)
                ),
                None,
            )
    return published or data_published, modified


# data-* date attributes naming a later edit (data-re-deploy-dt, data-mod-date, data-updated).
_MODIFIED_PART = re.compile(r"-(?:re|mod|modify|modified|update|updated|edit|edited|last)(?:-|$)")


def _site_name(tags: dict[str, list[str]], publisher: str | None) -> str | None:
    """The site's name as declared for people (og:site_name, application-name, publisher),
    not a social handle (twitter:site "@TVChosunNews") and not a slogan stuffed into the tag."""
    for value in (_first(tags, ("og:site_name",)), _first(tags, ("application-name",)), publisher):
        if value and len(value) <= MAX_SITE_NAME_CHARS:
            return value
    return None


# A declared site name longer than this is a description ("종합일간지 : 신문/웹/모바일 등 …").
MAX_SITE_NAME_CHARS = 20


def _portal_press(tags: dict[str, list[str]]) -> str | None:
    """Portals (Naver, zum) declare "<outlet> | <portal>" in og:article:author: the outlet."""
    for value in tags.get("og:article:author", ()):
        parts = [p.strip() for p in value.split("|") if p.strip()]
        if len(parts) == 2:
            press = [p for p in parts if not _PORTAL.search(p)]
            if len(press) == 1:
                return press[0]
    return None


# Names of news portals that republish other outlets' articles.
_PORTAL = re.compile(r"네이버|naver|다음|daum|뉴스zum|zum|네이트|nate", re.I)


def _site_names(tags: dict[str, list[str]], publisher: str | None) -> tuple[str, ...]:
    names = [publisher] if publisher else []
    for value in _all(tags, SITE_KEYS):
        names.append(value.lstrip("@"))
    for value in tags.get("og:article:author", ()):  # portals: "뉴스zum | 연합뉴스"
        names.extend(p.strip() for p in value.split("|"))
    return tuple(dict.fromkeys(n for n in names if n and len(n) <= 40))


LD_SELECTOR = 'script[type="application/ld+json"]'


def read_declared(
    tree: Any, elements: list[Element], title_text: str | None, ld_scripts: list[str]
) -> Declared:
    """Collect everything the page declares (see module docstring); ``ld_scripts`` are the
    texts of its JSON-LD scripts (read before scripts are pruned from the tree)."""
    tags = meta_tags(tree)
    ld = read_jsonld(ld_scripts)
    publisher = (ld.publisher if ld else None) or _first(tags, ("dd:publisher",))
    sites = _site_names(tags, publisher)
    section = (ld.section if ld else None) or _first(tags, SECTION_KEYS)
    raw_titles = [ld.headline] if ld and ld.headline else []
    raw_titles[:0] = _all(tags, TITLE_KEYS[:1])  # og:title first, then JSON-LD, then the rest
    raw_titles += _all(tags, TITLE_KEYS[1:])
    if title_text:
        raw_titles.append(title_text)
    stripped = (strip_site_suffix(x, sites, section) for x in raw_titles)
    # A <title> that is only the site's name ("연합뉴스TV") names no article.
    site_keys = {norm_title(s) for s in sites}
    titles = tuple(dict.fromkeys(t for t in stripped if t and norm_title(t) not in site_keys))
    body_published, body_modified = _element_dates(elements)
    published = iso_kst(ld.published if ld else None) or iso_kst(_first(tags, PUBLISHED_KEYS))
    modified = iso_kst(ld.modified if ld else None) or iso_kst(_first(tags, MODIFIED_KEYS))
    authors = list(ld.authors if ld else ()) + _all(tags, AUTHOR_KEYS)
    canonical = tree.css_first('link[rel="canonical"]')
    meta = PageMeta(
        title=titles[0] if titles else None,
        published=published or body_published,
        modified=modified or body_modified,
        site_name=_site_name(tags, publisher),
        authors=tuple(dict.fromkeys(a for a in authors if a)),
        persons=ld.persons if ld else (),
        description=(ld.description if ld else None) or _first(tags, DESCRIPTION_KEYS),
        section=section,
        publisher=publisher,
        article_type=(ld.type if ld else None) or _first(tags, ("og:type",)),
        body=ld.body if ld else None,
        url=_first(tags, ("og:url",)) or (canonical.attributes.get("href") if canonical else None),
        press=_portal_press(tags),
    )
    return Declared(meta, titles, sites)
