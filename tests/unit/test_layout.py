"""The document pass: labels that only make sense in context (tiny synthetic pages)."""

import pytest

import sinmun


def labels(text):
    art = sinmun.extract(text)
    lines = text.split("\n")
    return {lines[x.n]: (x.label, x.rule) for x in art.lines}, art


PAGE = """전체메뉴
2024.03.15 (금)
청주시, 전국 첫 드론 순찰대 띄운다
  • 해당된 기사를 공유합니다
청주시, 전국 첫 드론 순찰대 띄운다
무심천·미호강 46㎞ 구간 하루 두 차례 자동 비행
  • 입력 2024.03.15 10:21
김민수 기자 kimms@example.co.kr
(청주=연합뉴스) 김민수 기자 = 충북 청주시가 드론으로 하천을 순찰하는 순찰대를 운영한다고 15일 밝혔다.
드론 운영 계획
시는 다음 달부터 무심천과 미호강 구간에 자동 비행 드론 4대를 띄우기로 했다.
<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>
많이 본 뉴스
충북 초미세먼지 나쁨 노약자 외출 자제
청주 오송역 환승센터 착공 연기"""


def test_repeated_headline_first_is_title_second_is_boilerplate():
    _lab, art = labels(PAGE)
    assert art.title == "청주시, 전국 첫 드론 순찰대 띄운다"
    assert [x.label for x in art.lines[:5]] == [
        "boilerplate",
        "boilerplate",
        "title",
        "boilerplate",
        "boilerplate",
    ]
    assert art.lines[4].rule == "repeated-text"


def test_subtitle_meta_body_and_in_body_subhead():
    lab, art = labels(PAGE)
    assert lab["무심천·미호강 46㎞ 구간 하루 두 차례 자동 비행"] == ("subtitle", "sub-headline")
    assert lab["  • 입력 2024.03.15 10:21"][0] == "meta"
    assert lab["김민수 기자 kimms@example.co.kr"][0] == "meta"
    assert lab["드론 운영 계획"] == ("body", "in-body-line")  # a sub-head between paragraphs
    assert len(art.paragraphs) == 3


def test_related_list_after_body_is_boilerplate_though_headline_shaped():
    lab, _ = labels(PAGE)
    assert lab["충북 초미세먼지 나쁨 노약자 외출 자제"][0] == "boilerplate"
    assert lab["청주 오송역 환승센터 착공 연기"][0] == "boilerplate"
    assert lab["많이 본 뉴스"] == ("boilerplate", "list-header")


def test_byline_at_the_end_is_meta_and_name_in_paragraph_is_not():
    page = (
        "시는 이번 사업으로 하천 관리가 쉬워질 것으로 기대한다고 밝혔다.\n"
        "이범석 시장은 홍길동 기자에게 “시민 안전이 우선”이라고 말했다.\n"
        "홍길동 기자"
    )
    lab, art = labels(page)
    assert lab["홍길동 기자"][0] == "meta"
    assert lab["이범석 시장은 홍길동 기자에게 “시민 안전이 우선”이라고 말했다."][0] == "body"
    assert [r.name for r in art.reporters] == ["홍길동"]


def test_broadcast_script_lines_join_into_body_and_markers_drop():
    page = "[앵커]\n주말인 오늘 광주와 전남지방은\n구름이 많이 낀 가운데\n무더운 날씨를 보이고 있습니다.\n[리포트]\nKBS 뉴스 홍길동입니다."
    lab, art = labels(page)
    assert lab["[앵커]"] == ("boilerplate", "broadcast-marker")
    assert lab["주말인 오늘 광주와 전남지방은"][0] == "body"
    assert lab["KBS 뉴스 홍길동입니다."][0] == "body"
    assert art.press == "KBS"
    assert [r.name for r in art.reporters] == ["홍길동"]


def test_teaser_list_is_not_an_article():
    teaser = (
        "전북지역 수출이 3분기 연속 늘었다. 한국무역협회 전북본부에 따르면 올해 3분기 전북 수출액은 21억 달러로"
        " 지난해 같은 기간보다 8.2% 증가했으며 이차전지 소재가 전체 증가분의 절반 이상을"
    )

    page = "\n".join(
        [teaser, "2024-10-21 정하윤 기자", teaser.replace("전북", "전남"), "2024-10-18 정하윤 기자", "끝"]
    )
    lab, art = labels(page)
    assert not art.is_article
    assert {v[0] for v in lab.values()} == {"boilerplate"}
    assert any(v[1].startswith("not-article:") for v in lab.values())


