"""Bytes -> text: which encoding the page is in.

In order, each step only when the one before could not decide:
1. a byte-order mark (UTF-8, UTF-16, UTF-32) says it;
2. strict UTF-8 (the web's default; a legacy page almost never decodes as UTF-8 by chance);
3. the page's own declaration (``<meta charset>``, ``http-equiv`` content type, XML
   declaration) when the bytes decode strictly with it;
4. strict cp949 when the result reads as Korean (cp949 is EUC-KR's superset, so EUC-KR pages
   decode too; we report "euc-kr" when EUC-KR alone suffices);
5. UTF-8 or cp949 with a few damaged bytes, when the damage is rare (a detector would call a
   Korean UTF-8 page with two flipped bits Cyrillic);
6. charset-normalizer, the well-kept detector, as the fallback, never allowed to call Korean
   bytes Chinese or Japanese: short Korean texts are often valid GB18030/Big5/Shift_JIS too;
7. otherwise UTF-8 with replacement characters and an "undecodable-bytes" warning.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
DECLARATION_WINDOW = 4096  # bytes: where HTML5 says a <meta charset> must be
_DECLARED = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{2,40})"""
    rb"""|<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]{2,40})""",
    re.I,
)
# Names pages declare for Korean, and what we decode them with / report them as.
_KOREAN_NAMES = {
    "euc-kr",
    "euckr",
    "euc_kr",
    "cp949",
    "ms949",
    "uhc",
    "windows-949",
    "ks_c_5601-1987",
    "ksc5601",
    "x-windows-949",
}
_OTHER_CJK = (
    "gb",
    "big5",
    "shift_jis",
    "shift-jis",
    "sjis",
    "euc_jp",
    "euc-jp",
    "iso2022",
    "hz",
    "cp932",
    "cp936",
    "cp950",
)
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_LETTERS = re.compile(r"[^\W\d_]")
# A cp949 decode is taken when Hangul syllables are at least this share of its letters: the
# Korean pages we read are mostly Hangul, while Latin-1 or cp1252 bytes decoded as cp949 give
# Hanja and rare syllables.
MIN_HANGUL_SHARE = 0.3
# Bytes that decode as UTF-8 or cp949 with replacement characters for at most this share of
# their non-ASCII characters (and at least NEARLY_MIN_CHARS of them) are in that encoding: a
# damaged byte costs one to three characters, while legacy bytes read as UTF-8 fail on
# nearly every non-ASCII character (cp949 Korean: ~90%, accented Latin: ~100%).
NEARLY_MAX_DAMAGE = 0.05
NEARLY_MIN_CHARS = 20
# A page declaring UTF-8 is believed with more damage than that.
DECLARED_MAX_DAMAGE = 0.2


# EUC-KR writes a syllable outside its 2,350 as eight bytes: Hangul filler, initial, medial and
# final jamo (filler when none), per KS X 1001 annex 3. Python's codec decodes the pieces; we
# compose them back, so "쳥" reads the same from EUC-KR as from UTF-8.
_INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_MEDIALS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_FINALS = "\u3164ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"
_EIGHT_BYTE = re.compile(f"\u3164([{_INITIALS}])([{_MEDIALS}])([{_FINALS}])")


def _compose(m: re.Match[str]) -> str:
    i, v, t = (_INITIALS.index(m[1]), _MEDIALS.index(m[2]), _FINALS.index(m[3]))
    return chr(0xAC00 + (i * len(_MEDIALS) + v) * len(_FINALS) + t)


def _korean_text(raw: bytes) -> DecodedBytes | None:
    """Strict cp949, reported as "euc-kr" when EUC-KR alone decodes the bytes."""
    if _strict(raw, "euc_kr") is not None:
        text, encoding = _strict(raw, "euc_kr"), "euc-kr"
    else:
        text, encoding = _strict(raw, "cp949"), "cp949"
    if text is None:
        return None
    if "\u3164" in text:
        text = _EIGHT_BYTE.sub(_compose, text)
    return DecodedBytes(text, encoding)


@dataclass(frozen=True, slots=True)
class DecodedBytes:
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def _strict(raw: bytes, encoding: str) -> str | None:
    try:
        return raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def declared_encoding(raw: bytes) -> str | None:
    """The encoding the page declares in its first bytes, normalised by Python's codec names."""
    m = _DECLARED.search(raw[:DECLARATION_WINDOW])
    if not m:
        return None
    name = (m.group(1) or m.group(2)).decode("ascii").strip().lower()
    if name in _KOREAN_NAMES:
        return "cp949"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _korean(raw: bytes) -> DecodedBytes | None:
    """Strict cp949 / EUC-KR when the result reads as Korean."""
    found = _korean_text(raw)
    if found is None:
        return None
    letters = len(_LETTERS.findall(found.text))
    if not letters or len(_HANGUL.findall(found.text)) < MIN_HANGUL_SHARE * letters:
        return None
    return found


def _charset_normalizer(raw: bytes) -> DecodedBytes | None:
    from charset_normalizer import from_bytes

    matches = from_bytes(raw)
    best = matches.best()
    if best is None:
        return None
    # Short Western texts fit several code pages equally well (cp1250 or cp1252 for French);
    # on a tie take cp1252, what browsers use for legacy Western pages.
    for m in matches:
        if m.encoding == "cp1252" and m.chaos <= best.chaos and m.coherence >= best.coherence:
            best = m
            break
    encoding = best.encoding.lower()
    if encoding.startswith(_OTHER_CJK):
        korean = _korean_text(raw)
        if korean is not None:  # Korean first: it is what this library reads
            return korean
    return DecodedBytes(str(best), encoding.replace("_", "-"))


def decode_bytes(raw: bytes) -> DecodedBytes:
    """Decode a page's bytes; never raises (bytes no encoding explains get a warning)."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            text = _strict(raw, encoding)
            if text is not None:
                return DecodedBytes(text, encoding)
    text = _strict(raw, "utf-8")
    if text is not None:
        return DecodedBytes(text, "utf-8")
    declared = declared_encoding(raw)
    if declared == "cp949":
        korean = _korean_text(raw)
        if korean is not None:
            return korean
    elif declared == "utf-8":
        damaged = _nearly(raw, "utf-8", DECLARED_MAX_DAMAGE)
        if damaged is not None:
            return damaged
    elif declared and declared != "utf-8":
        text = _strict(raw, declared)
        if text is not None:
            return DecodedBytes(text, declared)
    found = _korean(raw) or _nearly(raw, "utf-8") or _nearly(raw, "cp949") or _charset_normalizer(raw)
    if found is not None:
        return found
    return DecodedBytes(raw.decode("utf-8", "replace"), "utf-8", ("undecodable-bytes",))


def _nearly(raw: bytes, encoding: str, max_damage: float = NEARLY_MAX_DAMAGE) -> DecodedBytes | None:
    """A UTF-8 or cp949 page with a few damaged bytes (a truncated download, flipped bits):
    decoded with replacement characters, when the damage is rare among its non-ASCII text
    and, for cp949, the rest reads as Korean. A detector would call such a page Cyrillic."""
    text = raw.decode(encoding, "replace")
    bad = text.count("\ufffd")
    wide = sum(1 for ch in text if ch >= "\x80") - bad
    if wide < NEARLY_MIN_CHARS or bad > max_damage * wide:
        return None
    if encoding == "cp949":
        letters = len(_LETTERS.findall(text))
        if len(_HANGUL.findall(text)) < MIN_HANGUL_SHARE * letters:
            return None
    return DecodedBytes(text, encoding, ("undecodable-bytes",))
