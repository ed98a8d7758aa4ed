"""Bylines: who wrote the article, for which outlet, and how to reach them.

Korean bylines come in a handful of shapes:

- a byline line: "홍길동 기자 hong@x.co.kr", "호남취재본부 송보현기자", "글 박희석 월간조선 기자",
  "도쿄/홍길동 특파원", "홍길동·김철수 기자", "신기섭 편집장";
- a wire header opening the first paragraph: "(서울=연합뉴스) 홍길동 기자 =",
  "[서울=뉴시스] 홍길동 기자 =", "[아시아경제 문소정 기자]", "(서울일보/배태식 기자)";
- a byline closing the last paragraph: "… 밝혔다. 강희만기자", "… /김홍민 기자";
- broadcast sign-offs and hand-overs: "KBS 뉴스 문예슬입니다.", "김경수 기자입니다.".

A reporter name is a Korean personal name: a common surname plus one to three syllables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..record import Reporter
from .press import is_outlet_name
from .text import strip_bullet

# Common Korean surnames (more than 99% of the population); two-syllable ones first.
SURNAMES_2 = ("남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방", "을지", "망절")
SURNAMES_1 = frozenset(
    "김이박최정강조윤장임한오서신권황안송류유홍전고문양손배백허남심노하곽성차주우구민원나진지엄채변염"
    "여추도소석선설마길연방위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감음빈동온"
    "호계범좌팽승간상갈시공묵화내천"
)
# Journalists' roles after a name. Longest first.
JOURNALIST_ROLES = (
    "선임기자",
    "전문기자",
    "객원기자",
    "수습기자",
    "인턴기자",
    "사진기자",
    "영상기자",
    "취재기자",
    "대기자",
    "특파원",
    "통신원",
    "기자",
    "앵커",
    "리포터",
)
# Roles that make a "name + role" line a byline only when the line is nothing else
# (columns, reports and magazines sign with these).
AUTHOR_ROLES = (
    "편집장",
    "논설위원",
    "논설실장",
    "주필",
    "칼럼니스트",
    "선임연구원",
    "책임연구원",
    "연구위원",
    "연구원",
    "에디터",
    "편집위원",
    "객원논설위원",
    "chief editor",
    "editor",
)
EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@(?:[A-Za-z0-9\-]+\.)+[A-Za-z]{2,}|[A-Za-z0-9._%+\-]{2,}@(?=\s|$|\))")
_NAME = r"(?:남궁|황보|제갈|선우|독고|사공|서문|동방)?[가-힣]{2,3}"
_JROLE = "|".join(JOURNALIST_ROLES)
# Desk and bureau words before a name: "호남취재본부", "사회부", "정치팀".
_DESK = re.compile(r"(?:취재본부|본부|취재팀|부|팀|지사|지국|총국|센터|데스크|특파원)$")
# Not names though they sit before "기자": roles and generic words.
_NOT_NAMES = frozenset(
    {
        "취재",
        "사진",
        "영상",
        "촬영",
        "수습",
        "담당",
        "전문",
        "객원",
        "편집",
        "인턴",
        "현장",
        "출입",
        "보도",
        "해당",
        "모든",
        "여러",
        "다른",
        "같은",
        "한",
        "두",
        "세",
        "각",
        "전",
        "현",
        "본사",
        "본지",
        "신문",
        "방송",
        "외신",
        "기자",
        "일선",
        "선배",
        "후배",
        "동료",
        "젊은",
        "여성",
        "남성",
        "주재",
        "경력",
        "신입",
        "고참",
        "원로",
        "중견",
        "기상",
        "정치",
        "경제",
        "사회",
        "문화",
        "국제",
        "스포츠",
        "연예",
        "기획",
        "특별",
        "명예",
        "시민",
        "학생",
        "이날",
        "이번",
        "당시",
        "지난",
        "최근",
        "우리",
        "저희",
        "이들",
        "그는",
        "그녀",
        "글",
        "사진기",
        # menu and widget words that start with a surname syllable ("정보", "지금", "이메일")
        *[
            "이메일",
            "이름",
            "이전",
            "이후",
            "이상",
            "이하",
            "이용",
            "이벤트",
            "정보",
            "정정",
            "정치",
            "정책",
            "지금",
            "지역",
            "지면",
            "전체",
            "전국",
            "전문",
            "전화",
        ],
        *[
            "최신",
            "최고",
            "공지",
            "공지사항",
            "공유",
            "문의",
            "사실은",
            "시리즈",
            "시간",
            "시청",
            "신청",
            "안내",
            "오늘",
            "온에어",
            "인기",
            "인기척",
            "인쇄",
        ],
        *[
            "예능",
            "연예",
            "연합",
            "편성표",
            "한국",
            "구독",
            "구독자",
            "구독하기",
            "연락처",
            "온라인",
            "기사",
            "기사원문",
            "성별",
            "방송",
            "배너",
            "선택",
            "설정",
            "소개",
            "조회",
            "주소",
            "주요",
        ],
        *[
            "고객",
            "고객센터",
            "남북",
            "세계",
            "국내",
            "해외",
            "전문가",
            "관계자",
            "도움",
            "사용",
            "이슈",
            "오피니언",
            "기획",
            "연재",
            "제보",
            "모바일",
        ],
    }
)


_ALL_HANGUL = re.compile(r"[가-힣]+")


def is_person_name(token: str) -> bool:
    """A plausible Korean personal name (2–4 syllables, common surname)."""
    if not 2 <= len(token) <= 4 or token in _NOT_NAMES or not _ALL_HANGUL.fullmatch(token):
        return False
    if token[:2] in SURNAMES_2:
        return len(token) >= 3
    return token[0] in SURNAMES_1 and len(token) <= 4


@dataclass(frozen=True, slots=True)
class Byline:
    """What a byline says: the people, the outlet, and how much of the line it covers."""

    reporters: tuple[Reporter, ...]
    press: str | None = None
    end: int = 0  # for a wire header: where the article text starts after it


_CREDIT = re.compile(
    r"^(?:촬영기자|영상취재|영상편집|영상\s*편집|촬영|편집|그래픽|CG|카메라|오디오|구성|연출|취재지원|사진|영상)"
    r"\s*[:：]\s*\S*"
)


# A broadcast piece's credits on one line, each part "role : who":
# "( 취재 : 한지연 / 영상편집 : 변지영 / 제작 : D뉴스플랫폼부 )", "[영상취재: 김철수 / 편집: 이영희]".
CREDITS_LINE_MAX_CHARS = 120
_CREDIT_PART = re.compile(
    r"\s*(?P<role>[가-힣A-Za-z]{1,6}(?:\s?[가-힣]{1,4})?)\s*[:：]\s*(?P<who>[^:：/|]{1,30}?)\s*"
)
# Parts are split by "/" or "|", or by a comma before the next "role :".
_CREDIT_SEP = re.compile(r"[/|]|,(?=\s*[가-힣A-Za-z]{1,6}(?:\s?[가-힣]{1,4})?\s*[:：])")
# Roles of a credits line: the crew, the makers, and the reporter ("취재") whose story it is.
_CREDIT_ROLES = frozenset(
    {
        "취재",
        "취재기자",
        "기자",
        "글",
        "리포터",
        "촬영기자",
        "영상취재",
        "영상편집",
        "영상 편집",
        "촬영",
        "편집",
        "그래픽",
        "CG",
        "카메라",
        "오디오",
        "구성",
        "연출",
        "취재지원",
        "사진",
        "영상",
        "제작",
        "화면제공",
        "자료제공",
        "영상제공",
        "자료",
        "출처",
        "디자인",
        "작가",
        "내레이션",
        "인턴기자",
        "프로듀서",
        "PD",
        "진행",
    }
)
# Of those, the roles that name the story's reporter rather than its crew.
_REPORTING_ROLES = frozenset({"취재", "취재기자", "기자", "글", "리포터", "인턴기자"})


def _credit_parts(text: str) -> list[tuple[str, str]] | None:
    """The ("role", "who") parts of a credits line, or ``None`` when the line is something else."""
    t = strip_bullet(text).strip()
    if len(t) > CREDITS_LINE_MAX_CHARS:
        return None
    if t[:1] in "([【" and t[-1:] in ")]】":
        t = t[1:-1]
    parts = []
    for chunk in _CREDIT_SEP.split(t):
        m = _CREDIT_PART.fullmatch(chunk)
        if m is None or m["role"] not in _CREDIT_ROLES:
            return None
        parts.append((m["role"], m["who"]))
    return parts


def is_crew_credit(text: str) -> bool:
    """Broadcast crew credits ("촬영기자 : 윤지원", "영상편집: 김철수", "( 취재 : 한지연 / 영상편집 :
    변지영 )") — meta; only the "취재" part names a reporter (``credited_reporters``)."""
    if ":" not in text and "：" not in text:
        return False  # every credit has its "role :"
    t = strip_bullet(text)
    return (bool(_CREDIT.match(t)) and len(t) <= 60) or bool(_credit_parts(t))


