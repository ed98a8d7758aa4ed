"""The real mojibake pages of ../shared repair to their references; clean pages stay as they are."""

from __future__ import annotations

import difflib
import json

import pytest

from conftest import shared_path
from sinmun.decode import decode

pytestmark = pytest.mark.shared
MOJIBAKE_IDS = [
    "p006",
    "p007",
    "p069",
    "p070",
    "p111",
    "p124",
    "p126",
    "p137",
    "p138",
    "p188",
    "p189",
    "p190",
]
# Each page's repair may differ from the hand-made reference by at most this share of its
# characters (the repairer reaches 99.5-100%; what is left are syllables the corruption lost).
MAX_CHAR_ERROR = 0.006


def char_errors(got: str, want: str) -> int:
    ops = difflib.SequenceMatcher(None, got, want, autojunk=False).get_opcodes()
    return sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in ops if tag != "equal")


def test_gold_marks_exactly_these_pages_as_mojibake() -> None:
    gold = shared_path("devset", "gold")
    marked = sorted(
        p.stem for p in gold.glob("*.json") if json.loads(p.read_text(encoding="utf-8")).get("mojibake")
    )
    assert marked == MOJIBAKE_IDS


@pytest.mark.parametrize("pid", MOJIBAKE_IDS)
def test_mojibake_page_repairs_to_its_reference(pid: str) -> None:
    raw = shared_path("devset", "pages", f"{pid}.txt").read_bytes()
    want = shared_path("devset", "repaired", f"{pid}.txt").read_text(encoding="utf-8")
    got = decode(raw)
    assert got.repairs[0] in ("cp949-read-as-latin1", "cp949-read-as-cp1252")
    assert got.text.count("\n") == want.count("\n")
    want = decode(want).text  # the reference, normalised the same way (no-break spaces)
    assert char_errors(got.text, want) <= MAX_CHAR_ERROR * len(want)


def _clean_pages() -> list[str]:
    try:
        devset = shared_path("devset")
    except pytest.skip.Exception:
        return []
    ids = [p.stem for p in sorted((devset / "pages").glob("*.txt")) if p.stem not in MOJIBAKE_IDS]
    return [f"devset/pages/{i}.txt" for i in ids] + [
        f"html/pages/{p.name}" for p in sorted((devset.parent / "html" / "pages").glob("*"))
    ]


@pytest.mark.parametrize("rel", _clean_pages() or ["(no shared folder)"])
def test_clean_page_gets_no_repair(rel: str) -> None:
    path = shared_path(*rel.split("/"))
    raw = path.read_bytes()
    got = decode(raw)
    assert got.repairs == ()
    assert got.input == "utf-8"
    assert got.text.count("\n") == raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n").count("\n")
