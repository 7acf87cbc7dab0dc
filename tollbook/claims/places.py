"""The page's dateline place: 'LEWISTON, Maine (AP) —' opens a wire story with the city it was filed from.

Wire and agency stories are filed from where the news happened, so the dateline city is the most specific
place of the page's incident (NOTES item 14): it stands for claims that name no place, and for claims that
name only the region the dateline puts the city in ('in Maine' -> 'Lewiston').
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from tollbook.model import Document

_HEAD_CHARS = 4000   # a dateline opens the story, within the page's first lines
_DATELINE = re.compile(
    r"^[ \t]*(?P<city>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})"      # LEWISTON, NEW YORK, ST. LOUIS
    r"(?:, (?P<region>[A-Z][\w.]+(?: [A-Z][\w.]+)?))?"                 # , Maine / , Ala.
    r"(?: \((?:[A-Z][\w.]*[ /]?)+\))? *[—–-]+ ",                       # (AP) —
    re.M)


@dataclass(frozen=True)
class Dateline:
    city: str                 # as written, in title case ("Lewiston")
    region: str | None        # the state or country after it, as written ("Maine", "Ala.")


def find_dateline(document: Document) -> Dateline | None:
    m = _DATELINE.search(document.text, 0, _HEAD_CHARS)
    if m is None or len(m.group("city")) < 3:
        return None
    return Dateline(_title(_without_full_stop(m.group("city"))), m.group("region"))


def _without_full_stop(city: str) -> str:
    """'COATZACOALCOS.- Enero 9.-': the stop before the dash ends the dateline, not the name ('D.C.' keeps its)."""
    last = city.split()[-1]
    return city[:-1] if last.endswith(".") and last.count(".") == 1 else city


def _title(name: str) -> str:
    return " ".join(word.capitalize() if word.isupper() else word for word in name.split())


def place_with_dateline(location: str | None, dateline: Dateline | None) -> str | None:
    """The dateline city when the claim names no place or only the dateline's region."""
    if dateline is None:
        return location
    if location is None or (dateline.region and location.lower() == dateline.region.lower()):
        return dateline.city
    return location
