"""Outlet names: who published the page.

Two kinds of knowledge: a list of national outlets and wire services (names that do not look
like outlet names, "한겨레", "YTN"), and the shapes of Korean outlet names ("충청일보",
"경기뉴스탑", "울산MBC") that cover the hundreds of regional and trade outlets.
"""

from __future__ import annotations

import re

# National dailies, broadcasters, wires and magazines whose names carry no outlet suffix,
# plus frequent ones, so a bare masthead line is recognised.
KNOWN = frozenset(
    {
        "연합뉴스",
        "뉴시스",
        "뉴스1",
        "KBS",
        "MBC",
        "SBS",
        "YTN",
        "JTBC",
        "MBN",
        "TV조선",
        "채널A",
        "EBS",
        "OBS",
        "연합뉴스TV",
        "CBS",
        "BBS",
        "BBS NEWS",
        "PBC",
        "KTV",
        "조선일보",
        "중앙일보",
        "동아일보",
        "한겨레",
        "한겨레21",
        "경향신문",
        "한국일보",
        "서울신문",
        "세계일보",
        "국민일보",
        "문화일보",
        "매일경제",
        "한국경제",
        "아시아경제",
        "헤럴드경제",
        "머니투데이",
        "이데일리",
        "파이낸셜뉴스",
        "서울경제",
        "전자신문",
        "디지털타임스",
        "노컷뉴스",
        "오마이뉴스",
        "프레시안",
        "월간조선",
        "주간조선",
        "시사저널",
        "시사IN",
        "뉴스핌",
        "뉴데일리",
        "데일리안",
        "아주경제",
        "블로터",
        "지디넷코리아",
        "이코노미스트",
        "이코노미 인사이트",
        "이코노미조선",
        "조선비즈",
        "조선닷컴",
        "한경",
        "매경",
        "중앙SUNDAY",
        "주간동아",
        "신동아",
        "여성동아",
        "뉴스타파",
        "미디어오늘",
        "기자협회보",
        "에듀진",
        "컴퓨터월드",
        "금요저널",
        "한국방송",
        # regional and specialist broadcasters, known by their call letters
        "KNN",
        "TBC",
        "TJB",
        "UBC",
        "ubc",
        "CJB",
        "KBC",
        "JIBS",
        "G1",
        "TBS",
        "tbs",
        "JTV",
        "아리랑TV",
        # sports, entertainment and IT outlets whose names carry no outlet word
        "OSEN",
        "스포츠서울",
        "스포츠경향",
        "스포탈코리아",
        "텐아시아",
        "뉴스엔",
        "조이뉴스24",
        "인터풋볼",
        "베스트일레븐",
        "엑스포츠뉴스",
        "ZDNet Korea",
        "펜앤드마이크",
    }
)

# Wire services and photo agencies: their names in a photo credit ("사진=연합뉴스") say who took
# the photo, on any outlet's page, not who publishes the article.
WIRES = frozenset({"연합뉴스", "뉴시스", "뉴스1", "연합뉴스TV", "연합"})

# English corporate names in copyright lines of broadcasters ("Copyright © Gwangju Munhwa
# Broadcasting Corporation") and what Korean readers call them.
_BROADCAST_EN = (
    (re.compile(r"korean broadcasting system", re.I), "KBS"),
    (re.compile(r"seoul broadcasting system", re.I), "SBS"),
    (re.compile(r"yonhap news ?tv", re.I), "연합뉴스TV"),
    (re.compile(r"yonhap", re.I), "연합뉴스"),
    (re.compile(r"korea news channel ytn|\bytn\b", re.I), "YTN"),
)
# Regional MBC affiliates call themselves "<City> Munhwa Broadcasting Corporation".
_MBC_EN = re.compile(r"([A-Za-z]+)\s+Munhwa\s+Broadcasting", re.I)
_MBC_CITIES = {
    "gwangju": "광주",
    "ulsan": "울산",
    "busan": "부산",
    "daegu": "대구",
    "daejeon": "대전",
    "jeonju": "전주",
    "mokpo": "목포",
    "yeosu": "여수",
    "chuncheon": "춘천",
    "wonju": "원주",
    "gangneung": "강릉",
    "samcheok": "삼척",
    "cheongju": "청주",
    "chungbuk": "충북",
    "andong": "안동",
    "pohang": "포항",
    "jinju": "진주",
    "gyeongnam": "경남",
    "masan": "마산",
    "jeju": "제주",
    "jecheon": "제천",
    "incheon": "인천",
}

