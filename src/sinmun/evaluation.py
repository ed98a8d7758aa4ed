"""Evaluation against annotated pages, and the quality gate that keeps scores from sliding.

A *suite* is a folder with ``pages/`` and ``gold/`` (the layout of ``../shared/devset`` and
``../shared/html``). Pages are extracted with sinmun, then scored by the official scorer
(``devset/score.py``, run as a separate process exactly as a reviewer would run it).

The gate file pins a floor per metric and a fingerprint of each suite's gold and pages:
``--update`` raises floors to the current scores but never lowers one unless
``allow_regression`` is given (trafilatura's eval_gate idea).
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .io.readers import iter_inputs
from .io.records import process
from .options import DEFAULT, Options

# One flipped line or page moves a metric by about this much on the devset; floors are
# compared with this slack so float noise never fails the gate.
EPSILON = 0.0005
# Metrics where lower is better.
LOWER_IS_BETTER = frozenset({"published_false", "missing_predictions"})
# Metrics the gate pins (the rest are reported only).
GATED = (
    "body_f1",
    "title_acc",
    "subtitle_f1",
    "published_acc",
    "published_false",
    "reporters_f1",
    "press_acc",
    "is_article_acc",
    "weather_f1",
    "line_acc",
    # the "semantics" suite (hand-made gold, all pages and the held-out split)
    *(f"all.{m}_f1" for m in ("quote", "quote_speaker", "list_item", "people", "org", "region", "event")),
    "heldout.quote_speaker_f1",
)
# Where the semantics gold lives in a checkout (pages/ + gold/<feature>.jsonl).
SEMANTICS_GOLD = Path("tests/data/semantics")


@dataclass(frozen=True, slots=True)
class Suite:
    name: str
    root: Path  # holds pages/ and gold/
    scorer: Path  # the official score.py


def shared_suites(shared: Path) -> list[Suite]:
    """The suites under ``../shared`` that exist: the text devset and the HTML pages."""
    scorer = shared / "devset" / "score.py"
    return [
        Suite(name, shared / name, scorer) for name in ("devset", "html") if (shared / name / "gold").is_dir()
    ]


def semantics_suite(root: Path = SEMANTICS_GOLD) -> Suite | None:
    """The hand-made semantics gold as a suite (scored in-process, not by score.py)."""
    return Suite("semantics", root, Path()) if (root / "gold").is_dir() else None


def predict(suite: Suite, out: Path, options: Options = DEFAULT) -> int:
    """Extract every page of the suite into ``out`` (JSONL); returns the number of pages."""
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for rec in iter_inputs([str(suite.root / "pages")]):
            fh.write(json.dumps(process(rec, options), ensure_ascii=False) + "\n")
            n += 1
    return n


def score(suite: Suite, pred: Path) -> dict[str, Any]:
    """The official scorer's metrics for ``pred``."""
    proc = subprocess.run(
        [sys.executable, str(suite.scorer), str(suite.root / "gold"), str(pred), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


def evaluate(suite: Suite, options: Options = DEFAULT) -> dict[str, Any]:
    """Extract and score one suite."""
    if suite.name == "semantics":
        from .semantics.scoring import evaluate as score_semantics

        return score_semantics(suite.root)
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        predict(suite, pred, options)
        return score(suite, pred)


def fingerprint(suite: Suite) -> str:
    """sha256 over the suite's gold and pages, so floors are never compared across corpora."""
    h = hashlib.sha256()
    for sub in ("gold", "pages"):
        for f in sorted((suite.root / sub).iterdir()):
            h.update(f.name.encode())
            h.update(f.read_bytes())
    return h.hexdigest()


def check_gate(
    results: dict[str, dict[str, Any]], fingerprints: dict[str, str], gate: dict[str, Any]
) -> list[str]:
    """Human-readable failures: metrics below their floor, or a corpus that changed."""
    failures = []
    for name, metrics in results.items():
        pinned = gate.get(name)
        if pinned is None:
            failures.append(f"{name}: no floors pinned (run with --update)")
            continue
        if pinned.get("fingerprint") not in (None, fingerprints[name]):
            failures.append(f"{name}: gold/pages changed since the floors were pinned (run with --update)")
        for metric, floor in pinned.get("floors", {}).items():
            value = metrics.get(metric)
            if value is None:
                continue
            if metric in LOWER_IS_BETTER:
                if value > floor + EPSILON:
                    failures.append(f"{name}.{metric} = {value} is above its ceiling {floor}")
            elif value < floor - EPSILON:
                failures.append(f"{name}.{metric} = {value} is below its floor {floor}")
    return failures


def updated_gate(
    results: dict[str, dict[str, Any]],
    fingerprints: dict[str, str],
    gate: dict[str, Any],
    allow_regression: bool,
) -> tuple[dict[str, Any], list[str]]:
    """New gate content: floors move to current scores; lowering one needs ``allow_regression``."""
    new = json.loads(json.dumps(gate))
    refused = []
    for name, metrics in results.items():
        entry = new.setdefault(name, {"floors": {}})
        entry["fingerprint"] = fingerprints[name]
        floors = entry.setdefault("floors", {})
        for metric in GATED:
            value = metrics.get(metric)
            if value is None:
                continue
            old = floors.get(metric)
            worse = old is not None and (value > old if metric in LOWER_IS_BETTER else value < old)
            if worse and not allow_regression:
                refused.append(
                    f"{name}.{metric}: {value} would lower the floor {old} (needs --allow-regression)"
                )
                continue
            floors[metric] = value
    return new, refused
