"""One page in, one ``Article`` out. The pipeline of DESIGN.md, top to bottom:

1. decode   bytes/str -> clean text; mojibake repaired, the repairs recorded (for HTML the
            parser reads the markup as decoded, and the repairs and normalisation run on the
            text lines made from it, in step 2: a few KB instead of the whole markup)
2. segment  text (or HTML turned into text lines with block hints) -> numbered ``Line``s
3. label    every non-blank line -> a label and the name of the rule that gave it,
            then a document pass that finds the article's extent and fixes context labels
4. fields   headline, sub-headlines, dates, reporters, press, captions, body, weather
            (+ quotes, lists, entities and event dates when ``options.semantics``)
5. emit     an immutable ``Article``; ``to_dict()`` is the "sinmun/1" record

Pure per document: no module state, so a loop, a process pool and Ray give the same result.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .decode import Decoded, decode_lines, finish, read
from .errors import InputError
from .fields import collect
from .html import HtmlText, html_to_text, looks_like_html
from .label import label_page
from .options import DEFAULT, Options
from .record import Article, Encoding, Entities
from .segment import Line, split_lines
from .semantics import analyse


@dataclass(frozen=True, slots=True)
class Extraction:
    """An article with the text lines it was read from (``extract_with_lines``)."""

    article: Article
    lines: tuple[Line, ...]  # Line.n is what the record's ``lines[].n`` refers to


def extract(
    page: str | bytes,
    *,
    url: str | None = None,
    id: str | None = None,
    options: Options = DEFAULT,
) -> Article:
    """Turn one Korean news page (plain text or HTML, str or bytes) into an ``Article``.

    Args:
        page: the page as scraped: text with the site's furniture, or raw HTML.
        url: where the page came from, copied into the record; a site-search or tag address
            ("/search/?sq=…", "/tag/…") makes the page no article.
        id: the caller's id for the page, copied into the record.
        options: see ``Options``.

    Returns:
        The article; ``is_article`` is false for pages that are not one news article.

    Raises:
        InputError: ``page`` is neither str nor bytes.
    """
    return extract_with_lines(page, url=url, id=id, options=options).article


def extract_with_lines(
    page: str | bytes,
    *,
    url: str | None = None,
    id: str | None = None,
    options: Options = DEFAULT,
) -> Extraction:
    """``extract``, also returning the text lines the record's line numbers refer to (for
    HTML, the lines sinmun made from the page; ``sinmun extract --lines`` prints them)."""
    if not isinstance(page, str | bytes | bytearray | memoryview):
        raise InputError(f"`page` should be str or bytes, but {type(page).__name__}")
    warnings: list[str] = []
    # 1. decode and 2. segment (for HTML, decode's repairs and normalisation run on the
    # text lines made from the page, not on the markup)
    found = read(page)
    warnings += found.warnings
    source_format, decoded, lines, html = _segment(page, found, options, warnings)
    # 3. label
    meta = html.meta if html else None
    page_labels = label_page(lines, meta=meta, url=url or (meta.url if meta else None))
    # 4. fields
    fields = collect(lines, page_labels, meta=meta)
    warnings += fields.warnings
    semantics = (
        analyse(fields.paragraphs, fields.dates.published, tuple(r.name for r in fields.reporters))
        if options.semantics and fields.is_article
        else None
    )
    # 5. emit
    article = Article(
        id=id,
        url=url,
        source_format=source_format,
        encoding=Encoding(decoded.input, decoded.repairs),
        is_article=fields.is_article,
        title=fields.title,
        subtitles=fields.subtitles,
        dates=fields.dates if semantics is None else replace(fields.dates, events=semantics.events),
        reporters=fields.reporters,
        press=fields.press,
        captions=fields.captions,
        paragraphs=fields.paragraphs,
        lists=semantics.lists if semantics else (),
        quotes=semantics.quotes if semantics else (),
        entities=semantics.entities if semantics else Entities(),
        weather=fields.weather,
        lines=page_labels.labels if options.lines else (),
        warnings=tuple(warnings),
    )
    return Extraction(article, tuple(lines))


def _truncated(text: str, options: Options, warnings: list[str]) -> str:
    if len(text) <= options.max_page_chars:
        return text
    warnings.append(f"page-truncated: longer than {options.max_page_chars} characters")
    return text[: options.max_page_chars]


def _segment(
    page: str | bytes, found: Decoded, options: Options, warnings: list[str]
) -> tuple[str, Decoded, list[Line], HtmlText | None]:
    """Decoded text lines of the page; HTML is first turned into one line per block."""
    is_html = options.format == "html" or (options.format == "auto" and looks_like_html(found.text))
    if not is_html:
        decoded = finish(found)
        return "text", decoded, split_lines(_truncated(decoded.text, options, warnings)), None
    markup = _truncated(found.text, options, warnings)
    # UTF-8 bytes as given go to the parser as they are (saves encoding the page again)
    utf8 = page if isinstance(page, bytes) and found.input == "utf-8" and markup is found.text else None
    html = html_to_text(markup, utf8)
    # The declared values are repaired with the lines: a short value alone ("¸ñ·Ï") gives the
    # mojibake repair too little to go on.
    values = list(dict.fromkeys(html.meta.text_values()))
    n_lines = html.text.count("\n") + 1
    tidy, repairs = decode_lines("\n".join([html.text, *(" ".join(v.split()) for v in values)]))
    tidy_lines = tidy.split("\n")
    text = "\n".join(tidy_lines[:n_lines])
    fixed = dict(zip(values, tidy_lines[n_lines:], strict=True))
    html = HtmlText(text, html.hints, html.meta.with_text(fixed.__getitem__))
    lines = [
        Line(x.n, x.text, x.start, html.hints[x.n] if x.n < len(html.hints) else None)
        for x in split_lines(text)
    ]
    return "html", replace(found, text=text, repairs=repairs), lines, html
