"""Korean administrative regions named in the body, normalised to the packaged table
(``data/kr_admin_regions.csv``) as it stood on the publication date.

A 2023 article's "광주시" is judged against the units that existed in 2023: 광주광역시 (29)
and 경기도 광주시 (41610), not the 2026 merged 전남광주통합특별시. The page decides between
candidates only by what it writes: a candidate's full name elsewhere in the body ("광주광역시"),
its parent right in front ("경기 광주시"), or one of its districts; otherwise the mention is
reported as ambiguous, never guessed. A unit that no longer exists today carries ``now``, the
unit that replaced it, for users who need today's map.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..record import Region
from .lexicon import PARTICLES, title_of
from .text import Paragraph, words_of

# Written right after a region name inside one word, these keep it a region mention:
# its office, head, assembly, residents, area (경기도교육청, 충남도의회, 수원시민, 광주시청).
REGION_AFFIXES: tuple[str, ...] = tuple(
    sorted(
        [
            "청",
            "청장",
            "시장",
            "지사",
            "도지사",
            "군수",
            "구청장",
            "의회",
            "도의회",
            "시의회",
            "군의회",
            "구의회",
            "교육청",
            "교육감",
            "도교육청",
            "시교육청",
            "도당",
            "시당",
            "민",
            "민들",
            "도민",
            "시민",
            "군민",
            "구민",
            "도정",
            "시정",
            "군정",
            "구정",
            "지역",
            "내",
            "일대",
            "전역",
            "권역",
        ],
        key=len,
        reverse=True,
    )
)
# Short names that are everyday words far more often than places (경기 = economy/match,
# 예산 = budget, 음성 = voice, 전주 = last week, 양산 = mass production ...). They count only
# with an office affix, a parent in front, or a district after ("경기 광주시", "충남 예산군").
HOMOGRAPHS: frozenset[str] = frozenset(
    [
        "경기",
        "세종",
        "예산",
        "음성",
        "고령",
        "화성",
        "보은",
        "영광",
        "진도",
        "부여",
        "광산",
        "동해",
        "남해",
        "서해",
        "고성",
        "구리",
        "광명",
        "오산",
        "양주",
        "안산",
        "상주",
        "영주",
        "인제",
        "장수",
        "수성",
        "남동",
        "연수",
        "동작",
        "강진",
        "곡성",
        "무안",
        "신안",
        "장성",
        "양산",
        "거창",
        "구미",
        "영양",
        "봉화",
        "공주",
        "고양",
        "유성",
        "전주",
        "진주",
        "사천",
        "완주",
        "영동",
        "수영",
        "사상",
        "기장",
        "달성",
        "강화",
        "성주",
        "중앙",
        "청도",
        "태백",
        "정선",
        "서천",
        "단양",
        "증평",
        "강서",
        "강남",
        "강북",
        "강동",
        "대덕",
        "영도",
        "동안",
        "연기",
        "동남",
        "서북",
        "만세",
        "상당",
        "상록",
        "수정",
        "중원",
        "장안",
        "단원",
        "분당",
        "청원",
        "효행",
        "수지",
        "서원",
        "오정",
        "성산",
        "의성",
        "마산",
        "진해",
        "병점",
        "금정",
        "사하",
        "권선",
        "팔달",
        "원미",
        "소사",
        "중구",
        "동구",
        "서구",
        "남구",
        "북구",
    ]
)
# 중구/동구/서구/남구/북구 exist in many cities and are also words (서구 = the West); they
# count only with their city in front or an office affix.
DIRECTIONAL = frozenset(["중구", "동구", "서구", "남구", "북구"])
# MOIS created_date of every unit present when the code system began: "existed before".
CODE_SYSTEM_START = "1988-04-23"
# Longest surface form in the table (characters), so lookups try only prefixes that can match.
MAX_SURFACE = 12


@dataclass(frozen=True, slots=True)
class Unit:
    code: str
    name: str
    level: str  # "sido" or "sigungu"
    parent: str | None
    full_name: str
    created: str
    abolished: str | None
    successors: tuple[str, ...]
    status: str

    def valid_on(self, day: str | None) -> bool:
        """Existed on ``day`` (ISO); with no day, whether it exists in the table's present."""
        if day is None:
            return self.status == "current"
        return (self.created <= day[:10] or self.created == CODE_SYSTEM_START) and (
            self.abolished is None or day[:10] < self.abolished
        )


