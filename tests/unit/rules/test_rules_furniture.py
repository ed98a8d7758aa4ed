import pytest

from sinmun.rules.furniture import furniture_rule, is_list_header, is_section_name, key


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("  • 해당된 기사를 공유합니다", "share-print-button"),
        ("이 기사를 공유합니다", "share-print-button"),
        ("  • 글자 작게", "share-print-button"),
        ("댓글 첫 댓글을 작성해보세요", "comment-widget"),
        ("여러분의 의견을 남겨주세요", "comment-widget"),
        ("메인메뉴 바로가기", "navigation"),
        ("모바일 버전으로 보기", "mobile-switch"),
        ("  • 댓글 0", "comment-count"),
        ("이 기사는 0번 공유됐고 0개의 댓글이 있습니다.", "comment-count"),
        ("홈 > 뉴스 > 에디터 > Editor's Column", "breadcrumb"),
        ("HOME  >  포토_영상  >  포토", "breadcrumb"),
        ("#미국대선#현지상황#해외리포터", "hashtags"),
        ("※ '당신의 제보가 뉴스가 됩니다'", "tip-off"),
        ("[카카오톡] YTN 검색해 채널 추가", "tip-off"),
        ("▶ 제보 안내 : http://goo.gl/gEvsAL, 모바일앱,", "tip-off"),
        ("연합뉴스TV 기사문의 및 제보 : 카톡/라인 jebo23", "tip-off"),
        ("MTN전문가방송로 이동", "navigation"),
        ("MTN 사이트 메뉴", "navigation"),
        ("분야별 메뉴 리스트", "navigation"),
        ("통합검색", "navigation"),
        ("133,809", "counter"),
        ("조회 수 1913", "board-chrome"),
        ("브라우저가 video 태그를 지원하지 않습니다.", "browser-notice"),
        ("죄송하지만 다른 브라우저를 사용하여 주십시오.", "browser-notice"),
        (
            "크롬(Google Chrome), 엣지(Microsoft Edge) 등 최신 브라우저에 최적화되어 있습니다.",
            "browser-notice",
        ),
        ("아래 버튼을 클릭하셔서 브라우저 업그레이드(설치) 해주시기 바랍니다.", "browser-notice"),
        ("현재 브라우저 버전에서는 서비스가 원할하지 않습니다.", "browser-notice"),
        ("한국일보를 선호 출처로 추가", "promo"),
        ("직접 선정한 기사입니다. 언론사 편집판 바로가기", "portal-notice"),
        (
            "이동 통신망을 이용하여 음성을 재생하면 별도의 데이터 통화료가 부과될 수 있습니다.",
            "portal-notice",
        ),
        ("AiRS추천으로 구성된 뉴스를 제공합니다.", "portal-notice"),
        ("오후 11시~오전 12시까지 집계한 결과입니다.", "portal-notice"),
    ],
)
def test_furniture_lines(line, rule):
    assert furniture_rule(key(line)) == rule


@pytest.mark.parametrize(
    "line",
    [
        '<인터뷰> 조정석 : "(얼마나 기다리셨어요?) 4시간 반(춥지 않으세요?)춥죠"',  # not a breadcrumb
        "금번 이벤트는 기존 채널 구독자를 포함해 5만명에게 선착순 배포한다. 이모티콘은 다운로드 후 30일 동안 사용 가능하다.",
        "YTN 글로벌센터에서 750만 재외동포와 한류 팬들을 위한 뉴스 등을 제작하고 있고 YTN 월드채널을 통해 해외로 방송하고 있습니다.",
        "광주시‧경기도, 공동번영 이룬다",
        "구글 크롬 브라우저는 오는 7월부터 윈도7을 지원하지 않습니다.",  # news about browsers
        "시민들은 친환경 제품을 선호하는 것으로 나타났다.",
        "청와대 만찬 메뉴",  # a headline, not a menu heading
        "본사, 세종으로 이동.",
    ],
)
def test_article_text_is_not_furniture(line):
    assert furniture_rule(key(line)) is None