def credited_reporters(text: str) -> tuple[Reporter, ...]:
    """The reporters a credits line names: "( 취재 : 한지연 / 영상편집 : 변지영 )" -> 한지연."""
    out = []
    for role, who in _credit_parts(text) or ():
        if role in _REPORTING_ROLES:
            for tok in re.split(r"[\s,·ㆍ]+", who):
                name, r = _split_role(tok)
                if is_person_name(name):
                    out.append(Reporter(name, None, r or "기자"))
    return tuple(out)


_ROLE_ONLY = re.compile(r"^(?:" + _JROLE + r"|담당\s*기자|글|사진)\s*[:：]?$")


def is_role_only(text: str) -> bool:
    """A lone "취재기자" / "기자" label line (the name follows on the next line)."""
    return bool(_ROLE_ONLY.match(strip_bullet(text)))


def is_email_only(text: str) -> bool:
    if "@" not in text:
        return False
    t = strip_bullet(text).strip(" ()<>[]/|")
    m = EMAIL.fullmatch(t)
    return m is not None


BYLINE_MAX_CHARS = 90
MAX_BYLINE_TOKENS = 9
DESK_MAX_CHARS = 8
_PLACE = re.compile(r"[가-힣]{1,4}")
_PLACE_TOKEN = re.compile(r"[가-힣]{1,8}")
_ISSUE_NO = re.compile(r"^\[?\d{1,4}호\]?$")


