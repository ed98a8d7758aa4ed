"""How ``sinmun extract`` shows what reading the article found (quotes, people, lists ...)."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape

from ..record import Article


def print_reading(console: Console, art: Article, quotes_only: bool = False) -> None:
    """Quotes with speaker and verb, then people; the rest of the reading unless ``quotes_only``."""
    for q in art.quotes:
        verb = f" [dim]({escape(q.verb)})[/dim]" if q.verb else ""
        console.print(
            f"quote [cyan]{escape(q.speaker or '(speaker unknown)')}[/cyan]{verb}: “{escape(q.text)}”"
        )
    if art.entities.people:
        console.print("people: " + escape(", ".join(_person(p.name, p.title) for p in art.entities.people)))
    if quotes_only:
        return
    if art.entities.orgs:
        console.print("orgs: " + escape(", ".join(art.entities.orgs)))
    regions = [
        f"{r.name} (ambiguous)"
        if r.ambiguous
        else (r.full_name or r.name) + (f" → now {r.now}" if r.now else "")
        for r in art.entities.region_details
    ]
    if regions:
        console.print("regions: " + escape(", ".join(regions)))
    if art.dates.events:
        console.print("dates: " + escape(", ".join(f"{e.text} = {e.date or '?'}" for e in art.dates.events)))
    for items in art.lists:
        console.print(f"list of {len(items)}:")
        for item in items:
            console.print(f"  ▲ {escape(item)}")


def reading_json(art: Article) -> dict[str, Any]:
    """The quotes and people of the record, for ``--quotes --json``."""
    record = art.to_dict()
    return {"id": record["id"], "quotes": record["quotes"], "people": record["entities"]["people"]}


def _person(name: str, title: str | None) -> str:
    return f"{name} ({title})" if title else name
