"""documents, HTML: the metadata read apart from trafilatura's extract_metadata, and the date search
skipped on pages that can hold no claim (issue 12)."""
from __future__ import annotations

from functools import partial

import pytest
import trafilatura
from trafilatura.settings import Extractor

from tollbook.claims import may_hold_claims
from tollbook.documents import _html_metadata, _metadata_date, build_document
from tollbook.model import RawPage
from tollbook.pipeline import process_page
from tollbook.rules import load_rules

_BODY = ("<p>The harbour board met on Tuesday to discuss the new ferry timetable for the winter months.</p>"
         "<p>Members agreed that the early crossing would leave at six, and the late one at ten.</p>"
         "<p>A second meeting in the spring will look again at the fares for cyclists and pupils.</p>")
_TOLL = ("<p>Two fishermen were killed and three injured when their boat capsized off the cape on Tuesday, "
         "the coastguard said.</p><p>Rescuers searched the bay for hours before the storm passed.</p>")


def _page(body: str, head: str = "", title: str = "Harbour board meets") -> str:
    return (f"<!DOCTYPE html><html><head><title>{title} | The Coast Herald</title>{head}</head>"
            f"<body><article><h1>{title}</h1>{body}</article></body></html>")


DATED_HEAD = '<meta property="article:published_time" content="2024-03-05T08:00:00Z">'
PAGES = [
    _page(_BODY),
    _page(_BODY, DATED_HEAD),
    _page(_BODY, '<meta property="og:title" content="Board meets"><meta property="og:site_name" content="herald">'),
    _page(_BODY, '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferry times",'
                 ' "datePublished": "2023-11-20", "publisher": {"@type": "Organization", "name": "Coast Herald"}}'
                 '</script>'),
    _page(_BODY, '<link rel="canonical" href="https://herald.example.com/2022/07/14/ferry.html">'),
    _page(_TOLL, DATED_HEAD, title="Two fishermen killed off the cape"),
]


@pytest.mark.parametrize("html", PAGES)
def test_metadata_fields_are_those_of_extract_metadata(html):
    expected = trafilatura.extract_metadata(trafilatura.load_html(html), None, Extractor().date_params, False, None)
    tree = trafilatura.load_html(html)
    found = _html_metadata(tree, None)
    assert (found.title, found.sitename, _metadata_date(tree, found)) == (
        expected.title, expected.sitename, expected.date)


def _raw(html: str, url: str | None = None) -> RawPage:
    return RawPage(source="page.html", name="page", body=html, format="html", url=url)


@pytest.fixture(scope="module")
def step_zero():
    return partial(may_hold_claims, rules=load_rules())


@pytest.mark.parametrize("html, url, published", [
    (_page(_TOLL, DATED_HEAD, title="Two fishermen killed off the cape"), None, "2024-03-05"),  # searched
    (_page(_BODY, DATED_HEAD), None, None),    # no outcome word: no date search, and no date made up
    (_page(_BODY, DATED_HEAD), "https://herald.example.com/2024/03/04/ferry.html", "2024-03-04"),  # the URL's
    (_page("<p>4 March 2024</p>" + _BODY, DATED_HEAD), None, "2024-03-04"),   # the date the page prints
])
def test_date_search_only_where_a_claim_can_be(step_zero, html, url, published):
    searched, tested = build_document(_raw(html, url)), build_document(_raw(html, url), step_zero)
    assert tested.published == published
    assert (tested.text, tested.title, tested.site, tested.sentences) == (
        searched.text, searched.title, searched.site, searched.sentences)
    if step_zero(tested):
        assert tested == searched   # a page that can hold a claim is read exactly as before


def test_process_page_skips_the_date_search_only_on_pages_without_claims():
    rules = load_rules()
    document, claims = process_page(_raw(_page(_TOLL, DATED_HEAD, title="Two fishermen killed off the cape")), rules)
    assert claims and document.published == "2024-03-05"
    document, claims = process_page(_raw(_page(_BODY, DATED_HEAD)), rules)
    assert not claims and document.published is None


def _text_page(text: str) -> RawPage:
    return RawPage(source="page.txt", name="page", body=text, format="text")


@pytest.mark.parametrize("text, expected", [
    ("Ferry times change\n\nThe harbour board met on Tuesday to set the winter ferry timetable.", False),
    ("Boat capsizes\n\nTwo fishermen were killed when their boat capsized off the cape on Tuesday.", True),
    ("Storm passes\n\nNo one was hurt when the storm hit the harbour on Tuesday night.", True),   # a zero claim
    ("Паром\n\nДва рыбака погибли, когда их лодка перевернулась у мыса во вторник.", True),       # free order
    ("Паром\n\nСовет гавани в четверг утвердил новое зимнее расписание паромов для города.", False),
    ("Lautta\n\nKaksi kalastajaa kuoli, kun heidän veneensä kaatui niemen edustalla tiistaina.", False),  # fi: no rules
])
def test_may_hold_claims_is_step_zero_of_the_reader(text, expected):
    rules = load_rules()
    document = build_document(_text_page(text))
    assert may_hold_claims(document, rules) is expected
    if not expected:
        assert process_page(_text_page(text), rules)[1] == []
