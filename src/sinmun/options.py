"""The one configuration object. The CLI builds it once (``cli.common.options_from_cli``);
variants come from ``dataclasses.replace``. No import-time file reads, no globals."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import OptionError

# A page longer than this is cut before labelling (with a warning): real article pages are
# far below it, and the cap keeps the worst case of a crawl (a 50 MB dump) bounded.
MAX_PAGE_CHARS = 2_000_000
# A single line longer than this is labelled boilerplate without running the line rules
# (minified script, base64 blobs): no article paragraph is this long.
MAX_LINE_CHARS = 20_000

FORMATS = ("auto", "text", "html")


@dataclass(frozen=True, slots=True)
class Options:
    """How ``extract`` treats one page.

    Attributes:
        format: "auto" sniffs HTML vs plain text; "text"/"html" force one path.
        semantics: fill quotes, lists, people/orgs/regions and event dates. Off by default:
            reading the article costs several times the rest of ``extract`` (see
            benchmarks/bench_semantics.py), so only callers who want these fields pay for them.
        lines: include the per-line labels in the record.
        max_page_chars: cut longer pages (a warning says so).
    """

    format: str = "auto"
    semantics: bool = False
    lines: bool = True
    max_page_chars: int = MAX_PAGE_CHARS

    def __post_init__(self) -> None:
        if self.format not in FORMATS:
            raise OptionError(f"`format` should be one of {FORMATS}, but {self.format!r}")
        if self.max_page_chars <= 0:
            raise OptionError(f"`max_page_chars` should be positive, but {self.max_page_chars}")


DEFAULT = Options()
