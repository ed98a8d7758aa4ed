"""Reading the article: ▲ lists, quotes with speakers, people, organisations, regions and
event dates, found in the body paragraphs with Korean-news rules (regular expressions and
word lists only: no model is loaded, so the default extraction path stays fast).

``analyse`` is pure: the same paragraphs, date and reporters always give the same result.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..record import Entities, EventDate, Person, Quote
from .events import find_events
from .lists import find_lists
from .orgs import find_orgs, org_names
from .people import find_people, story_people
from .regions import find_regions, region_names
from .speakers import Context, attribute, speech_spans
from .text import paragraphs_of


@dataclass(frozen=True, slots=True)
class Semantics:
    lists: tuple[tuple[str, ...], ...] = ()
    quotes: tuple[Quote, ...] = ()
    entities: Entities = field(default_factory=Entities)
    events: tuple[EventDate, ...] = ()


def analyse(paragraphs: tuple[str, ...], published: str | None, reporters: tuple[str, ...] = ()) -> Semantics:
    """Structure found in the body paragraphs; ``published`` (ISO date) anchors relative dates
    and picks the admin units that existed then; ``reporters`` are left out of the people."""
    paragraphs = tuple(paragraphs)
    if not any(p.strip() for p in paragraphs):
        return Semantics()
    paras = paragraphs_of(paragraphs)
    regions = find_regions(paras, published)
    body = "\n".join(paragraphs)
    region_forms = tuple(sorted((s, body[s:e]) for r in regions for s, e in r.mentions))
    orgs = find_orgs(paras, frozenset(form for _, form in region_forms))
    people = find_people(paras, tuple(reporters))
    names = org_names(orgs)
    said = attribute(paras, Context(people, frozenset(names), region_forms, body))
    quotes = said.quotes
    speakers = {q.speaker for q in quotes if q.speaker}
    # people the page names only as the bare-name subject of a quote ("박해미는 “…”")
    named = tuple(Person(n, None, spans) for n, spans in said.named.items() if n in speakers)
    entities = Entities(story_people(people, speakers) + named, names, region_names(regions), regions)
    events = find_events(paragraphs, published, speech_spans(paras))
    return Semantics(find_lists(paragraphs), quotes, entities, events)
