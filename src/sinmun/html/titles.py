"""Headlines: the site suffix of a declared title, and comparing titles with printed lines.

``<title>`` and og:title carry the outlet's name ("… - SBS 뉴스", "… | 연합뉴스",
"…-정치ㅣ한국일보", "… : 네이버 뉴스"); the headline is what is left. A trailing segment is cut
only when it names the site (a declared site name, or an outlet-like word) or a section, so a
headline that merely contains a dash ("이승기-이다인 …") stays whole.
"""

from __future__ import annotations

import re
import unicodedata

# Separators between headline and site name: spaced punctuation, or a bar with or without
# spaces (Korean sites use the vowel ㅣ and the full-width ｜ as bars).
_SEPARATOR = re.compile(r"\s+[|｜ㅣ:\-–—<>·/»]{1,2}\s+|\s*[|｜ㅣ]\s*")
# Words that end an outlet's name: "SBS 뉴스", "한국일보", "머니투데이방송", "KBS NEWS".
_OUTLET = re.compile(
    r"(?:뉴스|일보|신문|방송|닷컴|통신|미디어|데일리|투데이|타임스|경제|저널|포스트|헤럴드|프레스|"
    r"news|tv|times|daily|herald|post|press|media|journal|\.com|\.co\.kr|\.kr)\s*(?:zum)?$",
    re.I,
)
# Section names some sites put between headline and site ("…-정치ㅣ한국일보", "[사회]…").
SECTION_WORDS = frozenset(
    {
        "정치", "경제", "사회", "국제", "세계", "문화", "연예", "스포츠", "생활", "IT", "과학", "오피니언",
        "사설", "칼럼", "전국", "지역", "산업", "증권", "금융", "부동산", "기업", "라이프", "건강", "연예일반",
        "정치일반", "사회일반", "국제일반", "기사본문", "뉴스", "속보", "포토", "영상",
    }
)  # fmt: skip
# A site segment longer than this is part of the headline, not a name.
MAX_SITE_SEGMENT = 30
# Cuts applied at most (site, then section, then a portal name is plenty).
MAX_CUTS = 3
# Quote and dash look-alikes that differ between og:title and the printed headline.
_LOOKALIKES = str.maketrans(
    {
        "″": '"',
        "′": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "‘": "'",
        "’": "'",
        "`": "'",
        "‥": "..",
        "…": "...",
        "ㆍ": "·",
    }
)


def norm_title(text: str | None) -> str:
    """Comparable form of a title: NFKC, quote look-alikes unified, spacing removed."""
    if not text:
        return ""
    # Look-alikes first: NFKC would turn "″" into two primes before we could map it.
    text = unicodedata.normalize("NFKC", text.translate(_LOOKALIKES))
    return "".join(text.split()).casefold()  # str.split's whitespace is the regex \s


# Characters from which NFKC makes Hangul syllables: jamo (conjoining, compatibility,
# halfwidth; a syllable plus a final jamo composes too) and parenthesised/circled Hangul.
_MAKES_SYLLABLES = re.compile(
    r"[\u1100-\u11ff\u3131-\u318e\u3200-\u321e\u3260-\u327e\ua960-\ua97f\ud7b0-\ud7ff\uffa0-\uffdc]"
)
_SYLLABLE = re.compile(r"[가-힣]")


class TitleKeys:
    """Declared titles in comparable form (``norm_title``), and a cheap test that rules out
    most lines before normalising them: a line equal to a Korean title shows one of its
    syllables as it is, unless it holds characters NFKC turns into syllables."""

    def __init__(self, titles: tuple[str, ...]) -> None:
        self.keys = {norm_title(t) for t in titles} - {""}
        anchors = [_SYLLABLE.search(k) for k in self.keys]
        self._anchors = {m.group() for m in anchors if m} if all(anchors) else None

    def match(self, text: str) -> bool:
        """True when ``text`` is one of the titles (``norm_title`` equal)."""
        if (
            self._anchors is not None
            and not any(a in text for a in self._anchors)
            and not _MAKES_SYLLABLES.search(text)
        ):
            return False
        return norm_title(text) in self.keys


def _names_site(segment: str, sites: tuple[str, ...]) -> bool:
    seg = norm_title(segment)
    if not seg or len(segment) > MAX_SITE_SEGMENT:
        return False
    for site in sites:
        s = norm_title(site)
        if s and (s in seg or seg in s):
            return True
    return bool(_OUTLET.search(segment.strip()))


def _is_section(segment: str, section: str | None) -> bool:
    seg = segment.strip()
    return seg in SECTION_WORDS or (bool(section) and norm_title(seg) == norm_title(section))


def strip_site_suffix(title: str | None, sites: tuple[str, ...] = (), section: str | None = None) -> str:
    """``title`` without the trailing site name (and the section name just before it)."""
    if not title:
        return ""
    title = " ".join(title.split())
    for _ in range(MAX_CUTS):
        cuts = list(_SEPARATOR.finditer(title))
        if not cuts:
            break
        last = cuts[-1]
        head, tail = title[: last.start()].strip(), title[last.end() :]
        if not head or not (_names_site(tail, sites) or _is_section(tail, section)):
            break
        title = head
    # "…커졌다-정치" left after cutting "ㅣ한국일보": an unspaced dash before a section name.
    head, dash, tail = title.rpartition("-")
    if dash and head and _is_section(tail, section):
        title = head.strip()
    return title


def same_title(printed: str, declared: str) -> bool:
    """True when a printed line and a declared title are the same headline."""
    a, b = norm_title(printed), norm_title(declared)
    return bool(a) and a == b