@dataclass(frozen=True, slots=True)
class Table:
    units: dict[str, Unit]
    surfaces: dict[str, tuple[str, ...]]  # written form -> codes of the units it can name
    heads: frozenset[str]  # surfaces that are head titles (광주시장, 경기지사)
    predecessors: dict[str, tuple[str, ...]]  # code -> units it replaced (52 -> 45)


@cache
def table() -> Table:
    """The packaged table, indexed by every written form (read once)."""
    text = resources.files("sinmun").joinpath("data", "kr_admin_regions.csv").read_text(encoding="utf-8")
    units: dict[str, Unit] = {}
    surfaces: dict[str, list[str]] = {}
    heads = set()
    for row in csv.DictReader(text.splitlines()):
        u = Unit(
            row["code"],
            row["name"],
            row["level"],
            row["parent_code"] or None,
            row["full_name"],
            row["created_date"],
            row["abolished_date"] or None,
            tuple(c for c in row["successor_codes"].split(";") if c),
            row["status"],
        )
        units[u.code] = u
        forms = {u.name, *row["short_names"].split(";")}
        head_forms = {h for h in row["head_titles"].split(";") if h}
        heads |= head_forms
        for f in forms | head_forms:
            if f:
                surfaces.setdefault(f, []).append(u.code)
    preds: dict[str, list[str]] = {}
    for u in units.values():
        for c in u.successors:
            preds.setdefault(c, []).append(u.code)
    return Table(
        units,
        {k: tuple(v) for k, v in surfaces.items()},
        frozenset(heads),
        {k: tuple(v) for k, v in preds.items()},
    )


@dataclass(slots=True)
class _Mention:
    written: str  # the region form as written (particle and affix removed)
    start: int
    end: int
    codes: tuple[str, ...]  # candidate units valid on the publication date


def find_regions(paras: list[Paragraph], published: str | None) -> tuple[Region, ...]:
    """Regions of the body in order of first mention, resolved or marked ambiguous."""
    t = table()
    mentions: list[_Mention] = []
    for p in paras:
        words = words_of(p.text, p.start)
        found: list[_Mention | None] = [_match(w.text, w.start, published, t) for w in words]
        for i, m in enumerate(found):
            if m is None:
                continue
            nxt = found[i + 1] if i + 1 < len(found) else None
            prv = found[i - 1] if i > 0 else None
            # "부산 강서구", "경기 광주시": a parent in front decides between same-named units
            if prv is not None and words[i - 1].end + 1 == m.start:
                children = tuple(c for c in m.codes if _parent_in(t, c, prv.codes))
                if children:
                    m.codes = children
            if not _counts(m, words[i].text, prv, nxt, t):
                continue
            mentions.append(m)
    return _resolve(mentions, t)


def _match(word: str, start: int, published: str | None, t: Table) -> _Mention | None:
    """The longest region form the written word starts with, if the rest is a particle or affix."""
    for n in range(min(len(word), MAX_SURFACE), 1, -1):
        form = word[:n]
        codes = t.surfaces.get(form)
        if codes is None:
            continue
        rest = word[n:]
        if form in t.heads:
            ok = not rest or rest in PARTICLES
        else:
            ok = not rest or rest in PARTICLES or _affix(rest) is not None
        if not ok:
            continue
        valid = _candidates(codes, published, t)
        if valid:
            written = form[: -len(title)] if form in t.heads and (title := title_of(form)) else form
            return _Mention(written, start, start + n, valid)
    return None


