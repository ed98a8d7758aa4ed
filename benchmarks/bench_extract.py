"""sinmun.extract vs datatrove's C4QualityFilter on the devset pages, side by side.

Both run in this one process on one core, over the same pages (bytes for sinmun, decoded
text for C4), in interleaved rounds of one pass each: a system's figure is its best pass, the
speed ratio the median of same-round ratios, so load changing on a shared machine during the
run hits both alike. Quality of both is scored with the official scorer.

    python benchmarks/bench_extract.py [--shared ../shared] [--seconds 3] [--json out.json]

C4 note: datatrove 0.10.1 builds Kiwi with model "sbg", which kiwipiepy >= 0.22 no longer
ships; we pass "cong" (the default model) by patching the tokenizer's default argument.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import sinmun

# Interleaved timing runs at least this many rounds, however long a round takes.
MIN_ROUNDS = 3


def timed_rate(fn, items, seconds: float) -> float:
    """Best pages/s over passes that together take about ``seconds``."""
    for x in items:  # warm-up: imports, lazy tables, Kiwi model load
        fn(x)
    best, spent = 0.0, 0.0
    while spent < seconds:
        t0 = time.perf_counter()
        for x in items:
            fn(x)
        dt = time.perf_counter() - t0
        spent += dt
        best = max(best, len(items) / dt)
    return best


def interleaved_rates(
    runs: dict[str, tuple[Callable, list]], seconds: float
) -> tuple[dict[str, float], list[dict[str, float]]]:
    """Pages/s of several systems, timed in rounds of one pass each, so that a change of load
    on a shared machine hits all of them alike. Returns each system's best pass and the rates
    of every round (``median_ratio`` turns these into a ratio that load drift cannot skew)."""
    for fn, items in runs.values():  # warm-up
        for x in items:
            fn(x)
    rounds: list[dict[str, float]] = []
    spent = 0.0
    while spent < seconds * len(runs) or len(rounds) < MIN_ROUNDS:
        rates = {}
        for name, (fn, items) in runs.items():
            t0 = time.perf_counter()
            for x in items:
                fn(x)
            dt = time.perf_counter() - t0
            spent += dt
            rates[name] = len(items) / dt
        rounds.append(rates)
    best = {name: max(r[name] for r in rounds) for name in runs}
    return best, rounds


def median_ratio(rounds: list[dict[str, float]], a: str, b: str) -> float:
    """Median over rounds of ``a``'s pages/s over ``b``'s, both timed in the same round."""
    return statistics.median(r[a] / r[b] for r in rounds)


def c4_filter():
    """datatrove's C4 line cleaner for Korean, or None when datatrove is not installed."""
    try:
        from datatrove.data import Document
        from datatrove.pipeline.filters import C4QualityFilter
        from datatrove.utils import word_tokenizers
    except ImportError:
        return None
    word_tokenizers.KiwiTokenizer.__init__.__defaults__ = ("cong",)
    filt = C4QualityFilter(language="ko")

    def run(doc_id_text):
        doc_id, text = doc_id_text
        doc = Document(text=text, id=doc_id)
        kept = filt.filter(doc)
        kept = kept if isinstance(kept, bool) else kept[0]
        return {"id": doc_id, "is_article": kept, "body": doc.text if kept else ""}

    return run


def score(shared: Path, records: list[dict]) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        pred.write_text(
            "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8"
        )
        out = subprocess.run(
            [
                sys.executable,
                str(shared / "devset" / "score.py"),
                str(shared / "devset" / "gold"),
                str(pred),
                "--json",
            ],
            capture_output=True,
            text=True,
            check=True,
        )
    return json.loads(out.stdout)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    ap.add_argument(
        "--seconds", type=float, default=3.0, help="timed seconds per system (interleaved rounds)"
    )
    ap.add_argument("--json", type=Path, help="also write the results here")
    a = ap.parse_args()

    files = sorted((a.shared / "devset" / "pages").glob("*.txt"))
    raw = [(f.stem, f.read_bytes()) for f in files]
    texts = [(i, b.decode("utf-8", "replace")) for i, b in raw]

    # Legacy-encoded (mojibake) pages go through the cp949 repair search, which costs far more
    # than the rest of extract; the rate on the clean pages alone is reported beside the total.
    clean = [(i, b) for i, b in raw if not sinmun.extract(b, id=i).encoding.repairs]
    runs: dict[str, tuple[Callable, list]] = {
        "sinmun": (lambda x: sinmun.extract(x[1], id=x[0]), raw),
        "sinmun-clean-pages": (lambda x: sinmun.extract(x[1], id=x[0]), clean),
    }
    c4 = c4_filter()
    if c4 is not None:
        runs["datatrove-c4"] = (c4, texts)
    best, rounds = interleaved_rates(runs, a.seconds)

    results: dict[str, dict] = {}
    results["sinmun"] = {
        "pages_per_s": best["sinmun"],
        "scores": score(a.shared, [sinmun.extract(b, id=i).to_dict() for i, b in raw]),
    }
    results["sinmun-clean-pages"] = {"pages": len(clean), "pages_per_s": best["sinmun-clean-pages"]}
    results["raw-text"] = {
        "scores": score(a.shared, [{"id": i, "body": t, "is_article": True} for i, t in texts])
    }
    if c4 is not None:
        results["datatrove-c4"] = {
            "pages_per_s": best["datatrove-c4"],
            "scores": score(a.shared, [c4(x) for x in texts]),
        }
        # the median of same-round ratios: robust to load changing during the run
        results["ratio_sinmun_over_c4"] = median_ratio(rounds, "sinmun", "datatrove-c4")
        results["ratio_clean_pages_over_c4"] = median_ratio(rounds, "sinmun-clean-pages", "datatrove-c4")
    results["rounds"] = len(rounds)

    print(f"{len(raw)} devset pages, one core, best of timed passes\n")
    print(f"{'system':14s} {'pages/s':>9s} {'body_f1':>8s} {'title':>6s} {'published':>9s} {'line_acc':>8s}")
    for name in ("sinmun", "datatrove-c4", "raw-text"):
        r = results.get(name)
        if not r:
            continue
        s = r["scores"]
        rate = f"{r['pages_per_s']:.0f}" if "pages_per_s" in r else "—"
        print(
            f"{name:14s} {rate:>9s} {s['body_f1']:>8} {s['title_acc'] or 0:>6} {s['published_acc'] or 0:>9} {s['line_acc'] or '—':>8}"
        )
    r = results["sinmun-clean-pages"]
    print(f"\nsinmun on the {r['pages']} pages that need no encoding repair: {r['pages_per_s']:.0f} pages/s")
    if "ratio_sinmun_over_c4" in results:
        print(
            f"\nsinmun / datatrove C4, pages/s (median of {results['rounds']} interleaved rounds): "
            f"{results['ratio_sinmun_over_c4']:.2f}x on all pages, "
            f"{results['ratio_clean_pages_over_c4']:.2f}x on the clean pages"
        )
    if a.json:
        a.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
