"""Articles rendered from <script>: Arc/Fusion story JSON and HTML inside JS strings."""

from __future__ import annotations

import json

from sinmun.html import html_to_text
from sinmun.html.script_text import embedded_html, fusion_article

STORY = {
    "headlines": {"basic": "부활절에 버려진 신생아 사연"},
    "subheadlines": {"basic": ""},
    "credits": {
        "by": [{"name": "선민 박", "additional_properties": {"original": {"byline": "박선민 기자"}}}]
    },
    "first_publish_date": "2023-04-11T02:40:17.100Z",
    "content_elements": [
        {"type": "image", "caption": "밀라노 종합병원의 '생명을 위한 요람'. /트위터"},
        {"type": "text", "content": "예수가 부활했다는 날, <b>이탈리아</b>의 한 친모가 편지를 남겼다."},
        {"type": "header", "level": 3, "content": "아기 위탁함"},
        {"type": "raw_html", "content": "<custom-ad>광고</custom-ad>"},
        {"type": "list", "items": [{"content": "첫째 항목"}, {"content": "둘째 항목"}]},
    ],
}


def fusion_page(story: dict) -> str:
    return (
        "<html><head><title>사연 - 조선일보</title><meta property='og:site_name' content='조선일보'></head>"
        '<body><div id="fusion-app"><div style="display:none" id="article"></div></div>'
        f"<script>window.Fusion=window.Fusion||{{}};Fusion.globalContent={json.dumps(story, ensure_ascii=False)};"
        "Fusion.globalContentConfig={};</script></body></html>"
    )


def test_fusion_story_becomes_an_html_fragment():
    art = fusion_article(fusion_page(STORY))
    assert art is not None
    assert art.source == "fusion"
    assert art.headline == "부활절에 버려진 신생아 사연"
    assert art.authors == ("박선민 기자",)
    assert "<figcaption>밀라노 종합병원의 &#x27;생명을 위한 요람&#x27;. /트위터</figcaption>" in art.fragment
    assert "광고" not in art.fragment  # raw_html elements are ads and widgets


def test_fusion_page_yields_lines_with_roles():
    out = html_to_text(fusion_page(STORY))
    lines = dict(zip(out.text.split("\n"), (h.role for h in out.hints), strict=True))
    assert lines["부활절에 버려진 신생아 사연"] == "headline"
    assert lines["밀라노 종합병원의 '생명을 위한 요람'. /트위터"] == "caption"
    assert lines["예수가 부활했다는 날, 이탈리아의 한 친모가 편지를 남겼다."] == ""
    assert "첫째 항목" in lines
    assert out.meta.published == "2023-04-11T11:40:17+09:00"
    assert out.meta.kind == "article"


def test_broken_fusion_json_is_ignored():
    assert fusion_article("<script>Fusion.globalContent={broken</script>") is None


PARAS = "".join(
    f'<p class="editor-p">{i}번째 문단입니다. 장동혁 국민의힘 대표가 당권을 위협하던 전 대표를 제명했지만 어깨는 무거워졌다.</p>'
    for i in range(4)
)


def test_html_inside_a_js_string_is_found_after_unescaping():
    escaped = json.dumps(json.dumps({"contentHtml": PARAS}, ensure_ascii=False), ensure_ascii=False)
    script = f"self.__next_f.push([1,{escaped}])"
    found = embedded_html([script])
    assert found
    assert found[0].startswith('<p class="editor-p">0번째 문단입니다.')


def test_script_only_page_uses_the_script_article():
    literal = json.dumps(PARAS, ensure_ascii=False).replace("<", "\\u003c")
    page = f"<html><head><title>x</title></head><body><main><div>로딩 중</div></main><script>self.__next_f.push([1,{literal}])</script></body></html>"
    out = html_to_text(page)
    main_lines = [line for line, h in zip(out.text.split("\n"), out.hints, strict=True) if h.in_main]
    assert len(main_lines) == 4
    assert main_lines[0].startswith("0번째 문단입니다.")


def test_pages_with_real_dom_articles_do_not_look_in_scripts():
    body = "<div class='article'>" + PARAS + "</div>"
    other = json.dumps("<p>" + "스크립트 속 다른 글입니다. " * 40 + "</p>", ensure_ascii=False)
    out = html_to_text(f"<html><body>{body}<script>var x={other};</script></body></html>")
    assert "스크립트 속 다른 글입니다." not in out.text
