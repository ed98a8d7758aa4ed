"""The local engine: every record gets exactly one result, even when its worker hangs or dies."""

from __future__ import annotations

import json
import os
import signal
import time

import pytest

from sinmun.batch.chunks import make_chunks
from sinmun.batch.local import LocalEngine
from sinmun.io.records import InputRecord, process
from sinmun.options import DEFAULT, Options

PAGE = "광주시·경기도, 공동번영 이룬다\n강기정 시장-김동연 지사, 12일 상생발전 협약 체결\n본문입니다.\n"


def misbehaving(rec: InputRecord, options: Options) -> dict:
    """Runs in the worker: hangs, dies or works depending on the record id."""
    if rec.id.startswith("hang"):
        time.sleep(600)
    if rec.id.startswith("crash"):
        os.kill(os.getpid(), signal.SIGKILL)  # what the OOM killer does
    return process(rec, options)


def run(ids: list[str], **kw) -> list[dict]:
    recs = [InputRecord(i, PAGE) for i in ids]
    engine = LocalEngine(DEFAULT, fn=misbehaving, **kw)
    out = []
    for res in engine.run(make_chunks(recs, 3), ordered=True):
        out += [json.loads(p) for p in res.payloads]
        assert all(s is not None for s in res.summaries)
    return out


@pytest.mark.timeout(60)
def test_hung_and_crashed_records_get_error_records_and_the_rest_goes_on() -> None:
    ids = ["a", "hang1", "b", "crash1", "c", "d", "crash2", "e", "f", "g"]
    out = run(ids, workers=2, timeout=1.5)
    assert [r["id"] for r in out] == ids  # ordered, one each
    reasons = {r["id"]: r.get("error", {}).get("reason") for r in out}
    assert reasons["hang1"] == "timeout"
    assert reasons["crash1"] == reasons["crash2"] == "worker-crashed"
    assert all(reasons[i] is None for i in "abcdefg")


@pytest.mark.timeout(60)
def test_unordered_mode_still_returns_every_chunk_once() -> None:
    recs = [InputRecord(f"r{i}", PAGE) for i in range(20)]
    engine = LocalEngine(DEFAULT, fn=misbehaving, workers=2, max_open=4)
    seen = sorted(res.chunk.index for res in engine.run(make_chunks(recs, 3), ordered=False))
    assert seen == list(range(7))


@pytest.mark.timeout(60)
def test_parquet_mode_returns_record_dicts() -> None:
    engine = LocalEngine(DEFAULT, workers=1, fmt="parquet")
    (res,) = engine.run(make_chunks([InputRecord("x", PAGE)]))
    assert res.payloads[0] == process(InputRecord("x", PAGE))
