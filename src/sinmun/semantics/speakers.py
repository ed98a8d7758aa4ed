"""Who said each quote, read the way Korean news writes attribution.

* "김동연 경기지사는 “A”며 “B”고 말했다": the sentence's topic (…은/는) before the quotes says
  both; a new topic between quotes ("…”고 말했지만, 재판부는 “…”") starts a new speaker.
* "“A”라고 최 의원은 말했다", "“A.” 류 박사는 … 설명했다": the speaker follows the quote.
* "“A”는 게 전문가들의 조언이다", "업계에서는 “A”라는 평가가 나온다": the source is named
  in a genitive or a "…에서는" phrase; "“A”라는 지적이 나온다" alone has no speaker.
* A sentence without a subject ("이어 “A”고 덧붙였다", "그러면서 “A”고 호소했다") and a
  paragraph that is only a quote continue the current topic, as Korean does.
* "강 시장", "이 교수", "그는" point back to people; "이 관계자" to the last 관계자.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import takewhile

from ..record import Quote
from .lexicon import SURNAMES, strip_particle, title_of
from .orgs import is_org_word
from .people import People, split_name
from .quotes import COLON_SPEAKER, MASK, Span, masked, spans_of
from .text import Paragraph, Word, words_of

# Speakers named by what they are, not who: "경찰은", "소방 관계자는", "연구팀은".
ROLE_HEADS: frozenset[str] = frozenset(
    [
        "관계자",
        "관계자들",
        "측",
        "당국",
        "주민",
        "주민들",
        "시민",
        "시민들",
        "상인",
        "상인들",
        "전문가",
        "전문가들",
        "연구팀",
        "연구진",
        "재판부",
        "노조",
        "사측",
        "노측",
        "업계",
        "경찰",
        "검찰",
        "소방당국",
        "보건당국",
        "방역당국",
        "금융당국",
        "정부",
        "여당",
        "야당",
        "청와대",
        "대통령실",
        "직원",
        "직원들",
        "공무원",
        "학부모",
        "학부모들",
        "교사",
        "교사들",
        "학생",
        "학생들",
        "환자",
        "유족",
        "유족들",
        "피해자",
        "피해자들",
        "참가자",
        "누리꾼",
        "누리꾼들",
        "네티즌",
        "소비자",
        "운전자",
        "의료진",
        "선수단",
        "구단",
        "사무국",
        "위원회",
        "대책위",
        "비대위",
        "조직위",
        "회사",
        "기업",
        "시민단체",
        "단체",
        "변호인",
        "변호인단",
        "검찰",
        "수사팀",
        "의원실",
        "캠프",
        "집행부",
        "지도부",
        "교육당국",
    ]
)
# Heads that also end longer speaker words ("금융투자업계", "지역주민", "방역당국").
ROLE_ENDINGS = ("업계", "관계자", "당국", "연구팀", "연구진", "노조", "재판부", "주민", "시민단체")
# Words that open a clause and are never part of a speaker's name.
CONNECTIVES = frozenset(
    [
        "이에",
        "대해",
        "반면",
        "또",
        "또한",
        "특히",
        "이어",
        "그러면서",
        "한편",
        "다만",
        "하지만",
        "그러나",
        "이날",
        "당시",
        "앞서",
        "아울러",
        "이와",
        "함께",
        "결국",
        "이후",
        "그러자",
        "먼저",
        "끝으로",
        "마지막으로",
        "동시에",
        "게다가",
        "이번",
        "현재",
        "실제로",
        "최근",
    ]
)
# Determiners dropped from a speaker's name ("한 선사 관계자" → "선사 관계자"); "이"/"그"
# ("이 관계자") point back to the same kind of speaker named before.
DETERMINERS = frozenset(["한", "이", "그", "해당", "또", "다른", "또다른", "일부", "모든"])
BACK_REFERENCE = frozenset(["이", "그", "해당"])
# Numerals that make the phrase several speakers at once ("두 시는", "양 기관은"): not one speaker.
PLURAL = frozenset(["두", "세", "양", "여러", "각", "모든"])
TOPIC = frozenset({"은", "는", "께서는", "께서"})
# "…책임자도 “…”라고 말했다": the next speaker, "also" — a subject only right before a quote.
ALSO = frozenset({"도"})
SUBJECT = frozenset({"이", "가"})
PRONOUNS = frozenset({"그", "그녀"})
# Endings of adnominal verb forms ("만난", "일하는", "주도한"): a clause, not part of a name.
ADNOMINAL_END = ("는", "한", "된", "던", "인", "운", "난", "린", "온", "낸", "쓴", "든", "른")
# Verb forms that end a clause ("주장하자", "열고", "나서며"): never part of a speaker's name.
VERBAL_END = re.compile(r"(?:[하되나오가있없받내들]|했|됐|였)(?:자|고|며|면|면서|니|지만|는데|도록|게|서)$")
# A speaker's name has at most this many words in front of its head ("배터리 제조사 연구소장").
MAX_MODIFIERS = 3
# Verbs that report no one in particular: "…라는 평가가 나온다", "…는 전망이 우세하다".
HEARSAY = (
    "나온다",
    "나왔다",
    "나오고",
    "우세하다",
    "우세했다",
    "잇따른다",
    "잇따랐다",
    "제기된다",
    "제기됐다",
    "지배적이다",
)
_GENITIVE = re.compile(
    r"^\S*?(?:이?라는|는|이?란)\s*(?:게|것이|것은|말이)\s+(?P<src>\S+?)의\s+(?:\S+\s+){0,2}?"
    r"(?:설명|입장|주장|전언|분석|지적|조언|견해|판단|평가|얘기|이야기|말|전망|생각|목소리)"
)
_ANON = re.compile(r"^(?:[가-힣]모|[A-Z]{1,2})$")
_VERB = re.compile(r"[가-힣]+(?:다|지만|는데)$")
_SENTENCE = re.compile(r"(?<=[.?!])\s+|(?<=다\.)(?=[가-힣])")
_WORDLIKE = re.compile(r"[가-힣A-Za-z0-9·]+")
# "업계에서는 “…”라는 평가가 나온다": a source marked as a place of talk. Plain "…에서" is
# mostly a venue ("회의에서"), so it names a source only for a speaker word ("야당에서").
_SOURCE_SUFFIXES = ("에서는", "에선", "에서도", "사이에서는", "에서")
# Written right after a subject instead of a particle: "윤희숙 의원 역시 …“…”".
TOPIC_WORDS = frozenset({"역시", "또한"})


@dataclass(frozen=True, slots=True)
class Speaker:
    label: str
    person: str | None = None  # full name, when the speaker is a person of the story


@dataclass(slots=True)
class _State:
    """What the article is about so far: the current topic and the last person and groups."""

    topic: Speaker | None = None
    last_person: str | None = None
    groups: dict[str, str] = field(default_factory=dict)  # head word -> last full label
    # people known only as the bare-name subject of a quote ("박해미는 “…”"), with their spans
    named: dict[str, list[tuple[int, int]]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Context:
    people: People
    orgs: frozenset[str]  # organisation names found in the body
    regions: tuple[tuple[int, str], ...]  # (body offset, written region form), in order
    body: str = ""


@dataclass(frozen=True, slots=True)
class Attribution:
    quotes: tuple[Quote, ...]
    # people introduced only as a quote's subject by bare name, with their spans
    named: dict[str, tuple[tuple[int, int], ...]]


def attribute(paras: list[Paragraph], ctx: Context) -> Attribution:
    """All direct quotes of the body with their speaker (None when the text does not say)."""
    state = _State()
    out: list[Quote] = []
    for p in paras:
        spans = spans_of(p.text)
        speech = [s for s in spans if s.speech]
        mtext = masked(p.text, spans)
        for ss, se in _sentences(mtext):
            qs = [s for s in speech if ss <= s.open < se]
            words = words_of(mtext[ss:se], p.start + ss)
            if not qs:
                sp = _find(words, TOPIC, ctx, state)
                if sp is not None:
                    _remember(state, sp)
                elif _other_topic(words):
                    state.topic = None  # the sentence is about something that does not speak
                continue
            out += _sentence_quotes(p, qs, words, ss, se, ctx, state)
    return Attribution(tuple(out), {k: tuple(v) for k, v in state.named.items()})


def speech_spans(paras: list[Paragraph]) -> tuple[tuple[tuple[int, int], ...], ...]:
    """Per paragraph, the paragraph-relative spans of direct speech (for event dates)."""
    return tuple(tuple((s.start, s.end) for s in spans_of(p.text) if s.speech) for p in paras)


def _sentences(mtext: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in _SENTENCE.finditer(mtext):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(mtext)))
    return [(a, b) for a, b in out if b > a]


def _sentence_quotes(
    p: Paragraph, qs: list[Span], words: list[Word], ss: int, se: int, ctx: Context, state: _State
) -> list[Quote]:
    base = p.start
    within = [
        [w for w in words if base + a <= w.start < base + b and MASK not in w.text]
        for a, b in _gaps(qs, ss, se)
    ]
    # "“…”라고 최 의원은 말했다": a subject after the last quote and before its verb
    tail_words = list(takewhile(lambda w: not _VERB.fullmatch(w.text), within[-1]))
    tail = _find(tail_words, TOPIC | SUBJECT, ctx, state)
    own = [_find(within[k], TOPIC | ALSO, ctx, state) for k in range(len(qs))]
    standalone = not any(within)
    speakers: list[Speaker | None] = []
    out = []
    for k, q in enumerate(qs):
        post_text = p.text[q.after : se] if q.after <= se else ""
        verb = next((w.text for seg in within[k + 1 :] for w in seg if _VERB.fullmatch(w.text)), None)
        sp = None
        if k == 0 and COLON_SPEAKER.search(p.text[ss : q.open]):
            sp = _colon(p.text[ss : q.open], within[0], ctx)
        if sp is None:
            sp = own[k]
        if sp is None and k > 0:
            sp = speakers[k - 1]
        if sp is None and (g := _GENITIVE.match(post_text)):
            sp = Speaker(g.group("src"))
        if sp is None:
            sp = _source(within[k], ctx, state)
        if sp is None and not any(own[k + 1 :]):
            sp = tail
        if sp is None:
            sp = _according_to(within[k], ctx, state) or _find(within[k], SUBJECT, ctx, state)
        carry = standalone or (verb is not None and not verb.startswith(HEARSAY))
        if sp is None and carry and not _other_topic(within[k]):
            sp = state.topic
        speakers.append(sp)
        start, end = _trimmed(p.text, q)
        out.append(Quote(sp.label if sp else None, p.text[start:end], base + start, base + end, verb))
    for sp in speakers:
        if sp is not None:
            _remember(state, sp)
    return out


def _gaps(qs: list[Span], ss: int, se: int) -> list[tuple[int, int]]:
    """The text around the quotes: before the first, between each pair, after the last."""
    bounds = [ss, *(x for q in qs for x in (q.open, min(q.after, se))), se]
    return [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]


def _trimmed(text: str, q: Span) -> tuple[int, int]:
    a, b = q.start, q.end
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _remember(state: _State, sp: Speaker) -> None:
    state.topic = sp
    if sp.person:
        state.last_person = sp.person


def _find(words: list[Word], particles: frozenset[str], ctx: Context, state: _State) -> Speaker | None:
    """The first phrase marked by one of ``particles`` that names a speaker; a bare name-shaped
    subject ("박해미는") only when no phrase names a known speaker."""
    return _scan(words, particles, ctx, state, False) or _scan(words, particles, ctx, state, True)


def _scan(
    words: list[Word], particles: frozenset[str], ctx: Context, state: _State, bare_names: bool
) -> Speaker | None:
    for i, w in enumerate(words):
        stem, particle = strip_particle(w.text)
        if not particle and "은" in particles and i + 1 < len(words) and words[i + 1].text in TOPIC_WORDS:
            particle = "은"
        if w.text in particles and (j := _before_bracket(words, i, ctx)) is not None:
            sp = _phrase(words, j, words[j].text, ctx, state, bare_names)  # "정영준(이은형 분)은"
        elif particle in particles:
            sp = _phrase(words, i, stem, ctx, state, bare_names)
        else:
            continue
        if sp is not None:
            return sp
    return None


def _before_bracket(words: list[Word], i: int, ctx: Context) -> int | None:
    """For a particle written after a bracket, the word in front of that bracket."""
    w = words[i]
    if w.start == 0 or ctx.body[w.start - 1] != ")":
        return None
    opening = ctx.body.rfind("(", 0, w.start - 1)
    return next((j for j in range(i - 1, -1, -1) if words[j].end == opening), None)


# Topic-marked words that set the time or the frame of a sentence, not what it is about.
FRAME_WORDS = frozenset(
    [
        "이날",
        "오늘",
        "현재",
        "당시",
        "최근",
        "올해",
        "지난해",
        "내년",
        "이번",
        "이후",
        "앞서",
        "그동안",
        "지금",
        "요즘",
        "과거",
        "이전",
        "향후",
        "사실",
        "결국",
        "한편",
        "특히",
        "다만",
        "이제",
        "그간",
        "우선",
        "먼저",
        "일단",
        "때",
        "경우",
    ]
)


def _other_topic(words: list[Word]) -> bool:
    """Whether the words carry a topic (…은/는) that is not a speaker: "협약은", "내용은"."""
    for w in words:
        stem, particle = strip_particle(w.text)
        if (
            particle in TOPIC
            and len(stem) >= 2
            and stem not in FRAME_WORDS
            and not stem.endswith(("하", "되", "있", "없", "않", "같", "이"))
        ):
            return True
    return False


def _phrase(
    words: list[Word], i: int, stem: str, ctx: Context, state: _State, bare_names: bool = False
) -> Speaker | None:
    """The speaker whose name ends with ``stem`` (the particle-free ``words[i]``), if any."""
    w = words[i]
    person = ctx.people.ending_at(w.start + len(stem))
    if person:
        return Speaker(ctx.people.label(person), person)
    if stem in PRONOUNS:
        return Speaker(ctx.people.label(state.last_person), state.last_person) if state.last_person else None
    if stem.endswith("씨"):
        return _ssi(words, i, stem, ctx)
    named = split_name(stem) if bare_names else None
    if (
        named is not None
        and named == (stem, "")
        and len(stem) >= 3
        and not stem.endswith("다")  # "배가 고팠다는 게 …": a clause ending, not a name
        and not _is_head(stem, ctx)
    ):
        # "박해미는 “…”": a full name as the subject of speech names a person
        state.named.setdefault(stem, []).append((w.start, w.start + len(stem)))
        return Speaker(stem, stem)
    if not _is_head(stem, ctx):
        return None
    parts = [stem]
    j = i - 1
    while j >= 0 and len(parts) <= MAX_MODIFIERS and words[j].end + 1 == words[j + 1].start:
        t = words[j].text
        if t in CONNECTIVES or t in DETERMINERS or t in PLURAL or not _modifier(t, ctx):
            break
        parts.insert(0, t)
        j -= 1
    if j >= 0 and words[j].text in PLURAL:
        return None
    if (
        j >= 1
        and words[j].text == "한"
        and words[j - 1].text.endswith("의")
        and words[j - 1].end + 1 == words[j].start
        and _modifier(words[j - 1].text[:-1], ctx)
    ):
        parts.insert(0, words[j - 1].text[:-1])  # "경찰의 한 관계자는" → 경찰 관계자
    back = j >= 0 and words[j].text in BACK_REFERENCE and len(parts) == 1
    if back and stem in state.groups:
        return Speaker(state.groups[stem])
    if stem in ("시", "도", "군", "구") and len(parts) == 1:
        return _region_back(w.start, stem, ctx)
    label = " ".join(parts)
    state.groups[stem] = label
    return Speaker(label)


def _is_head(stem: str, ctx: Context) -> bool:
    return (
        stem in ROLE_HEADS
        or stem.endswith(ROLE_ENDINGS)
        or stem in ("시", "도", "군", "구")
        or title_of(stem) is not None
        or is_org_word(stem, ctx.orgs)
        or any(o.endswith(" " + stem) for o in ctx.orgs)  # "… 경기지부" of "전국교직원노동조합 경기지부"
        or any(form == stem for _, form in ctx.regions)
    )


def _modifier(text: str, ctx: Context) -> bool:
    """A word that can stand in front of a speaker's head as part of its name."""
    if not _WORDLIKE.fullmatch(text) or text[0].isdigit():
        return False
    if is_org_word(text, ctx.orgs) or any(form == text for _, form in ctx.regions):
        return True
    return not strip_particle(text)[1] and not text.endswith(ADNOMINAL_END) and not VERBAL_END.search(text)