_ROLE_SUFFIX = re.compile(
    r"^(?P<stem>.*?)(?P<role>"
    + "|".join(r for r in JOURNALIST_ROLES + AUTHOR_ROLES if not r.isascii())
    + r")$"
)
# Cheap test before the full parse: a byline names a role or gives an e-mail.
_BYLINE_HINT = re.compile("@|editor|" + "|".join(JOURNALIST_ROLES + AUTHOR_ROLES), re.I)


def _split_role(tok: str) -> tuple[str, str | None]:
    """'송보현기자' -> ('송보현', '기자'); '기자' -> ('', '기자')."""
    m = _ROLE_SUFFIX.match(tok)
    if m is None:
        return tok, None
    if m["role"] == "전문기자" and 1 <= len(m["stem"]) <= 4 and not is_person_name(m["stem"]):
        return "", m["role"]  # "의학전문기자": the beat, then the role
    return m["stem"], m["role"]


# Tokens of a byline and the separator after each ("예산=", "원주/", "김동진·").
_TOKEN = re.compile(r"([^\s/=·ㆍ,()\[\]<>|]+)\s*([/=]?)\s*")
# A regional reporter covering two towns: "순천, 광양 구현모 기자".
_TWO_PLACES = re.compile(r"\s*[가-힣]{1,4}\s*,\s*[가-힣]{1,4}\s")
# A reporter photo's alt text flattened before the name: "기자이미지 임소정", "기자 사진 홍길동".
_PHOTO_ALT = re.compile(r"^기자\s*(?:이미지|사진|프로필(?:\s*사진)?)\s+(?=\S)")
# An e-mail handle printed without its domain ("김능현기자 nhkimchn").
_HANDLE = re.compile(r"[A-Za-z][A-Za-z0-9._\-]{2,29}")
# Words that open a byline before its names: "글", "사진", "취재", "글·사진".
_LEADS = frozenset({"글", "사진", "취재", "글·사진", "사진·글", "그래픽", "영상", "by", "By", "BY"})
# Buttons printed inside byline boxes ("한지연 기자 Seoul 이메일 보내기", "다른 기사 보기").
# "박준석 기자 외 1명": the byline lists only the first of several authors.
_OTHERS = re.compile(r"외|\d{1,2}명|외\d{1,2}명")
_SENTENCE_ENDS = ("다", "다.", "요", "요.")  # a sentence ("… 함께 했습니다."), not a byline
_PUNCTUATION = re.compile(r"[:：;.\-–—~|]+")
# A label before the name in a byline box: "기자명 홍길동 기자" (a common news CMS), "작성자 : …".
_NAME_LABEL = re.compile(r"^(?:기자명|기자\s*이름|작성자|글쓴이|필자)\s*[:：]?\s*(?=\S)")
# The link to the reporter's other stories closing a byline box: "홍길동 기자의 다른 기사 보기",
# "홍길동 기자 hong@x.kr 다른기사 보기", "기사 더보기 >".
_MORE_BY = re.compile(
    r"의?\s*(?:다른\s*기사|기사\s*(?:더|모아)\s*보기|최신\s*기사|기사\s*목록)(?:\s*(?:더\s*)?보기)?\s*[>▶›»+]?\s*$"
)
_BYLINE_UI = frozenset(
    {
        "이메일",
        "메일",
        "보내기",
        "기사",
        "보기",
        "구독",
        "구독하기",
        "댓글",  # "홍길동 기자  승인 2024.03.15 10:21  댓글 0"
        "조회",
        "조회수",
        "posted",
        "Posted",
        "on",
        "다른",
        "더보기",
        "프로필",
        ">",
        "▶",
        "▷",
        "►",
        "✉",
    }
)


