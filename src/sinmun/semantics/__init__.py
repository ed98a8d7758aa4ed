"""Reading the article: ▲ lists, quotes with speakers, people, organisations, regions and
event dates. (Placeholder: filled in by the "read the article" issue.)"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..record import Entities, EventDate, Quote


@dataclass(frozen=True, slots=True)
class Semantics:
    lists: tuple[tuple[str, ...], ...] = ()
    quotes: tuple[Quote, ...] = ()
    entities: Entities = field(default_factory=Entities)
    events: tuple[EventDate, ...] = ()


def analyse(paragraphs: tuple[str, ...], published: str | None, reporters: tuple[str, ...] = ()) -> Semantics:
    """Structure found in the body paragraphs; ``published`` anchors relative dates."""
    return Semantics()
