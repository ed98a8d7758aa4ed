"""Site furniture: the buttons, links and widget labels every Korean news page carries.

Matching is on a line's *key*: bullets stripped, whitespace collapsed, Latin lower-cased.
Exact keys catch whole-line buttons ("공유하기", "글자 크게"); patterns catch the
variants with counts or prefixes ("댓글 0", "이 기사는 0번 공유됐고 …").
"""

from __future__ import annotations

import re

from .text import strip_bullet

_SPACES = re.compile(r"\s+")


def key(text: str) -> str:
    """Canonical form of a line for word-list lookups."""
    return " ".join(strip_bullet(text).split()).lower()


def _keys(*words: str) -> frozenset[str]:
    return frozenset(_SPACES.sub(" ", w).strip().lower() for w in words)


# Share, print, font and scrap buttons around the article ("기사 공유 및 설정").
SHARE_PRINT = _keys(
    "공유",
    "공유하기",
    "기사 공유",
    "기사공유",
    "해당된 기사를 공유합니다",
    "이 기사를 공유합니다",
    "기사 공유 및 설정",
    "sns 공유",
    "다른 공유 찾기",
    "공유 더보기",
    "페이스북",
    "트위터",
    "엑스",
    "카카오톡",
    "카카오스토리",
    "밴드",
    "네이버 블로그",
    "네이버블로그",
    "라인",
    "텔레그램",
    "링크복사",
    "링크 복사",
    "url복사",
    "url 복사",
    "주소복사",
    "주소 복사",
    "주소복사가 완료되었습니다",
    "스크랩",
    "북마크",
    "저장",
    "프린트",
    "프린트하기",
    "인쇄",
    "인쇄하기",
    "출력하기",
    "기사 출력",
    "기사 인쇄",
    "글자 크게",
    "글자 작게",
    "글자크기",
    "글자 크기",
    "글자크기설정",
    "글자 크기 설정",
    "글씨 크기 조절",
    "글씨크게",
    "글씨작게",
    "글씨크게 글씨작게 인쇄하기",
    "가 가",
    "가",
    "가가",
    "폰트",
    "본문 글씨 키우기",
    "본문 글씨 줄이기",
    "닫기",
    "좋아요",
    "추천",
    "추천하기",
    "기사목록",
    "기사 목록",
    "목록",
    "목록보기",
    "이전",
    "다음",
    "이전기사",
    "다음기사",
    "위로",
    "아래로",
    "top",
    "맨위로",
    "맨 위로",
    "크게 작게 위로 아래로 인쇄 수정 삭제",
    "facebook",
    "twitter",
    "kakao",
    "print",
    "share",
    "url",
    "구독",
    "구독하기",
    "기자 구독",
    "기자구독",
    "구독신청",
)
# Comment widgets.
COMMENTS = _keys(
    "댓글",
    "댓글쓰기",
    "댓글 쓰기",
    "댓글보기",
    "댓글 보기",
    "댓글 폰트",
    "여러분의 의견을 남겨주세요",
    "댓글 첫 댓글을 작성해보세요",
    "첫 댓글을 작성해보세요",
    "댓글을 입력해주세요",
    "로그인 후 댓글",
    "의견쓰기",
    "comments",
)
# Skip links, menus and page chrome.
NAVIGATION = _keys(
    "본문 바로가기",
    "본문바로가기",
    "메뉴 건너뛰기",
    "바로가기 메뉴",
    "메인메뉴 바로가기",
    "주메뉴 바로가기",
    "컨텐츠 바로가기",
    "콘텐츠 바로가기",
    "메뉴",
    "전체메뉴",
    "전체 메뉴",
    "검색",
    "검색/메뉴",
    "뒤로가기",
    "로그인",
    "로그아웃",
    "회원가입",
    "마이페이지",
    "홈",
    "home",
    "전체기사",
    "전체 기사",
    "지면보기",
    "지면 보기",
    "pdf보기",
    "뉴스홈",
    "광고",
    "[광고]",
    "(광고)",
    "<광고>",
    "ad",
    "advertisement",
    "sponsored",
    "배너",
    "광고삭제",
    "광고 삭제",
    "sitemap",
    "사이트맵",
    "통합검색",
    "통합 검색",
    "이동: 둘러보기, 검색",
    "단축키",
    "no attached image",
)
# Headers of lists that follow or surround the article (what comes after is not the story).
LIST_HEADERS = _keys(
    "많이 본 뉴스",
    "많이본뉴스",
    "언론사별 가장 많이 본 뉴스",
    "많이 본 기사",
    "많이본기사",
    "인기기사",
    "인기 기사",
    "인기뉴스",
    "최근기사",
    "최근 기사",
    "최신기사",
    "최신 기사",
    "관련기사",
    "관련 기사",
    "관련뉴스",
    "관련 뉴스",
    "추천기사",
    "추천 기사",
    "주요뉴스",
    "주요 뉴스",
    "주요기사",
    "이 시각 주요뉴스",
    "실시간 뉴스",
    "실시간뉴스",
    "오늘의 뉴스",
    "핫이슈",
    "랭킹뉴스",
    "랭킹 뉴스",
    "포토뉴스",
    "이슈 포토",
    "많이 읽은 기사",
    "에디터 추천",
    "이 기사와 함께 많이 본 뉴스",
    "기자의 다른 기사",
    "기자별 뉴스보기",
    "검색결과",
    "최근검색어",
    "실시간 주요뉴스",
    "이 기사 어때요?",
    "최근 검색어",
    "편집국 기자의 기사",
)
# Section names printed as a lone label above the headline ("사회", "1. 정치").
SECTIONS = _keys(
    "정치",
    "경제",
    "사회",
    "국제",
    "세계",
    "문화",
    "스포츠",
    "연예",
    "오피니언",
    "사설",
    "칼럼",
    "전국",
    "지역",
    "산업",
    "it",
    "it·과학",
    "과학",
    "생활",
    "라이프",
    "포토",
    "영상",
    "건강",
    "교육",
    "날씨",
    "부동산",
    "증권",
    "금융",
    "북한",
    "사람들",
    "인물",
    "피플",
    "기획",
    "특집",
    "연재",
    "issue",
    "news",
    "뉴스",
    "속보",
    "단독",
    "포럼뉴스",
    "feature-top",
    "newsroom exclusive",
    "에디터",
    "문화·연예",
)
# Links to the site's other editions.
MOBILE_SWITCH = _keys(
    "모바일 버전으로 보기", "모바일버전", "모바일 버전", "pc버전", "pc 버전", "pc버전으로 보기"
)

