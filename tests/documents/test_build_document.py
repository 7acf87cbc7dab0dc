"""documents: headline, date, captions, chrome, language and sentence offsets."""
from __future__ import annotations

import pytest

from tests.conftest import FIXTURES
from tollbook.documents import build_document, find_date, split_sentences, url_date
from tollbook.errors import SourceError
from tollbook.model import RawPage, SegmentKind

SEED = FIXTURES / "seed" / "000_e68090f2c7f8c3aa.txt"


def crawl_page(text: str, url: str | None = None) -> RawPage:
    return RawPage(source="test.txt", name="test", body=text, format="text", url=url)


@pytest.fixture(scope="module")
def seed():
    return build_document(crawl_page(SEED.read_text(encoding="utf-8")))


def test_seed_fields(seed):
    assert (seed.published, seed.title, seed.language) == ("2022-03-01", "Kadyrov confirms Chechen casualties", "en")
    assert seed.text == SEED.read_text(encoding="utf-8")


def test_seed_icon_strip_is_boilerplate_and_in_no_sentence(seed):
    strip, = [s for s in seed.segments if s.kind == SegmentKind.BOILERPLATE]
    assert seed.text[strip.start:strip.end].startswith("icon bookmark-bicon")
    assert seed.text[strip.start:strip.end].endswith("wticon fm")
    assert all(sentence.end <= strip.start or sentence.start >= strip.end for sentence in seed.sentences)


@pytest.mark.parametrize("kind, text", [
    (SegmentKind.DATELINE, "1 Mar, 2022 10:58"),
    (SegmentKind.HEADLINE, "Kadyrov confirms Chechen casualties"),
    (SegmentKind.CAPTION, "Soldiers assembled in Grozny in Russia’s Chechen Republic, February 25, 2022."),
    (SegmentKind.BODY, "Two soldiers from Chechnya have been killed and six were wounded, Ramzan Kadyrov wrote on "
                       "social media on Tuesday, without elaborating."),
])
def test_seed_sentence_kinds(seed, kind, text):
    assert (kind, text) in [(s.segment, seed.sentence_text(s)) for s in seed.sentences]


def test_seed_sentences_round_trip(seed):
    for sentence in seed.sentences:
        piece = seed.sentence_text(sentence)
        assert piece == piece.strip() and piece and "\n" not in piece
    starts = [s.start for s in seed.sentences]
    assert starts == sorted(starts)


# Small crawl pages written for these tests: (text, url, published, title).
CRAWL_PAGES = [
    (" date 2022-10 Storm Floods Valley Town After Days Of Rain\n\nTwo people were hurt, officials said.\n",
     None, "2022-10", "Storm Floods Valley Town After Days Of Rain"),
    (" date 2022-04 Bridge Reopens After Repairs Stand: 28.04.2022 11:48 Uhr\n\nThe bridge reopened today.\n",
     None, "2022-04-28", "Bridge Reopens After Repairs"),
    ("Ferry runs aground near the harbour\n\n5 March 2022, 14:05\n\nThe ferry hit a sandbank at dawn.\n",
     None, "2022-03-05", "Ferry runs aground near the harbour"),
    ("Ferry runs aground near the harbour - Example News\n\nFerry runs aground near the harbour\n\n"
     "The ferry hit a sandbank at dawn, the coast guard said.\n", None, None, "Ferry runs aground near the harbour"),
    ("The ferry hit a sandbank at dawn, the coast guard said on Saturday.\nNobody was hurt.\n",
     "https://example.org/news/2022/03/07/ferry", "2022-03-07", None),
    ("Паром сел на мель у гавани\n\n05 мар 2022, 05:23\n\nПаром сел на мель на рассвете, сообщили спасатели.\n",
     None, "2022-03-05", "Паром сел на мель у гавани"),
    ("Skip to main content\nBy Jane Doe\nThe ferry hit a sandbank at dawn.\n", None, None, None),
    # a printed month gives way to the full date of the URL
    (" date 2022-10 The ferry hit a sandbank at dawn, the coast guard said.\n",
     "https://example.org/news/2022/10/14/ferry", "2022-10-14", None),
    (" date 2022-10 The ferry hit a sandbank at dawn, the coast guard said.\n",
     "https://example.org/news/ferry-aground-20221014-5521.html", "2022-10-14", None),
    # the site's today-widget, months after the URL's day, is not the page's date; a day later is
    ("Menu\nmiércoles, septiembre 24, 2025\n\nEl ferry encalló en un banco de arena al amanecer, dijo la guardia.\n",
     "https://example.org/2025/06/25/ferry", "2025-06-25", None),
    ("Menu\nmiércoles, junio 25, 2025\n\nEl ferry encalló en un banco de arena al amanecer, dijo la guardia.\n",
     "https://example.org/2025/06/24/ferry", "2025-06-25", None),
]


