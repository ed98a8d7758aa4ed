"""Step 1 of the pipeline, "decode": bytes or str become clean text, and the record says
what was done (``encoding.input``, ``encoding.repairs``).

Line structure is sacred here: the output has exactly as many "\\n"-separated lines as the
(repaired) input, so line numbers in ``lines`` match the text a user sees.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from ..errors import InputError


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    input: str  # encoding of the bytes, or "str" when the caller passed text
    repairs: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


def decode(page: str | bytes) -> Decoded:
    """Turn the caller's page into clean text (placeholder until the decode issue lands)."""
    if isinstance(page, bytes | bytearray | memoryview):
        raw = bytes(page)
        for enc in ("utf-8", "cp949"):
            try:
                return Decoded(_normalise(raw.decode(enc)), enc)
            except UnicodeDecodeError:
                continue
        return Decoded(_normalise(raw.decode("utf-8", "replace")), "utf-8", warnings=("undecodable-bytes",))
    if not isinstance(page, str):
        raise InputError(f"`page` should be str or bytes, but {type(page).__name__}")
    return Decoded(_normalise(page), "str")


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)
