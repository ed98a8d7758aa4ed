"""The issue's bar on the seed article, read directly from its body paragraphs."""

import pytest

from conftest import EXAMPLES
from sinmun.semantics import analyse

# The seed's body: lines 112-154 (0-based) of examples/seed.txt, published 2023-05-12.
BODY = slice(112, 155)


@pytest.fixture(scope="module")
def seed():
    lines = (EXAMPLES / "seed.txt").read_text(encoding="utf-8").split("\n")
    paragraphs = tuple(x.strip() for x in lines[BODY] if x.strip())
    return paragraphs, analyse(paragraphs, "2023-05-12", ())


def test_eight_list_items(seed):
    _, s = seed
    assert len(s.lists) == 1
    assert len(s.lists[0]) == 8
    assert s.lists[0][0] == "인공지능산업 생태계 활성화와 선도 협력"
    assert s.lists[0][-1] == "고향사랑 기부제 활성화"
    assert not any(i.startswith("▲") for i in s.lists[0])


def test_four_quotes_two_per_head(seed):
    paragraphs, s = seed
    assert [q.speaker for q in s.quotes] == ["김동연 경기지사"] * 2 + ["강기정 광주시장"] * 2
    body = "\n".join(paragraphs)
    assert all(body[q.start : q.end] == q.text for q in s.quotes)
    assert s.quotes[0].text.startswith("인공지능(AI)과 첨단모빌리티에")
    assert s.quotes[3].text.endswith("최선을 다하겠다")


def test_people_are_the_two_heads(seed):
    _, s = seed
    assert {(p.name, p.title) for p in s.entities.people} == {("강기정", "광주시장"), ("김동연", "경기지사")}


def test_regions_are_gwangju_metropolitan_city_and_gyeonggi(seed):
    _, s = seed
    assert s.entities.regions == ("광주광역시", "경기도")


def test_event_dates(seed):
    _, s = seed
    assert ("12일 오후", "2023-05-12") in [(e.text, e.date) for e in s.events]
    assert ("올해 10월", "2023-10") in [(e.text, e.date) for e in s.events]
