"""Korean-news word lists shared by the semantics modules (names, titles, particles).

Each list is knowledge about how Korean news writes people and roles, not about one site.
Lists are tuples (ordered where order matters) or frozensets; nothing here is mutable.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

# Surnames that cover well over 99% of Koreans. Very rare one-syllable surnames that are also
# frequent word starts (사, 부, 가, 시, 상, 동 ...) are left out on purpose: they would turn
# "사무 국장" or "부장 판사" into people far more often than they find a real name.
SURNAMES: tuple[str, ...] = (
    # two-syllable surnames first: they must win over their first syllable (남궁 before 남)
    *["남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방"],
    *[
        "김",
        "이",
        "박",
        "최",
        "정",
        "강",
        "조",
        "윤",
        "장",
        "임",
        "한",
        "오",
        "서",
        "신",
        "권",
        "황",
        "안",
        "송",
        "전",
        "홍",
        "유",
        "고",
        "문",
        "양",
        "손",
        "배",
        "백",
        "허",
        "남",
        "심",
        "노",
        "하",
        "곽",
        "성",
        "차",
        "주",
        "우",
        "구",
        "민",
        "류",
        "나",
        "진",
        "지",
        "엄",
        "채",
        "원",
        "천",
        "방",
        "공",
        "현",
        "함",
        "변",
        "염",
        "여",
        "추",
        "도",
        "소",
        "석",
        "선",
        "설",
        "마",
        "길",
        "연",
        "위",
        "표",
        "명",
        "기",
        "반",
        "라",
        "왕",
        "금",
        "옥",
        "육",
        "인",
        "맹",
        "제",
        "탁",
        "국",
        "어",
        "은",
        "봉",
        "예",
        "경",
    ],
)

# Josa (case markers, topic/focus particles) and the copula forms that follow a noun inside one
# written word. Longest first, so "에서는" is stripped before "는".
PARTICLES: tuple[str, ...] = tuple(
    sorted(
        [
            "은",
            "는",
            "이",
            "가",
            "을",
            "를",
            "의",
            "에",
            "와",
            "과",
            "도",
            "만",
            "로",
            "으로",
            "에서",
            "에게",
            "께",
            "께서",
            "한테",
            "까지",
            "부터",
            "처럼",
            "보다",
            "에서는",
            "에서도",
            "에게서",
            "으로는",
            "로는",
            "에는",
            "에도",
            "와의",
            "과의",
            "와는",
            "과는",
            "께서는",
            "이나",
            "나",
            "이며",
            "며",
            "이자",
            "이었다",
            "였다",
            "이다",
            "다",
            "이고",
            "이라고",
            "라고",
            "이라며",
            "라며",
            "이라는",
            "라는",
            "이란",
            "란",
            "이었고",
            "였고",
            "측은",
            "측도",
            "측이",
            "들은",
            "들이",
            "들도",
            "들의",
            "에서의",
            "으로부터",
            "로부터",
            "까지는",
            "부터는",
            "만은",
            "이야",
            "야",
            "이었으며",
            "였으며",
        ],
        key=len,
        reverse=True,
    )
)

# Titles and roles that follow a person's name ("강기정 광주시장", "서상우 한빛증권 연구원").
# A title word may carry a prefix inside the same written word (광주+시장, 도+의원,
# 안전정책+과장); the name in front of it is what makes the pair a person, so prefixes are free.
TITLE_WORDS: tuple[str, ...] = tuple(
    sorted(
        [
            "대통령",
            "총리",
            "국무총리",
            "장관",
            "차관",
            "처장",
            "청장",
            "실장",
            "국장",
            "과장",
            "팀장",
            "부장",
            "차장",
            "본부장",
            "센터장",
            "소장",
            "원장",
            "단장",
            "회장",
            "부회장",
            "사장",
            "부사장",
            "총장",
            "의장",
            "부의장",
            "위원장",
            "위원",
            "의원",
            "국회의원",
            "대표",
            "대표이사",
            "공동대표",
            "이사장",
            "이사",
            "관장",
            "학장",
            "교장",
            "교감",
            "교육감",
            "교수",
            "부교수",
            "조교수",
            "강사",
            "연구원",
            "연구위원",
            "선임연구원",
            "수석연구원",
            "박사",
            "시장",
            "부시장",
            "지사",
            "도지사",
            "부지사",
            "군수",
            "구청장",
            "동장",
            "이장",
            "면장",
            "읍장",
            "대변인",
            "원내대표",
            "원내대변인",
            "최고위원",
            "비대위원장",
            "사무총장",
            "사무국장",
            "정책위의장",
            "간사",
            "후보",
            "예비후보",
            "판사",
            "부장판사",
            "재판장",
            "검사",
            "부장검사",
            "검사장",
            "검찰총장",
            "변호사",
            "변호인",
            "경찰서장",
            "서장",
            "경감",
            "경위",
            "경정",
            "총경",
            "소방서장",
            "대사",
            "영사",
            "총영사",
            "특사",
            "비서관",
            "수석",
            "행정관",
            "보좌관",
            "주무관",
            "사무관",
            "서기관",
            "감독",
            "코치",
            "선수",
            "기자",
            "특파원",
            "앵커",
            "논설위원",
            "전문위원",
            "애널리스트",
            "이코노미스트",
            "최고경영자",  # "우융밍 알리바바 최고경영자(CEO)"
            "책임자",  # "선둬 바이두 AI 클라우드 사업부 책임자"
            "목사",
            "신부",
            "스님",
            "총무원장",
            "회계사",
            "세무사",
            "노무사",
            "의사",
            "약사",
            "간호사",
            "위원회위원장",
            "조직위원장",
            "집행위원장",
            "추진위원장",
            "대책위원장",
            "지회장",
            "지부장",
            "분회장",
            "노조위원장",
            "셰프",
            "작가",
            "시인",
            "소설가",
            "감사관",
            "조사관",
            "수사관",
        ],
        key=len,
        reverse=True,
    )
)

# Professions written in front of a name when no title follows ("명창 안숙희", "신인 공격수
# 한도윤"). Group words (주민, 학생, 시민) are left out: in front of a noun they are modifiers far
# more often ("학생 선택권", "시민 불편"); private people come with 씨 ("주민 김철수 씨").
PRE_NAME_ROLES: frozenset[str] = frozenset(
    [
        "명창",
        "가수",
        "배우",
        "감독",
        "작가",
        "시인",
        "소설가",
        "화가",
        "무용가",
        "연주자",
        "피아니스트",
        "지휘자",
        "방송인",
        "개그맨",
        "공격수",
        "수비수",
        "미드필더",
        "골키퍼",
        "투수",
        "타자",
        "포수",
        "내야수",
        "외야수",
        "선수",
        "주장",
        "변호사",
        "교수",
        "박사",
        "의사",
        "간호사",
        "약사",
        "목사",
        "신부",
        "스님",
    ]
)

_PARTICLE_SET = frozenset(PARTICLES)
_PARTICLE_LENGTHS = sorted({len(p) for p in PARTICLES}, reverse=True)
_TITLE_SET = frozenset(TITLE_WORDS)
_TITLE_LENGTHS = sorted({len(t) for t in TITLE_WORDS}, reverse=True)
HANGUL = "가-힣"
_ALL_HANGUL = re.compile(f"[{HANGUL}]+")


def strip_particle(word: str) -> tuple[str, str]:
    """Split one written word into (stem, particle); the particle is "" when none is found.

    The stem keeps at least one syllable, so a bare particle-looking word ("이") is kept.
    """
    for n in _PARTICLE_LENGTHS:  # a few set look-ups instead of one endswith per particle
        if len(word) > n and word[-n:] in _PARTICLE_SET:
            return word[:-n], word[-n:]
    return word, ""


def is_hangul(word: str) -> bool:
    return bool(_ALL_HANGUL.fullmatch(word))


def surname_of(word: str) -> str | None:
    """The surname a name-shaped word starts with (two-syllable surnames win), else None."""
    for s in SURNAMES:
        if word.startswith(s):
            return s
    return None


def title_of(stem: str) -> str | None:
    """The title word ``stem`` ends with (광주시장 → 시장), or None."""
    for n in _TITLE_LENGTHS:
        if len(stem) >= n and stem[-n:] in _TITLE_SET:
            return stem[-n:]
    return None


# Name-shaped words the generated list misses because Kiwi splits them (이들 = 이/NP + 들/XSN,
# 구단 = 구/NR + 단/NNG).
EXTRA_NAME_STOPWORDS = frozenset(
    [
        "이들",
        "그들",
        "이분",
        "이곳",
        "이것",
        "이쪽",
        "구단",
        "한국",
        "대한",
        "조선",
        "지난달",
        "지난해",
        "지난주",
        "이번달",
        "이번주",
        "어차피",
        "오히려",
        "이미",
        "이처럼",
        "이렇게",
        "그렇게",
        "어떻게",
        "이렇듯",
        "여전히",
        "우선",
        "유난히",
        "정작",
        "과연",
        "하필",
        "도대체",
    ]
)
# Syllables of transliterated foreign names (도널드, 제프리, 트럼프) that Korean given names
# do not use: a name-shaped word with one of them is not a Korean name.
FOREIGN_SYLLABLES = frozenset("드프르즈크트브스츠쯔퍼터커버튼슨든턴널럴셀첼엘델벨켈플클블쉬슈")


@cache
def name_stopwords() -> frozenset[str]:
    """Name-shaped common words (generated offline from Kiwi's dictionary, see SOURCES.md)."""
    text = resources.files("sinmun").joinpath("data", "name_stopwords.txt").read_text(encoding="utf-8")
    return frozenset(w for w in text.split("\n") if w and not w.startswith("#")) | EXTRA_NAME_STOPWORDS
