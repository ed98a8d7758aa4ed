"""Weather tickers and widgets on Korean news pages, as KMA observations.

Line by line, ``parse_items`` (or ``parse_item`` for the first item) recognises ticker items
("맑음속초20.2℃", "서울 26.4℃ 맑음", "미세먼지 좋음") and ``is_widget_caption`` the widget's
furniture ("기상청 제공"). For a page, ``observe`` maps its items to KMA stations (printed
names, former names, inferred names) and says what it could not map; ``observations`` is the
same without the warnings. The drawing of a map lives in ``sinmun.weather.map`` (extra "map").
"""

from __future__ import annotations

from .observe import WeatherResult, observations, observe
from .parse import WeatherItem, is_widget_caption, parse_item, parse_items
from .stations import Registry, Station, registry

__all__ = [
    "Registry",
    "Station",
    "WeatherItem",
    "WeatherResult",
    "is_widget_caption",
    "observations",
    "observe",
    "parse_item",
    "parse_items",
    "registry",
]
