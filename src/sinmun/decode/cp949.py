"""The cp949 byte-pair table, built once from Python's codec: (lead, trail) -> character.

cp949 (Microsoft's UHC) is a superset of EUC-KR: lead bytes 0x81-0xFE, trail bytes 0x41-0x5A,
0x61-0x7A and 0x81-0xFE. A dict lookup per pair keeps the repair search free of codec calls.
"""

from __future__ import annotations

from functools import cache

LEAD_FIRST, LEAD_LAST = 0x81, 0xFE
_TRAILS = (*range(0x41, 0x5B), *range(0x61, 0x7B), *range(0x81, 0xFF))


@cache
def pair_table() -> dict[int, str]:
    """Every valid cp949 double-byte code as ``lead << 8 | trail`` -> its character."""
    table = {}
    for lead in range(LEAD_FIRST, LEAD_LAST + 1):
        for trail in _TRAILS:
            try:
                table[lead << 8 | trail] = bytes((lead, trail)).decode("cp949")
            except UnicodeDecodeError:
                continue
    return table


@cache
def lead_bytes() -> frozenset[int]:
    """Bytes that start at least one valid pair."""
    return frozenset(code >> 8 for code in pair_table())
