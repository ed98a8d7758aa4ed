"""The text path on layouts it was not written on: HTML pages flattened to text, then extracted.

The devset's pages are excerpts; a crawl's text dump is not. Each of the 77 pages of
../shared/html is turned into plain text three ways (resiliparse with every menu, ranking box
and footer kept; resiliparse main content; trafilatura's text), then fed to ``sinmun.extract``
as *text* (no HTML structure), and scored with the official scorer against the HTML gold.
Beside each, the flattened text alone taken as the body (what a pipeline keeping the text
as-is would have). Quality only: speed is bench_extract's and bench_html's job.

    python benchmarks/bench_text_layouts.py [--shared ../shared] [--json out.json]

Needs the ``bench`` dependency group (resiliparse, trafilatura): pip install --group bench
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sinmun

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_html import METRICS, html_pages, score  # one scorer call for every benchmark


def renderers() -> dict[str, Callable[[bytes], str]]:
    """HTML bytes -> plain text, for the renderers installed."""
    out: dict[str, Callable[[bytes], str]] = {}
    try:
        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.encoding import bytes_to_str, detect_encoding

        def resiliparse(main: bool) -> Callable[[bytes], str]:
            return lambda raw: extract_plain_text(bytes_to_str(raw, detect_encoding(raw)), main_content=main)

        out["resiliparse, full page"] = resiliparse(False)
        out["resiliparse, main content"] = resiliparse(True)
    except ImportError:
        pass
    try:
        import trafilatura

        out["trafilatura 2.3.1"] = lambda raw: trafilatura.extract(raw) or ""
    except ImportError:
        pass
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[1].parent / "shared"))
    ap.add_argument("--json", help="write all figures to this file")
    a = ap.parse_args(argv)
    shared = Path(a.shared)
    files = html_pages(shared)
    found = renderers()
    if not found:
        raise SystemExit("neither resiliparse nor trafilatura is installed (pip install --group bench)")
    results: dict[str, Any] = {"pages": len(files), "renderers": {}}
    for name, render in found.items():
        texts = [(f.stem, render(f.read_bytes())) for f in files]
        alone = [{"id": i, "is_article": bool(t.strip()), "body": t} for i, t in texts]
        through = [sinmun.extract(t, id=i).to_dict() for i, t in texts]
        results["renderers"][name] = {"text alone": score(shared, alone), "+ sinmun": score(shared, through)}
    print(
        f"{'renderer':28} {'':12} " + " ".join(f"{m[:-4] if m.endswith('_acc') else m:>12}" for m in METRICS)
    )
    for name, pair in results["renderers"].items():
        for kind, figures in pair.items():
            cells = " ".join(
                f"{figures[m]:>12.3f}" if isinstance(figures.get(m), float) else f"{'—':>12}" for m in METRICS
            )
            print(f"{name:28} {kind:12} {cells}")
    if a.json:
        Path(a.json).write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
