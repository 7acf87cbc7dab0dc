"""Telling HTML markup from crawl text that happens to hold a stray tag.

Crawl dumps sometimes keep an ``<img>`` or a Markdown image line, so one tag is
not enough: a page is HTML when it declares itself (doctype, ``<html>``,
``<head>``, ``<body>``) or closes several block elements.
"""
from __future__ import annotations

import re

_DECLARED = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
_CLOSING_BLOCK = re.compile(r"</(?:p|div|span|a|li|ul|td|tr|section|article|h[1-6]|script|title)>", re.IGNORECASE)
_MIN_CLOSING_TAGS = 5


def looks_like_html(head: str) -> bool:
    """True when the start of a page is markup rather than text."""
    if _DECLARED.search(head):
        return True
    return len(_CLOSING_BLOCK.findall(head)) >= _MIN_CLOSING_TAGS
