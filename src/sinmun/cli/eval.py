"""``sinmun eval``: the official scorer's figures, and the CI quality gate."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .. import evaluation
from .common import friendly_errors


@click.command("eval")
@click.option(
    "--shared",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("../shared"),
    show_default=True,
    help="Folder holding devset/ and html/ (pages, gold, score.py).",
)
@click.option(
    "--suite",
    "suites",
    multiple=True,
    help="Only these suites (devset, html, semantics). Default: devset and html, as found.",
)
@click.option(
    "--semantics-gold",
    type=click.Path(file_okay=False, path_type=Path),
    default=evaluation.SEMANTICS_GOLD,
    show_default=True,
    help="Folder of the semantics suite (pages/ + gold/<feature>.jsonl): quotes, lists, entities, dates.",
)
@click.option(
    "--gate",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="JSON file of pinned floors; exit 1 when a metric falls below its floor.",
)
@click.option("--update", is_flag=True, help="Raise the floors in --gate to the current scores.")
@click.option("--allow-regression", is_flag=True, help="With --update: allow floors to go down.")
@friendly_errors
def eval_cmd(
    shared: Path,
    suites: tuple[str, ...],
    semantics_gold: Path,
    gate: Path | None,
    update: bool,
    allow_regression: bool,
) -> None:
    """Extract the annotated pages under --shared and score them with the official scorer.

    \b
    Examples:
      sinmun eval                                   # print the figures
      sinmun eval --gate eval/floors.json           # CI: fail on regression
      sinmun eval --gate eval/floors.json --update  # pin better scores
      sinmun eval --suite semantics                 # quotes/lists/entities/dates P/R/F1
    """
    if update and gate is None:
        raise click.UsageError("--update needs --gate FILE")
    found = [s for s in evaluation.shared_suites(shared) if not suites or s.name in suites]
    if "semantics" in suites and (sem := evaluation.semantics_suite(semantics_gold)) is not None:
        found.append(sem)
    if not found:
        raise click.ClickException(f"no suites (pages/ + gold/) under {shared}")
    results, prints = {}, {}
    for suite in found:
        metrics = evaluation.evaluate(suite)
        results[suite.name] = metrics
        prints[suite.name] = evaluation.fingerprint(suite)
        click.echo(f"== {suite.name} ({suite.root})")
        for k, v in metrics.items():
            click.echo(f"  {k:20s} {v}")
    if gate is None:
        return
    pinned = json.loads(gate.read_text(encoding="utf-8")) if gate.exists() else {}
    if update:
        new, refused = evaluation.updated_gate(results, prints, pinned, allow_regression)
        gate.write_text(json.dumps(new, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        for r in refused:
            click.echo(f"refused: {r}", err=True)
        click.echo(f"floors written to {gate}")
        return
    failures = evaluation.check_gate(results, prints, pinned)
    for f in failures:
        click.echo(f"FAIL {f}", err=True)
    if failures:
        raise SystemExit(1)
    click.echo(f"gate passed ({gate})")
