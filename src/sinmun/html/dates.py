"""Machine-readable page dates (meta tags, JSON-LD, <time datetime>) → ISO in Korean time.

Korean outlets print their dates in KST, so a declared timestamp with an offset is converted
to KST before its day is taken: "2023-04-19T22:53:13Z" is the 20th on the page, not the 19th.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

KST = timezone(timedelta(hours=9))
# Declared forms: 2023-04-07, 2023.04.07, 2023/04/07, each optionally followed by a time
# (T or space) and an offset (Z, +09:00, +0900). Bounded repetitions only.
_DECLARED = re.compile(
    r"(?P<y>\d{4})[-./](?P<m>\d{1,2})[-./](?P<d>\d{1,2})"
    r"(?:[T\s]{1,3}(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d{1,9})?)?)?"
    r"\s?(?P<tz>Z|[+-]\d{2}:?\d{2})?"
)
# Compact form used by some CMSs: 20230407 or 20230407101102.
_COMPACT = re.compile(
    r"^(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})(?:(?P<H>\d{2})(?P<M>\d{2})(?P<S>\d{2})?)?$"
)


def _offset(tz: str) -> timezone:
    if tz == "Z":
        return UTC
    sign = -1 if tz[0] == "-" else 1
    digits = tz[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4])))


def iso_kst(value: str | None) -> str | None:
    """A declared date/time as ISO: "YYYY-MM-DD", or with time ("…T19:11:02+09:00" when the
    offset was declared, converted to KST). None when ``value`` holds no valid date."""
    if not value:
        return None
    value = value.strip()
    m = _DECLARED.search(value[:64]) or _COMPACT.match(value[:14])
    if not m:
        return None
    g = m.groupdict()
    try:
        day = datetime(int(g["y"]), int(g["m"]), int(g["d"]))
        if g.get("H") is None:
            return day.date().isoformat()
        at = day.replace(hour=int(g["H"]), minute=int(g["M"]), second=int(g.get("S") or 0))
    except ValueError:
        return None
    tz = g.get("tz")
    if not tz:
        return at.isoformat()
    return at.replace(tzinfo=_offset(tz)).astimezone(KST).isoformat()
