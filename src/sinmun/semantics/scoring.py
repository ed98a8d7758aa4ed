"""Precision/recall/F1 of ``analyse`` against the hand-made gold (``tests/data/semantics``).

The suite folder holds ``pages/<id>.txt`` (a ``published:``/``reporters:`` header, ``---``,
then one paragraph a line) and ``gold/<feature>.jsonl``. Ids starting with "h" are the
held-out split, the rest the tuning split; every metric is reported for both and for all.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import Semantics, analyse

HELD_OUT_PREFIX = "h"
FEATURES = ("quotes", "lists", "people", "orgs", "regions", "events")


@dataclass(frozen=True, slots=True)
class Page:
    id: str
    published: str | None
    reporters: tuple[str, ...]
    paragraphs: tuple[str, ...]

    @property
    def split(self) -> str:
        return "heldout" if self.id.startswith(HELD_OUT_PREFIX) else "tune"


def read_page(path: Path) -> Page:
    head, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
    meta = dict(line.split(":", 1) for line in head.splitlines() if ":" in line)
    published = meta.get("published", "").strip() or None
    reporters = tuple(r.strip() for r in meta.get("reporters", "").split(",") if r.strip())
    paragraphs = tuple(line.strip() for line in body.splitlines() if line.strip())
    return Page(path.stem, published, reporters, paragraphs)


def read_gold(root: Path) -> dict[str, list[dict[str, Any]]]:
    gold: dict[str, list[dict[str, Any]]] = {}
    for feature in FEATURES:
        path = root / "gold" / f"{feature}.jsonl"
        rows = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
        gold[feature] = [json.loads(r) for r in rows if r.strip()]
    return gold


def evaluate(root: Path) -> dict[str, Any]:
    """Every feature's figures for the tuning split, the held-out split and all pages."""
    pages = [read_page(p) for p in sorted((root / "pages").glob("*.txt"))]
    gold = read_gold(root)
    predicted = {p.id: analyse(p.paragraphs, p.published, p.reporters) for p in pages}
    out: dict[str, Any] = {}
    for split in ("tune", "heldout", "all"):
        ids = {p.id for p in pages if split == "all" or p.split == split}
        for name, value in _metrics(ids, gold, predicted).items():
            out[f"{split}.{name}"] = value
    out["pages"] = len(pages)
    return out


def _metrics(
    ids: set[str], gold: dict[str, list[dict[str, Any]]], pred: dict[str, Semantics]
) -> dict[str, Any]:
    m: dict[str, Any] = {}
    g = {f: [r for r in rows if r["article"] in ids] for f, rows in gold.items()}
    arts = sorted(ids)
    # quotes: a predicted quote matches a gold one with the same text; the speaker must match too
    pq = [(a, _norm(q.text), q.speaker, q.verb) for a in arts for q in pred[a].quotes]
    gq = [(r["article"], _norm(r["text"]), r["speaker"], r.get("verb")) for r in g["quotes"]]
    m |= _prf("quote", _count(pq, gq, lambda p, q: p[:2] == q[:2]), len(pq), len(gq))
    m |= _prf("quote_speaker", _count(pq, gq, lambda p, q: p[:3] == q[:3]), len(pq), len(gq))
    m |= _prf(
        "list_item",
        *_bag(
            [(a, i) for a in arts for lst in pred[a].lists for i in lst],
            [(r["article"], i) for r in g["lists"] for i in r["items"]],
        ),
    )
    pp = [(a, p.name, p.title) for a in arts for p in pred[a].entities.people]
    gp = [(r["article"], r["name"], r["title"]) for r in g["people"]]
    m |= _prf("people", _count(pp, gp, lambda p, q: p[:2] == q[:2]), len(pp), len(gp))
    m |= _prf("people_title", _count(pp, gp, lambda p, q: p == q), len(pp), len(gp))
    po = [(a, o) for a in arts for o in pred[a].entities.orgs]
    go = [(r["article"], r["org"]) for r in g["orgs"]]
    m |= _prf("org", _count(po, go, lambda p, q: p[0] == q[0] and _org_match(p[1], q[1])), len(po), len(go))
    pr = [(a, r.code) for a in arts for r in pred[a].entities.region_details if r.code]
    gr = [(r["article"], r["code"]) for r in g["regions"]]
    m |= _prf("region", *_bag(pr, gr))
    pe = [(a, e.text, e.date) for a in arts for e in pred[a].events]
    ge = [(r["article"], r["text"], r["date"]) for r in g["events"]]
    m |= _prf("event", _count(pe, ge, _event_match), len(pe), len(ge))
    return m


def _norm(text: str) -> str:
    return " ".join(text.split())


def _org_match(pred: str, gold: str) -> bool:
    """Equal, or the prediction is the last word(s) of the gold name (교육위원회 / 국회 교육위원회)."""
    return pred == gold or gold.endswith(" " + pred)


def _event_match(p: tuple[str, str, str | None], g: tuple[str, str, str]) -> bool:
    return p[0] == g[0] and p[2] == g[2] and (p[1] in g[1] or g[1] in p[1])


def _count(pred: list[Any], gold: list[Any], same: Callable[[Any, Any], bool]) -> int:
    """True positives of a one-to-one matching (each gold item matched at most once)."""
    used = [False] * len(gold)
    tp = 0
    for p in pred:
        for i, g in enumerate(gold):
            if not used[i] and same(p, g):
                used[i] = True
                tp += 1
                break
    return tp


def _bag(pred: Iterable[Any], gold: Iterable[Any]) -> tuple[int, int, int]:
    pc, gc = Counter(pred), Counter(gold)
    return sum((pc & gc).values()), sum(pc.values()), sum(gc.values())


def _prf(name: str, tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        f"{name}_p": round(p, 4),
        f"{name}_r": round(r, 4),
        f"{name}_f1": round(f, 4),
        f"{name}_n": n_gold,
    }
