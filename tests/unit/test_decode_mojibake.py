"""cp949 mojibake repair: known breakages undone, clean text of any language left alone."""

from __future__ import annotations

import difflib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sinmun.decode import decode, repair
from sinmun.decode.charmodel import is_common_syllable
from sinmun.decode.mojibake import looks_broken, repair_cp949


def latin1(text: str) -> str:
    return text.encode("cp949").decode("latin-1")


@pytest.mark.parametrize(
    ("broken", "want"),
    [
        ("¹®ÀçÀÎ ´ëÅë·ÉÀÌ", "문재인 대통령이"),  # the example
        ("Äڷγª19 ¹é½ÅÀ» ÃæºÐÈ÷ È®º¸Çϵµ·Ï", "코로나19 백신을 충분히 확보하도록"),  # merged "Î³" -> "γ"
        ("½ÃÀåÀº ¡°³»³â¿¡ ´Ù½Ã ³íÀÇÇÏ°Ú´Ù¡±°í ¸»Çß´Ù", "시장은 “내년에 다시 논의하겠다”고 말했다"),
        # soft hyphens (0xAD) deleted: 에서, 강, 섰 lost their trail byte ("Çߴٴ": merges)
        (
            "Áö½ÃÇߴٴ û¿Í´ëÀÇ ¼³¸í¿¡ ¾ß´ç¿¡¼ °ÇÏ°Ô ºñÆÇÇÏ°í ³ª¼¹´Ù",
            "지시했다는 청와대의 설명에 야당에서 강하게 비판하고 나섰다",
        ),
        ("ÀÌ·± ¼ö¼®¡¤Àå°üÀ̶ó¸é", "이런 수석·장관이라면"),
    ],
)
def test_known_breakages_are_repaired(broken: str, want: str) -> None:
    got = decode(broken)
    assert got.text == want
    assert got.repairs == ("cp949-read-as-latin1",)


def test_plain_wrong_decode_is_read_back_byte_for_byte() -> None:
    # No merged characters: the page only went through the wrong decode, nothing was lost, so
    # a soft-hyphen-less word that does not decode stays as printed rather than be guessed at.
    broken = "¾ß´ç¿¡¼ ºñÆÇÇÏ°í ³ª¼¹´Ù"
    assert decode(broken).text == "¾ß´ç¿¡¼ 비판하고 나섰다"


def test_cp1252_only_characters_name_the_repair() -> None:
    text = "정부는 오늘 발표했다 똠방각하"  # 똠 is 8C 63: cp1252 shows 0x8C as "Œ"
    broken = text.encode("cp949").decode("cp1252")
    assert "Œ" in broken
    got = decode(broken)
    assert got.text == text
    assert got.repairs == ("cp949-read-as-cp1252",)


def test_broken_lines_are_repaired_and_clean_lines_kept() -> None:
    page = (
        "서울 20.2°C 맑음\n"
        + latin1("문재인 대통령이 지난 4월부터 백신을 확보하도록 지시했다")
        + "\nCafé au lait"
    )
    got = decode(page)
    assert got.text.split("\n") == [
        "서울 20.2°C 맑음",
        "문재인 대통령이 지난 4월부터 백신을 확보하도록 지시했다",
        "Café au lait",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Müller aß Äpfel für 5 €. Grüße aus Köln! Übermäßig schön, Straße",
        "Les élèves français ont réussi l'épreuve. Où est la gare? À bientôt, ça va très bien",
        "naïve café crème brûlée à la mode, São Paulo, Bogotá, Zürich, Ægir, Œuvre",
        "기온은 ±3°C, 습도 60% · 강수확률 ¼ · 미세먼지 ‘좋음’ © 연합뉴스 ®",
        "「東京」で、日本語のテキスト。ÀÉ",
        "Copyright © 2024 «Le Monde» ¡Hola! ¿Qué tal? — naïveté",
    ],
)
def test_clean_text_with_latin1_characters_is_not_repaired(text: str) -> None:
    assert repair(text) == (text, ())
    assert not looks_broken(text)