# One contact of a tip-off box: a channel, then its number or address up to the next space.
_CONTACT = r"(?:전화|이메일|메일|카카오톡|카톡|문자|홈페이지|팩스)\s*[:：]?\s*[^\s▷▶►■□]{3,40}(?:\s+|$)"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "댓글 0", "댓글 14", "공유 3"
    ("comment-count", re.compile(r"^(?:댓글|공유|좋아요|추천|조회|조회수)\s*\d[\d,]*\s*(?:개|건|회)?$")),
    ("comment-count", re.compile(r"^이 기사는 \d+번 공유됐고 \d+개의 댓글이 있습니다\.?$")),
    # board chrome: "조회 수 1913", "Prev이전 문서"
    ("board-chrome", re.compile(r"^(?:조회\s*수?|추천\s*수?|조회)\s*[:：]?\s*\d[\d,]*$")),
    ("board-chrome", re.compile(r"^(?:prev|next)?\s*(?:이전|다음)\s*(?:문서|글|기사)$", re.I)),
    # breadcrumbs: "홈 > 뉴스 > 에디터", "HOME  >  포토_영상  >  포토"
    (
        "breadcrumb",
        re.compile(
            r"^(?:(?:홈|home|>)[^>]{0,20}>|[^<>]{0,20}>[^<>]{0,20}>)[^<]{0,60}$|^[^<>\s]{1,8}\s*>\s*[^<>\s]{1,8}$"
        ),
    ),
    # link texts: "MTN전문가방송로 이동", "본문으로 이동"; menu headings: "MTN 사이트 메뉴",
    # "분야별 메뉴 리스트" ("청와대 만찬 메뉴" is a headline: only these two shapes)
    (
        "navigation",
        re.compile(r"^[^\s.]{1,20}(?:으로|로)\s*이동$|^(?:\S+\s*)?사이트\s*메뉴$|^.{1,16}메뉴\s*리스트$"),
    ),
    # a bare number (counter) or bare punctuation
    ("counter", re.compile(r"^[\d,.:/\s|?!\-–—]+$")),
    # a URL on its own, or a "▶ 기사 원문 : http…" style pointer
    ("link", re.compile(r"^(?:[▶▷►■□※\[]?\s*[가-힣 ]{0,12}\s*[:：]?\s*)?https?://\S+$")),
    ("hashtags", re.compile(r"^(?:#[^\s#]{1,30}\s*){2,}$")),
    # font-size buttons flattened: "가 가 가 가 가"
    ("share-print-button", re.compile(r"^(?:가\s*){2,6}$")),
    # portal furniture (Naver-hosted articles): "해당 언론사가 주요기사로 / 선정한 기사입니다."
    (
        "portal-notice",
        re.compile(
            r"^(?:해당\s*)?언론사가\s*(?:주요\s*기사로|직접\s*선정)|^(?:직접\s*)?선정한 기사입니다|^언론사별 바로가기"
            r"|^언론사\s*편집판\s*바로가기"
            # the portal's read-aloud player: "이동 통신망을 이용하여 음성을 재생하면 … 부과될 수 있습니다."
            r"|^이동\s*통신망을\s*이용하여\s*음성을\s*재생하면"
            # its buttons: "텍스트 음성 변환 서비스 사용하기", "본문 듣기", "기사 읽어주기"
            r"|^텍스트\s*음성\s*변환\s*서비스\s*사용하기$|^(?:본문|기사)\s*(?:듣기|읽어\s*주기)$|^음성으로\s*듣기$"
            # recommendation and ranking boxes: "AiRS추천으로 구성된 뉴스를 제공합니다.",
            # "오후 11시~오전 12시까지 집계한 결과입니다."
            r"|^airs\s*추천으로\s*구성된|^.{0,24}까지\s*집계한\s*결과입니다\.?$"
        ),
    ),
    # "no video support" fallbacks and browser-upgrade notices, printed where the player or page
    # should be; each phrase addresses the reader, so a news sentence about browsers won't match.
    (
        "browser-notice",
        re.compile(
            r"^.{0,30}브라우저(?:가|는|에서)\s*(?:video|audio|비디오|오디오|동영상|html5)\s*(?:태그|재생)?[를을]?\s*"
            r"지원하지\s*않|^.{0,30}다른\s*브라우저를\s*(?:사용|이용)(?:하여|해)\s*주|^.{0,40}최신\s*브라우저에\s*최적화"
            r"|^.{0,30}브라우저\s*(?:업그레이드|업데이트)\s*(?:\(설치\)\s*)?(?:및\s*설치|해\s*주(?:시기|세요)|하시기)"
            r"|^현재\s*(?:사용\s*중인\s*)?브라우저.{0,20}(?:원할|원활)하지\s*않"
        ),
    ),
    # Google's "add as a preferred source" button: "한국일보를 선호 출처로 추가"
    ("promo", re.compile(r"^.{1,20}(?:을|를)\s*(?:구글\s*)?선호\s*출처로\s*추가")),
    # tip-off and subscription promos
    ("tip-off", re.compile(r"^(?:※\s*)?['‘\"“]?당신의 제보가 뉴스가 됩니다")),
    ("tip-off", re.compile(r"^[\[(]\s*(?:카카오톡|전화|메일|이메일|홈페이지|유튜브|제보)\s*[\])]")),
    (
        "tip-off",
        re.compile(
            r"^(?:기사 원문|제보 안내|제보하기|기사 제보|유튜브 채널 구독|.{0,12}채널 구독"
            r"|.{0,12}(?:기사\s*문의\s*및\s*)?제보)\s*[:：]"  # "연합뉴스TV 기사문의 및 제보 : …"
        ),
    ),
    ("tip-off", re.compile(r"^.{0,30}(?:제보는 카카오톡|제보하기|뉴스 제보|기사제보|기사 제보).{0,30}$")),
    # machine summaries over the article: "뉴스 요약쏙", "AI 요약", and their notice ("AI 요약은
    # OpenAI의 최신 기술을 활용해 … 제공합니다. 전체 맥락을 이해하려면 기사 본문을 …")
    (
        "ai-summary",
        re.compile(r"^(?:ai\s*)?(?:뉴스\s*|기사\s*|본문\s*)?(?:요약|요약쏙|요약봇|요약\s*보기)$|^ai\s*요약$"),
    ),
    (
        "ai-summary",
        re.compile(r"^(?:이\s*기사의\s*)?ai\s*요약(?:은|은\s*|\s*서비스는).{0,80}(?:제공합니다|확인|권장)"),
    ),
    # a related story linked inside or under the article: "▶ 관련기사 : 청주시, …", "관련기사 청주시 …"
    ("related-link", re.compile(r"^\[?관련\s*기사\]?\s*(?:[:：]\s*|\s)\s*\S")),
    # the previous and next stories: "이전기사 청주시, 하천 정비 …", "◀ 이전 기사 …", "다음 기사 ▶ …"
    ("article-nav", re.compile(r"^[◀◁<]?\s*(?:이전|다음)\s*(?:기사|글)(?:\s+|\s*[▶▷>:：]\s*)\S")),
    # "MBC 뉴스는 24시간 여러분의 제보를 기다립니다."
    ("tip-off", re.compile(r"^.{0,30}(?:여러분의|시청자의|독자의|소중한)\s*제보를\s*기다립니다")),
    # the contacts of a tip-off box on one line: "▷ 전화 02-784-4000 ▷ 이메일 mbcjebo@mbc.co.kr ▷
    # 카카오톡 @mbc제보" (each value runs to the next space, so the pattern reads the line once)
    ("tip-off", re.compile(r"^(?:[▷▶►■□※•·\-]?\s*" + _CONTACT + r"){2,5}$")),
    (
        "promo",
        re.compile(
            r"^.{0,20}(?:채널 구독|구독 버튼|유튜브 채널|앱 다운로드|앱 설치|네이버에서 .{1,12}구독).{0,20}$"
        ),
    ),
)
# All patterns are anchored at the start: one alternation, tried once per line.
_ANY_PATTERN = re.compile("|".join(f"(?P<p{i}>{pat.pattern})" for i, (_, pat) in enumerate(_PATTERNS)))
# Breadcrumb lines must be short: a "›" or ">" inside a long sentence is not navigation.
BREADCRUMB_MAX_CHARS = 80
# Furniture is short; a longer line that mentions "구독" or "제보" is article text.
FURNITURE_MAX_CHARS = 100