# Shapes of Korean outlet names: a short stem plus an outlet word.
OUTLET_SUFFIX = (
    r"(?:일보|신문|뉴스|방송|경제|저널|타임스|타임즈|투데이|데일리|미디어|통신|닷컴|포스트|헤럴드|매일|"
    r"뉴스탑|뉴스TV|TV|MBC|KBS|SBS|MBN|인사이트|위클리|매거진|스타|스포츠|21)"
)
_OUTLET = re.compile(r"^[가-힣A-Za-z0-9·&]{1,12}" + OUTLET_SUFFIX + r"$")
# Words that end like outlets but are not ("관련뉴스", "최신뉴스", "주요뉴스").
_NOT_OUTLET = re.compile(r"^(?:관련|최신|주요|실시간|인기|많이본|포토|영상|오늘의|지역|전체|오피니언|TV)")


def is_outlet_name(name: str) -> bool:
    """True for a string that is, as a whole, the name of a news outlet."""
    n = name.strip()
    if n in KNOWN:
        return True
    if bool(_OUTLET.match(n)) and not _NOT_OUTLET.match(n):
        return True
    return _known_stem(n) is not None  # "SBS 뉴스", "KBS 뉴스" (a masthead's key is lower-case)


def outlet_from_english(text: str) -> str | None:
    """The Korean outlet name behind an English corporate name, when known."""
    m = _MBC_EN.search(text)
    if m:
        city = _MBC_CITIES.get(m.group(1).lower())
        return f"{city}MBC" if city else "MBC"
    if re.search(r"\bMunhwa Broadcasting", text, re.I):
        return "MBC"
    for pat, name in _BROADCAST_EN:
        if pat.search(text):
            return name
    return None


# A known outlet's name plus a word for the paper or one of its news, star or entertainment
# desks: "매일경제신문", "SBS연예뉴스", "MBN스타", "KBS뉴스" are the outlet readers know by the stem.
_DESK_SUFFIX = re.compile(r"^(?P<stem>.+?)\s?(?:신문|연예뉴스|뉴스|스타|연예)$")
# Sister brands of broadcasters whose names look like outlets of their own.
SISTER_BRANDS = {"엠빅뉴스": "MBC", "스브스뉴스": "SBS"}


def canonical_outlet(name: str) -> str:
    """The outlet as readers name it: a known outlet's desk or paper suffix dropped, a sister
    brand mapped to its broadcaster ("MBN스타" -> "MBN", "엠빅뉴스" -> "MBC")."""
    if name in KNOWN:
        return name
    if name in SISTER_BRANDS:
        return SISTER_BRANDS[name]
    return _known_stem(name) or name


def _known_stem(name: str) -> str | None:
    """The known outlet before a desk or paper suffix ("SBS연예뉴스", "sbs 뉴스" -> "SBS")."""
    m = _DESK_SUFFIX.match(name)
    if m is None:
        return None
    stem = m["stem"]
    return stem if stem in KNOWN else stem.upper() if stem.upper() in KNOWN else None


_MASTHEAD_TRAILER = re.compile(r"\s*\((?:www\.)?[a-z0-9.\-]+\.(?:co\.kr|com|kr|net)\)\s*$", re.I)


def clean_outlet(name: str) -> str:
    """An outlet name without its web address or decoration ("중도일보(www.joongdo.co.kr)")."""
    n = _MASTHEAD_TRAILER.sub("", name).strip(" ,·-|&<>[]()")
    return re.sub(r"\s*&\s*[A-Za-z.\-]+\.(?:com|co\.kr|kr)$", "", n).strip()