def byline_line(text: str) -> Byline | None:
    """The byline of a line that is *only* a byline (plus dates, e-mail, desk, outlet).

    Handles "홍길동 기자 hong@x.kr", "호남취재본부 송보현기자", "예산=강명구 기자",
    "원주/박성준 kwwin@kado.net", "[신찬옥 기자 / 이영욱 기자]", "김능현기자 nhkimchn",
    "글/신창윤기자 a@b.com · 사진/강승호기자 c@d.com", "신기섭 편집장", "오병상 Chief editor".
    """
    from .dates import find_dates, rest_after_dates  # dates imports nothing from here

    t = strip_bullet(text)
    if len(t) > BYLINE_MAX_CHARS or not t or t.endswith(_SENTENCE_ENDS) or not _BYLINE_HINT.search(t):
        return None
    alt = _PHOTO_ALT.match(t) or _NAME_LABEL.match(t)
    if alt:
        t = t[alt.end() :]
    t = _MORE_BY.sub("", t)
    emails = EMAIL.findall(t)
    t = EMAIL.sub(" ", t)
    hits = find_dates(t)
    if hits:
        t = rest_after_dates(t, hits)
    t = re.sub(r"(?i)chief editor|editor", lambda m: " " + m.group(0).lower().replace(" ", "_") + " ", t)
    tokens = [(m[1], m[2]) for m in _TOKEN.finditer(t) if not _ISSUE_NO.match(m[1])]
    if not tokens or len(tokens) > MAX_BYLINE_TOKENS:
        return None
    names: list[str] = []
    role: str | None = None
    press: str | None = None
    last_role_at = last_name_at = -1
    places = 0
    max_places = 2 if _TWO_PLACES.match(t) else 1
    for i, (tok, sep) in enumerate(tokens):
        nxt = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        if tok in ("chief_editor", "editor"):
            role, last_role_at = tok.replace("_", " "), i
            continue
        stem, r = _split_role(tok)
        if r and (not stem or is_person_name(stem)):
            role = role or r
            last_role_at = i
            if stem:
                names.append(stem)
                last_name_at = i
        elif (
            tok in _BYLINE_UI
            or _OTHERS.fullmatch(tok)
            or tok.isdigit()
            or (hits and _PUNCTUATION.fullmatch(tok))
        ):
            continue  # buttons and counters of the byline box, the colon a removed "입력 :" left

        elif (
            sep
            and nxt
            and (tok in _LEADS or (_PLACE_TOKEN.fullmatch(tok) and is_person_name(_split_role(nxt)[0])))
        ):
            continue  # "예산=", "원주/", "글/": a dateline place or lead word before the name
        elif tok in _LEADS:
            continue
        elif is_outlet_name(tok) and press is None:
            press = tok
        elif (
            not names
            and nxt
            and places < max_places
            and _is_place(tok)
            and is_person_name(_split_role(nxt)[0])
        ):
            places += 1  # a town shaped like a name before the name: "부산 홍길동 기자"
        elif is_person_name(tok):
            names.append(tok)
            last_name_at = i
        elif names and role and _HANDLE.fullmatch(tok) and not emails and not tok[0].isupper():
            emails.append(tok)  # the e-mail's local part, printed without its domain
        elif tok.isascii() and tok[:1].isupper() and names:
            continue  # a bureau city in English: "Seoul"
        elif _DESK.search(tok) and len(tok) <= DESK_MAX_CHARS:
            continue  # desk: "호남취재본부", "사회부"
        elif _PLACE.fullmatch(tok) and not names and places < max_places:
            places += 1  # one place before the name: "보령 이종익 기자"
        else:
            return None
    if role is not None and last_name_at > last_role_at:
        return None  # a name after the role: "기자 정보" is a button, not a byline
    if alt and role is None:
        role = "기자"  # the photo's alt text names the role
    if not names or (role is None and not emails):
        return None  # "홍길동" alone is decided by position, not here
    if (role in AUTHOR_ROLES or role in ("chief editor", "editor")) and len(set(names)) != 1:
        return None
    unique = list(dict.fromkeys(names))
    mails = emails + [None] * len(unique)
    return Byline(tuple(Reporter(n, mails[i], role) for i, n in enumerate(unique)), press)


