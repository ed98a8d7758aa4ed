"""Named word lists of weather widgets: sky words, sky emoji, fine-dust grades, caption lines.

Everything a widget line may be made of is listed here, so the parser holds no Korean words
of its own and a new site's vocabulary is a one-line change.
"""

from __future__ import annotations

import re

# KMA's sky and weather words as tickers print them. Keys are written without spaces; the
# parser also accepts them with spaces ("구름 많음", "흐리고 비") and maps every spelling to
# the value, KMA's own spelling. 구름조금 left KMA's forecasts in 2019 but tickers still show it.
SKY_WORDS: dict[str, str] = {
    # sky state (하늘상태)
    "맑음": "맑음",
    "구름조금": "구름조금",
    "구름많음": "구름많음",
    "흐림": "흐림",
    # precipitation (강수형태)
    "비": "비",
    "눈": "눈",
    "비/눈": "비/눈",
    "눈/비": "눈/비",
    "비또는눈": "비 또는 눈",
    "눈또는비": "눈 또는 비",
    "소나기": "소나기",
    "빗방울": "빗방울",
    "눈날림": "눈날림",
    "빗방울눈날림": "빗방울눈날림",
    "진눈깨비": "진눈깨비",
    # combined forecast wording (중기예보)
    "흐리고비": "흐리고 비",
    "흐리고눈": "흐리고 눈",
    "흐리고비/눈": "흐리고 비/눈",
    "흐리고소나기": "흐리고 소나기",
    "구름많고비": "구름많고 비",
    "구름많고눈": "구름많고 눈",
    "구름많고비/눈": "구름많고 비/눈",
    "구름많고소나기": "구름많고 소나기",
    # thunder and obstructions to vision (현재일기)
    "뇌우": "뇌우",
    "천둥번개": "천둥번개",
    "낙뢰": "낙뢰",
    "안개": "안개",
    "박무": "박무",
    "연무": "연무",
    "황사": "황사",
}

# Sky words of two or more characters may end a glued name ("서울맑음"); one-character ones
# (비, 눈) may not, because many place names end in them.
SKY_SUFFIXES: tuple[str, ...] = tuple(
    sorted((k for k in SKY_WORDS if len(k) >= 2 and "/" not in k), key=len, reverse=True)
)
# Longest first, so "구름많음강진군" splits as 구름많음 + 강진군 and not 구름 + ….
SKY_PREFIXES: tuple[str, ...] = tuple(sorted(SKY_WORDS, key=len, reverse=True))

# Weather emoji and symbols that widgets print instead of (or before) the sky word.
SKY_EMOJI: dict[str, str] = {
    "☀": "맑음",
    "🌞": "맑음",
    "☼": "맑음",
    "🌤": "구름조금",
    "⛅": "구름많음",
    "🌥": "구름많음",
    "☁": "흐림",
    "🌦": "소나기",
    "🌧": "비",
    "☂": "비",
    "☔": "비",
    "🌨": "눈",
    "❄": "눈",
    "☃": "눈",
    "⛄": "눈",
    "⛈": "뇌우",
    "🌩": "낙뢰",
    "🌫": "안개",
}

# Fine-dust widgets: 미세먼지 is PM10, 초미세먼지 is PM2.5 (AirKorea's names).
DUST_KINDS: dict[str, str] = {
    "미세먼지": "fine-dust",
    "PM10": "fine-dust",
    "초미세먼지": "ultrafine-dust",
    "PM2.5": "ultrafine-dust",
}
# AirKorea's four grades plus the eight-step scale some portals use; keys without spaces.
DUST_GRADES: dict[str, str] = {
    "좋음": "좋음",
    "보통": "보통",
    "나쁨": "나쁨",
    "매우나쁨": "매우나쁨",
    "최고": "최고",
    "양호": "양호",
    "상당히나쁨": "상당히나쁨",
    "최악": "최악",
}

# Words that stand where a station name would but say something else ("최고 31℃",
# "현재기온 24℃"): a line built on one of them is a forecast sentence or a different widget.
# fmt: off
NOT_STATIONS: frozenset[str] = frozenset((
    "기온", "현재", "현재기온", "최고", "최저", "최고기온", "최저기온", "낮", "아침", "저녁", "밤", "새벽",
    "오전", "오후", "오늘", "내일", "모레", "어제", "체감", "체감온도", "평균", "평균기온", "수온", "해수온",
    "습도", "온도", "날씨", "영하", "영상", "약", "섭씨", "평년", "예상", "기준", "전국", "지역", "실내",
    "실외", "물", "기록", "관측",
))
# fmt: on

# Josa (particles) that end a word of a sentence but no station name: "광주의 아침 기온이 7도".
NOT_NAME_ENDINGS: tuple[str, ...] = ("은", "는", "을", "를", "의", "에", "로", "에서", "까지", "부터")

# Lines that belong to a weather widget without being an item: the data credit under a
# ticker ("기상청 제공" in the devset) and the widget's own header links.
_CAPTIONS = (
    r"[(\[]?\s*(?:(?:자료|출처|정보|데이터)\s*[:：]?\s*)?"
    r"(?:기상청|에어코리아|한국환경공단|케이웨더|웨더아이|웨더뉴스|K-?weather)"
    r"(?:\s*(?:제공|자료|발표))?\s*[)\]]?",
    r"(?:전국|오늘의|현재|지역별?)?\s*날씨(?:\s*(?:정보|더\s*보기|전체\s*보기|바로\s*가기))?",
    r"(?:미세먼지|대기질)\s*(?:정보|더\s*보기)?",
)
CAPTION_RE = re.compile(r"(?:" + "|".join(_CAPTIONS) + r")", re.IGNORECASE)
