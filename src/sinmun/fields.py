"""Step 4, "fields": the record's fields from the labelled lines.

Each field reads the lines whose label says where it lives: the headline from the title
line, dates from meta lines (never from the page's "today" header), reporters from bylines,
wire headers, closing bylines and broadcast sign-offs, the outlet from the most explicit
place that names it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .html import PageMeta
from .html import rules as html_rules
from .layout import PageLabels
from .record import Dates, Observation, Reporter
from .rules import bylines, captions, copyright, dates, furniture, press, signoffs
from .segment import Line
from .weather import observe

# How many opening paragraphs may carry a wire header or bracketed outlet.
WIRE_HEADER_PARAGRAPHS = 2
# A site name appended to a headline: "… / KBS뉴스(News)", "… | 연합뉴스", "… - SBS 뉴스".
_TITLE_SUFFIX = re.compile(r"\s+[|/\-–—:]\s*(?P<site>[^|/\-–—:]{1,30})$")
_SECTION_PREFIX = re.compile(r"^\s*(?P<section>[^|｜>:]{1,10}?)\s*[|｜>:]\s*(?=\S)")
_SITE_WORD = re.compile(r"뉴스|news|일보|신문|방송|tv|닷컴|미디어|media|저널|매거진|타임스", re.I)
_BRACKETED_OUTLET = re.compile(r"[\[(【]\s*(?P<name>[가-힣A-Za-z0-9]{2,14})\s*[\])】]")


@dataclass(frozen=True, slots=True)
class Fields:
    is_article: bool = False
    title: str | None = None
    subtitles: tuple[str, ...] = ()
    dates: Dates = field(default_factory=Dates)
    reporters: tuple[Reporter, ...] = ()
    press: str | None = None
    captions: tuple[str, ...] = ()
    paragraphs: tuple[str, ...] = ()
    weather: tuple[Observation, ...] = ()
    warnings: tuple[str, ...] = ()


def clean_title(text: str) -> str:
    """The headline without a site name appended to it, nor a section name before it
    ("사회 | 청주시, …", as title tags print it)."""
    m = _TITLE_SUFFIX.search(text)
    if m and (_SITE_WORD.search(m["site"]) or press.is_outlet_name(m["site"].strip())):
        text = text[: m.start()]
    m = _SECTION_PREFIX.match(text)
    if m and furniture.is_section_name(furniture.key(m["section"])):
        text = text[m.end() :]
    return text.strip()


def strip_outlet_prefix(title: str, lines: Iterable[str]) -> str:
    """The headline without an outlet name glued before it ("연합뉴스TV '영원한 25살' …").

    A headline may open with an outlet ("KBS, 수신료 …", "MBC 노조 …"), so the prefix goes
    only when the page also prints the rest alone among its other ``lines`` (read only when
    the headline does open with an outlet's name).
    """
    words = title.split()
    prefixed = [n for n in (1, 2) if len(words) > n and press.is_outlet_name(" ".join(words[:n]))]
    if not prefixed:
        return title
    others = {" ".join(t.split()) for t in lines}
    for n in prefixed:
        rest = " ".join(words[n:])
        if rest in others:
            return rest
    return title


def _title_site(text: str) -> str | None:
    m = _TITLE_SUFFIX.search(text)
    if not m:
        return None
    site = re.sub(r"\s*\([^)]*\)\s*$", "", m["site"]).strip()
    site = re.sub(r"\s*뉴스$", "", site) if re.match(r"^[A-Z]{2,5}\s*뉴스$", site) else site
    return site if press.is_outlet_name(site) else None


def _dates(page: PageLabels, meta: PageMeta | None, texts: dict[str, list[str]]) -> tuple[Dates, list[str]]:
    published = modified = None
    notes: list[str] = []
    undated: list[str] = []
    pending = None  # "입력" alone on a line: its date is on the next meta line
    for text in texts["meta"] + texts["caption"]:
        hits = dates.find_dates(text)
        if not hits:
            pending = dates.key_only(text)
            continue
        for hit in hits:
            kind = hit.kind or pending
            if kind == "published" and published is None:
                published = hit.iso
            elif kind == "modified" and modified is None:
                modified = hit.iso
            elif kind is None and text in texts["meta"]:
                undated.append(hit.iso)
        pending = None
    if published is None and undated:
        published = undated[0]  # "2025.02.28. 오후 9:49." under the headline
    if published is None and meta is not None and meta.published:
        published = meta.published
    if modified is None and meta is not None and meta.modified:
        modified = meta.modified
    if published is None:
        published = dates.inferred_from_file_name(
            texts["caption"], texts["title"] + texts["subtitle"] + texts["body"]
        )
        if published:
            notes.append(
                "published-inferred: no printed date; from a photo file name's date and the day the text names"
            )
    year = int(published[:4]) if published else None
    page_date = next(
        (
            d
            for x in page.infos
            if x.verdict and x.verdict.rule == "page-date"
            if (d := dates.page_date(x.text, year)) is not None
        ),
        None,
    )
    return Dates(page=page_date, published=published, modified=modified), notes


def _reporters(
    page: PageLabels, texts: dict[str, list[str]]
) -> tuple[list[Reporter], list[str], list[Reporter]]:
    """Reporters in byline order, the outlets their bylines name (most explicit first), and
    the reporters of credits lines ("( 취재 : 한지연 / … )"): those only count when no byline
    names anyone, as a broadcast credit may name the field reporter beside the piece's author."""
    found: list[Reporter] = []
    credited: list[Reporter] = []
    outlets: list[str] = []
    body = texts["body"]
    for text in body[:WIRE_HEADER_PARAGRAPHS]:
        wire = bylines.wire_header(text)
        if wire is not None:
            found += wire.reporters
            if wire.press:
                outlets.append(wire.press)
            break
        m = _BRACKETED_OUTLET.search(text[:200])
        if m and press.is_outlet_name(m["name"]):
            outlets.append(m["name"])
            break
    rules = {x.n: x.rule for x in page.labels}
    for info in page.lines_labelled("meta"):
        rule = rules[info.line.n]
        if rule == "byline-name":
            found.append(Reporter(info.text.strip(" •·-")))
        elif rule == "byline-photo-credit":
            signed = bylines.name_then_credit(info.text)
            if signed is not None:
                found.append(signed)
        elif rule == "crew-credit":
            credited += bylines.credited_reporters(info.text)
        elif rule in ("byline", "repeated-byline", "dateline", "repeated-dateline"):
            # a byline box printed on one line with its times: "홍길동 기자 | 입력 2024.03.15 10:21"
            bl = bylines.byline_line(info.text)
            if bl is not None:
                found += bl.reporters
                if bl.press:
                    outlets.append(bl.press)
    if body:
        closing = signoffs.trailing_byline(body[-1])
        if closing:
            found.append(closing)
    for text in body:
        spoken = signoffs.broadcast_reporter(text)
        if spoken:
            found.append(spoken[0])
            if spoken[1]:
                outlets.append(spoken[1])
    return _merge(found), outlets, _merge(credited)


def _merge(found: list[Reporter]) -> list[Reporter]:
    """One entry per name, keeping the first e-mail and role seen for it."""
    out: dict[str, Reporter] = {}
    for r in found:
        prev = out.get(r.name)
        if prev is None:
            out[r.name] = r
        else:
            out[r.name] = Reporter(r.name, prev.email or r.email, prev.role or r.role)
    return list(out.values())


def _press(
    page: PageLabels, meta: PageMeta | None, byline_outlets: list[str], title_line: str | None
) -> str | None:
    """The outlet, from the most explicit place that names it: wire header or byline, then
    copyright notice, masthead line, title suffix, page metadata. A later, more specific
    name of the same outlet wins ("MBC" in a sign-off, "전주MBC" in the copyright)."""
    found = list(byline_outlets)
    for info in page.infos:
        if info.verdict and info.verdict.rule == "copyright":
            name = copyright.notice_outlet(info.text)
            if name:
                found.append(name)
    # An outlet name as a bulleted menu item ("• 스타투데이", "• SBS8뉴스") links to a sister
    # brand or programme: the page's own outlet only when nothing else names one.
    menu_items: list[str] = []
    for info in page.infos:
        if info.verdict and info.verdict.rule == "masthead":
            name = info.key if info.text.isascii() else info.text.strip(" •·-")
            (menu_items if info.bullet else found).append(name)
    for info in page.infos:  # "연합뉴스TV 기사문의 및 제보 : …": the outlet asking for tips
        if info.verdict and info.verdict.rule == "tip-off":
            words = info.text.split(maxsplit=1)
            if words and press.is_outlet_name(words[0]):
                found.append(words[0])
    if title_line:
        # the headline with the site's name after it, as the page's title tag prints it
        others = (i.text for i in page.infos if i.text != title_line and i.text.startswith(title_line))
        for text in [title_line, *others]:
            site = _title_site(text)
            if site:
                found.append(site)
                break
    if meta is not None and meta.site_name:
        found.append(meta.site_name)
    found = [press.canonical_outlet(name) for name in found or menu_items or _photo_credit_outlets(page)]
    if not found:
        return None
    best = found[0]
    for name in found[1:]:
        if best in name and name != best:
            best = name
    site = meta.site_name.strip() if meta is not None and meta.site_name else ""
    if site in press.KNOWN and best not in site and site not in best:
        # a syndicated story ("[OSEN=선미경 기자]" on a 조선일보 page): the outlet the page
        # declares publishes it. Only a well-known name counts: metadata often gives the
        # company instead ("매일방송" for MBN).
        return site
    return best


# The name after "사진=" in a photo credit: "▲ 과학 수업 [사진=에듀진]", "(사진=경기도 제공)".
_CREDITED = re.compile(r"사진\s*[=:/]\s*(?P<name>[가-힣A-Za-z0-9]{2,14})")


def _photo_credit_outlets(page: PageLabels) -> list[str]:
    """Outlets credited for the page's own photos ("[사진=에듀진]"): the last resort for the
    press, and never a wire, whose photos appear on every outlet's pages."""
    names = []
    for info in page.lines_labelled("caption"):
        for m in _CREDITED.finditer(info.text):
            if press.is_outlet_name(m["name"]) and m["name"] not in press.WIRES:
                names.append(m["name"])
    return names


def collect(lines: list[Line], page: PageLabels, meta: PageMeta | None = None) -> Fields:
    """All fields of the record that come from the labelled lines."""
    texts: dict[str, list[str]] = {k: [] for k in ("title", "subtitle", "meta", "body", "caption")}
    by_n = {x.n: x.label for x in page.labels}
    for info in page.infos:
        label = by_n.get(info.line.n)
        if label in texts:
            texts[label].append(info.text)
    weather_items = [
        item for info in page.lines_labelled("weather") if info.verdict for item in info.verdict.items
    ]
    the_dates, notes = _dates(page, meta, texts)
    weather = observe(weather_items, the_dates.page)
    obs = weather.observations
    if not page.is_article:
        return Fields(
            dates=the_dates, weather=obs, warnings=(f"not-article: {page.reason}", *weather.warnings)
        )
    reporters, outlets, credited = _reporters(page, texts)
    if meta is not None:  # html (issue 6): byline boxes, sign-offs, declared authors naming a person
        reporters = _merge(reporters + list(html_rules.html_reporters(lines, meta)))
        outlets += html_rules.signoff_outlets(lines)
    reporters = reporters or credited
    title_line = texts["title"][0] if texts["title"] else None
    title = clean_title(title_line) if title_line else (meta.title if meta is not None else None)
    if title_line:
        title = strip_outlet_prefix(title, (i.text for i in page.infos if i.text != title_line))
    caps = tuple(c for t in texts["caption"] if (c := captions.caption_text(t)))
    return Fields(
        is_article=True,
        title=title,
        subtitles=tuple(texts["subtitle"]),
        dates=the_dates,
        reporters=tuple(reporters),
        press=_press(page, meta, outlets, title_line),
        captions=caps,
        paragraphs=tuple(texts["body"]),
        weather=obs,
        warnings=(*notes, *weather.warnings),
    )
