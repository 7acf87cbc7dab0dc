"""Where grouping puts a claim: the canonical place read from its location, and what that changes."""
from __future__ import annotations

from dataclasses import replace

import pytest

from tests.incidents.helpers import groups
from tollbook import gazetteer
from tollbook.incidents import group_claims, records_for_document
from tollbook.incidents.linking import place_relation
from tollbook.incidents.profile import claim_place
from tollbook.model import Claim, Count, CountKind, Document, Outcome, Place


def _places(*names: str) -> frozenset:
    return frozenset(gazetteer.resolve(name, "en") for name in names)


# (location, places the page keeps naming, the canonical place expected or None)
HEAD_NAMES = [
    ("Quetta railway station", ("Quetta", "Peshawar"), "Quetta"),          # the town heads a building
    ("Quetta Railway Station", ("Quetta", "Peshawar"), "Quetta"),
    ("Kramatorsk General Hospital", ("Kramatorsk", "Donetsk"), "Kramatorsk"),
    ("Peshawar", (), "Peshawar"),                                          # known whole: no page needed
    ("Quetta railway station", ("Quetta",), None),                          # no second place of Pakistan
    ("Quetta railway station", ("Peshawar", "Lahore"), None),              # the page never names Quetta
    ("Kramatorsk General Hospital", ("Kramatorsk", "Quetta"), None),       # the other place is abroad
    ("railway station in the north", ("Quetta", "Peshawar"), None),        # no name heads it
    ("Pakistan Railways depot", ("Quetta", "Peshawar"), None),             # a country is no place to link on
    (None, ("Quetta", "Peshawar"), None),
]


@pytest.mark.parametrize("location, on_page, expected", HEAD_NAMES)
def test_a_location_the_gazetteer_does_not_know_whole_is_read_by_its_head_name(location, on_page, expected):
    found = claim_place(None, location, "en", _places(*on_page))
    assert (found.name if found else None) == expected


def _claim(text: str, evidence: str, best: int, location: str) -> Claim:
    start = text.index(evidence)
    return Claim(outcome=Outcome.KILLED, count=Count(best, CountKind.EXACT, str(best)), evidence=evidence,
                 span=(start, start + len(evidence)), location=location)


STATION_PAGE = ("Bomb at Quetta railway station\nA bomber struck the Quetta railway station on Saturday, killing 24 "
                "people. Trains to Peshawar were halted. Quetta hospitals called in all staff.\nIn March a blast at "
                "a market in Mastung killed nine people.")
TOWN_PAGE = ("Quetta toll rises\nTwenty-four people died in the Quetta bombing, officials said. Quetta police "
             "sealed the area.")


def test_a_station_named_by_its_town_joins_the_towns_reports_and_leaves_the_pages_other_town_apart():
    station = records_for_document(
        Document(id="station", text=STATION_PAGE, published="2023-05-14", language="en"),
        [_claim(STATION_PAGE, "killing 24 people", 24, "Quetta Railway Station"),
         _claim(STATION_PAGE, "killed nine people", 9, "Mastung")])
    town = records_for_document(
        Document(id="town", text=TOWN_PAGE, published="2023-05-14", language="en"),
        [_claim(TOWN_PAGE, "Twenty-four people died", 24, "Quetta")])
    assert groups(group_claims([*station, *town])) == {frozenset({"station#0", "town#0"}),
                                                        frozenset({"station#1"})}


_KHARKIV = Place("Kharkiv", "UA", "Kharkivska oblast", 50.0, 36.2, "city", 706483)
_KHARKIV_OBLAST = Place("Kharkivska oblast", "UA", "Kharkivska oblast", 50.0, 36.2, "admin1", 706482)
_SUMY = Place("Sumy", "UA", "Sumska oblast", 50.9, 34.8, "city", 692194)
_UKRAINE = Place("Ukraine", "UA", None, 50.4, 30.5, "country", 690791)
_UNNUMBERED = Place("Northtown", "XX", None, None, None, "city")


@pytest.mark.parametrize("a, b, relation", [
    (_KHARKIV, _KHARKIV, "same"),
    (_KHARKIV, replace(_KHARKIV, lat=None, name="Charkiw"), "same"),        # one GeoNames id, two spellings
    (_UNNUMBERED, replace(_UNNUMBERED), "same"),                            # no id: precision, country, name
    (_UNNUMBERED, replace(_UNNUMBERED, name="Southtown"), "apart"),
    (_UNNUMBERED, replace(_UNNUMBERED, geonames_id=1), "apart"),            # an id beside none is another place
    (_KHARKIV, _KHARKIV_OBLAST, "inside"),
    (_KHARKIV_OBLAST, _KHARKIV, "inside"),
    (_SUMY, _KHARKIV_OBLAST, "apart"),
    (_SUMY, _KHARKIV, "apart"),                                             # two towns of one country
    (_SUMY, _UKRAINE, "inside"),
    (_KHARKIV, None, None),
])
def test_place_relation(a, b, relation):
    assert place_relation(a, b) == relation
    assert place_relation(b, a) == relation
