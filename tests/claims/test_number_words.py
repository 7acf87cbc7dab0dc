"""Numbers written as one word that the numbers.yaml lists do not hold, read by text2num (sentences written
for these tests); words that only contain a number word are no counts."""
from __future__ import annotations

import pytest

from tests.claims.helpers import make_document
from tollbook.claims import extract_claims
from tollbook.rules import load_rules


def counts(text: str, language: str) -> list[tuple[str, int | None]]:
    return [(c.outcome.value, c.count.best) for c in extract_claims(make_document(text, language=language), load_rules())]


@pytest.mark.parametrize("text, language, expected", [
    ("Bei dem Unglück starben achtundvierzig Menschen.", "de", [("killed", 48)]),
    ("Zweihundertzwölf Menschen wurden verletzt.", "de", [("injured", 212)]),
    ("Trentasette persone sono morte nell'incendio.", "it", [("killed", 37)]),
    ("Ventitré persone sono rimaste ferite.", "it", [("injured", 23)]),
    ("Quatre-vingt-dix-sept personnes ont été tuées.", "fr", [("killed", 97)]),
    # negatives: a word that holds a number word is no number
    ("Die Tausendfüßler im Zoo wurden gezählt.", "de", []),
    ("Hundreds of people were injured.", "en", [("injured", None)]),   # vague, not 100
    ("Duecento persone sono state evacuate, tre sono morte.", "it", [("killed", 3)]),
    # "dozen" multiplies like a scale word; "dozens" stays vague
    ("More than two dozen people were wounded.", "en", [("injured", 24)]),
    ("At least 3 dozen soldiers were killed.", "en", [("killed", 36)]),
    ("A dozen hikers are missing.", "en", [("missing", 12)]),
    ("Dozens of people were hurt.", "en", [("injured", None)]),
])
def test_one_word_number(text, language, expected):
    assert counts(text, language) == expected
