"""HTML pages: sniffing, page → text lines with block hints, page metadata, and the HTML
evidence rules the labeller and field extraction call (``html.rules``).

Modules, one job each: ``sniff`` (is it HTML?), ``blocks`` (DOM → lines), ``metadata`` /
``jsonld`` / ``dates`` / ``titles`` (what the page declares), ``main_content`` (where the
article is), ``script_text`` (articles rendered from <script>), ``roles`` (structural reading
per line), ``authors`` (people in declared authors and byline boxes), ``page`` (the cascade),
``rules`` (label, layout and field helpers for the labeller).
"""

from __future__ import annotations

from .model import HtmlText, PageMeta
from .page import html_to_text
from .sniff import looks_like_html

__all__ = ["HtmlText", "PageMeta", "html_to_text", "looks_like_html"]
