import json

from hypothesis import given
from hypothesis import strategies as st

import sinmun
from sinmun.record import LABELS, SCHEMA, Article, Dates, LineLabel, Reporter

CONTRACT_KEYS = {
    "schema",
    "id",
    "url",
    "source_format",
    "encoding",
    "is_article",
    "title",
    "subtitles",
    "published",
    "dates",
    "reporters",
    "press",
    "captions",
    "body",
    "paragraphs",
    "lists",
    "quotes",
    "entities",
    "weather",
    "lines",
    "warnings",
}


def test_empty_article_has_every_contract_field():
    d = Article().to_dict()
    assert set(d) == CONTRACT_KEYS
    assert d["schema"] == SCHEMA
    assert set(d["dates"]) == {"page", "published", "modified", "events"}
    assert set(d["entities"]) == {"people", "orgs", "regions", "region_details"}
    assert d["encoding"] == {"input": "utf-8", "repairs": []}


def test_body_is_paragraphs_joined_and_published_mirrors_dates():
    a = Article(paragraphs=("가.", "나."), dates=Dates(published="2023-05-12"))
    d = a.to_dict()
    assert d["body"] == "가.\n나."
    assert d["published"] == d["dates"]["published"] == "2023-05-12"


@given(
    st.lists(st.text(), max_size=5),
    st.lists(st.tuples(st.text(min_size=1), st.sampled_from(LABELS), st.text(min_size=1)), max_size=5),
)
def test_record_round_trips_through_json(paragraphs, labels):
    a = Article(
        paragraphs=tuple(paragraphs),
        reporters=(Reporter("홍길동", "hong@example.co.kr", "기자"),),
        lines=tuple(LineLabel(i, lab, rule) for i, (_, lab, rule) in enumerate(labels)),
    )
    d = a.to_dict()
    assert json.loads(json.dumps(d, ensure_ascii=False)) == d


def test_extract_returns_contract_record(seed_text):
    d = sinmun.extract(seed_text, id="seed", url="http://x").to_dict()
    assert set(d) == CONTRACT_KEYS
    assert (d["id"], d["url"], d["source_format"]) == ("seed", "http://x", "text")
