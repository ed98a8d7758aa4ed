"""People of the story: names with the titles news writes around them, and every mention.

Korean news introduces a person once in full, name then title ("강기정 광주시장", "서상우
한빛증권 연구원"), or role then name ("명창 안숙희"), or name plus 씨 for private people, and
then refers back with surname + title ("강 시장", "이 교수"). A name-shaped word alone is not
enough (이번, 정부 and 공무원 have the shape of a name), so a new person needs one of those
frames; the name-shaped common words Kiwi's dictionary knows are ruled out by a word list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..record import Person
from .lexicon import (
    FOREIGN_SYLLABLES,
    PARTICLES,
    PRE_NAME_ROLES,
    SURNAMES,
    is_hangul,
    name_stopwords,
    strip_particle,
    title_of,
)
from .orgs import is_org_word
from .regions import table
from .text import Paragraph, Word, words_of

# Words between a name and its title: affiliations ("한빛증권", "부산대 대기환경과학과").
MAX_AFFILIATIONS = 2
# Syllables that end no given name: particles and verb endings ("이번에", "정부는", "전했던").
NOT_NAME_FINAL = set("는를을에의와로만던겠했됐였씨야엔")
# 한국 + a syllable is a word (한국사, 한국인, 한국형), not 한 + a given name.
NOT_NAME_PREFIXES = ("한국", "대한")
# Two-syllable names are rare, and a surname syllable plus a particle or an adnominal ending
# makes many words ("이가", "위한", "전한", "나선"): such two-syllable names are refused.
NOT_SHORT_NAME_FINAL = set("은이가도과한된인운난낸른린선면며서게니다요죠고자지")
# A three-syllable name whose first two syllables are a common word and whose last is a verb
# ending, a particle or a group suffix is that word inflected or derived ("제기한", "정부가",
# "주관하(는)", "정치권", "주최측").
NOT_LONG_NAME_FINAL = set("은이가도과한된할될하되권측계층위회단팀")
# A two-syllable name ending in 모 is how news hides a name (김모씨): not a person of the record.
ANONYMISED = re.compile(r"^[가-힣]모$")
# Broadcast transcripts: "이정란 / 청주시 오송읍 : "…"", "<인터뷰> 송수진(현장기자) : "…"".
COLON_SPEAKER = re.compile(
    r"^\s*(?:[<\[][^>\]]{0,12}[>\]]\s*)?(?P<name>[가-힣]{2,4})\s*(?:\((?P<paren>[^)]{1,20})\))?"
    r"\s*(?:/\s*(?P<slash>[^:：/\"“]{1,30}))?\s*[:：]\s*[\"“]"
)
# Words that end an affiliation run: they are sentence words, not parts of a name's frame.
NOT_AFFILIATION = frozenset(
    [
        "이날",
        "당시",
        "또",
        "또한",
        "특히",
        "이어",
        "반면",
        "한편",
        "다만",
        "이번",
        "지난",
        "오는",
        "앞서",
        "현재",
        "역시",
    ]
)


@dataclass(frozen=True, slots=True)
class Mention:
    name: str  # the person's full name (the key of ``People``)
    start: int  # body offsets of the mention as written (name..title, or surname..title)
    end: int
    title: str | None = None  # the title written in this mention, if any


@dataclass(frozen=True, slots=True)
class People:
    persons: tuple[Person, ...]
    mentions: tuple[Mention, ...]

    def ending_at(self, end: int) -> str | None:
        """The person whose mention ends exactly at body offset ``end``."""
        for m in self.mentions:
            if m.end == end:
                return m.name
        return None

    def label(self, name: str) -> str:
        """How a person is named as a speaker: full name and title ("강기정 광주시장")."""
        for p in self.persons:
            if p.name == name:
                return f"{p.name} {p.title}" if p.title else p.name
        return name


def split_name(word: str) -> tuple[str, str] | None:
    """(name, rest) when the written word starts with a name-shaped token followed by nothing,
    a particle or 씨 ("한도윤이었다" → ("한도윤", "이었다"))."""
    stop = name_stopwords()
    for s in SURNAMES:
        if not word.startswith(s):
            continue
        for given in (2, 1):
            n = len(s) + given
            name, rest = word[:n], word[n:]
            if len(name) < n or not is_hangul(name) or name in stop or ANONYMISED.match(name):
                continue
            if name[-1] in NOT_NAME_FINAL or (given == 1 and name[-1] in NOT_SHORT_NAME_FINAL):
                continue
            if given == 2 and name[:2] in stop and name[2] in NOT_LONG_NAME_FINAL:
                continue
            if _place_or_body(name) or name.startswith(NOT_NAME_PREFIXES) or FOREIGN_SYLLABLES & set(name):
                continue
            if not rest or rest in PARTICLES or rest.startswith("씨"):
                return name, rest
        return None
    return None


def _place_or_body(name: str) -> bool:
    """Regions and organisations can have the shape of a name (서울시, 정의당, 교육부)."""
    return name in table().surfaces or is_org_word(name)


def find_people(paras: list[Paragraph], reporters: tuple[str, ...] = ()) -> People:
    """Every person introduced in a recognised frame, deduplicated by name, reporters left out."""
    titles: dict[str, list[str | None]] = {}  # name -> titles in the order written (None = 씨 only)
    roles: dict[str, str] = {}
    mentions: list[Mention] = []
    skip = set(reporters)
    for p in paras:
        words = words_of(p.text, p.start)
        colon = COLON_SPEAKER.match(p.text)
        if colon:
            _colon_person(colon, p, titles, mentions, skip)
        for i, w in enumerate(words):
            found = split_name(w.text)
            if found is None or found[0] in skip:
                continue
            name, rest = found
            title = _title_after(words, i) if not rest else None
            if title is not None:
                text, end = title
                titles.setdefault(name, []).append(text)
                mentions.append(Mention(name, w.start, end, text))
                continue
            role = _role_before(words, i)
            if rest.startswith("씨") or _ssi_after(words, i) or role:
                titles.setdefault(name, [])
                if role:
                    roles.setdefault(name, role)
                mentions.append(Mention(name, w.start, w.start + len(name)))
    known = set(titles)
    mentions += _later_mentions(paras, known, mentions)
    persons = []
    for name, ts in titles.items():
        title = next((t for t in ts if t), None) or roles.get(name)
        spans = tuple(sorted({(m.start, m.end) for m in mentions if m.name == name}))
        persons.append(Person(name, title, spans))
    return People(tuple(persons), tuple(sorted(set(mentions), key=lambda m: (m.start, m.end))))


# People named only as journalists ("고재형 기자가 전했다") are the newsroom, not the story,
# unless the story quotes them.
JOURNALIST_TITLES = ("기자", "특파원", "앵커", "통신원", "리포터", "논설위원")


def story_people(people: People, speakers: set[str]) -> tuple[Person, ...]:
    """The record's people: journalists who are not quoted are left out."""
    return tuple(
        p
        for p in people.persons
        if not (p.title and p.title.endswith(JOURNALIST_TITLES)) or people.label(p.name) in speakers
    )


