"""Organisations by the way Korean names them: a name ending in an institutional suffix
(…부, …청, …공사, …재단, …센터, …협회, …위원회 …), party names, companies marked ㈜/(주),
and an acronym written in brackets after one of these ("한국과학기술연구원(KIST)")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import strip_particle
from .regions import table
from .text import Paragraph, words_of

PARTIES: frozenset[str] = frozenset(
    [
        "더불어민주당",
        "국민의힘",
        "정의당",
        "조국혁신당",
        "개혁신당",
        "진보당",
        "기본소득당",
        "사회민주당",
        "새로운미래",
        "녹색정의당",
        "민주당",
        "자유한국당",
        "미래통합당",
        "바른미래당",
        "새누리당",
        "한나라당",
        "열린우리당",
        "통합진보당",
        "국민의당",
        "민생당",
        "민주평화당",
        "바른정당",
        "새정치민주연합",
        "자유선진당",
        "노동당",
        "녹색당",
        "우리공화당",
        "국민의미래",
        "더불어민주연합",
    ]
)
# Bodies whose name has no institutional suffix, and the National Assembly's committee
# abbreviations (교육위 = 교육위원회), which news uses as names.
KNOWN_ORGS: frozenset[str] = frozenset(
    [
        "국회",
        "청와대",
        "대통령실",
        "감사원",
        "국정원",
        "헌법재판소",
        "헌재",
        "금감원",
        "한전",
        "코레일",
        "교육위",
        "법사위",
        "행안위",
        "국토위",
        "예결위",
        "정무위",
        "기재위",
        "과방위",
        "복지위",
        "환노위",
        "산자위",
        "외통위",
        "국방위",
        "문체위",
        "농해수위",
        "여가위",
        "정보위",
        "운영위",
        "금융위",
        "공정위",
        "선관위",
        "방통위",
        "인권위",
        "원안위",
    ]
)
# Institutional suffixes with the shortest whole name they make (shorter words are common
# nouns: 공사 = construction, 요청 = request). Longest suffix first.
ORG_SUFFIXES: tuple[tuple[str, int], ...] = tuple(
    sorted(
        (
            ("노동조합", 5),
            ("조합", 4),
            ("위원회", 4),
            ("협의회", 4),
            ("연합회", 4),
            ("협회", 4),
            ("학회", 4),
            ("재단", 4),
            ("공단", 4),
            ("공사", 4),
            ("센터", 4),
            ("연구원", 5),
            ("연구소", 4),
            ("진흥원", 4),
            ("진흥회", 4),
            ("개발원", 4),
            ("평가원", 4),
            ("대학교", 4),
            ("병원", 4),
            ("의료원", 4),
            ("은행", 4),
            ("증권", 4),
            ("전자", 4),
            ("그룹", 3),
            ("엔터테인먼트", 7),  # agencies: "동요엔터테인먼트", "SM엔터테인먼트"
            ("홀딩스", 5),
            ("컴퍼니", 5),
            ("건설", 4),
            ("거래소", 4),
            ("회의소", 4),
            ("법원", 3),
            ("지법", 4),
            ("지검", 4),
            ("고법", 4),
            ("고검", 4),
            ("검찰청", 4),
            ("경찰청", 3),
            ("경찰서", 4),
            ("소방서", 4),
            ("본부", 4),
            ("교육청", 4),
            ("의회", 4),
            ("도당", 4),
            ("시당", 4),
            ("공제회", 4),
            ("박물관", 4),
            ("미술관", 4),
            ("청", 3),
            ("부", 3),
            ("처", 5),
        ),
        key=lambda x: len(x[0]),
        reverse=True,
    )
)
# Newsroom desks ("사진부 기자"): units of the paper, not of the story.
NEWSROOM_DESKS = (
    "사진부",
    "편집부",
    "취재부",
    "사회부",
    "정치부",
    "경제부",
    "국제부",
    "문화부",
    "체육부",
    "학생부",
)
# Common words that end in an institutional suffix but name no body.
_NOT_ORG_WORDS = (
    "요청 신청 초청 경청 재요청 재신청 청청 지도부 수뇌부 집행부 데이터센터 콜센터 고객센터 상담센터 "
    "물류센터 쇼핑센터 요양병원 대학병원 종합병원 상급병원 거점병원 전문병원 동물병원 한방병원 "
    "치과병원 지역병원 공공병원 시중은행 지방은행 인터넷은행 국책은행 중앙은행 저축은행 외국은행 "
    "소위원회 상임위원회 특별위원회 실무협의회 협동조합 노동조합 주택건설 도로건설 공공건설 "
    "대책본부 상황본부 수사본부 재난안전대책본부 가정부 판매처 연락처 거래처 사용처 공급처 종지부 재판부"
)
NOT_ORGS: frozenset[str] = frozenset(_NOT_ORG_WORDS.split()) | frozenset(NEWSROOM_DESKS)
# Endings that make a …부 / …청 word a direction, a city hall or the government in general
# (중남부, 서북부; 수원시청 is the city itself, kept as a region; 대정부, 지방정부), or a couple
# (신혼부부). A company marker belongs to the name it touches: "부품업체 ㈜한결정밀".
NOT_ORG_ENDINGS = ("남부", "북부", "동부", "서부", "중부", "시청", "도청", "군청", "구청", "정부", "부부")
# …공사 names a public corporation only with one of these ("한국도로공사", "서울교통공사");
# otherwise it is construction work ("재가설공사").
PUBLIC_CORP_WORDS = [
    "한국",
    "공항",
    "교통",
    "도시",
    "주택",
    "관광",
    "전력",
    "가스",
    "수자원",
    "도로",
    "토지",
    "농어촌",
    "환경",
    "시설",
    "개발",
    "철도",
    "항만",
    "석유",
    "광물",
    "조폐",
    "난방",
    "마사회",
    "방송",
]
# Sub-units that only name something after their parent: "전국교직원노동조합 경기지부",
# "더불어민주당 충남도당", "국회 교육위원회".
SUB_UNITS = ("지부", "지회", "분회", "도당", "시당", "본부", "위원회", "지청", "지사")
COMPANY_MARK = "㈜"
_COMPANY = re.compile(
    r"(?:㈜|\(주\))\s?(?P<a>[가-힣A-Za-z0-9&·]{2,20})|(?P<b>[가-힣A-Za-z0-9&·]{2,20})(?:㈜|\(주\))"
)
_ACRONYM = re.compile(r"^\(([A-Z][A-Za-z&]{1,9})\)")


@dataclass(frozen=True, slots=True)
class OrgMention:
    name: str
    start: int  # body offsets of the name as written
    end: int


_SUFFIX_MIN = dict(ORG_SUFFIXES)
_SUFFIX_LENGTHS = sorted({len(x) for x, _ in ORG_SUFFIXES}, reverse=True)
_ORG_CHARS = re.compile(r"[가-힣A-Za-z0-9·&]+")


def is_org_word(stem: str, known: frozenset[str] = frozenset()) -> bool:
    """Whether one particle-free written word names an organisation."""
    if stem in PARTIES or stem in KNOWN_ORGS or stem in known:
        return True
    suffix = next((stem[-n:] for n in _SUFFIX_LENGTHS if stem[-n:] in _SUFFIX_MIN), None)
    if suffix is None or len(stem) < _SUFFIX_MIN[suffix]:
        return False
    if stem in NOT_ORGS or stem.endswith(NOT_ORG_ENDINGS) or not _ORG_CHARS.fullmatch(stem):
        return False
    if stem in table().surfaces:
        return False  # 의정부, 서귀포: places whose names end like institutions
    return suffix != "공사" or any(w in stem for w in PUBLIC_CORP_WORDS)


def find_orgs(paras: list[Paragraph], regions: frozenset[str] = frozenset()) -> list[OrgMention]:
    """Organisation mentions in reading order, each as written at its longest: a sub-unit joins
    its parent ("전국교직원노동조합 경기지부", "국회 교육위원회") and a region written right
    before joins the name ("부산 강서경찰서"). ``regions`` are the body's written region words."""
    out: list[OrgMention] = []
    companies = _companies(paras)
    for p in paras:
        prev: OrgMention | None = None  # the organisation written just before, without particle
        prev_word: str | None = None
        prev_end = -2
        for w in words_of(p.text, p.start):
            text = w.text.strip(COMPANY_MARK)
            start = w.start + len(w.text) - len(w.text.lstrip(COMPANY_MARK))
            stem, particle = strip_particle(text)
            if not is_org_word(stem, companies) and is_org_word(text, companies):
                stem, particle = text, ""
            adjacent = prev_end + 1 == start
            if is_org_word(stem, companies) or (prev is not None and adjacent and stem.endswith(SUB_UNITS)):
                m = OrgMention(stem, start, start + len(stem))
                if adjacent and prev is not None and stem.endswith(SUB_UNITS):
                    if out and out[-1] is prev:
                        out.pop()  # the parent is part of this name, not a name of its own
                    m = OrgMention(f"{prev.name} {stem}", prev.start, m.end)
                elif adjacent and prev_word in regions:
                    m = OrgMention(f"{prev_word} {stem}", prev_end - len(prev_word or ""), m.end)
                out.append(m)
                acro = _ACRONYM.match(p.text[w.end - p.start :])
                if acro:
                    out.append(OrgMention(acro.group(1), w.end + 1, w.end + 1 + len(acro.group(1))))
                prev = m if not particle else None
            else:
                prev = None
            prev_word, prev_end = (text if not particle else None), start + len(text)
    return out


def _companies(paras: list[Paragraph]) -> frozenset[str]:
    """Names marked as companies anywhere in the body (㈜한결정밀, 대한(주))."""
    names = set()
    for p in paras:
        for m in _COMPANY.finditer(p.text):
            stem, _ = strip_particle(m.group("a") or m.group("b"))
            names.add(stem)
    return frozenset(names)


def org_names(mentions: list[OrgMention]) -> tuple[str, ...]:
    """Distinct names in order of first mention."""
    return tuple(dict.fromkeys(m.name for m in mentions))
