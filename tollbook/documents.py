"""RawPage -> Document: find the parts of a page and split its sentences.

First version: crawl text only (the ``date YYYY-MM-DD`` header line), sentences
from pysbd per paragraph. Offsets always point into ``Document.text``.
"""
from __future__ import annotations

import re

import pysbd

from tollbook.model import Document, RawPage, Segment, SegmentKind, Sentence

_DATE_HEADER = re.compile(r"\A\s*date (\d{4}-\d{2}(?:-\d{2})?)\b")
_PARAGRAPH = re.compile(r"[^\n]+")
_segmenter = pysbd.Segmenter(language="en", clean=False, char_span=False)


def build_document(raw: RawPage) -> Document:
    text = raw.body
    published = raw.date
    header = _DATE_HEADER.match(text)
    if header:
        published = header.group(1)
    sentences = tuple(_split_sentences(text))
    return Document(
        id=raw.name, text=text, source=raw.source, url=raw.url, published=published,
        language="en", segments=(Segment(SegmentKind.BODY, 0, len(text)),), sentences=sentences,
    )


def _split_sentences(text: str):
    for paragraph in _PARAGRAPH.finditer(text):
        offset = paragraph.start()
        for piece in _segmenter.segment(paragraph.group()):
            start = text.find(piece.strip(), offset)
            if start < 0:
                continue
            end = start + len(piece.strip())
            offset = end
            if end > start:
                yield Sentence(start, end)
