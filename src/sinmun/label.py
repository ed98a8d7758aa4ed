"""Step 3, "label": every non-blank line gets a label and the name of the rule behind it.

First the *line rules* (``LINE_RULES``, in order, first match wins) look at one line at a
time. A rule's verdict is *hard* (furniture, copyright, bylines, weather: true wherever the
line stands) or *soft* (a section label, a lone "▲ …" caption, a bare counter: the document
pass may decide otherwise from context). Then ``layout.lay_out`` finds the article's extent
and gives every line its final label.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .html import PageMeta
from .html.rules import hint_label
from .layout import PageLabels, lay_out
from .options import MAX_LINE_CHARS
from .record import Label
from .rules import broadcast, bylines, captions, copyright, dates, furniture, press
from .rules.text import ends_sentence, hangul_count, is_headline_like, is_prose, is_truncated, strip_bullet
from .segment import Line
from .weather import WeatherItem, parse_items

# Lines longer than this skip the line rules: no furniture, byline or caption is this long,
# and it keeps pathological one-line pages linear.
LINE_RULE_MAX_CHARS = 2_000
# Ticker items are short; only lines up to this length are tried as weather.
WEATHER_MAX_CHARS = 80
# Beyond this length a line is a paragraph: only the caption and copyright rules (which
# bound their own length) are worth trying.
SHORT_LINE_MAX_CHARS = 120


@dataclass(frozen=True, slots=True)
class Verdict:
    label: Label
    rule: str
    hard: bool = True
    items: tuple[WeatherItem, ...] = ()  # the parsed ticker items of a weather line (one or several)


# A line rule sees the line's text and its key (bullets stripped, spaces collapsed, lower-case).
LineRule = Callable[[str, str], Verdict | None]


def _weather(text: str, k: str) -> Verdict | None:
    if len(text) > WEATHER_MAX_CHARS:
        return None
    items = parse_items(text)
    return Verdict("weather", "weather-ticker", items=tuple(items)) if items else None


def _page_date(text: str, k: str) -> Verdict | None:
    return Verdict("boilerplate", "page-date") if dates.is_page_date_line(text) else None


def _marker(text: str, k: str) -> Verdict | None:
    return Verdict("boilerplate", "broadcast-marker") if broadcast.is_marker(text) else None


def _copyright(text: str, k: str) -> Verdict | None:
    return Verdict("boilerplate", "copyright") if copyright.is_notice(text) else None


def _furniture(text: str, k: str) -> Verdict | None:
    name = furniture.furniture_rule(k)
    if name is None:
        if furniture.is_list_header(k):
            return Verdict("boilerplate", "list-header")
        return None
    if name == "counter" and dates.find_dates(text):
        return None  # "2025.05.15 20:00": a timestamp, for the meta rules
    # A lone number or "1." can be in-body numbering; context decides.
    return Verdict("boilerplate", name, hard=name != "counter")


def _caption(text: str, k: str) -> Verdict | None:
    name = captions.caption_rule(text)
    if name is None:
        return None
    # "▲ …" lines are list items when several follow each other; a trailing credit on a
    # long line, or a wire photo's caption, may be the only paragraph of a photo story.
    soft = name in ("pointer-caption", "wire-photo-caption") or (name == "photo-credit" and len(text) > 80)
    return Verdict("caption", name, hard=not soft)


def _meta(text: str, k: str) -> Verdict | None:
    if bylines.is_crew_credit(text):
        return Verdict("meta", "crew-credit")
    if dates.is_dateline(text):
        return Verdict("meta", "dateline")
    if bylines.byline_line(text) is not None:
        return Verdict("meta", "byline")
    if bylines.is_role_only(text) or bylines.is_email_only(text):
        return Verdict("meta", "byline")
    if bylines.name_then_credit(text) is not None:
        return Verdict("meta", "byline-photo-credit")
    return None


def _labels(text: str, k: str) -> Verdict | None:
    if furniture.is_section_name(k):
        return Verdict("boilerplate", "section-label", hard=False)
    if press.is_outlet_name(k):
        return Verdict("boilerplate", "masthead", hard=False)
    return None


# The line rules, in the order they are tried: the unambiguous ones (weather, page date,
# markers, copyright, furniture) first; captions before meta so "사진=…" credits are captions;
# a photographer's byline under a caption is fixed later by the document pass.
LINE_RULES: tuple[LineRule, ...] = (
    _weather,
    _page_date,
    _marker,
    _copyright,
    _furniture,
    _caption,
    _meta,
    _labels,
)
# Lines longer than SHORT_LINE_MAX_CHARS are paragraphs: only these rules can match them.
LONG_LINE_RULES: tuple[LineRule, ...] = (_copyright, _caption)


@dataclass(frozen=True, slots=True)
class LineInfo:
    """One non-blank line with its line-rule verdict and shape features."""

    line: Line
    key: str  # furniture.key(text): the form word lists match on
    verdict: Verdict | None
    prose: bool
    truncated: bool
    headline: bool
    bullet: bool
    hangul: int = 0  # Hangul syllables in the line

    @property
    def text(self) -> str:
        return self.line.text


def classify(line: Line) -> LineInfo:
    """Run the line rules and compute the shape features of one line."""
    text = line.text
    decided = hint_label(line)  # html (issue 6): the page structure decides first, when it can
    if decided is not None:
        return LineInfo(line, "", Verdict(*decided), False, False, decided[0] == "title", False)
    if len(text) > MAX_LINE_CHARS:  # a blob (minified script, base64): no paragraph is this long
        return LineInfo(line, "", Verdict("boilerplate", "oversized-line"), False, False, False, False)
    if len(text) > LINE_RULE_MAX_CHARS:
        head = text[:LINE_RULE_MAX_CHARS]
        return LineInfo(
            line, "", None, is_prose(head), not ends_sentence(text), False, False, hangul_count(head)
        )

    k = furniture.key(text)
    verdict = None
    for rule in LINE_RULES if len(text) <= SHORT_LINE_MAX_CHARS else LONG_LINE_RULES:
        verdict = rule(text, k)
        if verdict is not None:
            break
    bullet = strip_bullet(text) != text.strip()
    n_hangul = hangul_count(text)
    return LineInfo(
        line,
        k,
        verdict,
        is_prose(text, n_hangul),
        is_truncated(text, n_hangul),
        is_headline_like(text, n_hangul),
        bullet,
        n_hangul,
    )


def label_page(lines: list[Line], meta: PageMeta | None = None, url: str | None = None) -> PageLabels:
    """Labels for every non-blank line, plus what the document pass learned on the way."""
    infos = [classify(x) for x in lines if not x.blank]
    return lay_out(infos, meta, url)