def _candidates(codes: tuple[str, ...], published: str | None, t: Table) -> tuple[str, ...]:
    """Units a form can name on the publication date (or the unit it replaced, when the form
    is the newer unit's but the page older). Undated, any unit can be meant, except
    a former one whose successor is also a candidate (전라북도 전주시 is today's 전주시)."""
    if published is not None:
        valid = [c for c in codes if t.units[c].valid_on(published)]
        # a newer form of the name ("전북도" of 전북특별자치도) on an older page: its predecessor
        for c in codes:
            valid += [
                p for p in t.predecessors.get(c, ()) if t.units[p].valid_on(published) and p not in valid
            ]
        return tuple(valid)
    return tuple(c for c in codes if not (set(t.units[c].successors) & set(codes)))


def _affix(rest: str) -> str | None:
    for a in REGION_AFFIXES:
        if rest.startswith(a) and (rest == a or rest[len(a) :] in PARTICLES):
            return a
    return None


def _counts(m: _Mention, word: str, prv: _Mention | None, nxt: _Mention | None, t: Table) -> bool:
    """A homograph counts only with an office affix, its parent in front ("충남 예산군",
    "부산 중구") or one of its units right after ("경기 광주시")."""
    if m.written not in HOMOGRAPHS or _affix(word[len(m.written) :]) is not None:
        return True
    if nxt is not None and any(_parent_in(t, c, m.codes) for c in nxt.codes):
        return True
    return prv is not None and any(_parent_in(t, c, prv.codes) for c in m.codes)


def _parent_in(t: Table, code: str, parents: tuple[str, ...]) -> bool:
    """Whether a unit lies in one of ``parents`` (a 일반구's city counts, and so does its 도)."""
    u = t.units[code]
    while u.parent is not None:
        if u.parent in parents:
            return True
        u = t.units.get(u.parent) or u
        if u.parent == u.code:
            break
    return False


def _resolve(mentions: list[_Mention], t: Table) -> tuple[Region, ...]:
    """Group mentions by unit; settle ambiguous ones only by what the page itself says."""
    settled = {m.codes[0] for m in mentions if len(m.codes) == 1}
    order: dict[str, list[_Mention]] = {}
    for m in mentions:
        codes = m.codes
        if len(codes) > 1:
            codes = _decide(codes, settled, t)
        key = codes[0] if len(codes) == 1 else "?" + "|".join(codes)
        order.setdefault(key, []).append(m)
    out = []
    for key, ms in order.items():
        spans = tuple((m.start, m.end) for m in ms)
        if key.startswith("?"):
            out.append(
                Region(ms[0].written, None, ms[0].written, None, True, tuple(key[1:].split("|")), spans)
            )
            continue
        u = t.units[key]
        out.append(Region(u.name, u.code, u.full_name, u.level, False, (), spans, _now(u, t)))
    return tuple(out)


def _decide(codes: tuple[str, ...], settled: set[str], t: Table) -> tuple[str, ...]:
    """Narrow same-named candidates with the page's unambiguous mentions."""
    named = tuple(c for c in codes if c in settled)
    if len(named) == 1:
        return named
    with_child = tuple(c for c in codes if any(_parent_in(t, s, (c,)) for s in settled))
    if len(with_child) == 1:
        return with_child
    if all(t.units[c].level == "sigungu" for c in codes):
        in_parent = tuple(c for c in codes if _parent_in(t, c, tuple(settled)))
        if len(in_parent) == 1:
            return in_parent
    return codes


def _now(u: Unit, t: Table) -> str | None:
    """Today's unit for one that was merged, renamed or renumbered since (None if current)."""
    seen = set()
    while u.status != "current" and u.successors and u.code not in seen:
        seen.add(u.code)
        nxt = t.units.get(u.successors[0])
        if nxt is None:
            return None
        u = nxt
    return u.full_name if seen else None


def region_names(regions: tuple[Region, ...]) -> tuple[str, ...]:
    """The record's ``regions``: resolved units only, a 시도 by name, a 시군구 by full name."""
    return tuple((r.full_name if r.level == "sigungu" else r.name) or r.name for r in regions if r.code)


def written_forms(regions: tuple[Region, ...], body: str) -> frozenset[str]:
    """Region words as written in the body (for joining "부산 강서경찰서")."""
    return frozenset(body[s:e] for r in regions for s, e in r.mentions)
