"""Table-driven cases for a claim's scope (GUIDELINE convention 21), in sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.claims.helpers import make_document, summary
from tollbook.claims import extract_claims
from tollbook.rules import load_rules


def scope_of(text: str, needle: str, language: str = "en") -> str:
    claims = [c for c in extract_claims(make_document(text, language=language), load_rules()) if needle in c.evidence]
    assert claims, f"no claim with {needle!r}"
    return summary(claims[0], ["scope"])["scope"]


@pytest.mark.parametrize("text, needle, language, expected", [
    # months-long battles are running totals
    ("About 9,000 soldiers died in the nine-month battle for the port.", "9,000", "en", "cumulative"),
    ("Some 4,000 fighters were killed in the 180-day siege of the town.", "4,000", "en", "cumulative"),
    ("The army lost 700 troops in the drawn-out fight for the hills.", "700", "en", "cumulative"),
    ("Twelve soldiers were killed in a battle for the hills on Monday.", "Twelve", "en", "incident"),
    # "since" an attack counts that one event; "since" a date or the war's start is a running total
    ("Five villagers have been missing since Monday's attack on the market.", "Five", "en", "incident"),
    ("Three fishermen are still missing since the blast at the harbour.", "Three", "en", "incident"),
    ("Since the war began, 4,200 soldiers have died.", "4,200", "en", "cumulative"),
    ("Trente civils sont portés disparus depuis lundi après l'attaque du convoi.", "Trente", "fr", "incident"),
    # ru/uk: "in the war" totals
    ("В этой войне погибли 5 тысяч военных.", "5 тысяч", "ru", "cumulative"),
    ("У війні загинули 3 тисячі військових.", "3 тисячі", "uk", "cumulative"),
    ("Внаслідок удару загинули 3 людини.", "3", "uk", "incident"),
    # a rate over a period is a running total, not one event
    ("More than 1,200 people are killed every year on the coast road.", "1,200", "en", "cumulative"),
    ("About 300 miners die annually in the region's pits.", "300", "en", "cumulative"),
    ("Four miners died in the pit on Monday, a year after the last accident.", "Four", "en", "incident"),
])
def test_scope(text, needle, language, expected):
    assert scope_of(text, needle, language) == expected