def _ssi(words: list[Word], i: int, stem: str, ctx: Context) -> Speaker | None:
    """ "김모(54)씨는" → 김모씨, "A씨는" → A씨, "정미숙(58)씨는" → the person 정미숙."""
    base = stem[:-1]
    if base:
        person = ctx.people.ending_at(words[i].start + len(base))
        if person:
            return Speaker(ctx.people.label(person), person)
        return Speaker(stem) if _ANON.match(base) else None
    j = i - 1
    while j >= 0 and words[j].text.isdigit():
        j -= 1
    if j < 0:
        return None
    name = words[j]
    person = ctx.people.ending_at(name.end)
    if person:
        return Speaker(ctx.people.label(person), person)
    if _ANON.match(name.text):
        return Speaker(name.text + "씨")
    if name.text == "모" and j > 0 and words[j - 1].text in SURNAMES:
        return Speaker(words[j - 1].text + "모씨")
    if name.text in SURNAMES:
        return Speaker(name.text + " 씨")  # "조 씨는": a person the story names by surname only
    return None


def _colon(before: str, words: list[Word], ctx: Context) -> Speaker | None:
    """Broadcast style "이정란 / 청주시 오송읍 : "…"": the name in front of the colon."""
    for w in words:
        person = ctx.people.ending_at(w.end)
        if person:
            return Speaker(ctx.people.label(person), person)
    name = re.sub(r"^\s*[<\[][^>\]]*[>\]]\s*", "", before).lstrip("<[ ")
    name = re.split(r"[(/:：]", name)[0].strip()
    name = re.sub(r"^([가-힣])\s?모\s?씨$", r"\1모씨", name)  # "안 모 씨" → 안모씨, as 김모씨
    return Speaker(name) if name else None


