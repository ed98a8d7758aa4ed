"""Cost of reading the article (issue 7): ``extract`` on the devset pages with semantics off,
on, and as before the issue (``analyse`` a no-op placeholder), side by side.

The issue's bar: ``extract`` without these fields requested stays within 10% of its speed
before the issue. Run: python benchmarks/bench_semantics.py --shared ../shared
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from unittest import mock

import sinmun
from sinmun import pipeline
from sinmun.options import Options
from sinmun.semantics import Semantics

REPEATS = 5  # best of: the machine is shared, the minimum is the least noisy estimate


def _placeholder(paragraphs, published, reporters=()):
    """``analyse`` as it was before the issue: nothing found, nothing spent."""
    return Semantics()


def _rate(pages: list[bytes], options: Options, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        for page in pages:
            sinmun.extract(page, options=options)
        best = min(best, time.perf_counter() - t0)
    return len(pages) / best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--repeats", type=int, default=REPEATS)
    args = ap.parse_args()
    pages = [p.read_bytes() for p in sorted((args.shared / "devset" / "pages").glob("*.txt"))]
    on, off = Options(semantics=True), Options(semantics=False)
    _rate(pages[:5], on, 1)  # warm-up: packaged tables load once per process
    with mock.patch.object(pipeline, "analyse", _placeholder):
        before = _rate(pages, on, args.repeats)
    rate_off = _rate(pages, off, args.repeats)
    rate_on = _rate(pages, on, args.repeats)
    default = "on" if sinmun.Options().semantics else "off"
    print(f"{len(pages)} devset pages, best of {args.repeats}")
    print(f"{'variant':32s} {'pages/s':>9s} {'vs before':>10s}")
    for name, rate in (
        ("before issue 7 (placeholder)", before),
        ("semantics off", rate_off),
        ("semantics on", rate_on),
    ):
        print(f"{name:32s} {rate:9.1f} {rate / before:10.3f}")
    print(f"default (Options().semantics): {default}")


if __name__ == "__main__":
    main()
