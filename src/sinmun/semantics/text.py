"""The body as the semantics modules see it: paragraphs with their offsets into
``Article.body`` ("\\n".join(paragraphs)), and written words with offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Brackets split words too: "김모(54)씨는" is the name, the age and "씨는".
_WORD = re.compile(r"[^\s()\[\]<>{}「」『』]+")
# Punctuation that clings to a written word but is not part of it.
_EDGE_PUNCT = ".,;:!?…·\"'“”‘’()[]{}<>「」『』"


@dataclass(frozen=True, slots=True)
class Paragraph:
    index: int
    start: int  # offset of the paragraph's first character in the body
    text: str


@dataclass(frozen=True, slots=True)
class Word:
    text: str  # the written word without clinging punctuation
    start: int  # body offsets of ``text``
    end: int


def paragraphs_of(paragraphs: tuple[str, ...]) -> list[Paragraph]:
    """Each paragraph with its body offset (the body joins paragraphs with one newline)."""
    out, pos = [], 0
    for i, p in enumerate(paragraphs):
        out.append(Paragraph(i, pos, p))
        pos += len(p) + 1
    return out


def words_of(text: str, base: int = 0) -> list[Word]:
    """Written (space- or bracket-separated) words of ``text`` without clinging punctuation, with offsets
    shifted by ``base``. Words that are only punctuation are dropped."""
    out = []
    for m in _WORD.finditer(text):
        w = m.group()
        left = len(w) - len(w.lstrip(_EDGE_PUNCT))
        core = w.strip(_EDGE_PUNCT)
        if core:
            start = base + m.start() + left
            out.append(Word(core, start, start + len(core)))
    return out
