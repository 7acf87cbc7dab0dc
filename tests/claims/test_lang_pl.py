"""Polish claims through the free-order reader (sentences written for these tests)."""
from __future__ import annotations

from functools import partial

import pytest

from tests.claims.helpers import checked_claims, summary


claims_of = partial(checked_claims, language="pl")


@pytest.mark.parametrize("text, expected", [
    ("W wyniku ostrzału zginęło pięć osób.", [("killed", 5)]),
    ("Zginęło 5 osób, a 12 zostało rannych.", [("killed", 5), ("injured", 12)]),
    ("Armia straciła 1200 żołnierzy zabitych i 300 wziętych do niewoli.", [("killed", 1200), ("captured", 300)]),
    ("Ponad 30 osób zginęło, w tym pięcioro dzieci.", [("killed", 30), ("killed", 5)]),
    ("Kilkudziesięciu cywilów zginęło w nalocie.", [("killed", None)]),
    ("Trzech rybaków zaginęło.", [("missing", 3)]),
    ("Bojownicy porwali dwóch kierowców.", [("captured", 2)]),
    ("Zginął sierżant Jan Kowalski.", [("killed", 1)]),
    ("Liczba zabitych wzrosła do 40.", [("killed", 40)]),
    ("Nikt nie został ranny.", [("injured", 0)]),
    ("Setki ludzi zostało rannych.", [("injured", None)]),
    # not claims
    ("Atak mógł zabić setki ludzi.", []),
    ("Składamy kondolencje rodzinom zabitych.", []),
    ("Do szpitala trafiło 7 osób.", []),
    ("Ewakuowano 1200 osób i 50 pojazdów.", []),
    ("Sąd orzekł karę śmierci w 2019 roku.", []),
    ("Rannych nie było w 12 miastach.", []),
])
def test_outcomes_and_counts(text, expected):
    assert [(str(c.outcome), c.count.best) for c in claims_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Co najmniej 50 osób zginęło.", {"kind": "at_least", "best": 50, "count_text": "Co najmniej 50"}),
    ("Ponad 100 osób zostało rannych.", {"kind": "at_least", "best": 100}),
    ("Około 200 osób zginęło.", {"kind": "approx", "best": 200}),
    ("Prawie 40 osób zostało rannych.", {"kind": "at_most", "best": 40}),
    ("Zginęło kilkudziesięciu żołnierzy.", {"kind": "vague", "best": None, "count_text": "kilkudziesięciu"}),
    ("Zginęło 5,7 tys. żołnierzy.", {"best": 5700}),
])
def test_count_kinds(text, expected):
    assert summary(claims_of(text)[0], expected) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("Zginęło trzech rosyjskich żołnierzy.", None, {"victims": "rosyjskich żołnierzy", "role": "military",
                                                    "side": "Russia"}),
    ("Rannych zostało pięciu cywilów.", None, {"role": "civilian", "side": None}),
    ("Zginęło 30 osób.", None, {"victims": "osób", "role": "unspecified"}),
    ("Zginęły trzy osoby, poinformowała policja.", None, {"reported_by": "policja"}),
    ("W Warszawie zginęły trzy osoby.", None, {"location": "Warszawa"}),
    ("W Kijowie zginęły trzy osoby.", None, {"location": "Kijów"}),
    ("W niedzielę zginęły dwie osoby.", "2022-03-01", {"date": "2022-02-27"}),
    ("Od początku wojny zginęło 5 tysięcy osób.", None, {"scope": "cumulative", "best": 5000}),
])
def test_fields(text, published, expected):
    assert summary(claims_of(text, published)[0], expected) == expected
