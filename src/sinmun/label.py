"""Step 3, "label" (placeholder: weather items, everything else body)."""

from __future__ import annotations

from dataclasses import dataclass

from .html import PageMeta
from .record import LineLabel
from .segment import Line
from .weather import WeatherItem, parse_items


@dataclass(frozen=True, slots=True)
class PageLabels:
    labels: tuple[LineLabel, ...]  # one per non-blank line, in line order
    weather: tuple[tuple[int, WeatherItem], ...] = ()
    page_date: str | None = None


def label_page(lines: list[Line], meta: PageMeta | None = None) -> PageLabels:
    out, weather = [], []
    for line in lines:
        if line.blank:
            continue
        items = parse_items(line.text)  # a line may hold several ticker items
        if items:
            weather.extend((line.n, item) for item in items)
            out.append(LineLabel(line.n, "weather", "weather-ticker"))
        else:
            out.append(LineLabel(line.n, "body", "default-body"))
    return PageLabels(tuple(out), tuple(weather))
