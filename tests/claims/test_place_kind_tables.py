"""The place-kind tables keyed by word (tollbook/claims/context.py, page_fields.py) read as the listed kinds do.

The readers once scanned places.yaml ``suffixes`` and ``leading_kinds`` in full at every call; they now ask
tables keyed by the word a kind must start or end with. Each case below is a phrase written for these
tests, with the answer the plain scan of the lists gives; negatives (no kind, a kind not at the end, a
name no longer than its kind) stand beside the positives.
"""
from __future__ import annotations

import pytest

from tollbook.claims.context import _suffix_length
from tollbook.claims.page_fields import _kind_word, _leading_kind
from tollbook.claims.vocab import vocabulary
from tollbook.rules import load_rules


def _vocab(language: str):
    return vocabulary(load_rules().for_language(language))


@pytest.mark.parametrize("language, lows, at, expected", [
    ("en", ["in", "kramatorsk", "railway", "station", "on"], 2, 2),   # the two-word kind, not "station" alone
    ("en", ["in", "kramatorsk", "station", "on"], 2, 1),
    ("en", ["in", "kherson", "region"], 2, 1),                        # the last token
    ("en", ["in", "kherson", "railway"], 2, 0),                       # "railway" alone is no kind
    ("en", ["in", "kherson", "said"], 2, 0),
    ("en", ["in", "kherson"], 2, 0),                                  # past the end of the sentence
])
def test_suffix_length(language, lows, at, expected):
    assert _suffix_length(lows, at, _vocab(language)) == expected


@pytest.mark.parametrize("language, words, expected", [
    ("en", ["Kramatorsk", "railway", "station"], "railway station"),   # the longest listed kind
    ("en", ["Kramatorsk", "station"], "station"),
    ("en", ["Kherson", "Region"], "region"),                          # read in lower case
    ("en", ["station"], None),                                        # a kind with no name before it
    ("en", ["Kramatorsk", "station", "bombing"], None),               # the kind must end the mention
    ("fr", ["gare", "de", "Kramatorsk"], "gare"),                     # a kind that opens the mention
    ("es", ["estación", "de", "tren", "de", "Lviv"], "estación de tren"),
    ("es", ["estación"], None),
    ("es", ["Lviv"], None),
    ("en", [], None),
])
def test_kind_word(language, words, expected):
    assert _kind_word(words, _vocab(language)) == expected


@pytest.mark.parametrize("language, words, expected", [
    ("es", ["centro", "comercial", "de", "Kremenchuk"], "centro comercial"),
    ("es", ["Centro", "Comercial", "Galerías"], "centro comercial"),
    ("es", ["comercial", "Kremenchuk"], None),
    ("en", ["gare", "de", "Kramatorsk"], None),                       # a language with no leading kinds
])
def test_leading_kind(language, words, expected):
    assert _leading_kind(words, _vocab(language)) == expected
