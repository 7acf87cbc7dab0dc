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
from datetime import date, timedelta

from tollbook.model import Document, SegmentKind

from tollbook.claims import context
from tollbook.claims.tokens import Token
from tollbook.claims.vocab import Vocabulary, WordTest

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
            and self._date_word.search(self.document.text, sentence.start, sentence.end)


_DATE_WORDS: dict[int, tuple[dict, WordTest]] = {}


def date_words(dates: dict) -> WordTest:
    """A quick test for a sentence that may hold a date, built once per language."""
    entry = _DATE_WORDS.get(id(dates))
    if entry is None or entry[0] is not dates:
        words = list(dates["weekdays"]) + list(dates["months"]) + list(dates["relative"])
        entry = _DATE_WORDS[id(dates)] = (dates, WordTest(words))
    return entry[1]


# -- the Solar Hijri calendar (Iran, Afghanistan) -----------------------------------------------------------------
# Its year starts at the March equinox (Nowruz); months 1-6 have 31 days, 7-11 have 30, the 12th 29 or 30. Which
# Gregorian day of March opens a year follows from the leap years, which the calendar spaces in 33-year cycles
# with the breaks below (the arithmetic of the widely used "jalaali" algorithm, Borkowski 1996), exact for
# years -61 to 3177 of the calendar.
_SOLAR_BREAKS = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394,
                 2456, 3178)


def _div(a: int, b: int) -> int:
    """Integer division towards zero (the algorithm is written for it, not for Python's floor)."""
    return int(a / b)


def nowruz(solar_year: int) -> date:
    """The Gregorian day on which the Solar Hijri year ``solar_year`` begins (1 Farvardin)."""
    if not _SOLAR_BREAKS[0] <= solar_year < _SOLAR_BREAKS[-1]:
        raise ValueError(f"Solar Hijri year out of range: {solar_year}")
    gregorian_year, leaps, before = solar_year + 621, -14, _SOLAR_BREAKS[0]
    for brk in _SOLAR_BREAKS[1:]:
        if solar_year < brk:
            break
        jump = brk - before
        leaps += _div(jump, 33) * 8 + _div(jump % 33, 4)
        before = brk
    jump = brk - before
    n = solar_year - before
    leaps += _div(n, 33) * 8 + _div(n % 33 + 3, 4)
    if jump % 33 == 4 and jump - n == 4:
        leaps += 1
    gregorian_leaps = _div(gregorian_year, 4) - _div((_div(gregorian_year, 100) + 1) * 3, 4) - 150
    return date(gregorian_year, 3, 20 + leaps - gregorian_leaps)


def solar_hijri_to_gregorian(year: int, month: int, day: int) -> date:
    """'15 Mehr 1403' -> 2024-10-06. ValueError for a day the month does not have."""
    if not 1 <= month <= 12 or not 1 <= day <= (31 if month <= 6 else 30):
        raise ValueError(f"no such Solar Hijri day: {year}-{month}-{day}")
    offset = (month - 1) * 31 if month <= 7 else 6 * 31 + (month - 7) * 30
    result = nowruz(year) + timedelta(days=offset + day - 1)
    if month == 12 and result >= nowruz(year + 1):
        raise ValueError(f"no such Solar Hijri day: {year}-{month}-{day}")   # 30 Esfand of a common year
    return result


def solar_hijri_year(day: date) -> int:
    """The Solar Hijri year that the Gregorian ``day`` falls in."""
    year = day.year - 621
    return year if day >= nowruz(year) else year - 1
