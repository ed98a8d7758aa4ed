"""Photo and video captions, credits and image file names.

Korean pages print a photo's caption as its own line ("▲ 8일 부산역 2층 대합실에…"),
credit it ("사진=뉴시스", "[사진=에듀진]", "(사진/경기도시장군수협의회)", "오진욱 제공"),
and scraped text often keeps the image's file name ("230512 …_GJI9887.JPG") or the
viewer's button ("이미지 확대", "photo이미지 크게보기").
"""

from __future__ import annotations

import re

from .bylines import wire_header
from .press import is_outlet_name
from .text import hangul_count

IMAGE_FILE = re.compile(r"\S\.(?:jpe?g|png|gif|bmp|webp|tiff?)\b", re.I)
# Viewer buttons and empty image placeholders; a caption text may follow on the same line.
IMAGE_MARKER = re.compile(
    r"^\s*(?:date\s+\d{4}-\d{2}-\d{2}\s*)?(?:▲\s*)?(?:photo\s*)?"
    r"(?:이미지\s*(?:확대|크게\s*보기|크게보기)|사진\s*(?:확대|크게\s*보기)|확대\s*보기|!\[\]\(\)\s*\|?|photo)",
    re.I,
)
# "사진 제공", "사진 출처", "사진출처": the credit word may be a compound with 사진.
_CREDIT_KEYS = r"(?:(?:자료\s*)?사진(?:\s*(?:제공|출처))?|(?:그래픽|이미지|영상)(?:\s*(?:제공|출처))?|출처|캡처|일러스트|삽화|제공)"
# A chart's source alone on its line: "자료: 통계청", "<자료=기상청>" (a sentence after "자료 :" is text).
SOURCE_CREDIT = re.compile(
    r"^[\[(<【]?\s*자료\s*[=:：/]\s*[가-힣A-Za-z][^\s.]{0,14}(?:\s[^\s.]{1,10}){0,2}\s*[\])>】]?$"
)
# "사진=뉴시스", "[사진=에듀진]", "그래픽=홍길동 기자" opening the line ...
CREDIT_LEADING = re.compile(r"^[\[(/<【]?\s*" + _CREDIT_KEYS + r"\s*[=:/]\s*\S")
# A caption's own label: "[사진설명] …", "사진 설명: …", "(사진 왼쪽부터) 홍길동 시장, …". ("[사진]",
# "[포토]", "[그래픽]" also open headlines, so they are not taken for captions.)
CAPTION_LABEL = re.compile(
    r"^\s*(?:[\[<【(]\s*사진\s*설명\s*[\]>】)]|사진\s*설명\s*[:：]"
    r"|\(\s*사진\s*(?:왼쪽|오른쪽|위|아래|가운데|앞줄|뒷줄)[^()]{0,16}\))\s*\S"
)
# ... or closing it: "… 열리고 있다. (사진/경기도시장군수협의회)", "… [사진=에듀진]"
CREDIT_TRAILING = re.compile(
    r"[\[(/]\s*" + _CREDIT_KEYS + r"\s*[=:/][^\[\]()]{1,60}[\])]?\s*$"  # "… (사진=경기도 제공)"
    r"|[\[(][^\[\]()]{1,30}\s(?:제공|캡처)[\])]\s*$"  # "수서고속철(SRT) [SR 제공]"
    r"|\s/\s?[^\s/\[\]()]{2,20}\s(?:제공|캡처)\s*$"  # "… 구속된 이경우(36) /서울경찰청 제공"
    # unbracketed after the caption's full stop: "… 연설 중인 JD 밴스 미국 부통령. 사진=BTC미디어"
    r"|[.。]\s+" + _CREDIT_KEYS + r"\s*=\s*[^\s=]{1,20}(?:\s[^\s=]{1,12})?\s*$"
)
# A whole-line credit: "오진욱 제공", "경기도 제공", "연합뉴스 자료사진"
PROVIDED = re.compile(r"^[\[(]?[가-힣A-Za-z0-9·&\s]{2,24}(?:\s*제공|\s*자료사진|\s*캡처)[.)\]]?$")
# A caption's last sentence, then the wire or agency that took the photo: "… 영정. [연합]",
# "… 연설하고 있다. 연합뉴스", "… 있다. AFP=연합뉴스", "… 있다. /게티이미지뱅크".
_AGENCY_CREDIT = re.compile(
    r"[.。]\s*[\[(/]?\s*(?P<credit>(?:[A-Za-z]{2,8}\s*[=/]\s*)?[가-힣A-Za-z0-9]{2,12})\s*[\])]?\s*$"
)
# Photo agencies and the wires' short names, which the outlet lists do not hold.
PHOTO_AGENCIES = frozenset(
    {
        "연합",
        "AP",
        "AFP",
        "EPA",
        "로이터",
        "신화",
        "교도",
        "게티이미지",
        "게티이미지뱅크",
        "게티이미지코리아",
        "gettyimagesBank",
        "셔터스톡",
        "픽사베이",
        "클립아트코리아",
        "UPI",
        "dpa",
    }
)
AGENCY_CAPTION_MAX_CHARS = 200


