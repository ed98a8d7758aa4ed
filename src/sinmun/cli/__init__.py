"""The ``sinmun`` command: thin wrappers over the library API (one module per command)."""

from __future__ import annotations

import logging

import click

from .. import __version__
from .common import CONTEXT_SETTINGS
from .eval import eval_cmd
from .extract import extract_cmd
from .run import run_cmd
from .weather import weather_cmd


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, prog_name="sinmun")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
def cli(verbose: int) -> None:
    """Turn Korean news pages into structured article records.

    \b
    Examples:
      sinmun extract page.txt              # readable summary of one page
      sinmun extract page.html --json      # the "sinmun/1" record
      sinmun extract page.txt --lines      # every line with its label and rule
      sinmun run pages/ -o articles.jsonl  # a folder of pages, one record per page
    """
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


cli.add_command(extract_cmd)
cli.add_command(run_cmd)
cli.add_command(eval_cmd)
cli.add_command(weather_cmd)


def main() -> None:
    """Console-script entry point."""
    cli()