def test_list_headers_and_sections():
    assert is_list_header(key("많이 본 뉴스"))
    assert is_list_header(key("최근기사"))
    assert not is_list_header(key("최근 기사를 읽었다"))
    assert is_section_name(key("사회"))
    assert is_section_name(key("  1. 정치"))
    assert not is_section_name(key("사회적 합의"))


@pytest.mark.parametrize(
    "line",
    [
        "이메일에 공유하기 카카오톡에 공유하기 페이스북에 공유하기 트위터에 공유하기 링크 복사하기",
        "해당 기사를 북마크했습니다.",
        "URL이 복사되었습니다.",
        "글자크기 설정",
    ],
)
def test_flattened_share_bars(line):
    assert furniture_rule(key(line)) == "share-print-button"


def test_sentence_about_sharing_is_not_a_share_bar():
    assert furniture_rule(key("시는 기사를 공유하고 여론을 살폈다")) is None


@pytest.mark.parametrize(
    "line", ["페이스북(으)로 기사보내기", "URL복사(으)로 기사보내기", "다른 공유 찾기", "글씨크기 조절하기"]
)
def test_share_buttons_of_a_regional_cms(line):
    assert furniture_rule(key(line)) == "share-print-button"


@pytest.mark.parametrize("line", ["텍스트 음성 변환 서비스 사용하기", "본문 듣기", "기사 읽어주기"])
def test_read_aloud_buttons(line):
    assert furniture_rule(key(line)) == "portal-notice"


@pytest.mark.parametrize(
    "line",
    [
        "MBC 뉴스는 24시간 여러분의 제보를 기다립니다.",
        "▷ 전화 02-784-4000 ▷ 이메일 mbcjebo@mbc.co.kr ▷ 카카오톡 @mbc제보",
        "전화 02-123-4567 이메일 a@b.com",
    ],
)
def test_tip_off_boxes(line):
    assert furniture_rule(key(line)) == "tip-off"


@pytest.mark.parametrize("line", ["시는 전화로 상담을 받는다", "문의는 전화 02-123-4567"])
def test_a_phone_number_in_text_is_no_tip_off_box(line):
    assert furniture_rule(key(line)) is None


@pytest.mark.timeout(10)
def test_tip_off_contacts_read_in_linear_time():
    for line in ["전화이메일" * 20 + " 전화 x", "전화 이메일 " * 20 + "x", ("전화 " + "a" * 38) * 5 + " !"]:
        furniture_rule(key(line))


@pytest.mark.parametrize(
    "line",
    [
        "뉴스 요약쏙",
        "AI 요약",
        "AI 요약은 OpenAI의 최신 기술을 활용해 핵심 내용을 빠르고 정확하게 제공합니다. 전체 맥락을 이해하려면 "
        "기사 본문을 함께 확인하는 것이 좋습니다.",
    ],
)
def test_machine_summary_boxes(line):
    assert furniture_rule(key(line)) == "ai-summary"


def test_a_sentence_about_summaries_is_text():
    assert furniture_rule(key("AI 요약 기능을 도입했다고 밝혔다")) is None


@pytest.mark.parametrize(
    "line",
    ["이전기사 청주시, 하천 정비 사업 착수", "◀ 이전 기사 청주시, 하천 정비", "다음 기사 ▶ 청주시 공원"],
)
def test_previous_and_next_story_links(line):
    assert furniture_rule(key(line)) == "article-nav"


@pytest.mark.parametrize("line", ["다음 기사에서 자세히 다루겠다", "다음 글은 시민 기고다"])
def test_sentences_about_the_next_story_are_text(line):
    assert furniture_rule(key(line)) is None


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("▶ 관련기사 : 청주시, 하천 정비 사업 착수", "related-link"),
        ("관련기사 청주시, 하천 정비 사업 착수", "related-link"),
        ("[광고]", "navigation"),
        ("Advertisement", "navigation"),
    ],
)
def test_links_and_ads_inside_the_article(line, rule):
    assert furniture_rule(key(line)) == rule


@pytest.mark.parametrize("line", ["관련 기사를 보면 시는 예산을 늘렸다", "관련기사가 많다"])
def test_sentences_about_related_stories_are_text(line):
    assert furniture_rule(key(line)) is None
