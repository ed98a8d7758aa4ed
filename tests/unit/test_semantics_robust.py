"""Any text in, a consistent result out: no crash, offsets inside the body, bounded time."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sinmun.semantics import analyse

# Characters that exercise every rule: Hangul, quote marks, list markers, digits, brackets.
ALPHABET = st.sampled_from(
    list('김이박강 기정시장지사는은이가“”"‘’▲■①②-()12일월년오후씨모관계자청부도.,:/\n')
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(ALPHABET, max_size=80), max_size=6), st.sampled_from([None, "2023-05-12", "bad"]))
def test_analyse_is_total_and_offsets_are_consistent(paragraphs, published):
    paragraphs = tuple(p.replace("\n", " ") for p in paragraphs)
    s = analyse(paragraphs, published, ())
    body = "\n".join(paragraphs)
    for q in s.quotes:
        assert body[q.start : q.end] == q.text
    for p in s.entities.people:
        for a, b in p.mentions:
            assert 0 <= a < b <= len(body)


@pytest.mark.timeout(20)
def test_long_adversarial_paragraph_is_fast():
    para = "“" + "가 " * 20000 + '"' * 500 + "▲" * 500 + "12일 " * 2000
    analyse((para,), "2023-05-12", ())


def test_empty_body():
    s = analyse((), "2023-05-12", ())
    assert (s.quotes, s.lists, s.events) == ((), (), ())
