"""``sinmun run``: a crawl in, one record per input record out, on all cores or on Ray."""

from __future__ import annotations

import sys

import click

from ..batch.chunks import CHUNK_RECORDS
from ..batch.job import parse_output
from ..batch.local import DEFAULT_TIMEOUT
from ..batch.runner import RunConfig, describe, run_job
from ..batch.stats import exit_code, summary_lines
from ..io.readers import STDIN
from ..io.rows import Fields
from ..io.writers import OUTPUT_FORMATS
from .common import extract_options, friendly_errors, options_from_cli

# Shell convention for "stopped by Ctrl-C" (128 + SIGINT).
EXIT_INTERRUPTED = 130


@click.command("run")
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    required=True,
    help="OUT.jsonl, OUT.jsonl.gz, OUT.parquet, DIR/ (parts + manifest.json), or - for JSONL on stdout.",
)
@click.option(
    "--output-format",
    type=click.Choice(OUTPUT_FORMATS),
    default=None,
    help="Format of the parts of -o DIR/ (default jsonl); a file output takes it from its name.",
)
@click.option(
    "--id-field", default="id", show_default=True, help="JSONL/Parquet field holding the record id."
)
@click.option("--text-field", default="text", show_default=True, help="JSONL/Parquet field holding the page.")
@click.option("--url-field", default="url", show_default=True, help="JSONL/Parquet field holding the URL.")
@click.option(
    "--engine",
    type=click.Choice(["local", "ray"]),
    default="local",
    show_default=True,
    help="local: a process pool on this machine; ray: Ray Data (pip install 'sinmun[ray]').",
)
@click.option(
    "-w", "--workers", type=click.IntRange(min=1), default=None, help="Worker processes [default: all cores]."
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=DEFAULT_TIMEOUT,
    show_default=True,
    help="Seconds one page may take; a slower page becomes an error record (reason timeout).",
)
@click.option(
    "--chunk-size",
    type=click.IntRange(min=1),
    default=CHUNK_RECORDS,
    show_default=True,
    help="Records per part file (the unit of resume).",
)
@click.option("--fresh", is_flag=True, help="Ignore what a previous run of this output finished; start over.")
@click.option(
    "--ray-address", default=None, help="Join this Ray cluster (e.g. ray://head:10001); implies --engine ray."
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary.")
@extract_options(semantics=False)
@friendly_errors
def run_cmd(
    inputs: tuple[str, ...],
    output: str,
    output_format: str | None,
    id_field: str,
    text_field: str,
    url_field: str,
    engine: str,
    workers: int | None,
    timeout: float,
    chunk_size: int,
    fresh: bool,
    ray_address: str | None,
    quiet: bool,
    fmt: str,
    semantics: bool,
) -> None:
    """Extract every record of INPUTS and write exactly one output record per input record:
    the article, or an error record {"id", "url", "error": {"stage", "reason", "message"}}.

    INPUTS, in any mix (globs allowed): folders, .txt/.html pages (id = file name stem),
    .jsonl/.jsonl.gz, .parquet, .warc/.warc.gz (response records), - for JSONL on stdin.

    A killed run (Ctrl-C, kill -9, a reboot) resumes when the same command is run again;
    a finished one says so and does nothing. Exit code 3 when nearly every record failed.

    \b
    Examples:
      sinmun run pages/ -o articles.jsonl
      sinmun run 'crawl/*.jsonl.gz' --text-field html -o articles.parquet
      sinmun run CC-MAIN-*.warc.gz -o out/ --output-format parquet --workers 8
      zcat dump.jsonl.gz | sinmun run - -o - | jq -r .title
      sinmun run 'crawl/*.warc.gz' -o out/ --engine ray --ray-address ray://head:10001
    """
    if ray_address is not None:
        engine = "ray"
    if STDIN in inputs and sys.stdin.isatty():
        raise click.UsageError("- reads JSONL from stdin, but stdin is a terminal; pipe records into it")
    if engine == "ray" and STDIN in inputs:
        raise click.UsageError("--engine ray reads files; stdin (-) works with the local engine only")
    if engine == "ray" and output == "-":
        raise click.UsageError("--engine ray writes files; -o - works with the local engine only")
    if fresh and output == "-":
        raise click.UsageError("--fresh applies to file and folder outputs, not -o -")
    out = parse_output(output, output_format)
    if out.kind != "stdout" and out.target in inputs:
        raise click.UsageError(f"-o {output} is also an input")
    cfg = RunConfig(
        inputs=inputs,
        output=out,
        options=options_from_cli(fmt, semantics),
        fields=Fields(id=id_field, text=text_field, url=url_field),
        engine=engine,
        workers=workers,
        timeout=timeout,
        chunk_records=chunk_size,
        fresh=fresh,
        quiet=quiet,
        ray_address=ray_address,
    )
    try:
        report = run_job(cfg)
    except KeyboardInterrupt:
        click.echo("interrupted; run the same command again to resume", err=True)
        sys.exit(EXIT_INTERRUPTED)
    if not quiet:
        click.echo(describe(report, cfg), err=True)
        if not report.nothing_to_do:
            for line in summary_lines(report.stats, report.seconds, report.processed, report.workers):
                click.echo(line, err=True)
    code = exit_code(report.stats)
    if code:
        click.echo(
            f"error: {report.stats.error_count} of {report.stats.pages} records failed "
            "(see the error records for why)",
            err=True,
        )
    sys.exit(code)