# Korean text as news writes it: common syllables in words, spaces, digits, punctuation.
_SYLLABLES = [chr(c) for c in range(0xAC00, 0xD7A4) if is_common_syllable(chr(c))]
_WORD = st.text(alphabet=st.sampled_from(_SYLLABLES), min_size=1, max_size=6)
_SEP = st.sampled_from([" ", " ", " ", ", ", ". ", " 2024년 ", "·", " “", "” "])
KOREAN = (
    st.lists(st.tuples(_WORD, _SEP), min_size=2, max_size=12)
    .map(lambda ws: "".join(w + s for w, s in ws).strip())
    .filter(lambda s: sum("\uac00" <= c <= "\ud7a3" for c in s) >= 4)
    # text, not one syllable repeated ("가가가가" is no evidence of Korean and is not repaired)
    .filter(lambda s: len({c for c in s if "\uac00" <= c <= "\ud7a3"}) >= 2)
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(KOREAN)
def test_korean_read_as_latin1_repairs_exactly(text: str) -> None:
    assert repair_cp949(latin1(text))[0] == text


# Korean with UHC-only syllables, some of whose bytes cp1252 leaves undefined.
_UHC = [chr(c) for c in range(0xAC00, 0xD7A4) if not is_common_syllable(chr(c))]
_UHC_UNDEFINED = [s for s in _UHC if set(s.encode("cp949")) & set(b"\x81\x8d\x8f\x90\x9d")]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(KOREAN, st.lists(st.sampled_from(_UHC_UNDEFINED), min_size=1, max_size=3), st.randoms())
def test_cp1252_with_dropped_bytes_invents_nothing(text: str, rare: list[str], rnd) -> None:
    words = text.split(" ")
    for s in rare:
        words.insert(rnd.randrange(len(words) + 1), s)
    original = " ".join(words)
    broken = original.encode("cp949").decode("cp1252", "ignore")  # undefined bytes dropped
    fixed = decode(broken).text
    assert set(fixed) <= set(original) | {"\ufffd"} | set(broken)


_WORDS = {
    "english": [
        "the",
        "news",
        "agency",
        "said",
        "on",
        "Monday",
        "that",
        "prices",
        "rose",
        "while",
        "markets",
        "fell",
        "and",
        "analysts",
        "expect",
    ],
    "german": [
        "Müller",
        "äußerte",
        "sich",
        "über",
        "die",
        "Straße",
        "größer",
        "schön",
        "Grüße",
        "Mädchen",
        "Bäcker",
        "Übung",
    ],
    "french": [
        "élève",
        "français",
        "où",
        "à",
        "très",
        "bientôt",
        "déjà",
        "garçon",
        "Noël",
        "naïve",
        "crème",
        "brûlée",
        "être",
    ],
    "japanese": [
        "東京都",
        "日本語",
        "ニュース",
        "天気",
        "晴れ",
        "記者",
        "会見",
        "政府",
        "発表",
        "です",
        "ます",
    ],
    "korean": [
        "서울",
        "날씨",
        "맑음",
        "기자",
        "대통령",
        "국회",
        "경제",
        "발표했다",
        "오늘",
        "내일",
        "2024년",
        "“인용”",
        "연합뉴스",
    ],
}


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(sorted(_WORDS)).flatmap(
        lambda lang: st.lists(st.sampled_from(_WORDS[lang]), min_size=1, max_size=20)
    )
)
def test_clean_text_is_unchanged(words: list[str]) -> None:
    text = " ".join(words)
    assert decode(text).text == text
    assert decode(text).repairs == ()


# Written for this test (not from any page): news-style Korean with the syllables the chain
# hurts most (서 강 화 난 열 carry byte 0xAD; 째, 태, 로 meet merges).
NEWS = [
    "서울시는 오는 20일부터 한강 공원에서 열리는 화요 음악회를 강화한다고 밝혔다.\n시민들은 “난생처음 보는 공연”이라며 환영했고, 행사는 올해로 3회째를 맞는다.\n정부는 경제 회복을 위해 추가경정예산을 편성하고 국회에 협조를 요청했다.\n기상청은 내일 전국이 대체로 맑겠으나 강원 영동에는 비가 오겠다고 예보했다.\n경찰은 사고 원인을 조사하는 한편 목격자를 찾고 있으며, 피해자는 병원으로 옮겨졌다.\n대통령은 이날 국무회의에서 “국민의 안전이 최우선”이라고 강조했다."
]


def _chain(page: str) -> str:
    """MOJIBAKE.md's chain: cp949 bytes read as cp1252, ftfy's "fix", soft hyphens deleted."""
    import ftfy

    raw = page.encode("cp949")
    read = "".join(bytes((b,)).decode("cp1252") if b not in b"\x81\x8d\x8f\x90\x9d" else chr(b) for b in raw)
    return ftfy.fix_text(read).replace("\xad", "").replace("\xa0", " ")


def test_the_documented_corruption_chain_is_undone() -> None:
    page = "\n".join(NEWS)
    broken = _chain(page)
    assert broken.count("\n") == page.count("\n")
    got = decode(broken)
    assert got.repairs == ("cp949-read-as-latin1",)
    assert got.text.count("\n") == page.count("\n")
    matcher = difflib.SequenceMatcher(None, got.text, page, autojunk=False)
    assert matcher.ratio() >= 0.975  # one or two syllables may be read otherwise (효채 for 화요)


@pytest.mark.timeout(60)
def test_huge_broken_pages_are_bounded() -> None:
    # The full search is ~0.1 ms a character; a page spends at most MAX_SEARCH_CHARS on it and
    # reads the rest byte for byte, so neither a 2 MB line nor thousands of lines can stall.
    line = _chain("대통령이 지시했다는 청와대의 설명에 야당에서 강하게 비판하고 나섰다 ")
    one_line = decode(line * 3000)
    assert one_line.repairs == ("cp949-read-as-latin1",)
    many = decode("\n".join([line] * 2000)).text.split("\n")
    assert len(many) == 2000
    assert many[0].startswith("대통령이 지시했다는 청와대의")  # searched
    assert many[-1].startswith("대통령이 ")  # past the budget: the words that decode as they are


@pytest.mark.parametrize(
    ("word", "plain"),
    [
        (latin1("“대통령"), "“대통령"),  # quotes, dots and brackets read back like syllables
        (latin1("청와대·국회"), "청와대·국회"),
        (latin1("대통령"), "대통령"),
        (latin1("뷁"), None),  # a rare syllable: a misaligned pair, for the search to weigh
        ("¡°´ëÅë·", None),  # a dangling lead byte
    ],
)
def test_words_that_read_back_plainly_skip_the_search(word, plain):
    from sinmun.decode.lattice import _plain_word

    got = _plain_word(word)
    assert (got[0] if got else None) == plain