def test_page_without_prose_is_not_an_article():
    _, art = labels("[전북일보 만평] 꽉 막힌 전북현안")
    assert not art.is_article
    assert art.warnings == ("not-article: no-body",)


def test_every_nonblank_line_gets_exactly_one_label():
    art = sinmun.extract(PAGE + "\n\n   \n")
    numbered = [x.n for x in art.lines]
    assert numbered == sorted(set(numbered))
    assert len(numbered) == sum(1 for x in PAGE.split("\n") if x.strip())


def test_headline_is_the_one_printed_twice_with_byline_below_not_the_menu():
    menu = "\n".join(f"  • 메뉴 항목 {i}" for i in range(30))
    page = (
        "뉴스 검색\n" + menu + "\n기사 본문 영역\n멕시코 무더기 실종 모두 발견…“여행객 아닌 이민자”\n"
        "입력 2023.04.07 (08:26) 수정 2023.04.07 (08:26) 국제\n  • 공유하기\n"
        "멕시코 도로 한복판에서 대거 행방이 묘연해졌던 수십명의 실종자들이 모두 발견됐습니다.\n"
        "검찰은 차량 운전자를 상대로 정확한 경위를 수사하고 있습니다.\n"
        "  • 멕시코 무더기 실종 모두 발견…“여행객 아닌 이민자”"
    )
    _, art = labels(page)
    assert art.title == "멕시코 무더기 실종 모두 발견…“여행객 아닌 이민자”"
    assert art.dates.published == "2023-04-07T08:26"


def test_bare_name_is_a_byline_only_beside_a_timestamp():
    page = "제목이 여기 있습니다 정말로\n  • 주현태\n  • 승인 2018.11.14 16:31\n전체\n본문이 여기 있고 충분히 길게 씁니다. 문장을 마칩니다."
    lab, art = labels(page)
    assert lab["  • 주현태"] == ("meta", "byline-name")
    assert [r.name for r in art.reporters] == ["주현태"]


def test_teasers_with_date_footers_make_a_list_page_even_when_each_stands_alone():
    item = "[사설] 국회 책임 방기한 장외 청문회 여야 모두 자성을 촉구하며 국정 운영의 정상화를 요구하는 목소리가 커지고 있는 가운데 여야는 서로"
    page = (
        "\n".join(f"- {item}\n- 2019-09-03 1{i}:04" for i in range(4))
        + "\n마지막 줄의 문장이 잘린 채로 끝나고 있어서 완결되지 않은 내용의 글이"
    )
    _, art = labels(page)
    assert not art.is_article


def test_photo_story_keeps_the_pointer_caption_a_caption():
    # the photo's "▲ …" caption, then the story, which ends with the same wire credit
    story = (
        "8일 부산역 대합실에 여행용 가방이 2시간 넘게 방치돼 폭발물 의심 신고가 들어와 경찰특공대가 "
        "가방 해체작업을 하고 있다. 확인 결과 가방에는 침낭과 우산이 들어 있었다. 연합뉴스"
    )
    page = f"▲ {story}\n\n{story}\n\n저작권자 © 경상일보 무단전재 및 재배포 금지"
    lab, art = labels(page)
    assert lab[f"▲ {story}"][0] == "caption"
    assert lab[story][0] == "body"
    assert art.paragraphs == (story,)


def test_paragraph_closing_on_an_email_is_not_a_teaser():
    # one teaser-like first line, and the article's last paragraph signed "/e-mail":
    # two "cut" lines, but only the first is a snippet of another article
    page = "\n".join(
        [
            "| 가수 홍길순, 정면 반박에도 이미지는... [가요일보=김철수 기자] 가수 홍길순이 경기도 과천에 건물과 토지를"
            " 사들인 것에 대해 부동산 투기 의혹이... |",
            "홍길순이 부동산 투기 의혹에 휩싸이면서 곤혹스러운 상황을 맞았다. 소속사는 투기 목적이 아니라고 밝혔다.",
            "최근 한 매체는 노선이 관통하는 지역의 부동산 가격이 상승하고 있다고 보도했다. 논란이 일고 있는 상황이다.",
            "홍길순 측에서 정면 반박에 나서 대책을 논의 중인 만큼, 추후 상황을 지켜봐야겠지만, 의혹에 언급된 자체가"
            " 아쉽기도 하다. /seon@osen.co.kr",
            "[사진]OSEN DB",
        ]
    )
    _lab, art = labels(page)
    assert art.is_article
    assert art.paragraphs[-1].endswith("/seon@osen.co.kr")