# Opening wire headers. "(서울=연합뉴스) 홍길동 기자 =", "[서울=뉴시스] 홍길동 기자 =",
# "(세종=연합뉴스) 이세원 이대희 기자 =" (several names, with or without separators),
# "【서울=뉴시스】", then optional names and role, then "=" before the story.
_WIRE = re.compile(
    r"^\s*[(\[【]\s*(?P<place>[가-힣A-Za-z .]{1,12}?)\s*=\s*(?:[A-Za-z]{2,8}\s*[/=]\s*)?"  # "AP/뉴시스"
    r"(?P<press>[가-힣A-Za-z0-9 ]{2,14}?)\s*[)\]】]\s*"
    r"(?:(?P<names>"
    + _NAME
    + r"(?:(?:\s*[·ㆍ,]\s*|\s+)"
    + _NAME
    + r")*)\s*(?P<role>"
    + _JROLE
    + r")\s*)?=?\s*"
)
# Bracketed bylines: "[아시아경제 문소정 기자]", "[경기뉴스탑(수원)=장동근 기자]",
# "(서울일보/배태식 기자)", "[한국방송/이용진기자]", "[금요저널]".
_BRACKET = re.compile(
    r"^\s*(?:\[(?P<sq>[^\[\]]{2,40}?)\]|\((?P<par>[^()]{2,40}?)\)|【(?P<lb>[^【】]{2,40}?)】)\s*"
)


# After a bracketed outlet, the byline of a wire-style opening: "[인사이트] 김철수 기자 = …",
# "[인사이트] 디지털뉴스팀 = …" (a desk, no person named).
_AFTER_OUTLET = re.compile(
    r"\s*(?:(?P<names>" + _NAME + r"(?:\s*[·ㆍ,]\s*" + _NAME + r")*)\s*(?P<role>" + _JROLE + r")"
    r"|(?P<desk>[가-힣A-Za-z]{1,10}(?:팀|부|데스크)))\s*=\s*"
)
_BRACKETED_OUTLET = re.compile(r"[가-힣A-Za-z0-9]{2,12}")
# Bracketed tags that open headlines and paragraphs; never an outlet.
_TAGS = frozenset(
    {"속보", "단독", "종합", "포토", "영상", "인터뷰", "르포", "사설", "칼럼", "기고", "특집", "기획", "현장"}
)


