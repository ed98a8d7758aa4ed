"""Step 4, "fields" (placeholder)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .html import PageMeta
from .label import PageLabels
from .record import Dates, Observation, Reporter
from .segment import Line
from .weather import observe


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
    weather = observe([w for _, w in page.weather], page.page_date)
    return Fields(
        is_article=bool(paragraphs),
        paragraphs=paragraphs,
        weather=weather.observations,
        warnings=weather.warnings,
    )
