"""The search behind cp949 mojibake repair: the most Korean reading of one line.

Positions are the characters of the broken line; the state is the cp949 lead byte still waiting
for its trail byte (0: none) and the last character produced (the character model looks at
pairs). Each character moves the search on by one of its ``readings``; between characters, an
open lead byte may be closed by a byte the corruption deleted, or given up as lost. Viterbi
keeps the cheapest path per state, within a beam, so the cost is linear in the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .charmodel import char_class, common_syllables, text_cost
from .cp949 import lead_bytes, pair_table
from .readings import byte_for_byte, readings

REPLACEMENT = "\ufffd"
NBSP = "\xa0"
# Bytes the corruption deleted, put back where they complete a cp949 pair (nats):
LOST_AD_PENALTY = 1.5  # soft hyphens (0xAD) were deleted: trail byte of 서 난 강 열 화 ...
LOST_AD_KEPT_PENALTY = 8.0  # ... but not on pages that still have their soft hyphens
# A merge that made a private-use character (U+E000-U+F8FF: bytes EE|EF, 80-BF, 80-BF) was
# deleted: the open lead byte's trail was EE or EF, and the next two bytes are a lost character.
# That is a documented, regular accident, priced like one (nats, the lost character included).
LOST_PUA_COST = 8.0
LOST_BYTES_COST = 20.0  # a byte nothing explains: the syllable is lost for good (U+FFFD)
CUT_LEAD_COST = 2.0  # the page was cut after a lead byte (the corpus cut pages at 2,000 chars)
PUA_TRAILS = (0xEE, 0xEF)
# Ligature fixing spelled out merged ligatures: "ĳ" (C4 B3, = 캐) became "ij", "ǳ" (풍) "dz".
LIGATURE_PENALTY = 1.0  # as likely as any merge
# States costing this much more than the best one at the same position are dropped: no later
# character can make up such a gap, and the search stays fast on long lines.
BEAM = 15.0
INF = float("inf")


@dataclass(frozen=True, slots=True)
class Path:
    """The best reading found: its text and cost, and whether a cp1252-only character was used."""

    text: str
    cost: float
    cp1252: bool


@cache
def _ligatures() -> dict[str, tuple[tuple[str, bytes], ...]]:
    """First letter -> (how ftfy spells a ligature out, the UTF-8 bytes of the ligature)."""
    from ftfy.chardata import LIGATURES

    out: dict[str, list[tuple[str, bytes]]] = {}
    for code, spelled in LIGATURES.items():
        out.setdefault(spelled[0], []).append((spelled, chr(code).encode("utf-8")))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1 << 16)
def _emit(prev: str, text: str) -> tuple[float, str]:
    """Cost of producing ``text`` after a character of class ``prev``, and the class it ends on."""
    return text_cost(text, prev), char_class(text[-1]) if text else prev


@lru_cache(maxsize=1 << 16)
def _feed(pending: int, raw: bytes) -> tuple[str, int] | None:
    """Decode ``raw`` after an open lead byte ``pending`` (0: none): (characters, new pending)."""
    table, leads = pair_table(), lead_bytes()
    out = []
    for b in raw:
        if pending:
            ch = table.get(pending << 8 | b)
            if ch is None:
                return None
            out.append(ch)
            pending = 0
        elif b < 0x80:
            out.append(chr(b))
        elif b == 0xA0:  # a no-break space the fixer merged with its neighbours ("â\xa0¿" -> "⠿")
            out.append(NBSP)
        elif b in leads:
            pending = b
        else:
            return None
    return "".join(out), pending


_Key = tuple[int, str]  # (open lead byte or 0, class of the last character produced)
# A step: (cost, previous position, previous state, characters this step produced, cp1252 used).
_Step = tuple[float, int, "_Key | None", str, bool]
_Move = tuple[str, int, float, bool]  # (characters produced, new open lead byte, penalty, cp1252)


@lru_cache(maxsize=1 << 16)
def _moves(pending: int, ch: str) -> tuple[_Move, ...]:
    """Every way ``ch`` can move the search on from open lead byte ``pending``: one per distinct
    outcome, at its cheapest penalty (readings often decode alike through different code pages)."""
    best: dict[tuple[str, int], _Move] = {}
    for r in readings(ch):
        if r.raw is not None:
            fed = _feed(pending, r.raw)
        elif pending:
            continue  # the page's own character cannot complete a lead byte
        else:
            fed = ch, 0
        if fed is not None:
            old = best.get(fed)
            if old is None or r.penalty < old[2]:
                best[fed] = (fed[0], fed[1], r.penalty, r.cp1252)
    if not pending and ch >= "\x80":
        # A stray byte (its partner lost): keep the line aligned after it.
        old = best.get((REPLACEMENT, 0))
        if old is None or old[2] > LOST_BYTES_COST:
            best[(REPLACEMENT, 0)] = (REPLACEMENT, 0, LOST_BYTES_COST, False)
    return tuple(best.values())


@lru_cache(maxsize=1 << 14)
def _scored_closings(
    pending: int, prev: str, ad_penalty: float, at_cut: bool
) -> tuple[tuple[float, _Key, str], ...]:
    """``_closings`` with the cost of what each produces after class ``prev`` added in."""
    out = []
    for text, penalty in _closings(pending, ad_penalty, at_cut):
        cost, last = _emit(prev, text)
        out.append((penalty + cost, (0, last), text))
    return tuple(out)


_Scored = tuple[float, _Key, str, bool]  # (penalty + cost, new state, characters produced, cp1252)


@lru_cache(maxsize=1 << 17)
def _scored_moves(pending: int, ch: str, prev: str) -> tuple[tuple[_Scored, ...], tuple[_Scored, ...]]:
    """``_moves`` with the cost of what each produces after class ``prev`` added in, split
    into moves that leave a lead byte open and moves that do not, each sorted cheapest first
    (so the search can stop at the first move past the beam)."""
    opened: list[_Scored] = []
    closed: list[_Scored] = []
    for text, new_pending, penalty, cp in _moves(pending, ch):
        cost, last = _emit(prev, text)
        (opened if new_pending else closed).append((penalty + cost, (new_pending, last), text, cp))
    return tuple(sorted(opened, key=_first)), tuple(sorted(closed, key=_first))


def _first(move: _Scored) -> float:
    return move[0]


def _by_cost(item: tuple[_Key, _Step]) -> float:
    return item[1][0]


@lru_cache(maxsize=1 << 12)
def _closings(pending: int, ad_penalty: float, at_cut: bool) -> tuple[tuple[str, float], ...]:
    """Moves that consume no character from open lead byte ``pending``: a deleted trail byte
    put back, or the lead byte given up as lost (cheap where the page was cut)."""
    table = pair_table()
    out = []
    ch = table.get(pending << 8 | 0xAD)
    if ch is not None:
        out.append((ch, ad_penalty))
    out.append((REPLACEMENT, CUT_LEAD_COST if at_cut else LOST_BYTES_COST))
    if not at_cut:
        for trail in PUA_TRAILS:
            ch = table.get(pending << 8 | trail)
            if ch is not None:
                out.append((ch + REPLACEMENT, LOST_PUA_COST))
    return tuple(out)


class _Lattice:
    def __init__(self, line: str, soft_hyphens_kept: bool, cut_at_end: bool) -> None:
        self.line = line
        self.ad_penalty = LOST_AD_KEPT_PENALTY if soft_hyphens_kept else LOST_AD_PENALTY
        self.cut_at_end = cut_at_end
        self.ligatures = _ligatures()
        # states[i]: state -> cheapest step reaching position i in that state
        self.states: list[dict[_Key, _Step]] = [{} for _ in range(len(line) + 1)]
        self.states[0][(0, " ")] = (0.0, -1, None, "", False)

    def relax(self, frm: int, to: int, key: _Key, text: str, pending: int, penalty: float, cp: bool) -> None:
        """Offer the path to state ``key`` at ``frm``, plus ``text``, as a way to reach ``to``."""
        cost, last = _emit(key[1], text)
        total = self.states[frm][key][0] + penalty + cost
        target = self.states[to]
        new = (pending, last)
        old = target.get(new)
        if old is None or total < old[0]:
            target[new] = (total, frm, key, text, cp)

    def settle(self, i: int) -> None:
        """Before the character at ``i`` is read: moves that consume no character (an open
        lead byte gets a deleted trail, or is lost), then states far behind the best one are
        dropped, but for the best with no open lead byte (an open one can be a dead end: the
        next character may not complete it)."""
        states = self.states[i]
        if len(states) < 2 and not any(key[0] for key in states):
            return  # one closed state (after every space): nothing to close or drop
        best = closed = INF
        for key, step in states.items():
            cost = step[0]
            if cost < best:
                best = cost
            if not key[0] and cost < closed:
                closed = cost
        # Closing only adds cost (so ``best`` stays the best): an open lead byte already past
        # the beam, and no cheaper than the best closed state, can only make states to drop.
        floor = best + BEAM
        at_cut = self.cut_at_end and i == len(self.line)
        for key in [k for k, st in states.items() if k[0] and (st[0] <= floor or st[0] < closed)]:
            base = states[key][0]
            for add, new, text in _scored_closings(key[0], key[1], self.ad_penalty, at_cut):
                total = base + add
                old = states.get(new)
                if old is None or total < old[0]:
                    states[new] = (total, i, key, text, False)
        if len(states) < 2:
            return
        keep, closed = None, INF
        for key, step in states.items():
            if not key[0] and step[0] < closed:
                keep, closed = key, step[0]
        for key in [k for k, step in states.items() if step[0] > floor and k != keep]:
            del states[key]

    def advance(self, i: int) -> None:
        """Moves that consume the character at ``i`` (or the two of a ligature)."""
        ch = self.line[i]
        here, there = self.states[i], self.states[i + 1]
        ligatures = self.ligatures.get(ch, ())
        # States past the beam are dropped by ``settle``, all but the best closed one: moves
        # are sorted by cost, so each list stops at its first move that can only make such.
        best = best_closed = INF
        for key, step in sorted(here.items(), key=_by_cost) if len(here) > 1 else here.items():
            base = step[0]
            opened, closed = _scored_moves(key[0], ch, key[1])
            for add, new, text, cp in closed:  # relax(), inlined: the hot loop
                total = base + add
                if total > best_closed and total > best + BEAM:
                    break
                old = there.get(new)
                if old is None or total < old[0]:
                    there[new] = (total, i, key, text, cp)
                    if total < best:
                        best = total
                    if total < best_closed:
                        best_closed = total
            limit = best + BEAM
            for add, new, text, cp in opened:
                total = base + add
                if total > limit:
                    break
                old = there.get(new)
                if old is None or total < old[0]:
                    there[new] = (total, i, key, text, cp)
                    if total < best:
                        best, limit = total, total + BEAM
            for spelled, raw in ligatures:
                if self.line.startswith(spelled, i):
                    fed = _feed(key[0], raw)
                    if fed is not None:
                        self.relax(i, i + len(spelled), key, fed[0], fed[1], LIGATURE_PENALTY, False)

    def solve(self) -> Path:
        n = len(self.line)
        for i in range(n):
            self.settle(i)
            self.advance(i)
        self.settle(n)
        ends = [(step[0], key) for key, step in self.states[n].items() if not key[0]]
        total, key = min(ends)
        parts, cp1252 = [], False
        pos, back = n, key
        while back is not None:
            _, prev_pos, prev_key, text, cp = self.states[pos][back]
            parts.append(text)
            cp1252 = cp1252 or cp
            pos, back = prev_pos, prev_key
        return Path("".join(reversed(parts)), total, cp1252)


# Words are cut at ASCII spaces: a space is never a trail byte, so a word that reads back
# cleanly byte for byte cannot be read otherwise without an accident inside it (a merge or a
# lost byte shifts the pairing and leaves a byte over, which breaks the word).
_SPACES = re.compile(r"( +)")


_LOWER = re.compile(r"[a-z]")
_LETTER = re.compile(r"[A-Za-z]")


# Punctuation Korean news prints from cp949's symbol rows (lead bytes 0xA1-0xA4, no Hangul lead):
# quotes, middle dots, ellipses and brackets. A word decoding to these and common syllables
# reads back as plainly as one of syllables alone ("¡°´ëÅë·É" = "“대통령").
PLAIN_SYMBOLS = "“”‘’·…‥「」『』〈〉《》【】〔〕～ㆍ"


@cache
def _uncommon() -> re.Pattern[str]:
    """A character that is neither ASCII, a common Hangul syllable (KS X 1001) nor common
    punctuation (``PLAIN_SYMBOLS``)."""
    return re.compile("[^\\x00-\\x7f" + PLAIN_SYMBOLS + "".join(sorted(common_syllables())) + "]")


def _plain_word(word: str) -> tuple[str, bool] | None:
    """The word read back one byte per character (``readings.byte_for_byte``), when nothing
    else is worth searching: it decodes to ASCII and common Hangul only, and holds no ASCII
    letter that could be a UHC trail byte or a spelled-out ligature ("ij" = 캐)."""
    if word.isascii():
        return None if _LOWER.search(word) else (word, False)
    if _LETTER.search(word):
        return None
    got = byte_for_byte(word)
    if got is None or _uncommon().search(got[0]):
        return None
    return got


def best_reading(line: str, *, soft_hyphens_kept: bool = False, cut_at_end: bool = False) -> Path:
    """The most Korean reading of ``line`` (which may be the line itself).

    Only runs of words that do not read back plainly are searched (about a quarter of a
    broken page's words); the plain ones are taken byte for byte, which is what the search
    would choose for them, at a fraction of its cost. The cost is the same as a search of
    the whole line along the chosen path: the text's character cost plus the search's
    penalties (merges, lost bytes) in the searched runs.
    """
    parts = _SPACES.split(line)  # words at even positions, the spaces between at odd ones
    plains = [(part, False) if i % 2 else _plain_word(part) for i, part in enumerate(parts)]
    out: list[str] = []
    cost, cp1252 = 0.0, False
    # Every run starts after a space (or the line's start), where the search's state is always
    # the same: so the line's cost is the sum of the plain stretches' and the runs' costs.
    plain_from = 0  # where in ``out`` the current stretch of plain text starts
    i = 0
    while i < len(parts):
        plain = plains[i]
        if plain is not None:
            out.append(plain[0])
            cp1252 = cp1252 or plain[1]
            i += 1
            continue
        j = i + 1  # the run: words that need the search and the spaces after them
        while j < len(parts) and (j % 2 or plains[j] is None):
            j += 1
        cost += text_cost("".join(out[plain_from:]), " ")
        found = _Lattice("".join(parts[i:j]), soft_hyphens_kept, cut_at_end and j == len(parts)).solve()
        cost += found.cost
        cp1252 = cp1252 or found.cp1252
        out.append(found.text)
        plain_from = len(out)
        i = j
    cost += text_cost("".join(out[plain_from:]), " ")
    return Path("".join(out), cost, cp1252)


def literal_cost(line: str) -> float:
    """The cost of the line read as it is printed."""
    return text_cost(line, " ")