def wire_header(text: str) -> Byline | None:
    """The byline that opens a paragraph, and where the story text starts after it."""
    m = _WIRE.match(text)
    if m and _wire_outlet(m["press"].strip(), m["place"].strip()):
        reps = ()
        if m["names"]:
            names = re.split(r"[\s·ㆍ,]+", m["names"])  # "이세원 이대희 민경락 기자 ="
            role = m["role"]
            if len(names) > 1 and names[-1] + role in JOURNALIST_ROLES:
                role = names.pop() + role  # "홍길동 선임기자": "선임" is the role's, no name
            reps = tuple(Reporter(n, None, role) for n in names if is_person_name(n))
        return Byline(reps, m["press"].strip(), m.end())
    m = _BRACKET.match(text)
    if not m:
        return None
    inner = m["sq"] or m["par"] or m["lb"] or ""
    inner_clean = re.sub(r"\([^()]{1,10}\)", " ", inner)  # "경기뉴스탑(수원)" -> "경기뉴스탑 "
    left, eq, right = inner_clean.partition("=")
    if eq:
        # "[OSEN=선미경 기자]", "[서울=홍길동 기자]": before "=" stands the outlet or the
        # dateline's place, never a name. An outlet the lists do not know is not claimed as
        # the press: on a syndicated page the host names itself elsewhere.
        bl = byline_line(right)
        if bl is not None and bl.reporters:
            # "파이낸셜뉴스 서울=홍길동 기자": the outlet, then the dateline's place
            press = next((w for w in [left.strip(), *left.split()] if is_outlet_name(w)), None)
            return Byline(bl.reporters, press or bl.press, m.end())
    # words split at "=", "/" and the pipes outlets print ("[더팩트ㅣ홍길동 기자]")
    parts = [p for p in re.split(r"\s*[=/|ㅣ]\s*|\s+", inner_clean.strip()) if p]
    press = next((p for p in parts if is_outlet_name(p)), None)
    inner_bl = byline_line(" ".join(p for p in parts if p != press))
    if inner_bl is not None and inner_bl.reporters:
        return Byline(inner_bl.reporters, press or inner_bl.press, m.end())
    if press and len(parts) == 1:
        return Byline((), press, m.end())
    if len(parts) >= 3 and _unknown_outlet(parts[0]):
        # "[스포츠조선 홍길동 기자]", "[아이뉴스24 …]": an outlet the lists do not know before
        # the byline; its people count, its name is left to the page's notice
        rest = byline_line(" ".join(parts[1:]))
        if rest is not None and rest.reporters:
            return Byline(rest.reporters, rest.press, m.end())
    return _outlet_then_byline(inner.strip(), text, m.end())


def _wire_outlet(name: str, place: str) -> bool:
    """The outlet of "(서울=뉴스와이어)": a known or outlet-shaped name, or any one word after a
    place that is no person's name ("(서울=홍길동)" names the reporter, "(사진=청주시청)" the
    photo's source)."""
    if is_outlet_name(name):
        return True
    return _unknown_outlet(name) and not is_person_name(name) and place not in _CREDIT_WORDS


_CREDIT_WORDS = frozenset({"사진", "자료", "그래픽", "제공", "출처", "영상", "이미지", "글", "편집", "정리"})


def _unknown_outlet(word: str) -> bool:
    return bool(_BRACKETED_OUTLET.fullmatch(word)) and word not in _TAGS and not _is_place(word)


def _is_place(name: str) -> bool:
    """A town or city ("[부산] 김철수 기자 ="): a dateline, not an outlet."""
    from ..weather import registry  # the station names cover every city and county

    return registry().knows(name)


def _outlet_then_byline(inner: str, text: str, at: int) -> Byline | None:
    """ "[인사이트] 김철수 기자 = …": the bracket holds the outlet, even one the lists do not
    know, when a wire-style byline (names and role, or a desk, then "=") follows it."""
    after = _AFTER_OUTLET.match(text, at)
    if after is None or not _unknown_outlet(inner):
        return None
    if after["desk"]:
        return Byline((), inner, after.end())
    names = [n for n in re.split(r"[\s·ㆍ,]+", after["names"]) if is_person_name(n)]
    if not names:
        return None
    return Byline(tuple(Reporter(n, None, after["role"]) for n in names), inner, after.end())


# The reporter's name, then the credit of the story's photos: "백아영 / 화면캡처 MBC",
# "박노준 / 사진출처 비비 인스타그램", "백승훈 / 사진제공 쿠팡플레이" (entertainment desks).
_NAME_THEN_CREDIT = re.compile(
    r"^(?P<name>"
    + _NAME
    + r")\s*/\s*(?:사진|화면\s*캡[처쳐]|영상|자료)\s*(?:출처|제공)?\s*[=:]?\s*\S.{0,40}$"
)


def name_then_credit(text: str) -> Reporter | None:
    """The reporter of a "NAME / 사진제공 …" sign-off line."""
    if "/" not in text:
        return None
    m = _NAME_THEN_CREDIT.match(strip_bullet(text))
    if m is None or not is_person_name(m["name"]) or _DESK.search(m["name"]) or _is_place(m["name"]):
        return None  # "정치부 / 사진제공 …", "서울시 / 사진 …": a desk or a town credits itself
    return Reporter(m["name"], None, "기자")


def bare_name(text: str) -> str | None:
    """A line that is only a person's name ("  • 주현태"): a byline when it sits by the dateline."""
    t = strip_bullet(text)
    return t if is_person_name(t) else None