BLOG = [
    "얼레벌레 지나간 휴일을 그냥 보내기 아쉬워 밀린 신문을 정리했다.",
    "고백하자면 나는 아침마다 종이신문을 받아 보는 사람이다. 습관이 되어 버렸다.",
    "하나 더 고백하자면, 나는 오래된 구독자다. 내가 신문을 읽는다고 하면 친구들은 놀란다.",
]


def test_unsigned_first_person_writing_is_not_an_article():
    _lab, art = labels("\n".join(BLOG))
    assert not art.is_article
    assert art.warnings == ("not-article: first-person-text",)


def test_a_signed_column_or_quoted_first_person_stays_an_article():
    _lab, art = labels("\n".join([*BLOG, "홍길동 논설위원 hong@example.co.kr"]))
    assert art.is_article
    quoted = [
        '김 씨는 "나는 매일 아침 신문을 읽는다"고 말했다.',
        '이어 "내가 신문을 읽는 이유는 습관"이라며 "나도 놀랐다"고 덧붙였다.',
        "그는 올해로 40년째 같은 신문을 구독하고 있다.",
    ]
    assert labels("\n".join(quoted))[1].is_article


def test_snippets_over_yearless_times_make_a_list_page():
    items = []
    for place in ("하노이", "타이베이", "서울"):
        items += [
            f"• {place} 소식 헤드라인 하나",
            f"{place}에서 우리 정부가 최근 태풍과 홍수로 큰 피해를 본 지역에 인도적 지원을 하기로 "
            "했다고 외교부가 1일 밝혔다. 지원은 국제기구를 통해",
            "12-01 20:39",
        ]
    _lab, art = labels("\n".join(items))
    assert not art.is_article


REGISTRATION_BODY = "시는 다음 달부터 하천 순찰을 시작하기로 했다고 밝혔다. 순찰은 매주 두 차례 이뤄진다."


@pytest.mark.parametrize(
    ("footer", "date_line"),
    [
        # the label on its own line, the date under it
        (
            "<Copyright ⓒ 한국일보. All rights reserved.>\n발행일자\n2018. 11. 23\n발행인\n홍길동",
            "2018. 11. 23",
        ),
        # label and date on one line
        (
            "저작권자 © 충북투데이 무단전재 및 재배포 금지\n등록번호 : 충북 아00123\n등록일 : 2015-03-01",
            "등록일 : 2015-03-01",
        ),
    ],
)
def test_footer_registration_date_is_not_the_article_date(footer, date_line):
    got, art = labels(f"하천 순찰 시작\n{REGISTRATION_BODY}\n{footer}")
    assert got[date_line] == ("boilerplate", "registration-date")
    assert art.dates.published is None


def test_a_date_under_the_body_is_the_articles():
    # before the tail moves on to the site's footer, a date under the body dates the article
    assert (
        sinmun.extract(f"하천 순찰 시작\n{REGISTRATION_BODY}\n2018. 11. 23").dates.published == "2018-11-23"
    )


def test_long_credited_caption_between_paragraphs_is_a_caption():
    first = "해병대 수사단장이 지난 4일 법원에 출석했다. 그는 이날 심문에서 자신의 입장을 설명했다고 밝혔다."
    caption = (
        "채수근 상병 순직 사건을 수사하다 해임된 박정훈 전 해병대 수사단장이 지난 4일 오전 경기도 수원시 "
        "영통구 수원지방법원에 출석하며 전우들과 인사하고 있다. [연합뉴스]"
    )
    last = "법원은 다음 달 결정을 내릴 예정이라고 밝혔다. 군 당국은 결과를 지켜보겠다는 입장이다."
    got, art = labels(f"수사단장 법원 출석\n{first}\n{caption}\n{last}")
    assert got[caption] == ("caption", "photo-credit")
    assert caption not in art.paragraphs
    # the only paragraph of a photo story stays the story
    assert sinmun.extract(f"수사단장 법원 출석\n{caption}").paragraphs == (caption,)


