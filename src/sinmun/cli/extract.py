"""``sinmun extract``: one page, as a readable summary, the JSON record, or labelled lines."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape

from ..pipeline import extract_with_lines
from ..record import Article
from ..segment import Line
from .common import extract_options, friendly_errors, options_from_cli
from .reading import print_reading, reading_json

LABEL_STYLE = {
    "title": "bold magenta",
    "subtitle": "magenta",
    "meta": "cyan",
    "body": "green",
    "caption": "yellow",
    "weather": "blue",
    "boilerplate": "dim",
}


@click.command("extract")
@click.argument("file", type=click.Path(allow_dash=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help='Print the full "sinmun/1" record as JSON.')
@click.option(
    "--lines", "show_lines", is_flag=True, help="Show every line with its label and the rule that decided it."
)
@click.option(
    "--url",
    default=None,
    help="The page's URL, copied into the record; a search or tag address marks it no article.",
)
@click.option("--id", "doc_id", default=None, help="An id for the record (default: the file name stem).")
@click.option(
    "--quotes",
    "quotes_only",
    is_flag=True,
    help="Only the quotes with their speakers, and the people (implies --semantics).",
)
@extract_options(semantics=True)
@friendly_errors
def extract_cmd(
    file: str,
    as_json: bool,
    show_lines: bool,
    url: str | None,
    doc_id: str | None,
    quotes_only: bool,
    fmt: str,
    semantics: bool,
) -> None:
    """Extract one page (FILE, or - for stdin) and print what was found.

    \b
    Examples:
      sinmun extract examples/seed.txt
      sinmun extract page.html --json | jq .title
      curl -s https://example.kr/news/1 | sinmun extract - --lines
      sinmun extract examples/seed.txt --quotes     # who said what, and who is who
      sinmun extract page.txt --no-semantics         # skip quotes, people, lists, dates (faster)

    """
    options = options_from_cli(fmt, semantics or quotes_only)
    if file == "-":
        data, default_id = sys.stdin.buffer.read(), None
    else:
        path = Path(file)
        if not path.is_file():
            raise click.ClickException(f"no such file: {file}")
        data, default_id = path.read_bytes(), path.stem
    done = extract_with_lines(data, url=url, id=doc_id or default_id, options=options)
    art = done.article
    if quotes_only:
        if as_json:
            click.echo(json.dumps(reading_json(art), ensure_ascii=False, indent=2))
        else:
            print_reading(Console(highlight=False, soft_wrap=True), art, quotes_only=True)
        return
    if as_json:
        click.echo(json.dumps(art.to_dict(), ensure_ascii=False, indent=2))
        return
    console = Console(highlight=False, soft_wrap=True)
    if show_lines:
        _print_lines(console, art, done.lines)
    else:
        _print_summary(console, art)


def _print_summary(console: Console, art: Article) -> None:
    d = art.dates
    console.print(f"[bold]{escape(art.title or '(no headline)')}[/bold]")
    for s in art.subtitles:
        console.print(f"  [magenta]{escape(s)}[/magenta]")
    console.print(
        f"published {d.published or '—'} · modified {d.modified or '—'} · page date {d.page or '—'}"
    )
    if art.reporters:
        people = ", ".join(
            " ".join(x for x in (r.name, r.role, f"<{r.email}>" if r.email else None) if x)
            for r in art.reporters
        )
        console.print(f"reporters: {escape(people)}")
    if art.press:
        console.print(f"press: {escape(art.press)}")
    counts = Counter(x.label for x in art.lines)
    console.print(
        f"article: {'yes' if art.is_article else 'no'} · {len(art.paragraphs)} paragraphs · "
        f"{len(art.captions)} captions · {len(art.weather)} weather observations · "
        + " ".join(f"{k} {v}" for k, v in sorted(counts.items()))
    )
    print_reading(console, art)
    for w in art.warnings:
        console.print(f"[yellow]warning:[/yellow] {escape(w)}")
    console.rule()
    for p in art.paragraphs:
        console.print(escape(p))
        console.print()


def _print_lines(console: Console, art: Article, lines: tuple[Line, ...]) -> None:
    """Every labelled line as the pipeline read it: for HTML, the lines sinmun made from the
    page (furniture left out, the page cut at ``max_page_chars``), so the numbers are the
    record's ``lines[].n``."""
    labels = {x.n: x for x in art.lines}
    width = len(str(len(lines)))
    for line in lines:
        lab = labels.get(line.n)
        if lab is None:
            continue
        style = LABEL_STYLE.get(lab.label, "")
        console.print(
            f"{line.n:>{width}} [{style}]{lab.label:<11}[/{style}] [dim]{lab.rule:<22}[/dim] {escape(line.text)}"
        )
