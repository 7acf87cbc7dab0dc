"""documents, HTML: the page parsed as trafilatura.load_html parses it, with an element lookup in C.

The pages are written for these tests: the odd cases load_html repairs or refuses, and the form elements
that lxml.html's own lookup gives classes of their own.
"""
from __future__ import annotations

import pytest
import trafilatura
from lxml import etree

from tollbook.documents import _parse_html

_ARTICLE = ("<article><h1>Ferry timetable changes</h1><p>The harbour board met on Tuesday to discuss the winter "
            "timetable.</p><p>The early crossing will leave at six.</p></article>")

PAGES = [
    f"<!DOCTYPE html><html><head><title>Ferry</title></head><body>{_ARTICLE}</body></html>",
    f"<html><body>{_ARTICLE}</body></html>",                                            # no doctype
    f"<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\" />\n<html><body>{_ARTICLE}</body></html>",  # self-closed
    f"<html/>\n<head></head><body>{_ARTICLE}</body>",                                   # self-closing <html/>
    f"<html><body>{_ARTICLE}\x0b\x1f<p>Control\x08 characters \ufffe removed.</p></body></html>",
    f"<?xml version=\"1.0\" encoding=\"utf-8\"?><html><body>{_ARTICLE}</body></html>",   # a declaration: bytes
    f"<html><body>{_ARTICLE}<form action=\"/s\"><label for=\"q\">Search</label><input id=\"q\" value=\"x\">"
    "<select><option>A</option></select><textarea>Note</textarea></form><!-- a comment --></body></html>",
    "<p>Only a fragment of text, no page around it.</p>",                               # refused: None
    "plain words, no markup at all",
]


def _shape(tree) -> str | None:
    return None if tree is None else etree.tostring(tree, encoding="unicode", method="html")


@pytest.mark.parametrize("page", PAGES)
def test_the_tree_is_the_one_trafilatura_makes(page):
    assert _shape(_parse_html(page)) == _shape(trafilatura.load_html(page))


@pytest.mark.parametrize("page, parsed", [(PAGES[0], True), (PAGES[-2], False)])
def test_a_fragment_is_no_page(page, parsed):
    assert (_parse_html(page) is not None) == parsed


@pytest.mark.parametrize("page", PAGES[:7])
def test_trafilatura_extracts_the_same_text_from_either_tree(page):
    def text(tree) -> str:
        return trafilatura.bare_extraction(tree, include_comments=False, include_tables=True).text
    assert text(_parse_html(page)) == text(trafilatura.load_html(page))
