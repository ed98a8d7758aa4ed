"""Cost of weather-line recognition per line, since the labeller runs it on every line of every page.

Side by side on the same lines (devset pages, repaired text where the page is mojibake):
- sinmun ``parse_items`` (pre-check, tokenizer, grammar, all line forms);
- the skeleton's single anchored regex (glued "맑음속초20.2℃" only) as the baseline;
- ``str.strip`` as the floor of any per-line Python call.
Reports µs per line and the ratio to the baseline. Usage: python benchmarks/bench_weather.py --shared ../shared
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable
from pathlib import Path

from sinmun.weather import parse_items

SKELETON = re.compile(
    r"^[•·\-\s]*(?P<sky>구름조금|구름많음|비/눈|눈/비|소나기|맑음|흐림|비|눈)\s*(?P<station>[가-힣]{0,8}(?:\([가-힣]\))?)\s*"
    r"(?P<temp>-?\d{1,2}(?:\.\d)?)\s*(?:℃|°C)$"
)
ROUNDS = 30


def _lines(shared: Path) -> list[str]:
    dev = shared / "devset"
    out = []
    for page in sorted((dev / "pages").glob("*.txt")):
        repaired = dev / "repaired" / page.name
        text = (repaired if repaired.exists() else page).read_text(encoding="utf-8")
        out += [line for line in text.split("\n") if line.strip()]
    return out


def _time(fn: Callable[[str], object], lines: list[str]) -> float:
    for line in lines:  # warm caches (registry load, regex compile)
        fn(line)
    start = time.perf_counter()
    for _ in range(ROUNDS):
        for line in lines:
            fn(line)
    return (time.perf_counter() - start) / ROUNDS / len(lines) * 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    lines = _lines(ap.parse_args().shared)
    weather = [line for line in lines if parse_items(line)]
    other = [line for line in lines if not parse_items(line)]
    base = _time(lambda s: SKELETON.match(s.strip()), lines)
    print(f"{len(lines)} lines ({len(weather)} weather, {len(other)} other), µs per line:")
    for name, fn, subset in (
        ("str.strip (floor)", str.strip, lines),
        ("skeleton regex (baseline)", lambda s: SKELETON.match(s.strip()), lines),
        ("sinmun parse_items, all lines", parse_items, lines),
        ("sinmun parse_items, other lines", parse_items, other),
        ("sinmun parse_items, weather lines", parse_items, weather),
    ):
        us = _time(fn, subset)
        print(f"  {name:<36} {us:7.3f}  ({us / base:5.2f}× baseline)")


if __name__ == "__main__":
    main()
