"""A page's ticker items → KMA ``Observation``s, with warnings for what could not be mapped."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..record import Observation
from .infer import Slot, infer_nameless
from .parse import WeatherItem
from .stations import Station, registry


@dataclass(frozen=True, slots=True)
class WeatherResult:
    """Observations in page order, and one warning per item that kept ``stn_id`` null."""

    observations: tuple[Observation, ...] = ()
    warnings: tuple[str, ...] = ()


def observe(items: Sequence[WeatherItem], page_date: str | None) -> WeatherResult:
    """Map every item to its station (printed name, or inferred from ticker order); never drop one.

    ``page_date`` (the site's "today", ISO) dates each observation and decides which stations
    were operating when a nameless item's station is inferred."""
    reg = registry()
    temps = [i for i, item in enumerate(items) if item.kind == "temperature"]
    stations: dict[int, Station | None] = {i: reg.lookup(items[i].station or "") or None for i in temps}
    slots = [Slot(_label(items[i]), items[i].station is not None, stations[i]) for i in temps]
    inferred, warnings = infer_nameless(slots, page_date, reg)
    warnings += [
        f"weather-unknown-station: '{items[i].station}' is no KMA station name; kept with stn_id null"
        for i in temps
        if items[i].station is not None and stations[i] is None
    ]
    by_item = {temps[k]: st for k, st in inferred.items()}
    out = []
    for i, item in enumerate(items):
        if item.kind != "temperature":  # air quality is AirKorea's, not a KMA station's
            out.append(
                Observation(item.station, None, None, None, page_date, kind=item.kind, value=item.value)
            )
            continue
        guess = by_item.get(i)
        st = stations[i] or guess
        out.append(
            Observation(
                station=item.station or (guess.name if guess else None),
                stn_id=st.stn_id if st else None,
                sky=item.sky,
                temp_c=item.temp_c,
                date=page_date,
                inferred=guess is not None,
                lat=st.lat if st else None,
                lon=st.lon if st else None,
            )
        )
    return WeatherResult(tuple(out), tuple(warnings))


def observations(items: Sequence[WeatherItem], page_date: str | None) -> tuple[Observation, ...]:
    """``observe`` without the warnings."""
    return observe(items, page_date).observations


def _label(item: WeatherItem) -> str:
    return " ".join(x for x in (item.sky, item.station, f"{item.temp_c}℃") if x)