def test_a_photo_title_over_its_credit_is_not_the_headline():
    body = "통계청이 9일 발표한 고용동향에 따르면 지난달 취업자는 1년 전보다 3만4천명 늘어나는 데 그쳤다."
    page = (
        f"작년 취업자 9만7천명 증가…9년 만에 최소\n글자크기\n연합뉴스\n취업 (CG)\n[연합뉴스TV 제공]\n{body}"
    )
    got, art = labels(page)
    assert got["취업 (CG)"][0] == "boilerplate"
    assert art.title == "작년 취업자 9만7천명 증가…9년 만에 최소"
    # a headline above a captioned photo ("▲ … [사진=에듀진]") is still the headline
    page = f"학교 변화의 열쇠, 교장이 쥐고 있다\n▲ 상일융합영재반 과학 수업 [사진=에듀진]\n{body}"
    assert sinmun.extract(page).title == "학교 변화의 열쇠, 교장이 쥐고 있다"


def test_a_wire_photo_caption_over_the_story_is_a_caption_and_alone_is_the_story():
    cap = "(서울=연합뉴스) 홍길동 기자 = 14일 오후 광화문광장에서 시민들이 걷고 있다. 2024.3.14 [공동취재] hong@yna.co.kr"
    first = "(서울=연합뉴스) 김철수 기자 = 서울시가 광화문광장에 새 쉼터를 만든다고 14일 밝혔다. 쉼터는 다음 달 문을 연다."
    last = "시 관계자는 시민들이 더 편하게 광장을 이용할 수 있을 것이라고 말했다. 공사는 이달 말 시작된다."
    got, art = labels(f"광화문광장에 새 쉼터\n{cap}\n{first}\n{last}")
    assert got[cap] == ("caption", "wire-photo-caption")
    assert [r.name for r in art.reporters] == ["김철수"]  # the story's reporter, not the photographer
    assert sinmun.extract(f"[포토] 광화문광장 걷는 시민들\n{cap}").paragraphs == (cap,)


def test_dashed_decks_under_the_headline_are_subtitles():
    body = "[경제일보=홍길동 기자] 삼성전자가 경기 평택에 반도체 신공장을 짓는다. 업계에 따르면 이르면 다음 달 착공한다."
    page = f"[단독] 삼성전자, 평택에 반도체 신공장 짓는다\n- 2026년 가동 목표…투자 규모 30조 원\n- 신규 일자리 5천 개 창출 기대\n{body}"
    art = sinmun.extract(page)
    assert art.subtitles == ("- 2026년 가동 목표…투자 규모 30조 원", "- 신규 일자리 5천 개 창출 기대")
    # a dashed line away from the headline is a list item, not a deck
    page = f"삼성전자, 평택에 반도체 신공장 짓는다\n기사입력 2024-03-15 10:21\n- 삼성전자 1분기 실적 발표\n{body}"
    assert sinmun.extract(page).subtitles == ()


def test_a_broadcasters_news_masthead_is_not_the_headline():
    body = "올해 봄꽃 개화가 예년보다 일주일 정도 빨라졌습니다. 서울의 벚꽃은 다음 주 절정을 맞을 것으로 보입니다."
    art = sinmun.extract(f"SBS 뉴스\n봄꽃 개화 빨라졌다…서울 벚꽃 다음 주 절정\n{body}")
    assert art.title == "봄꽃 개화 빨라졌다…서울 벚꽃 다음 주 절정"
    assert art.press == "SBS"


