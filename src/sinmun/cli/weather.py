"""``sinmun weather``: the weather-ticker observations of pages, as a table, CSV rows or a map."""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from tqdm import tqdm

from ..io.readers import iter_inputs
from ..io.records import InputRecord
from ..options import FORMATS, Options
from ..pipeline import extract
from ..record import Observation
from ..weather.map import check_map_target, render_map
from .common import friendly_errors

CSV_COLUMNS = (
    "page",
    "date",
    "station",
    "stn_id",
    "sky",
    "temp_c",
    "inferred",
    "lat",
    "lon",
    "kind",
    "value",
)
# Warnings of the weather stage start with this; the rest of a page's warnings are not ours.
WARNING_PREFIX = "weather-"


@dataclass(frozen=True, slots=True)
class PageWeather:
    id: str
    date: str | None
    observations: tuple[Observation, ...]
    warnings: tuple[str, ...]


@click.command("weather")
@click.argument("files", nargs=-1, required=True)
@click.option("--csv", "csv_out", default=None, metavar="OUT|-", help="Write one CSV row per observation.")
@click.option(
    "--map",
    "map_out",
    default=None,
    metavar="OUT.svg|OUT.png",
    help="Draw the stations on a map of South Korea (extra 'map'); one file per page with weather.",
)
@click.option(
    "--format", "fmt", type=click.Choice(FORMATS), default="auto", show_default=True, help="Input kind."
)
@friendly_errors
def weather_cmd(files: tuple[str, ...], csv_out: str | None, map_out: str | None, fmt: str) -> None:
    """Show the weather-ticker observations of FILES (pages, folders of pages, .jsonl; - reads
    one page from stdin): each item mapped to its KMA station, with the page's date.

    \b
    Examples:
      sinmun weather examples/seed.txt
      sinmun weather pages/ --csv weather.csv
      sinmun weather examples/seed.txt --map seed.png
      curl -s https://example.kr/ | sinmun weather - --csv - | head
    """
    if map_out:
        check_map_target(map_out)  # fail before reading pages, not after
    options = Options(format=fmt, semantics=False, lines=False)
    pages = [
        _page_weather(rec, options)
        for rec in tqdm(_records(files), unit=" pages", disable=None, file=sys.stderr)
    ]
    with_weather = [p for p in pages if p.observations]
    to_stdout = csv_out == "-"
    console = Console(highlight=False, soft_wrap=True, stderr=to_stdout)
    if csv_out:
        _write_csv(pages, csv_out)
    if not to_stdout:
        for p in with_weather:
            console.print(_table(p))
    for p in pages:
        for w in p.warnings:
            console.print(f"[yellow]warning[/yellow] {escape(p.id)}: {escape(w)}")
    if map_out and not with_weather:
        console.print("no weather on these pages: no map drawn", style="yellow")
    if map_out:
        for p, path in zip(with_weather, _map_paths(map_out, with_weather), strict=True):
            render_map(p.observations, path, title=f"{p.id} · {p.date or 'date unknown'}")
            console.print(f"map: {escape(str(path))}")
    n_obs = sum(len(p.observations) for p in pages)
    unmapped = sum(1 for p in pages for o in p.observations if o.stn_id is None and o.kind == "temperature")
    console.print(
        f"{len(with_weather)} of {len(pages)} page(s) with weather, {n_obs} observations, "
        f"{unmapped} without a station",
        style="dim",
    )


def _records(files: tuple[str, ...]) -> Iterator[InputRecord]:
    """``-`` is one page on stdin; other paths as ``sinmun run`` reads them, plus any single file."""
    for f in files:
        path = Path(f)
        if f == "-":
            yield InputRecord("stdin", sys.stdin.buffer.read())
        elif path.is_file() and path.suffix.lower() != ".jsonl":
            yield InputRecord(path.stem, path.read_bytes())
        else:
            yield from iter_inputs([f])


def _page_weather(rec: InputRecord, options: Options) -> PageWeather:
    if rec.page is None:  # an unreadable JSONL row: say so and go on with the others
        return PageWeather(rec.id, None, (), (f"unreadable: {rec.problem[2] if rec.problem else 'no text'}",))
    art = extract(rec.page, url=rec.url, id=rec.id, options=options)
    notes = tuple(w for w in art.warnings if w.startswith(WARNING_PREFIX))
    return PageWeather(rec.id, art.dates.page, art.weather, notes)


def _table(p: PageWeather) -> Table:
    table = Table(title=f"{p.id} · {p.date or 'date unknown'} · {len(p.observations)} observations")
    for col, justify in (("#", "right"), ("station", "left"), ("stn_id", "right"), ("sky", "left")):
        table.add_column(col, justify=justify)  # type: ignore[arg-type]
    for col in ("°C", "lat", "lon"):
        table.add_column(col, justify="right")
    table.add_column("note")
    for n, o in enumerate(p.observations, 1):
        note = "inferred" if o.inferred else ""
        if o.kind != "temperature":
            note = f"{o.kind} {o.value}"
        elif o.stn_id is None:
            note = "[yellow]no station[/yellow]"
        table.add_row(
            str(n),
            escape(o.station or "—"),
            str(o.stn_id) if o.stn_id is not None else "—",
            escape(o.sky or ""),
            f"{o.temp_c:.1f}" if o.temp_c is not None else "",
            f"{o.lat:.4f}" if o.lat is not None else "",
            f"{o.lon:.4f}" if o.lon is not None else "",
            note,
        )
    return table


def _write_csv(pages: list[PageWeather], out: str) -> None:
    fh: TextIO = sys.stdout if out == "-" else Path(out).open("w", encoding="utf-8", newline="")  # noqa: SIM115
    try:
        writer = csv.writer(fh)
        writer.writerow(CSV_COLUMNS)
        for p in pages:
            for o in p.observations:
                inferred = "true" if o.inferred else "false"
                writer.writerow(
                    (
                        p.id,
                        o.date,
                        o.station,
                        o.stn_id,
                        o.sky,
                        o.temp_c,
                        inferred,
                        o.lat,
                        o.lon,
                        o.kind,
                        o.value,
                    )
                )
    finally:
        if fh is not sys.stdout:
            fh.close()


def _map_paths(map_out: str, pages: list[PageWeather]) -> list[Path]:
    """The map file itself for one page; ``OUT-<id>.svg`` for each of several pages."""
    path = Path(map_out)
    if len(pages) == 1:
        return [path]
    return [path.with_name(f"{path.stem}-{p.id}{path.suffix}") for p in pages]