# Share bars flattened into one line: "이메일에 공유하기 카카오톡에 공유하기 … 링크 복사하기",
# "해당 기사를 북마크했습니다.", "URL이 복사되었습니다." — nothing is left once the share
# vocabulary is taken out.
_SHARE_VOCAB = re.compile(
    r"(?:이메일|메일|카카오톡|카카오스토리|카카오|페이스북|트위터|엑스|밴드|네이버\s*블로그|네이버|블로그|라인|텔레그램|"
    r"링크|url|주소|기사|해당|본문|sns|facebook|twitter|kakao)(?:이|가|을|를|에|로|으로|\(으\)로)?"
    r"|(?:공유|보내기|복사|스크랩|북마크|저장|인쇄|프린트|닫기|구독|추천|좋아요|글자\s*크기|글씨\s*크기|글자|글씨|폰트|"
    r"크게|작게|설정|변경|조절|조정)(?:하기|했습니다|되었습니다|됐습니다|완료|하였습니다|\(으\)로)?"
    r"|[\s.,·|/!]+"
)
SHARE_UI_MAX_CHARS = 80
# "Nothing is left once the vocabulary is taken out", decided in one anchored pass that stops
# at the first other word: the atomic group takes, at each point, the match ``sub`` would take.
_ONLY_SHARE_VOCAB = re.compile(f"(?>{_SHARE_VOCAB.pattern})++")