def test_a_ticker_of_tagged_headlines_is_not_the_headline_and_its_deck():
    body = "충북 청주시가 드론으로 하천을 순찰하는 순찰대를 운영한다고 15일 밝혔다. 시는 다음 달부터 드론 4대를 띄운다."
    page = f"[속보] 대통령, 오늘 국무회의 주재\n[속보] 코스피 2,600 돌파\n청주시, 전국 첫 드론 순찰대 띄운다\n입력 2024.03.15 10:21\n{body}"
    art = sinmun.extract(page)
    assert art.title == "청주시, 전국 첫 드론 순찰대 띄운다"
    assert art.subtitles == ()
    # a tagged headline printed twice is still the headline
    page = f"[날씨] 오늘도 큰 일교차…제주 오후부터 비\n[날씨] 오늘도 큰 일교차…제주 오후부터 비\n{body}"
    assert sinmun.extract(page).title == "[날씨] 오늘도 큰 일교차…제주 오후부터 비"


def test_the_title_tag_copy_names_the_site():
    body = "충북 청주시가 드론으로 하천을 순찰하는 순찰대를 운영한다고 15일 밝혔다. 시는 다음 달부터 드론 4대를 띄운다."
    page = f"청주시, 전국 첫 드론 순찰대 띄운다 - 충북일보\n홈 > 사회\n청주시, 전국 첫 드론 순찰대 띄운다\n{body}"
    art = sinmun.extract(page)
    assert art.title == "청주시, 전국 첫 드론 순찰대 띄운다"
    assert art.press == "충북일보"


@pytest.mark.parametrize(
    ("page", "items"),
    [
        (
            "[부고] 홍길동 씨 별세\n입력 2024.03.15 10:21\n"
            "▲홍길동씨 별세, 홍철수(청주시청 과장)씨 부친상 = 15일 청주 성모병원 장례식장, 발인 17일 오전 8시\n"
            "<저작권자 © 충북일보 무단전재 및 재배포 금지>",
            1,
        ),
        (
            "[인사] 청주시\n입력 2024.03.15 10:21\n◇4급 승진 ▲안전정책과장 홍길동 ▲복지정책과장 김철수\n"
            "◇5급 전보 ▲총무과장 이영희 ▲회계과장 박민수\n<저작권자 © 충북일보 무단전재 및 재배포 금지>",
            2,
        ),
    ],
)
def test_obituaries_and_appointments_are_articles_of_items(page, items):
    art = sinmun.extract(page)
    assert art.is_article
    assert len(art.paragraphs) == items


def test_items_without_an_articles_furniture_are_no_article():
    page = "뉴스\n▲ 오늘의 주요 뉴스 모음 보기\n▲ 많이 본 기사 순위 보기\n■ 연예 스포츠 소식 바로가기"
    assert not sinmun.extract(page).is_article


def test_the_sentences_of_a_closed_summary_box_are_not_the_story():
    body = "충북 청주시가 드론으로 하천을 순찰하는 순찰대를 운영한다고 15일 밝혔다. 시는 다음 달부터 드론 4대를 띄운다."
    body2 = (
        "순찰대는 하루 두 차례 46㎞ 구간을 비행하며 쓰레기 무단투기와 불법 낚시를 감시한다고 시는 설명했다."
    )
    summary = "청주시가 드론 순찰대를 운영하며 하천 감시를 강화한다는 내용이다."
    head = "청주시, 전국 첫 드론 순찰대 띄운다\n입력 2024.03.15 10:21\nAI 요약"
    got, art = labels(f"{head}\n{summary}\n글자크기 설정\n{body}\n{body2}")
    assert got[summary] == ("boilerplate", "ai-summary-text")
    assert art.paragraphs == (body, body2)
    # a box with no visible end: its sentences cannot be told from the story's, which stays whole
    assert sinmun.extract(f"{head}\n{summary}\n{body}\n{body2}").paragraphs[-2:] == (body, body2)


def test_the_headlines_under_a_list_header_are_that_lists():
    body = "충북 청주시가 드론으로 하천을 순찰하는 순찰대를 운영한다고 15일 밝혔다. 시는 다음 달부터 드론 4대를 띄운다."
    page = (
        "많이 본 뉴스\n청주시, 하천 정비 사업 착수\n청주시, 미호강 생태공원 조성\n"
        f"청주시, 전국 첫 드론 순찰대 띄운다\n입력 2024.03.15 10:21\n{body}"
    )
    art = sinmun.extract(page)
    assert (
        art.title == "청주시, 전국 첫 드론 순찰대 띄운다"
    )  # the list ended on the headline over its dateline
    assert art.subtitles == ()
