"""What decoding and repair cost: ``sinmun.decode.decode`` next to the whole ``sinmun.extract``.

For HTML pages the decoding ``extract`` does is bytes -> str (``read``) and the repairs and
normalisation of the text lines made from the page (``decode_lines``), not of the markup; that
is what is timed for them (the lines are made once, outside the timing).

Clean pages (the devset's non-mojibake pages and the HTML pages, as bytes) must take the fast
path: the goal is decode <= 10% of extract time. Mojibake pages (the devset's twelve) take the
full repair search; their time per page is reported, with the repair's accuracy against the
hand-restored references (characters and whitespace tokens).

    python benchmarks/bench_decode.py [--shared ../shared] [--seconds 3] [--json out.json]

Each figure is the best of several timed passes (least disturbed by other load), one core.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path

import sinmun
from bench_extract import timed_rate  # this folder is on sys.path when run as a script
from sinmun.decode import decode, decode_lines, read
from sinmun.html import html_to_text


def best_seconds(fn, items, seconds: float) -> float:
    """Best wall time of one pass over ``items`` (``bench_extract.timed_rate``'s passes)."""
    return len(items) / timed_rate(fn, items, seconds)


def extract_decoding(item: tuple[bytes, str | None]) -> None:
    """The decoding ``extract`` does for one page: all of ``decode`` for text; for HTML (its text
    lines given) bytes -> str, then the lines' repairs and normalisation."""
    raw, html_lines = item
    if html_lines is None:
        decode(raw)
    else:
        read(raw)
        decode_lines(html_lines)


def char_and_token_accuracy(got: str, want: str) -> tuple[float, float]:
    ops = difflib.SequenceMatcher(None, got, want, autojunk=False).get_opcodes()
    errors = sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in ops if tag != "equal")
    got_tokens, want_tokens = got.split(), want.split()
    matcher = difflib.SequenceMatcher(None, got_tokens, want_tokens, autojunk=False)
    same = sum(b.size for b in matcher.get_matching_blocks())
    return 1 - errors / max(1, len(want)), same / max(1, len(want_tokens))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    ap.add_argument("--seconds", type=float, default=3.0)
    ap.add_argument("--json", type=Path)
    a = ap.parse_args()
    devset = a.shared / "devset"
    if not devset.exists():
        print(f"no devset at {devset}", file=sys.stderr)
        return 1
    gold = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in (devset / "gold").glob("*.json")}
    mojibake = sorted(k for k, g in gold.items() if g.get("mojibake"))
    text_pages = [p.read_bytes() for p in sorted((devset / "pages").glob("*.txt")) if p.stem not in mojibake]
    html_pages = [p.read_bytes() for p in sorted((a.shared / "html" / "pages").glob("*"))]
    clean = text_pages + html_pages
    broken = [(devset / "pages" / f"{k}.txt").read_bytes() for k in mojibake]

    decoding = {
        "text": [(raw, None) for raw in text_pages],
        "html": [(raw, html_to_text(read(raw).text).text) for raw in html_pages],
    }
    t_decode = best_seconds(extract_decoding, decoding["text"] + decoding["html"], a.seconds)
    t_extract = best_seconds(sinmun.extract, clean, a.seconds)
    shares = {
        name: best_seconds(extract_decoding, decoding[name], a.seconds / 2)
        / best_seconds(sinmun.extract, pages, a.seconds / 2)
        for name, pages in (("text", text_pages), ("html", html_pages))
    }
    t_mojibake = best_seconds(decode, broken, a.seconds)
    t_mojibake_extract = best_seconds(sinmun.extract, broken, a.seconds)
    accuracy = []
    for k, raw in zip(mojibake, broken, strict=True):
        want = decode((devset / "repaired" / f"{k}.txt").read_bytes()).text
        accuracy.append((k, *char_and_token_accuracy(decode(raw).text, want)))

    mb = sum(map(len, clean)) / 1e6
    out = {
        "clean_pages": len(clean),
        "clean_decode_ms_per_page": 1000 * t_decode / len(clean),
        "clean_extract_ms_per_page": 1000 * t_extract / len(clean),
        "clean_decode_share_of_extract": t_decode / t_extract,
        "clean_decode_mb_per_s": mb / t_decode,
        "text_pages_decode_share_of_extract": shares["text"],
        "html_pages_decode_share_of_extract": shares["html"],
        "mojibake_pages": len(broken),
        "mojibake_decode_ms_per_page": 1000 * t_mojibake / len(broken),
        "mojibake_extract_ms_per_page": 1000 * t_mojibake_extract / len(broken),
        "mojibake_char_accuracy": sum(c for _, c, _ in accuracy) / len(accuracy),
        "mojibake_token_accuracy": sum(t for _, _, t in accuracy) / len(accuracy),
        "per_page": {k: {"chars": round(c, 4), "tokens": round(t, 4)} for k, c, t in accuracy},
    }
    print(f"clean pages ({len(clean)}, {mb:.1f} MB as bytes):")
    print(
        f"  decode   {out['clean_decode_ms_per_page']:8.2f} ms/page  ({out['clean_decode_mb_per_s']:.0f} MB/s)"
    )
    print(f"  extract  {out['clean_extract_ms_per_page']:8.2f} ms/page")
    print(f"  decode / extract = {100 * out['clean_decode_share_of_extract']:.1f}%   (goal <= 10%)")
    print(
        f"    text pages ({len(text_pages)}) {100 * shares['text']:.1f}%, HTML pages ({len(html_pages)}) {100 * shares['html']:.1f}%"
    )
    print(f"mojibake pages ({len(broken)}):")
    print(f"  decode   {out['mojibake_decode_ms_per_page']:8.1f} ms/page (repair search included)")
    print(f"  extract  {out['mojibake_extract_ms_per_page']:8.1f} ms/page")
    print(
        f"  repair vs reference: characters {100 * out['mojibake_char_accuracy']:.2f}%, "
        f"tokens {100 * out['mojibake_token_accuracy']:.2f}% (mean over pages)"
    )
    for k, c, t in accuracy:
        print(f"    {k}  chars {100 * c:6.2f}%  tokens {100 * t:6.2f}%")
    if a.json:
        a.json.write_text(json.dumps(out, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
