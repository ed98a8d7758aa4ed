"""UTF-8 read as cp1252/Latin-1: ftfy's repair, line by line, where it is safe."""

from __future__ import annotations

import ftfy  # noqa: F401  (registers the "sloppy-windows-1252" codec: bytes cp1252 leaves undefined kept)
import pytest

from sinmun.decode import decode
from sinmun.decode.utf8_mojibake import repair_line


def utf8_as_cp1252(text: str) -> str:
    return text.encode("utf-8").decode("sloppy-windows-1252")


@pytest.mark.parametrize(
    ("broken", "want", "name"),
    [
        ("CafÃ© au lait", "Café au lait", "utf8-read-as-latin1"),
        ("â€œHelloâ€\x9d", "“Hello”", "utf8-read-as-cp1252"),
        (utf8_as_cp1252("안녕하세요 기자입니다"), "안녕하세요 기자입니다", "utf8-read-as-cp1252"),
    ],
)
def test_utf8_mojibake_is_undone(broken: str, want: str, name: str) -> None:
    assert repair_line(broken) == (want, name)


def test_no_break_space_turned_space_inside_a_syllable() -> None:
    # 날 is EB 82 A0: cp1252 shows "ë‚" and a no-break space, which crawlers turn into a space.
    broken = utf8_as_cp1252("서울 날씨").replace("\xa0", " ")
    assert repair_line(broken) == ("서울 날씨", "utf8-read-as-cp1252")


@pytest.mark.parametrize(
    "text",
    [
        "¹®ÀçÀÎ ´ëÅë·ÉÀÌ",  # cp949 mojibake is not ftfy's to touch
        "Müller aß Äpfel für 5 €",
        "서울 20.2°C 맑음",
        "plain ASCII",
    ],
)
def test_other_text_is_left_alone(text: str) -> None:
    assert repair_line(text) == (text, None)


def test_partly_broken_page_keeps_its_lines() -> None:
    page = "첫 줄은 멀쩡하다\n" + utf8_as_cp1252("둘째 줄은 깨졌다") + "\nCafÃ©\n"
    got = decode(page)
    assert got.text == "첫 줄은 멀쩡하다\n둘째 줄은 깨졌다\nCafé\n"
    assert set(got.repairs) <= {"utf8-read-as-cp1252", "utf8-read-as-latin1"}
