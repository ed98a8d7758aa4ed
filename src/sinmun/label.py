"""Step 3, "label" (placeholder: weather items, everything else body)."""

from __future__ import annotations

from dataclasses import dataclass

from .html import PageMeta
from .html.rules import hint_label
from .record import LineLabel
from .segment import Line
from .weather import WeatherItem, parse_item


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
        decided = hint_label(line, meta)  # html (issue 6): page structure decides first
        if decided:
            out.append(LineLabel(line.n, *decided))
            continue
        item = parse_item(line.text)
        if item:
            weather.append((line.n, item))
            out.append(LineLabel(line.n, "weather", "weather-ticker"))
        else:
            out.append(LineLabel(line.n, "body", "default-body"))
    return PageLabels(tuple(out), tuple(weather))
