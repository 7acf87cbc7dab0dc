"""Dates a claim takes from outside its own sentence (GUIDELINE convention 19, NOTES item 15).

  - A running total counts up to the day it was announced: the statement date of its own sentence, of the
    sentence before or after it, or of a sentence that names the same source ("Major General X on Wednesday
    revealed the losses. [...] He said 2,870 soldiers have been killed" -> Wednesday).
  - An incident claim on a page whose claim sentences give no date takes the date of a body sentence that
    names the same place ("On the morning of April 8, rockets hit the Kramatorsk railway station.").
    Other dated sentences are not read: pages date photos, searches and festivals more often than deaths.

The page's incident day itself is read in ``page_fields``. Dates are read token by token against each
language's ``dates.yaml`` (weekdays, months, relative days) rather than with ``dateparser``: its
``search_dates`` takes about 11 ms a sentence (some 4 pages/s, against the 300 pages/s the claims stage
keeps) and gives no token positions, which the roles (statement day, discovery day) need.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from tollbook.model import Document, SegmentKind

from tollbook.claims import context
from tollbook.claims.tokens import Token
from tollbook.claims.vocab import Vocabulary

_BODY = {SegmentKind.BODY, SegmentKind.STANDFIRST}   # captions date the photo, not the deaths
_QUOTE_MARKS = set('“”"«»')                           # a quotation's "tonight" is the speaker's
_NEIGHBOURS = 1                                       # sentences either side whose statement date a total takes


class PageDates:
    def __init__(self, document: Document, vocab: Vocabulary, tokens_of: Callable[[int], list[Token]], published):
        self.document, self.vocab, self.tokens_of, self.published = document, vocab, tokens_of, published
        self._dated_places: dict[str, str | None] = {}
        self._date_word = date_words(vocab.dates)

    def as_of(self, index: int, reporter: str | None) -> str | None:
        """The announcement day of the running total stated in sentence ``index``."""
        last = len(self.document.sentences) - 1
        for near in sorted(range(max(0, index - _NEIGHBOURS), min(last, index + _NEIGHBOURS) + 1),
                           key=lambda n: abs(n - index)):
            found = self._statement_date(near)
            if found:
                return found
        if reporter is None:
            return None
        for other, sentence in enumerate(self.document.sentences):
            if abs(other - index) > _NEIGHBOURS and reporter in self.document.text[sentence.start:sentence.end]:
                found = self._statement_date(other)
                if found:
                    return found
        return None

    def dated_at(self, place: str) -> str | None:
        """The first incident date of a body sentence that names ``place``."""
        if place not in self._dated_places:
            self._dated_places[place] = next(
                (found for index, sentence in enumerate(self.document.sentences)
                 if sentence.segment in _BODY and place in self.document.text[sentence.start:sentence.end]
                 and not _QUOTE_MARKS & set(self.document.text[sentence.start:sentence.end])  # "Tonight, ..."
                 and self.may_hold_date(index)
                 and (found := context.find_date(self.tokens_of(index), self.vocab, self.published))), None)
        return self._dated_places[place]

    def _statement_date(self, index: int) -> str | None:
        if not self.may_hold_date(index):
            return None
        return context.find_statement_date(self.tokens_of(index), self.vocab, self.published)

    def may_hold_date(self, index: int) -> bool:
        sentence = self.document.sentences[index]
        return sentence.segment != SegmentKind.BOILERPLATE \
            and self._date_word.search(self.document.text, sentence.start, sentence.end) is not None


_DATE_WORDS: dict[int, tuple[dict, re.Pattern]] = {}


def date_words(dates: dict) -> re.Pattern:
    """A quick test for a sentence that may hold a date, compiled once per language."""
    entry = _DATE_WORDS.get(id(dates))
    if entry is None or entry[0] is not dates:
        words = list(dates["weekdays"]) + list(dates["months"]) + list(dates["relative"])
        pattern = re.compile(r"\b(?:%s)\b" % "|".join(re.escape(w) for w in words), re.I)
        entry = _DATE_WORDS[id(dates)] = (dates, pattern)
    return entry[1]
