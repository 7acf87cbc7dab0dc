"""A claim's location -> country and first-level region, for dataset-style exports.

Matching is deliberately simple: split the location at commas, drop generic
words ("region", "oblast"), then look each part up in the gazetteer
(``rules/common/gazetteer.yaml``) and in pycountry's country names. The last
part that names a country wins for the country; a gazetteer hit gives both.
An unknown place gives ``Place(None, None, None)``: an honest blank, not a guess.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pycountry

from tollbook.rules import load_yaml

GAZETTEER = "common/gazetteer.yaml"


@dataclass(frozen=True)
class Place:
    country: str | None
    admin1: str | None
    iso: int | None          # ISO 3166 numeric code (ACLED's ``iso``)


def locate(location: str | None) -> Place:
    """Country, admin1 and ISO number for a free-text location."""
    country, admin1 = None, None
    for part in _parts(location):
        found = _places().get(part)
        if found is not None:
            country, admin1 = found
        elif _country(part) is not None:
            country = _country(part)
    return Place(country, admin1, _iso(country))


def _parts(location: str | None) -> list[str]:
    generic = set(load_yaml(GAZETTEER)["generic_words"])
    parts = []
    for piece in re.split(r"[,;/()]", (location or "").lower()):
        words = [word for word in piece.split() if word.strip(".") not in generic]
        if words:
            parts.append(" ".join(words))
    return parts


@cache
def _places() -> dict[str, tuple[str, str]]:
    """Every spelling -> (country, admin1), and each region's own name too."""
    table: dict[str, tuple[str, str]] = {}
    for country, regions in load_yaml(GAZETTEER)["places"].items():
        for region, spellings in regions.items():
            table.setdefault(region.lower(), (country, region))
            for spelling in spellings:
                table[str(spelling).lower()] = (country, region)
    return table


@cache
def _country(name: str) -> str | None:
    if len(name) < 4:  # two- and three-letter codes are too often ordinary words ("in", "per")
        return None
    try:
        found = pycountry.countries.lookup(name)
    except LookupError:
        return None
    return load_yaml(GAZETTEER)["country_names"].get(found.name, getattr(found, "common_name", found.name))


@cache
def _iso(country: str | None) -> int | None:
    if country is None:
        return None
    names = {v: k for k, v in load_yaml(GAZETTEER)["country_names"].items()}
    try:
        return int(pycountry.countries.lookup(names.get(country, country)).numeric)
    except LookupError:
        return None
