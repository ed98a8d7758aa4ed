"""Bylines that close an article rather than head it: "… 밝혔다. 강희만기자",
"… (경기 수원=정상윤 기자)", and broadcast sign-offs and hand-overs ("KBS 뉴스 문예슬입니다.",
"김경수 기자입니다.") that name the reporter inside the spoken text."""

from __future__ import annotations

import re

from ..record import Reporter
from .bylines import _JROLE, _NAME, EMAIL, is_person_name

# Closing bylines at the end of the last paragraph.
_TRAILING = re.compile(
    r"(?:^|(?<=[.!?”\"'’)])|\s/|/)\s*(?:(?P<pre>[가-힣]{1,6})\s*[\s=/]\s*)?(?P<name>" + _NAME + r")\s*"
    r"(?P<role>" + _JROLE + r")\s*(?P<email>" + EMAIL.pattern + r"|[A-Za-z][A-Za-z0-9._\-]{2,29})?\s*$"
)
# A broadcaster's closing with a handle: "… 없습니다.YTN 김수진[suekim"
_TRAILING_BROADCAST = re.compile(
    r"(?:^|[\s.!?”\"])(?P<press>YTN|KBS|MBC|SBS|MBN|JTBC|연합뉴스TV|OBS)\s+(?P<name>" + _NAME + r")\s*"
    r"[\[(]\s*(?P<email>[A-Za-z0-9._\-]+(?:@[A-Za-z0-9.\-]+)?)\s*[\])]?\s*$"
)
_TRAILING_BRACKET = re.compile(
    r"[(\[<〈]\s*(?:[^()\[\]<>=]{1,12}=\s*)?(?P<name>"
    + _NAME
    + r")\s*(?P<role>"
    + _JROLE
    + r")\s*[)\]>〉]\s*$"
)


def trailing_byline(text: str) -> Reporter | None:
    """A byline that closes a paragraph: "… 밝혔다. 강희만기자", "… (경기 수원=정상윤 기자)"."""
    tail = text[-60:]
    for pat in (_TRAILING_BRACKET, _TRAILING, _TRAILING_BROADCAST):
        m = pat.search(tail)
        if m and is_person_name(m["name"]):
            groups = m.groupdict()
            return Reporter(m["name"], groups.get("email"), groups.get("role") or "기자")
    return None


_BROADCASTER = (
    r"(?:KBS|MBC|SBS|YTN|MBN|JTBC|TV조선|채널A|연합뉴스TV|연합뉴스|OBS|EBS|CBS|BBS|KTV|[가-힣]{2,3}MBC|[가-힣]{2,3}KBS|"
    r"[가-힣A-Z]{2,8}방송)"
)
# "KBS 뉴스 문예슬입니다.", "제주에서 YTN 고재형입니다.", "MBC뉴스 홍길동입니다."
_SIGNOFF = re.compile(
    r"(?:^|[\s.!?”\"])(?P<press>"
    + _BROADCASTER
    + r")\s*(?:뉴스|NEWS)?\s+(?P<name>"
    + _NAME
    + r")\s*입(?:니다)?[.!]?\s*$"
)
# An anchor hands over: "김경수 기자입니다.", "문예슬 기잡니다.", "서영민 기자가 함께 했습니다."
# Only the fixed hand-over phrases: "최우석 기자가 보도했습니다" refers to another story.
_HANDOVER_VERBS = (
    "보도합니다",
    "전합니다",
    "전해드립니다",
    "취재했습니다",
    "함께 했습니다",
    "함께했습니다",
    "정리했습니다",
    "짚어봅니다",
    "알아봤습니다",
    "알아봅니다",
    "만나봤습니다",
    "다녀왔습니다",
    "보도입니다",
)
_HANDOVER = re.compile(
    r"(?:^|[\s,])(?P<name>" + _NAME + r")\s*(?:기자(?:입니다|가\s*(?:" + "|".join(_HANDOVER_VERBS) + r")"
    r"|의\s*보도입니다)|기잡니다)[.!]?\s*$"
)


# Every sign-off and hand-over ends like this (cheap test before the patterns).
_SPOKEN_ENDS = ("니다", "입")
# Web pages print the reporter's e-mail after the sign-off, bare or in brackets:
# "MBN뉴스 안진우입니다. [tgar1@mbn.co.kr]", "… 기자입니다. (kim@ytn.co.kr)".
_SIGNOFF_EMAIL = re.compile(
    r"\s*[\[(<]?\s*(?P<email>[A-Za-z0-9._%+\-]{1,64}@(?:[A-Za-z0-9\-]{1,63}\.){1,5}[A-Za-z]{2,24})"
    r"\s*[\])>]?\s*$"
)
# The e-mail is looked for in the line's last characters only (an address is at most 64+1+255
# characters by RFC 5321; news addresses are far shorter), so the search is bounded.
SIGNOFF_EMAIL_TAIL = 120
# The sign-off itself is looked for in the line's last characters.
SIGNOFF_TAIL = 50


def broadcast_reporter(text: str) -> tuple[Reporter, str | None] | None:
    """The reporter (and outlet) named by a broadcast sign-off or an anchor's hand-over,
    with the e-mail printed after it, if any."""
    email = None
    tail_start = max(0, len(text) - SIGNOFF_EMAIL_TAIL)
    if text.find("@", tail_start) >= 0:
        m = _SIGNOFF_EMAIL.search(text, tail_start)
        if m:
            email, text = m["email"].lstrip("."), text[: m.start()]
    if not text.rstrip(" .!").endswith(_SPOKEN_ENDS):
        return None
    m = _SIGNOFF.search(text[-SIGNOFF_TAIL:])
    if m and is_person_name(m["name"]):
        return Reporter(m["name"], email, "기자"), m["press"]
    m = _HANDOVER.search(text[-SIGNOFF_TAIL:])
    if m and is_person_name(m["name"]):
        return Reporter(m["name"], email, "기자"), None
    return None
