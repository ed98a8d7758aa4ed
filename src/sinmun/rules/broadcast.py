"""Broadcast transcripts: the markers of who is speaking, which are not article text.

TV news pages keep the script's stage markers — "[앵커]", "[기자]", "[리포트]", "<앵커 멘트>",
"◀ 앵커 ▶" — on lines of their own. The spoken text is the article; the markers are not.
Sign-offs ("KBS 뉴스 문예슬입니다.") are spoken text; bylines.py reads the reporter from them.
"""

from __future__ import annotations

import re

_ROLES = (
    r"앵\s*커(?:\s*멘트)?|기\s*자(?:\s*멘트)?|리포트|리포터|인터뷰|녹취|현장음|싱크|스탠드업|클로징|오프닝|"
    r"브릿지|자막|앵커\s*리포트|기자\s*리포트|뉴스\s*리포트|출연자|대담"
)
MARKER = re.compile(r"^\s*[\[<(◀【〈《]\s*(?:" + _ROLES + r")\s*[\]>)▶】〉》]\s*$")


def is_marker(text: str) -> bool:
    """A line that is only a speaker/segment marker ("[앵커]", "◀ 앵 커 ▶")."""
    return bool(MARKER.match(text))
