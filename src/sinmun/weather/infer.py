"""Stations for ticker items printed without a name.

Nationwide tickers list KMA ASOS stations in ascending id order, and a widget whose name
dictionary is older than a station prints that station's item without a name (the seed's
four: 93 북춘천, 181 서청주, 239 세종, 296 북부산 — all younger than the dictionary). So the
nameless items between two named neighbours stand for the stations whose ids lie between
the neighbours' ids: when that gap holds exactly as many stations operating on the page's
date as there are nameless items, each item is that station, in order. Before the first and
after the last named item the gap is open on one side (after 295 남해 only 296 북부산 is left).
Anything less certain keeps the item unnamed, with a warning.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from .stations import Registry, Station


@dataclass(frozen=True, slots=True)
class Slot:
    """One temperature item of a ticker, as the inference sees it."""

    label: str  # the item as a person would quote it, for warnings ("구름조금 25.1℃")
    printed: bool  # a station name was printed
    station: Station | None  # the printed name's station, when the registry knows it


def infer_nameless(
    slots: Sequence[Slot], date: str | None, reg: Registry
) -> tuple[dict[int, Station], list[str]]:
    """Stations for the nameless slots (by slot index) and a warning for each left unnamed."""
    nameless = [i for i, s in enumerate(slots) if not s.printed]
    if not nameless:
        return {}, []
    known = [i for i, s in enumerate(slots) if s.station is not None]
    why = _order_problem([slots[i].station for i in known])  # type: ignore[misc]
    if why:
        return {}, [_warn(slots[i], why) for i in nameless]
    found: dict[int, Station] = {}
    warnings: list[str] = []
    bounds = [-1, *known, len(slots)]
    for left, right in pairwise(bounds):
        gap = range(left + 1, right)
        if not any(not slots[i].printed for i in gap):
            continue
        lo = slots[left].station.stn_id if left >= 0 else None  # type: ignore[union-attr]
        hi = slots[right].station.stn_id if right < len(slots) else None  # type: ignore[union-attr]
        fits = _fitting(reg, lo, hi, date)
        if lo is None and hi is None:
            why = "no named station on the page to place it by"
        elif any(slots[i].printed for i in gap):
            why = "a name between its neighbours is not a KMA station"
        elif len(fits) != len(gap):
            why = f"{len(gap)} item(s) between {_ends(lo, hi)} but {len(fits)} stations there"
        else:
            found.update(zip(gap, fits, strict=True))
            continue
        warnings += [_warn(slots[i], why) for i in gap if not slots[i].printed]
    return found, warnings


def _order_problem(stations: list[Station]) -> str | None:
    """Why the named items do not make an id-ordered ASOS ticker, or None when they do."""
    if any(s.network != "ASOS" for s in stations):
        return "the ticker names stations that are not ASOS stations"
    ids = [s.stn_id for s in stations]
    if any(a >= b for a, b in pairwise(ids)):
        return "the ticker is not in KMA station-id order"
    return None


def _fitting(reg: Registry, lo: int | None, hi: int | None, date: str | None) -> list[Station]:
    """ASOS stations strictly between two ids (either may be open) operating on ``date``."""
    return [
        s
        for s in reg.asos
        if (lo is None or s.stn_id > lo) and (hi is None or s.stn_id < hi) and s.operating_on(date)
    ]


def _ends(lo: int | None, hi: int | None) -> str:
    if lo is None:
        return f"the start and id {hi}"
    if hi is None:
        return f"id {lo} and the end"
    return f"ids {lo} and {hi}"


def _warn(slot: Slot, why: str) -> str:
    return f"weather-nameless: '{slot.label}' printed without a station name kept unnamed: {why}"
