"""Table-driven cases for a claim's side (GUIDELINE convention 17), in sentences written for these tests.

Each case is a small page, one sentence per line; the expected side is that of the claim whose evidence
contains ``needle``. Negatives sit beside the constructions they guard.
"""
from __future__ import annotations

import pytest

from tests.claims.helpers import make_document, summary
from tollbook.claims import extract_claims
from tollbook.rules import load_rules


def side_of(text: str, needle: str, language: str = "en"):
    claims = [c for c in extract_claims(make_document(text, language=language), load_rules()) if needle in c.evidence]
    assert claims, f"no claim with {needle!r}"
    return summary(claims[0], ["side"])["side"]


@pytest.mark.parametrize("text, needle, expected", [
    # nationality adjectives and non-state parties before the victims
    ("Four Congolese soldiers were killed in the ambush.", "Four", "DR Congo"),
    ("Six Burkinabe soldiers died when their convoy hit a mine.", "Six", "Burkina Faso"),
    ("Dozens of Hezbollah fighters were wounded by the blasts.", "Dozens", "Hezbollah"),
    ("Twelve Wagner fighters were killed near the town.", "Twelve", "Wagner"),
    ("Three Congolese civilians were killed in the ambush.", "Three", None),     # civilians get no side
    # the losses of a party named in the sentence
    ("About 900 were killed on the Ukrainian side, the commander said.", "900", "Ukraine"),
    ("Ukrainian forces shelled the village, killing five people.", "five", None),  # who did the killing
    # the one national army the page names
    ("The Malian army said its positions came under fire at dawn.\nNine soldiers were killed.", "Nine", "Mali"),
    ("Malian troops and Nigerien troops patrolled the border.\nNine soldiers were killed.", "Nine", None),
    ("The Nigerian army fought the rebels.\nNine residents were killed.", "Nine", None),  # not soldiers
    # the reporter's party: the head of the description is who speaks
    ("The head of the Russian private army Wagner said 300 of its fighters were killed.", "300", "Wagner"),
])
def test_side_en(text, needle, expected):
    assert side_of(text, needle) == expected


@pytest.mark.parametrize("text, needle, expected", [
    ("L'armée burkinabè a repoussé l'attaque.\nSept soldats ont été tués.", "Sept", "Burkina Faso"),
    ("Sept soldats ont été tués.", "Sept", None),
])
def test_side_fr(text, needle, expected):
    assert side_of(text, needle, "fr") == expected


@pytest.mark.parametrize("text, needle, expected", [
    # the party whose losses a loss word names, beside it
    ("Потери ВСУ за сутки составили до 300 военнослужащих.", "300", "Ukraine"),
    ("Украинская сторона потеряла свыше 120 человек.", "120", "Ukraine"),
    # the enemy of the reporting party
    ("Минобороны РФ сообщило, что потери противника составили 150 военнослужащих.", "150", "Ukraine"),
    # a bulletin goes on: a loss word with no party beside it is the last named party's
    ("Потери ВСУ составили до 300 военнослужащих.\nПотери на южном направлении составили 80 человек.", "80", "Ukraine"),
    # negatives: a party after a preposition is a place; no loss word, no party from the words beside it
    ("Потери в украинском городе составили 40 человек.", "40", None),
    ("Российский удар убил пять человек.", "пять", None),
])
def test_side_ru(text, needle, expected):
    assert side_of(text, needle, "ru") == expected


def test_uk_enemy_of_a_ukrainian_source():
    text = "Генштаб ЗСУ повідомив, що втрати ворога склали 500 осіб."
    assert side_of(text, "500", "uk") == "Russia"
