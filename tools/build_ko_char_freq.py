"""Build the character model of ``sinmun.decode.charmodel``: how often each character, and each
pair of adjacent characters, occurs in Korean news text. The cp949 mojibake repairer uses it to
choose between candidate readings of a broken span: the reading made of likely text wins.

Writes ``src/sinmun/data/ko_chars.csv`` (one character per row) and ``ko_char_pairs.csv`` (one
adjacent pair per row). ASCII is folded into classes (every letter is "a", every digit "0",
all whitespace " "): only Korean needs telling apart.

Source text: the clean (non-mojibake) pages of ../shared/devset/pages and the visible text of
../shared/html/pages, each distinct line counted once (site furniture repeats on every page).
The mojibake pages and their repaired references are left out on purpose, so the repairer is
never tuned on the answers it is scored against. Only counts are stored, no text; characters
and pairs seen fewer than ``MIN_COUNT`` times are dropped.

    python tools/build_ko_char_freq.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "sinmun" / "data"
sys.path.insert(0, str(ROOT / "src"))
from sinmun.decode.charmodel import char_class  # noqa: E402  (the same folding the model applies)

MIN_COUNT = 2  # a character or pair seen once is more likely noise than Korean news usage
_SCRIPT = re.compile(r"<(script|style)\b.*?</\1\s*>", re.S | re.I)
_TAG = re.compile(r"<[^>]{0,2000}>")
_WS = re.compile(r"\s+")


def html_text(raw: str) -> str:
    return html.unescape(_TAG.sub("\n", _SCRIPT.sub(" ", raw)))


def corpus(shared: Path) -> list[str]:
    texts = []
    devset = shared / "devset"
    for page in sorted((devset / "pages").glob("*.txt")):
        gold = json.loads((devset / "gold" / f"{page.stem}.json").read_text(encoding="utf-8"))
        if not gold.get("mojibake"):
            texts.append(page.read_text(encoding="utf-8"))
    texts += [html_text(p.read_text(encoding="utf-8")) for p in sorted((shared / "html" / "pages").glob("*"))]
    return texts


def distinct_lines(texts: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for text in texts:
        for line in text.split("\n"):
            line = _WS.sub(" ", line).strip()
            if line:
                seen.setdefault(line)
    return list(seen)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    a = ap.parse_args()
    chars: Counter[str] = Counter()
    pairs: Counter[str] = Counter()
    for line in distinct_lines(corpus(a.shared)):
        folded = "".join(map(char_class, f" {line} "))
        chars.update(folded[1:])
        pairs.update(folded[i : i + 2] for i in range(len(folded) - 1))
    rows = sorted(((k, n) for k, n in chars.items() if n >= MIN_COUNT), key=lambda x: (-x[1], x[0]))
    with (DATA / "ko_chars.csv").open("w", encoding="utf-8") as fh:
        fh.write("char,count\n")
        fh.writelines(f"{ord(k):X},{n}\n" for k, n in rows)
    prow = sorted(((k, n) for k, n in pairs.items() if n >= MIN_COUNT), key=lambda x: (-x[1], x[0]))
    with (DATA / "ko_char_pairs.csv").open("w", encoding="utf-8") as fh:
        fh.write("first,second,count\n")
        fh.writelines(f"{ord(k[0]):X},{ord(k[1]):X},{n}\n" for k, n in prow)
    print(f"{len(rows)} characters, {len(prow)} pairs, {sum(chars.values())} characters read")


if __name__ == "__main__":
    main()
