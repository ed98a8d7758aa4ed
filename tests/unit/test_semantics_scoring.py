"""The semantics suite's scoring: matching rules and the gold files' own consistency."""

import json

from conftest import ROOT
from sinmun.semantics.scoring import _event_match, _org_match, _prf, read_page

GOLD = ROOT / "tests" / "data" / "semantics"


def test_prf():
    assert _prf("x", 2, 4, 2) == {"x_p": 0.5, "x_r": 1.0, "x_f1": 0.6667, "x_n": 2}
    assert _prf("x", 0, 0, 0)["x_f1"] == 1.0


def test_lenient_matches():
    assert _org_match("교육위원회", "국회 교육위원회")
    assert not _org_match("위원회", "국회 교육위원회")
    assert _event_match(("a", "이달", "2024-08"), ("a", "이달 말", "2024-08"))
    assert not _event_match(("a", "이달", "2024-09"), ("a", "이달 말", "2024-08"))


def test_gold_is_in_its_pages_and_large_enough():
    pages = {p.stem: read_page(p) for p in (GOLD / "pages").glob("*.txt")}
    quotes = [
        json.loads(x) for x in (GOLD / "gold" / "quotes.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    people = [
        json.loads(x) for x in (GOLD / "gold" / "people.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    for q in quotes:
        assert q["text"] in "\n".join(pages[q["article"]].paragraphs)
    assert len(quotes) >= 20
    assert len({q["verb"] for q in quotes}) >= 15
    assert sum(bool(p["title"]) for p in people) >= 10
    assert any(k.startswith("h") for k in pages)
    assert any(k.startswith("t") for k in pages)
