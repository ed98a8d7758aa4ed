"""Shared pieces of the CLI: option decorators, the one Options builder, error mapping."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import click

from ..errors import SinmunError
from ..options import FORMATS, Options

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def extract_options(semantics: bool) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Options that shape how each page is extracted (shared by extract and run).

    ``semantics`` is the default of --semantics: on for one page read by a person, off for
    batch runs where reading the article costs about four times the rest of ``extract``.
    """
    return functools.partial(_extract_options, semantics=semantics)


def _extract_options(f: Callable[..., Any], semantics: bool) -> Callable[..., Any]:
    f = click.option(
        "--format",
        "fmt",
        type=click.Choice(FORMATS),
        default="auto",
        show_default=True,
        help="Input kind; auto sniffs HTML.",
    )(f)
    return click.option(
        "--semantics/--no-semantics",
        default=semantics,
        show_default=True,
        help="Also read the article: quotes with speakers, ▲ lists, people/orgs/regions, event dates.",
    )(f)


def options_from_cli(fmt: str = "auto", semantics: bool = False) -> Options:
    """Map CLI flags to ``Options`` in exactly one place."""
    return Options(format=fmt, semantics=semantics)


def friendly_errors(f: Callable[..., Any]) -> Callable[..., Any]:
    """Turn sinmun's typed errors into one clean message and exit code 1 (no traceback)."""

    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return f(*args, **kwargs)
        except SinmunError as e:
            raise click.ClickException(str(e)) from e

    return wrapper