def _agency_credit(t: str) -> bool:
    m = _AGENCY_CREDIT.search(t) if len(t) <= AGENCY_CAPTION_MAX_CHARS else None
    if m is None or hangul_count(t[: m.start()]) < 8:
        return False
    name = re.split(r"\s*[=/]\s*", m["credit"])[-1]
    return name in PHOTO_AGENCIES or is_outlet_name(name)


# The wires' photo captions end on the day the photo was taken, then the agency, its
# photographer or e-mail: "… 걷고 있다. 2024.3.14/뉴스1 © News1 황기선 기자", "[서울=뉴시스]
# 홍길동 기자 = … 있다. 2024.03.14. hong@newsis.com", "(서울=연합뉴스) … 있다. 2024.3.14
# [공동취재] hong@yna.co.kr". Only with the agency's mark (a "© News1" credit, or the wire
# header opening the caption) is it the wire's photo; an outlet's own photo story ends the same
# way ("… 있다. 2023.04.07 /jpnews@osen.co.kr") and is the story.
WIRE_PHOTO_TAIL = re.compile(
    r"[.다]\s+(?:19|20)\d{2}\.\s?\d{1,2}\.\s?\d{1,2}\.?"
    r"(?:\s*/\s*[가-힣A-Za-z0-9]{2,10})?"  # "/뉴스1"
    r"(?P<credit>\s*[©ⓒ]\s*[A-Za-z0-9]{2,12}(?:\s+[가-힣]{2,4}\s*기자)?)?"  # "© News1 황기선 기자"
    r"(?:\s*\[[^\[\]]{1,10}\])?"  # "[공동취재]"
    r"(?:\s*[A-Za-z0-9._%+\-]{1,40}@[A-Za-z0-9.\-]{2,60})?\s*$"
)
WIRE_PHOTO_TAIL_CHARS = 120  # the date and credits close the caption: only its end is searched


def is_wire_photo_caption(t: str) -> bool:
    m = WIRE_PHOTO_TAIL.search(t, max(0, len(t) - WIRE_PHOTO_TAIL_CHARS))
    return m is not None and (m["credit"] is not None or wire_header(t) is not None)


# The note under a stock photo: "기사와 관련 없는 자료 사진 / gettyimagesBank", "※ 사진은 기사
# 내용과 직접적인 관련이 없습니다", "본 기사와 무관한 이미지".
_UNRELATED = r"(?:본\s*)?기사(?:\s*내용)?[와과]\s*(?:직접적인\s*|직접\s*)?(?:관련\s*(?:이\s*)?없|관계\s*(?:가\s*)?없|무관)"
PHOTO_DISCLAIMER = re.compile(
    _UNRELATED
    + r"[가-힣]*\s*(?:자료\s*)?(?:사진|이미지|그림)|(?:사진|이미지)[은는]?\s*(?:※\s*)?"
    + _UNRELATED
)
DISCLAIMER_MAX_CHARS = 80

# A caption line that opens with a pointer triangle (the photo is above or beside it).
POINTER = re.compile(r"^\s*(?:date\s+\d{4}-\d{2}-\d{2}\s*)?[▲△↑]\s*\S")

# Captions are short; a long line that mentions a credit is a paragraph quoting one.
CAPTION_MAX_CHARS = 400
CREDIT_MAX_CHARS = 160


def caption_rule(text: str) -> str | None:
    """Name of the caption rule matching the line, or ``None``."""
    t = text.strip()
    if not t or len(t) > CAPTION_MAX_CHARS:
        return None
    if IMAGE_FILE.search(t) and hangul_count(t) < 40:
        return "image-file-name"
    if IMAGE_MARKER.match(t):
        return "image-viewer"
    if PROVIDED.match(t) or SOURCE_CREDIT.match(t):
        return "photo-credit"
    if len(t) <= CREDIT_MAX_CHARS and (CREDIT_LEADING.match(t) or CREDIT_TRAILING.search(t)):
        return "photo-credit"
    if len(t) <= DISCLAIMER_MAX_CHARS and "기사" in t and PHOTO_DISCLAIMER.search(t):
        return "photo-disclaimer"
    if is_wire_photo_caption(t):
        return "wire-photo-caption"
    if t in PHOTO_AGENCIES:
        return "photo-credit"  # "게티이미지뱅크" alone under the photo
    if CAPTION_LABEL.match(t):
        return "caption-label"
    if POINTER.match(t):
        return "pointer-caption"
    if _agency_credit(t):
        return "photo-credit"
    return None


def is_pointer_caption(text: str) -> bool:
    """A "▲ …" line: a caption when it stands alone (a run of them is a list)."""
    return bool(POINTER.match(text))


_MARKER_PREFIX = re.compile(
    r"^\s*(?:date\s+\d{4}-\d{2}-\d{2}\s*)?(?:photo\s*)?(?:이미지\s*(?:확대|크게\s*보기)|사진\s*(?:확대|크게\s*보기)"
    r"|확대\s*보기|!\[\]\(\)\s*\|?)?\s*",
    re.I,
)


def caption_text(text: str) -> str:
    """The caption's own words, without the viewer button or placeholder before them."""
    return _MARKER_PREFIX.sub("", text, count=1).strip(" |")
