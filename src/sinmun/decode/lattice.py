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

from .charmodel import char_class, is_common_syllable, text_cost
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


@dataclass(frozen=True, slots=True)
class Path:
    """The best reading found: its text and cost, and whether a cp1252-only character was used."""

    text: str
    cost: float
    cp1252: bool


@dataclass(frozen=True, slots=True)
class _Step:
    cost: float
    back: tuple[int, _Key] | None  # (position, state) of the previous step
    text: str  # characters this step produced
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


class _Lattice:
    def __init__(self, line: str, soft_hyphens_kept: bool, cut_at_end: bool) -> None:
        self.line = line
        self.ad_penalty = LOST_AD_KEPT_PENALTY if soft_hyphens_kept else LOST_AD_PENALTY
        self.cut_at_end = cut_at_end
        # states[i]: state -> cheapest step reaching position i in that state
        self.states: list[dict[_Key, _Step]] = [{} for _ in range(len(line) + 1)]
        self.states[0][(0, " ")] = _Step(0.0, None, "", False)

    def relax(self, frm: int, to: int, key: _Key, text: str, pending: int, penalty: float, cp: bool) -> None:
        """Offer the path to state ``key`` at ``frm``, plus ``text``, as a way to reach ``to``."""
        step = self.states[frm][key]
        cost, last = _emit(key[1], text)
        total = step.cost + penalty + cost
        new = (pending, last)
        old = self.states[to].get(new)
        if old is None or total < old.cost:
            self.states[to][new] = _Step(total, (frm, key), text, cp)

    def close_open_leads(self, i: int) -> None:
        """Moves that consume no character: an open lead byte gets a deleted trail, or is lost."""
        table = pair_table()
        at_cut = self.cut_at_end and i == len(self.line)
        for key in list(self.states[i]):
            pending = key[0]
            if not pending:
                continue
            ch = table.get(pending << 8 | 0xAD)
            if ch is not None:
                self.relax(i, i, key, ch, 0, self.ad_penalty, False)
            self.relax(i, i, key, REPLACEMENT, 0, CUT_LEAD_COST if at_cut else LOST_BYTES_COST, False)
            if at_cut:
                continue
            for trail in PUA_TRAILS:
                ch = table.get(pending << 8 | trail)
                if ch is not None:
                    self.relax(i, i, key, ch + REPLACEMENT, 0, LOST_PUA_COST, False)

    def prune(self, i: int) -> None:
        """Drop states far behind the best one, but keep the best with no open lead byte: an
        open lead byte can be a dead end (the next character cannot complete it)."""
        states = self.states[i]
        floor = min(step.cost for step in states.values()) + BEAM
        closed = min((k for k in states if not k[0]), key=lambda k: states[k].cost, default=None)
        for key in [k for k, step in states.items() if step.cost > floor and k != closed]:
            del states[key]

    def advance(self, i: int) -> None:
        """Moves that consume the character at ``i`` (or the two of a ligature)."""
        ch = self.line[i]
        for key in list(self.states[i]):
            pending = key[0]
            for r in readings(ch):
                if r.raw is not None:
                    fed = _feed(pending, r.raw)
                elif pending:
                    continue  # the page's own character cannot complete a lead byte
                else:
                    fed = ch, 0
                if fed is not None:
                    self.relax(i, i + 1, key, fed[0], fed[1], r.penalty, r.cp1252)
            if not pending and ch >= "\x80":
                # A stray byte (its partner lost): keep the line aligned after it.
                self.relax(i, i + 1, key, REPLACEMENT, 0, LOST_BYTES_COST, False)
            for spelled, raw in _ligatures().get(ch, ()):
                if self.line.startswith(spelled, i):
                    fed = _feed(pending, raw)
                    if fed is not None:
                        self.relax(i, i + len(spelled), key, fed[0], fed[1], LIGATURE_PENALTY, False)

    def solve(self) -> Path:
        n = len(self.line)
        for i in range(n):
            self.close_open_leads(i)
            self.prune(i)
            self.advance(i)
        self.close_open_leads(n)
        ends = [(step.cost, key) for key, step in self.states[n].items() if not key[0]]
        total, key = min(ends)
        parts, cp1252 = [], False
        back: tuple[int, _Key] | None = (n, key)
        while back is not None:
            step = self.states[back[0]][back[1]]
            parts.append(step.text)
            cp1252 = cp1252 or step.cp1252
            back = step.back
        return Path("".join(reversed(parts)), total, cp1252)


# Words are cut at ASCII spaces: a space is never a trail byte, so a word that reads back
# cleanly byte for byte cannot be read otherwise without an accident inside it (a merge or a
# lost byte shifts the pairing and leaves a byte over, which breaks the word).
_SPACES = re.compile(r"( +)")


def _plain_word(word: str) -> tuple[str, bool] | None:
    """The word read back one byte per character (``readings.byte_for_byte``), when nothing
    else is worth searching: it decodes to ASCII and common Hangul only, and holds no ASCII
    letter that could be a UHC trail byte or a spelled-out ligature ("ij" = 캐)."""
    if word.isascii():
        return None if any(c.islower() for c in word) else (word, False)
    if any(c.isascii() and c.isalpha() for c in word):
        return None
    got = byte_for_byte(word)
    if got is None or any(c >= "\x80" and not is_common_syllable(c) for c in got[0]):
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
    out: list[str] = []
    penalty, cp1252 = 0.0, False
    i = 0
    while i < len(parts):
        plain = (parts[i], False) if i % 2 else _plain_word(parts[i])
        if plain is not None:
            out.append(plain[0])
            cp1252 = cp1252 or plain[1]
            i += 1
            continue
        j = i + 1  # the run: words that need the search and the spaces after them
        while j < len(parts) and (j % 2 or _plain_word(parts[j]) is None):
            j += 1
        run = "".join(parts[i:j])
        found = _Lattice(run, soft_hyphens_kept, cut_at_end and j == len(parts)).solve()
        penalty += found.cost - text_cost(found.text, " ")
        cp1252 = cp1252 or found.cp1252
        out.append(found.text)
        i = j
    text = "".join(out)
    return Path(text, text_cost(text, " ") + penalty, cp1252)


def literal_cost(line: str) -> float:
    """The cost of the line read as it is printed."""
    return text_cost(line, " ")