def is_share_ui(k: str) -> bool:
    """A line (given by its ``key``) made only of share/bookmark/copy vocabulary."""
    return len(k) <= SHARE_UI_MAX_CHARS and _ONLY_SHARE_VOCAB.fullmatch(k) is not None


def furniture_rule(k: str) -> str | None:
    """Name of the furniture rule matching a whole line (given by its ``key``), or ``None``."""
    if not k or len(k) > FURNITURE_MAX_CHARS:
        return None
    if k in SHARE_PRINT:
        return "share-print-button"
    if k in COMMENTS:
        return "comment-widget"
    if k in NAVIGATION:
        return "navigation"
    if k in MOBILE_SWITCH:
        return "mobile-switch"
    if is_share_ui(k):
        return "share-print-button"
    m = _ANY_PATTERN.match(k)
    if m is None or m.lastgroup is None:
        return None
    name = _PATTERNS[int(m.lastgroup[1:])][0]
    if name == "breadcrumb" and len(k) > BREADCRUMB_MAX_CHARS:
        return None
    return name


def is_list_header(k: str) -> bool:
    """A header (given by its ``key``) that introduces a list of other articles ("많이 본 뉴스")."""
    return k in LIST_HEADERS


_NUMBERING = re.compile(r"^\d+\.\s*")


def is_section_name(k: str) -> bool:
    """A lone section label (given by its ``key``): "사회", "1. 정치"."""
    return _NUMBERING.sub("", k) in SECTIONS
