"""Step 4, "fields" (placeholder)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .html import PageMeta
from .html.rules import (
    declared_press,
    html_reporters,
    page_kind,
    reconcile_modified,
    reconcile_published,
    reconcile_title,
)
from .label import PageLabels
from .record import Dates, Observation, Reporter
from .segment import Line
from .weather import observations


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


def collect(lines: list[Line], page: PageLabels, meta: PageMeta | None = None) -> Fields:
    text = {x.n: x.text for x in lines}
    paragraphs = tuple(text[x.n] for x in page.labels if x.label == "body")
    title = next((text[x.n] for x in page.labels if x.label == "title"), None)
    dates, reporters, press, is_article = Dates(), (), None, bool(paragraphs)
    subtitles: tuple[str, ...] = ()
    if meta is not None:  # html (issue 6): what the page declares fills what it does not print
        title = reconcile_title(title, meta)
        subtitles = tuple(text[x.n] for x in page.labels if x.label == "subtitle")
        dates = Dates(
            published=reconcile_published(dates.published, meta),
            modified=reconcile_modified(dates.modified, meta),
        )
        reporters = reporters or html_reporters(lines, meta)
        press = press or declared_press(meta)
        is_article = is_article and page_kind(meta) != "list"
    return Fields(
        is_article=is_article,
        title=title,
        subtitles=subtitles,
        dates=dates,
        reporters=reporters,
        press=press,
        paragraphs=paragraphs,
        weather=observations([w for _, w in page.weather], page.page_date),
    )
