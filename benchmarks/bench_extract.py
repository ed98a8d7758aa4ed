"""sinmun.extract vs datatrove's C4QualityFilter on the devset pages, side by side.

Both run in this one process on one core, over the same pages (bytes for sinmun, decoded
text for C4), several timed passes each; the figure is the best pass (least disturbed by
other load). Quality of both is scored with the official scorer.

    python benchmarks/bench_extract.py [--shared ../shared] [--seconds 3] [--json out.json]

C4 note: datatrove 0.10.1 builds Kiwi with model "sbg", which kiwipiepy >= 0.22 no longer
ships; we pass "cong" (the default model) by patching the tokenizer's default argument.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import sinmun


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
    ap.add_argument("--seconds", type=float, default=3.0, help="timed seconds per system")
    ap.add_argument("--json", type=Path, help="also write the results here")
    a = ap.parse_args()

    files = sorted((a.shared / "devset" / "pages").glob("*.txt"))
    raw = [(f.stem, f.read_bytes()) for f in files]
    texts = [(i, b.decode("utf-8", "replace")) for i, b in raw]

    results: dict[str, dict] = {}
    results["sinmun"] = {
        "pages_per_s": timed_rate(lambda x: sinmun.extract(x[1], id=x[0]), raw, a.seconds),
        "scores": score(a.shared, [sinmun.extract(b, id=i).to_dict() for i, b in raw]),
    }
    # Legacy-encoded (mojibake) pages go through the cp949 repair search, which costs far more
    # than the rest of extract; the rate on the clean pages alone is reported beside the total.
    clean = [(i, b) for i, b in raw if not sinmun.extract(b, id=i).encoding.repairs]
    results["sinmun-clean-pages"] = {
        "pages": len(clean),
        "pages_per_s": timed_rate(lambda x: sinmun.extract(x[1], id=x[0]), clean, a.seconds),
    }
    results["raw-text"] = {
        "scores": score(a.shared, [{"id": i, "body": t, "is_article": True} for i, t in texts])
    }
    c4 = c4_filter()
    if c4 is not None:
        results["datatrove-c4"] = {
            "pages_per_s": timed_rate(c4, texts, a.seconds),
            "scores": score(a.shared, [c4(x) for x in texts]),
        }
        results["ratio_sinmun_over_c4"] = (
            results["sinmun"]["pages_per_s"] / results["datatrove-c4"]["pages_per_s"]
        )
        results["ratio_clean_pages_over_c4"] = (
            results["sinmun-clean-pages"]["pages_per_s"] / results["datatrove-c4"]["pages_per_s"]
        )

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
        print(f"\nsinmun is {results['ratio_sinmun_over_c4']:.2f}x datatrove C4 in pages/s (all pages)")
    if a.json:
        a.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
