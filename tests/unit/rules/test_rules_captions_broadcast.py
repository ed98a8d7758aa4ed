import pytest

from sinmun.rules.broadcast import is_marker
from sinmun.rules.captions import caption_rule, caption_text


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("230512 김동연 경기도지사 상생발전 협약 체결_GJI9887.JPG", "image-file-name"),
        ("사진=뉴시스", "photo-credit"),
        ("오진욱 제공", "photo-credit"),
        ("▲ 상일융합영재반 과학 수업 [사진=에듀진]", "photo-credit"),
        ("(사진=부산경찰청 제공영상 캡처, 연합뉴스)", "photo-credit"),
        ("지지자들을 향해 인사하고 있다. [사진 출처 = 연합뉴스]", "photo-credit"),
        ("기념 촬영을 하는 모습. (사진출처=경기도)", "photo-credit"),
        ("비트코인 2025에서 연설 중인 JD 밴스 미국 부통령. 사진=BTC미디어", "photo-credit"),
        ("빈소에 놓인 고 채수근 상병의 영정. [연합]", "photo-credit"),
        ("이재명 후보가 15일 전남 순천시에서 열린 유세에서 연설하고 있다. 연합뉴스", "photo-credit"),
        ("바이든 대통령이 백악관에서 연설하고 있다. AFP=연합뉴스", "photo-credit"),
        ("photo이미지 크게보기 한동훈 법무부 장관. 뉴시스", "image-viewer"),
        ("이미지 확대", "image-viewer"),
        ("![]() |", "image-viewer"),
        (" date 2025-09-15 ▲ 흉기 든 남성 일행", "pointer-caption"),
        ("▲ 8일 부산역 2층 대합실에 여행용 가방이 방치돼 있다", "pointer-caption"),
    ],
)
def test_caption_rules(line, rule):
    assert caption_rule(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "그는 사진=뉴시스 라고 했다 그리고 이것은 긴 문장입니다.",
        "시는 올해 예산을 늘렸다. 사진=연합뉴스 자료에 따르면 지난해보다 많다.",  # prose goes on after
        "시는 올해 예산을 크게 늘렸다고 밝혔다. 정부",  # the last word is not an outlet or agency
        "AP. 연합뉴스",  # no caption before the credit
        "▶ 기사 원문 : http://www.ytn.co.kr/_ln/0103",  # a link, not a photo pointer
        "강기정 광주시장과 김동연 경기지사는 12일 오후 광주시청에서 업무협약을 체결했다.",
    ],
)
def test_not_captions(line):
    assert caption_rule(line) is None


def test_caption_text_drops_viewer_buttons():
    assert caption_text("photo이미지 크게보기 한동훈 법무부 장관. 뉴시스") == "한동훈 법무부 장관. 뉴시스"
    assert caption_text(" date 2026-01-14 이미지 확대 협약식이 열리고 있다.") == "협약식이 열리고 있다."
    assert caption_text("![]() |") == ""


@pytest.mark.parametrize(
    "line", ["[앵커]", "<앵커 멘트>", "[리포트]", "◀ 앵 커 ▶", "<리포트>", "[기자]", "[앵커 멘트]"]
)
def test_broadcast_markers(line):
    assert is_marker(line)


@pytest.mark.parametrize(
    "line", ['<인터뷰> 송수진(현장기자) : "화면에는 기자 한 사람밖에"', "[앵글속 세상] 예리한 앵글로", "앵커"]
)
def test_spoken_lines_are_not_markers(line):
    assert not is_marker(line)


@pytest.mark.parametrize(
    "line",
    [
        "기사와 관련 없는 자료 사진 / gettyimagesBank",
        "※ 사진은 기사 내용과 직접적인 관련이 없습니다.",
        "본 기사와 무관한 이미지",
    ],
)
def test_stock_photo_disclaimer_is_a_caption(line):
    assert caption_rule(line) == "photo-disclaimer"


def test_a_sentence_about_unrelated_things_is_no_disclaimer():
    assert caption_rule("그는 기사와 관련 없는 말을 했다") is None


def test_credit_after_a_slash_closes_a_caption():
    assert caption_rule("혐의로 구속된 이경우(36) /서울경찰청 제공") == "photo-credit"
    assert caption_rule("그는 1/2 제공했다") is None


@pytest.mark.parametrize(
    "line",
    [
        "14일 오후 서울 종로구 광화문광장에서 시민들이 걷고 있다. 2024.3.14/뉴스1 © News1 황기선 기자",
        "(서울=연합뉴스) 홍길동 기자 = 14일 오후 광화문광장에서 시민들이 걷고 있다. 2024.3.14 [공동취재] hong@yna.co.kr",
        "[서울=뉴시스] 홍길동 기자 = 14일 오후 광화문광장에서 시민들이 걷고 있다. 2024.03.14. hong@newsis.com",
    ],
)
def test_wire_photo_captions(line):
    assert caption_rule(line) == "wire-photo-caption"


@pytest.mark.parametrize(
    "line",
    [
        "‘더 글로리’ 하도영 역의 배우 정성일이 시구를 하고 있다. 2023.04.07 /jpnews@osen.co.kr",  # the story
        "시는 이 사업을 2024.3.14 시작했다",
    ],
)
def test_not_wire_photo_captions(line):
    assert caption_rule(line) != "wire-photo-caption"


@pytest.mark.parametrize("line", ["[이미지출처=게티이미지뱅크]", "게티이미지뱅크", "(그래픽 제공=서울시)"])
def test_image_credits(line):
    assert caption_rule(line) == "photo-credit"


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("사진 설명: 15일 청주 무심천에서 시민들이 걷고 있다.", "caption-label"),
        ("[사진설명] 15일 청주 무심천에서 시민들이 걷고 있다.", "caption-label"),
        ("(사진 왼쪽부터) 홍길동 시장, 김철수 의장", "caption-label"),
        ("자료: 통계청", "photo-credit"),
        ("<자료=기상청>", "photo-credit"),
    ],
)
def test_caption_labels_and_chart_sources(line, rule):
    assert caption_rule(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "[사진]정성일, '연진아, 남편 야구한다'",  # a photo story's headline
        "[그래픽] 2024년 1분기 실적",
        "자료 : 2023년 매출은 10% 늘었다",
        "자료를 보면 지난해 매출이 늘었다",
    ],
)
def test_headline_tags_and_sentences_are_no_caption_labels(line):
    assert caption_rule(line) is None