def _colon_person(colon: re.Match[str], p: Paragraph, titles, mentions, skip) -> None:
    found = split_name(colon.group("name"))
    if found is None or found[1] or found[0] in skip:
        return
    name = found[0]
    title = None
    for part in (colon.group("paren"), colon.group("slash")):
        if part and title_of(part.split()[-1]):
            title = part.strip()
            break
    titles.setdefault(name, []).append(title)
    start = p.start + colon.start("name")
    mentions.append(Mention(name, start, start + len(name)))


def _title_after(words: list[Word], i: int) -> tuple[str, int] | None:
    """(title as written, its end offset) when a title follows the name at ``words[i]``."""
    parts: list[str] = []
    for j in range(i + 1, min(i + 2 + MAX_AFFILIATIONS, len(words))):
        w = words[j]
        if w.start - words[j - 1].end > 1:
            return None  # a bracket or more than one space: not the same phrase
        stem, particle = strip_particle(w.text)
        for cand in (w.text, stem):
            t = title_of(cand)
            if t is not None and (cand == w.text or particle):
                return " ".join([*parts, cand]), w.start + len(cand)
        if particle not in ("", "과") or not _affiliation_like(w.text):
            return None
        parts.append(w.text)
    return None


def _affiliation_like(text: str) -> bool:
    """A word that can stand between a name and its title: not a sentence word, not a bare
    syllable ("문 대통령"), not another name ("나선 안철수 의원")."""
    found = split_name(text)
    return (
        text not in NOT_AFFILIATION
        and not (FOREIGN_SYLLABLES & set(text) and not is_org_word(text))  # "신시아 루미스 …"
        and bool(re.fullmatch(r"[가-힣A-Za-z0-9·]{2,15}", text))
        and not re.fullmatch(r"\d+[가-힣]?", text)
        and not (found and not found[1])
    )


def _role_before(words: list[Word], i: int) -> str | None:
    if i == 0 or words[i].start - words[i - 1].end > 1:
        return None
    prev = words[i - 1].text
    return prev if prev in PRE_NAME_ROLES else None


def _ssi_after(words: list[Word], i: int) -> bool:
    """ "정미숙 씨는", "정미숙(58)씨는" (the age is a word of its own between brackets)."""
    for j in (i + 1, i + 2):
        if j >= len(words):
            return False
        t = words[j].text
        if t.startswith("씨") and strip_particle(t)[0] == "씨":
            return True
        if not t.isdigit():
            return False
    return False


def _later_mentions(paras: list[Paragraph], known: set[str], found: list[Mention]) -> list[Mention]:
    """Full names written again without a frame, and surname + title references ("강 시장")."""
    covered = {(m.start, m.end) for m in found}
    starts = {m.start for m in found}
    out: list[Mention] = []
    last_seen: dict[str, int] = {}
    for p in paras:
        words = words_of(p.text, p.start)
        for i, w in enumerate(words):
            sn = split_name(w.text)
            if sn and sn[0] in known:
                last_seen[sn[0]] = w.start
                if w.start not in starts and (w.start, w.start + len(sn[0])) not in covered:
                    out.append(Mention(sn[0], w.start, w.start + len(sn[0])))
                continue
            if w.text not in SURNAMES or i + 1 >= len(words) or words[i + 1].start - w.end > 1:
                continue
            stem = strip_particle(words[i + 1].text)[0]
            ref_title = title_of(stem)
            if ref_title is None:
                continue
            who = _refers_to(w.text, ref_title, found, last_seen)
            if who:
                out.append(Mention(who, w.start, words[i + 1].start + len(stem)))
                last_seen[who] = w.start
    return out


def _refers_to(surname: str, title: str, found: list[Mention], last_seen: dict[str, int]) -> str | None:
    """The person "강 시장" points back to: same surname, a title ending in the same word."""
    pool = {
        m.name
        for m in found
        if m.title and m.title.endswith(title) and m.name.startswith(surname) and len(m.name) > len(surname)
    }
    if not pool:
        return None
    return max(pool, key=lambda n: last_seen.get(n, -1))
