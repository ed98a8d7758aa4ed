"""Input records and the per-record function shared by every engine."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import SinmunError
from ..options import DEFAULT, Options
from ..pipeline import extract


@dataclass(frozen=True, slots=True)
class InputRecord:
    """One page to process, or the reason it could not even be read."""

    id: str
    page: str | bytes | None
    url: str | None = None
    problem: tuple[str, str, str] | None = None  # (stage, reason, message) when unreadable


def error_record(id: str, url: str | None, stage: str, reason: str, message: str) -> dict[str, Any]:
    """The record written in place of an article when a page fails: nothing is lost silently."""
    return {"id": id, "url": url, "error": {"stage": stage, "reason": reason, "message": message}}


def process(rec: InputRecord, options: Options = DEFAULT) -> dict[str, Any]:
    """Exactly one output dict for one input: the article record or an error record."""
    if rec.problem is not None:
        return error_record(rec.id, rec.url, *rec.problem)
    if rec.page is None:
        return error_record(rec.id, rec.url, "input", "missing-text", "the record has no page text")
    try:
        return extract(rec.page, url=rec.url, id=rec.id, options=options).to_dict()
    except SinmunError as e:
        return error_record(rec.id, rec.url, e.stage, e.reason, str(e))
    except Exception as e:
        return error_record(rec.id, rec.url, "extract", "internal-error", f"{type(e).__name__}: {e}")
