"""One page in, one ``Article`` out. The pipeline of DESIGN.md, top to bottom:

1. decode   bytes/str -> clean text; mojibake repaired, the repairs recorded
2. segment  text (or HTML turned into text lines with block hints) -> numbered ``Line``s
3. label    every non-blank line -> a label and the name of the rule that gave it,
            then a document pass that finds the article's extent and fixes context labels
4. fields   headline, sub-headlines, dates, reporters, press, captions, body, weather
            (+ quotes, lists, entities and event dates when ``options.semantics``)
5. emit     an immutable ``Article``; ``to_dict()`` is the "sinmun/1" record

Pure per document: no module state, so a loop, a process pool and Ray give the same result.
"""

from __future__ import annotations

from dataclasses import replace

from .decode import decode
from .errors import InputError
from .fields import collect
from .html import HtmlText, html_to_text, looks_like_html
from .label import label_page
from .options import DEFAULT, Options
from .record import Article, Encoding, Entities
from .segment import Line, split_lines
from .semantics import analyse


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
        url: where the page came from, copied into the record.
        id: the caller's id for the page, copied into the record.
        options: see ``Options``.

    Returns:
        The article; ``is_article`` is false for pages that are not one news article.

    Raises:
        InputError: ``page`` is neither str nor bytes.
    """
    if not isinstance(page, str | bytes | bytearray | memoryview):
        raise InputError(f"`page` should be str or bytes, but {type(page).__name__}")
    warnings: list[str] = []
    # 1. decode
    decoded = decode(page)
    warnings += decoded.warnings
    text = decoded.text
    if len(text) > options.max_page_chars:
        text = text[: options.max_page_chars]
        warnings.append(f"page-truncated: longer than {options.max_page_chars} characters")
    # 2. segment
    source_format, lines, html = _segment(text, options)
    # 3. label
    page_labels = label_page(lines, meta=html.meta if html else None)
    # 4. fields
    fields = collect(lines, page_labels, meta=html.meta if html else None)
    warnings += fields.warnings
    semantics = (
        analyse(fields.paragraphs, fields.dates.published, tuple(r.name for r in fields.reporters))
        if options.semantics and fields.is_article
        else None
    )
    # 5. emit
    return Article(
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


def _segment(text: str, options: Options) -> tuple[str, list[Line], HtmlText | None]:
    """Text lines of the page; HTML is first turned into one line per block."""
    is_html = options.format == "html" or (options.format == "auto" and looks_like_html(text))
    if not is_html:
        return "text", split_lines(text), None
    html = html_to_text(text)
    lines = [
        Line(x.n, x.text, x.start, html.hints[x.n] if x.n < len(html.hints) else None)
        for x in split_lines(html.text)
    ]
    return "html", lines, html
