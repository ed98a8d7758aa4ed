"""``sinmun run``: many pages in, one record per page out (JSONL)."""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

import click
from tqdm import tqdm

from ..io.readers import iter_inputs
from ..io.records import process
from .common import extract_options, friendly_errors, options_from_cli


@click.command("run")
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", required=True, help="Output JSONL file, or - for stdout.")
@extract_options
@friendly_errors
def run_cmd(inputs: tuple[str, ...], output: str, fmt: str, no_semantics: bool) -> None:
    """Extract every page of INPUTS (folders of .txt/.html pages, .jsonl files, - for JSONL on
    stdin) and write one record per page: the article, or an error record saying why.

    \b
    Examples:
      sinmun run pages/ -o articles.jsonl
      cat crawl.jsonl | sinmun run - -o - | jq .title
    """
    options = options_from_cli(fmt, no_semantics)
    out = sys.stdout if output == "-" else Path(output).open("w", encoding="utf-8")  # noqa: SIM115
    stats: Counter[str] = Counter()
    start = time.perf_counter()
    try:
        records = iter_inputs(list(inputs))
        bar = tqdm(records, unit=" pages", disable=None, file=sys.stderr)
        for rec in bar:
            result = process(rec, options)
            stats["pages"] += 1
            if "error" in result:
                stats[f"error:{result['error']['reason']}"] += 1
            elif result["is_article"]:
                stats["articles"] += 1
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    secs = time.perf_counter() - start
    rate = stats["pages"] / secs if secs else 0.0
    summary = ", ".join(f"{k} {v}" for k, v in sorted(stats.items()))
    click.echo(f"done: {summary} ({rate:.0f} pages/s)", err=True)