def _source(words: list[Word], ctx: Context, state: _State) -> Speaker | None:
    """ "업계에서는 “…”라는 평가가 나온다" → 업계."""
    for i, w in enumerate(words):
        for suf in _SOURCE_SUFFIXES:
            if w.text.endswith(suf) and len(w.text) > len(suf):
                stem = w.text[: -len(suf)]
                if suf == "에서" and not _is_head(stem, ctx):
                    break
                parts = [stem]
                j = i - 1
                while j >= 0 and len(parts) <= MAX_MODIFIERS and _modifier(words[j].text, ctx):
                    if words[j].text in CONNECTIVES or words[j].text in DETERMINERS:
                        break
                    parts.insert(0, words[j].text)
                    j -= 1
                return Speaker(" ".join(parts))
    return None


def _according_to(words: list[Word], ctx: Context, state: _State) -> Speaker | None:
    """ "한국거래소에 따르면 “…”" → 한국거래소; "통신의 속보에 따르면 외무부가 “…”" → 외무부,
    the subject that says it, not the report that tells of it."""
    for i, w in enumerate(words[1:], start=1):
        if w.text.startswith("따르면") and words[i - 1].text.endswith("에"):
            subject = _find(words[i + 1 :], SUBJECT, ctx, state)
            if subject is not None:
                return subject
            return _phrase(words, i - 1, words[i - 1].text[:-1], ctx, state) or Speaker(
                words[i - 1].text[:-1]
            )
    return None


def _region_back(pos: int, stem: str, ctx: Context) -> Speaker:
    """ "도는 “…”" → the last region written with that unit word (경기도)."""
    for start, form in reversed(ctx.regions):
        if start < pos and form.endswith(stem) and len(form) > 1:
            return Speaker(form)
    return Speaker(stem)
