"""Weather tickers and widgets on Korean news pages, as KMA observations.

``parse_item`` recognises one ticker item ("맑음속초20.2℃"); ``observations`` maps the
items of a page to KMA stations. (Placeholder: the weather issue fills in the registry,
station inference and the other widget forms.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..record import Observation

SKIES = ("구름조금", "구름많음", "비/눈", "눈/비", "소나기", "맑음", "흐림", "비", "눈")

_ITEM = re.compile(
    r"^[•·\-\s]*(?P<sky>" + "|".join(SKIES) + r")\s*(?P<station>[가-힣]{0,8}(?:\([가-힣]\))?)\s*"
    r"(?P<temp>-?\d{1,2}(?:\.\d)?)\s*(?:℃|°C)$"
)


@dataclass(frozen=True, slots=True)
class WeatherItem:
    """One ticker item as printed."""

    station: str | None
    sky: str | None
    temp_c: float | None


def parse_item(text: str) -> WeatherItem | None:
    """One ticker item, or ``None`` when the line is not one."""
    m = _ITEM.match(text.strip())
    if not m:
        return None
    return WeatherItem(m["station"] or None, m["sky"], float(m["temp"]))


def observations(items: list[WeatherItem], page_date: str | None) -> tuple[Observation, ...]:
    """Map a page's ticker items to observations dated with the page date."""
    return tuple(Observation(i.station, None, i.sky, i.temp_c, page_date) for i in items)
