"""Chunks: deterministic cuts, nothing lost or repeated, digests that notice any change."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sinmun.batch.chunks import make_chunks
from sinmun.io.records import InputRecord

pages = st.one_of(st.none(), st.text(max_size=30), st.binary(max_size=30))
records = st.lists(
    st.builds(InputRecord, st.text(min_size=1, max_size=5), pages, st.one_of(st.none(), st.text(max_size=5))),
    max_size=40,
)


@given(records, st.integers(1, 7), st.integers(1, 200))
def test_chunks_partition_the_stream(recs: list[InputRecord], max_records: int, max_bytes: int) -> None:
    chunks = list(make_chunks(recs, max_records, max_bytes))
    assert [r for c in chunks for r in c.records] == recs
    assert [c.index for c in chunks] == list(range(len(chunks)))
    assert all(0 < len(c.records) <= max_records for c in chunks)
    again = list(make_chunks(recs, max_records, max_bytes))
    assert [(c.digest, len(c.records)) for c in again] == [(c.digest, len(c.records)) for c in chunks]


def test_byte_budget_closes_a_chunk_early() -> None:
    recs = [InputRecord(str(i), b"x" * 60) for i in range(5)]
    assert [len(c.records) for c in make_chunks(recs, 100, 100)] == [2, 2, 1]


def test_digest_sees_ids_pages_urls_and_str_vs_bytes() -> None:
    base = [InputRecord("a", "page", "u"), InputRecord("b", None, problem=("input", "bad-json", "x"))]
    variants = [
        [InputRecord("a2", "page", "u"), base[1]],
        [InputRecord("a", "page!", "u"), base[1]],
        [InputRecord("a", "page", None), base[1]],
        [InputRecord("a", b"page", "u"), base[1]],
        [base[0], InputRecord("b", None, problem=("input", "bad-row", "x"))],
    ]
    (ref,) = make_chunks(base)
    digests = {next(make_chunks(v)).digest for v in variants}
    assert ref.digest not in digests
    assert len(digests) == len(variants)