@pytest.mark.parametrize("text, url, published, title", CRAWL_PAGES)
def test_crawl_page_date_and_title(text, url, published, title):
    document = build_document(crawl_page(text, url))
    assert (document.published, document.title) == (published, title)


@pytest.mark.parametrize("line, kind", [
    ("Skip to main content", SegmentKind.BOILERPLATE),
    ("Share this article", SegmentKind.BOILERPLATE),
    ("By Jane Doe", SegmentKind.DATELINE),
    ("Rescue boats near the pier. (AP Photo/Jane Doe)", SegmentKind.CAPTION),
    ("Rescue boats near the pier. Photograph: Jane Doe", SegmentKind.CAPTION),
    ("Police share new photos of the suspect with the public", SegmentKind.BODY),
    ("Flooded streets in the old town. Getty Images", SegmentKind.CAPTION),
    ("Our telephotos: sharper than ever, and lighter", SegmentKind.BODY),   # a marker inside a word
])
def test_line_kinds(line, kind):
    text = f"The ferry hit a sandbank at dawn, the coast guard said.\n{line}\nNobody was hurt.\n"
    document = build_document(crawl_page(text))
    start = text.index(line)
    assert [s.kind for s in document.segments if s.start == start] == [kind]


def test_html_page(tmp_path):
    raw = RawPage(source="flood.html", name="flood", body=(FIXTURES / "pages" / "flood.html").read_text("utf-8"),
                  format="html")
    document = build_document(raw)
    assert document.title == "River flood cuts off valley town"
    assert document.published == "2022-03-05"
    assert document.language == "en"
    assert document.text.startswith("River flood cuts off valley town\n\n")
    assert "Two people were injured when the river burst its banks" in document.text
    assert "Home" not in document.text
    assert document.segments[0].kind == SegmentKind.HEADLINE


@pytest.mark.parametrize("markup", [
    "<html><head><title>Nothing here</title></head><body></body></html>",
    "<html><body><div><span>",
])
def test_html_without_article_text(markup):
    with pytest.raises(SourceError, match="no article text in the HTML"):
        build_document(RawPage(source="empty.html", name="empty", body=markup, format="html"))


@pytest.mark.parametrize("text, iso", [
    ("1 Mar, 2022 10:58", "2022-03-01"),
    ("Stand: 28.04.2022 11:48 Uhr", "2022-04-28"),
    ("March 5, 2022", "2022-03-05"),
    ("Updated at 6:49 p.m. EDT, Oct. 23, 2008", "2008-10-23"),
    ("05.03.2022", "2022-03-05"),
    ("04:01, 27.02.22", "2022-02-27"),
    ("2 марта 2022, 19:59", "2022-03-02"),
    ("29 de febrero de 2024", "2024-02-29"),
    ("3 juin 2022", "2022-06-03"),
    ("3 juillet 2022", "2022-07-03"),
    ("no date here, only 2022", None),
    ("31.02.2022", None),
    ("5/3/22 at dawn", "2022-03-05"),             # a year of two figures
    ("3 killed on 5 March", None),                 # no year at all
])
def test_find_date(text, iso):
    found = find_date(text)
    assert (found[0] if found else None) == iso


@pytest.mark.parametrize("url, iso", [
    ("https://example.org/2022/3/7/story", "2022-03-07"),
    ("https://example.org/news/20220301150658/story", "2022-03-01"),
    ("https://example.org/document/2022-03-25-story", "2022-03-25"),
    ("https://example.org/world/2022/mar/30/story", "2022-03-30"),
    ("https://example.org/nation/2023/Sep/4/story", "2023-09-04"),   # a capitalised month
    ("https://example.org/nation/2023/News/4/story", None),         # no month name
    ("https://example.org/2013/04/story.html", None),
    ("https://example.org/story-20250626-765392.html", "2025-06-26"),
    ("https://example.org/story-20251399-765392.html", None),
    (None, None),
])
def test_url_date(url, iso):
    assert url_date(url) == iso


@pytest.mark.parametrize("text, language, expected", [
    ("Maj. Gen. John Smith said two were killed. Three were hurt.", "en",
     ["Maj. Gen. John Smith said two were killed.", "Three were hurt."]),
    ("He moved to the U.S. The family followed. It was hard!", "en",
     ["He moved to the U.S.", "The family followed.", "It was hard!"]),
    ("Das Treffen ist am 5. März geplant. Es kamen z. B. viele Leute.", "de",
     ["Das Treffen ist am 5. März geplant.", "Es kamen z. B. viele Leute."]),
    ("Погибли 3 человека. Ранены 5.", "ru", ["Погибли 3 человека.", "Ранены 5."]),
    ("A headline with no stop at all", "en", ["A headline with no stop at all"]),
])
def test_split_sentences(text, language, expected):
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text), language)] == expected
