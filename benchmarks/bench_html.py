"""Raw HTML pages: sinmun.extract vs trafilatura 2.3.1 (with metadata), side by side.

Both run in this one process on one core over the same 77 pages of ../shared/html (bytes for
sinmun, the decoded page for trafilatura), in interleaved rounds of one pass each; a system's
figure is its best pass, the speed ratio the median of same-round ratios (a shared machine's
load changes during a run; interleaving makes it hit every system alike). Quality of both is scored with the
official scorer. ``--parsers`` adds the measurement behind the parser choice: parse-only
speed of lexbor (selectolax), lxml and resiliparse, and resiliparse's own main-content text.

    python benchmarks/bench_html.py [--shared ../shared] [--seconds 3] [--parsers] [--json out.json]

Needs the ``bench`` dependency group (trafilatura, resiliparse): pip install --group bench
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sinmun
from sinmun.options import Options

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_extract import interleaved_rates, median_ratio, timed_rate  # one timing method for all

TRAFILATURA = "trafilatura 2.3.1 (with metadata)"
METRICS = (
    "body_f1",
    "title_acc",
    "published_acc",
    "reporters_f1",
    "is_article_acc",
    "subtitle_f1",
    "press_acc",
)


def score(shared: Path, records: list[dict[str, Any]]) -> dict[str, Any]:
    """Official scorer figures for ``records`` against ../shared/html/gold."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    out = subprocess.run(
        [
            sys.executable,
            str(shared / "devset" / "score.py"),
            str(shared / "html" / "gold"),
            fh.name,
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    Path(fh.name).unlink()
    return json.loads(out.stdout)


def html_pages(shared: Path) -> list[Path]:
    """The HTML pages under ``shared``/html/pages, sorted; exits with a message when there are none."""
    files = sorted((shared / "html" / "pages").glob("*.html"))
    if not files:
        raise SystemExit(f"no pages under {shared / 'html' / 'pages'}")
    return files


def sinmun_runner(options: Options) -> Callable[[tuple[str, bytes]], dict[str, Any]]:
    def run(item: tuple[str, bytes]) -> dict[str, Any]:
        page_id, raw = item
        return sinmun.extract(raw, id=page_id, options=options).to_dict()

    return run


def trafilatura_runner() -> Callable[[tuple[str, str]], dict[str, Any]] | None:
    """trafilatura.bare_extraction(with_metadata=True) mapped onto the record's fields."""
    try:
        import trafilatura
    except ImportError:
        return None

    def run(item: tuple[str, str]) -> dict[str, Any]:
        page_id, html = item
        doc = trafilatura.bare_extraction(html, with_metadata=True)
        if doc is None:
            return {"id": page_id, "is_article": False}
        d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
        authors = [a.strip() for a in (d.get("author") or "").split(";") if a.strip()]
        return {
            "id": page_id,
            "is_article": bool(d.get("text")),
            "title": d.get("title"),
            "published": d.get("date"),
            "reporters": authors,
            "press": d.get("sitename"),
            "body": d.get("text") or "",
        }

    return run


def _lexbor_walk(page: str) -> None:
    from selectolax.lexbor import LexborHTMLParser

    for node in LexborHTMLParser(page).body.traverse(include_text=True):
        _ = node.text_content if node.tag == "-text" else node.attributes
        _ = node.parent.mem_id


def _lxml_walk(page: str) -> None:
    import lxml.etree
    import lxml.html

    for event, el in lxml.etree.iterwalk(lxml.html.fromstring(page), events=("start", "end")):
        if event == "start":
            _ = (el.text, el.tail, el.attrib)


def _resiliparse_walk(page: str) -> None:
    from resiliparse.parse.html import HTMLTree, NodeType, traverse_dom

    def start(ctx: Any) -> None:
        node = ctx.node
        _ = (
            node.text
            if node.type == NodeType.TEXT
            else node.getattr("class")
            if node.type == NodeType.ELEMENT
            else None
        )

    traverse_dom(HTMLTree.parse(page).body, start, lambda ctx: None)


def parser_speeds(pages: list[str], seconds: float) -> dict[str, float]:
    """Pages/s of the candidate HTML parsers (those installed): parsing only, and parsing plus
    the least a Python walk needs (every node's text or attributes, and its parent)."""
    from selectolax.lexbor import LexborHTMLParser

    rates: dict[str, float] = {
        "lexbor (selectolax), parse": timed_rate(LexborHTMLParser, pages, seconds),
        "lexbor (selectolax), parse + walk": timed_rate(_lexbor_walk, pages, seconds),
    }
    try:
        import lxml.html

        rates["lxml, parse"] = timed_rate(lxml.html.fromstring, pages, seconds)
        rates["lxml, parse + iterwalk"] = timed_rate(_lxml_walk, pages, seconds)
    except ImportError:
        pass
    try:
        from resiliparse.parse.html import HTMLTree

        rates["resiliparse, parse"] = timed_rate(HTMLTree.parse, pages, seconds)
        rates["resiliparse, parse + traverse_dom"] = timed_rate(_resiliparse_walk, pages, seconds)
    except ImportError:
        pass
    return rates


def resiliparse_runner() -> Callable[[tuple[str, str]], dict[str, Any]] | None:
    try:
        from resiliparse.extract.html2text import extract_plain_text
    except ImportError:
        return None

    def run(item: tuple[str, str]) -> dict[str, Any]:
        page_id, html = item
        text = extract_plain_text(html, main_content=True)
        return {"id": page_id, "is_article": bool(text.strip()), "body": text}

    return run


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[1].parent / "shared"))
    ap.add_argument("--seconds", type=float, default=3.0, help="timed seconds per system (best pass counts)")
    ap.add_argument(
        "--parsers", action="store_true", help="also measure parse-only speed of the candidate parsers"
    )
    ap.add_argument("--json", help="write all figures to this file")
    a = ap.parse_args(argv)
    shared = Path(a.shared)
    files = html_pages(shared)
    raw = [(f.stem, f.read_bytes()) for f in files]
    text = [(f.stem, f.read_text(encoding="utf-8")) for f in files]

    systems: list[tuple[str, Callable[[Any], dict[str, Any]] | None, list[Any]]] = [
        ("sinmun", sinmun_runner(Options()), raw),  # library defaults, as `sinmun run` uses
        ("sinmun --semantics", sinmun_runner(Options(semantics=True)), raw),
        (TRAFILATURA, trafilatura_runner(), text),
        ("resiliparse main_content (body only)", resiliparse_runner(), text),
    ]
    results: dict[str, Any] = {"pages": len(files), "systems": {}}
    runs: dict[str, tuple[Callable[[Any], dict[str, Any]], list[Any]]] = {}
    for name, fn, items in systems:
        if fn is None:
            print(f"{name}: not installed (pip install --group bench)", file=sys.stderr)
            continue
        results["systems"][name] = score(shared, [fn(x) for x in items])
        runs[name] = (fn, items)
    best, rounds = interleaved_rates(runs, a.seconds)  # one pass of each per round
    for name, rate in best.items():
        results["systems"][name]["pages_per_s"] = round(rate, 1)
    if TRAFILATURA in runs:
        results["ratio_sinmun_over_trafilatura"] = round(median_ratio(rounds, "sinmun", TRAFILATURA), 2)
    results["rounds"] = len(rounds)
    if a.parsers:
        results["parsers_pages_per_s"] = {
            k: round(v) for k, v in parser_speeds([t for _, t in text], a.seconds).items()
        }

    _print_table(results)
    if a.json:
        Path(a.json).write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


def _print_table(results: dict[str, Any]) -> None:
    systems = results["systems"]
    print(f"{results['pages']} pages, one core, best pass")
    print("| system | " + " | ".join(METRICS) + " | pages/s |")
    print("|---" * (len(METRICS) + 2) + "|")
    for name, f in systems.items():
        cells = ["—" if f.get(m) is None else f"{f[m]:.3f}" for m in METRICS]
        print(f"| {name} | " + " | ".join(cells) + f" | {f['pages_per_s']:.0f} |")
    if "ratio_sinmun_over_trafilatura" in results:
        print(
            f"sinmun / trafilatura pages/s (median of {results['rounds']} interleaved rounds): "
            f"{results['ratio_sinmun_over_trafilatura']:.1f}x"
        )
    for name, rate in results.get("parsers_pages_per_s", {}).items():
        print(f"{name}: {rate} pages/s")


if __name__ == "__main__":
    sys.exit(main())
