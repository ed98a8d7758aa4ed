"""Step 2 of the pipeline, "segment": text becomes numbered ``Line``s.

Lines are split on "\\n" only, exactly like the scorer and a user's editor, so ``Line.n``
is the 0-based line number of the (repaired) text. HTML input arrives here already turned
into text lines, each with a ``BlockHint`` from the tag it came from.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class BlockHint:
    """What the HTML said about the block a line came from (``None`` for text input)."""

    tag: str = ""  # h1..h6, p, li, figcaption, td, div ...
    link_density: float = 0.0  # share of the block's characters inside <a>
    classes: str = ""  # class and id words of the block and its ancestors, lower-cased
    in_main: bool | None = None  # inside the page's main-content container, when known
    role: str = ""  # the HTML side's structural reading (html/roles.py): "headline", "caption" ...


@dataclass(frozen=True, slots=True)
class Line:
    """One input line: its number, its text (whitespace-trimmed) and where it starts."""

    n: int
    text: str
    start: int  # character offset of the line in the decoded text
    hint: BlockHint | None = None

    @property
    def blank(self) -> bool:
        return not self.text


def split_lines(text: str) -> list[Line]:
    """All lines of ``text``, blank ones included (they separate paragraphs)."""
    out: list[Line] = []
    pos = 0
    for n, raw in enumerate(text.split("\n")):
        out.append(Line(n, raw.strip(), pos))
        pos += len(raw) + 1
    return out
