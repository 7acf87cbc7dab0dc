"""Where a claim or an incident was, as the conflict datasets want it: ISO code, country, admin1, point.

Places come from the gazetteer (``tollbook.gazetteer.resolve``): the mention as
written ("Kherson region", "Краматорськ") is looked up in the page's language,
and a name several countries have is read in the country the page's other
places are in. An incident's place is the most precise place its claims name
inside the country most of them name. An incident whose claims name no place
takes the place the other claims of its pages name, marked ``from_page`` (and
exported with a coarser precision). A mention the gazetteer does not know gives
no place: an honest blank, never a guess.

    locate("Eastford, Ukraine")                     # a claim's location
    incident_place(store.place_mentions([id])[id])  # an incident's, from its claims and pages
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from tollbook.model import Place

# most precise first
PRECISION_ORDER = ("city", "admin2", "admin1", "country")
# ACLED geo_precision: 1 the town itself, 2 near it or a part of a region, 3 a region or a country.
ACLED_GEO_PRECISION = {"city": 1, "admin2": 2, "admin1": 3, "country": 3}
# UCDP where_prec: 1 exact place, 2 within 25 km, 3 admin2, 4 admin1, 6 the country.
UCDP_WHERE_PRECISION = {"city": 1, "admin2": 3, "admin1": 4, "country": 6}


@dataclass(frozen=True)
class ExportPlace:
    """A canonical place with the codes the datasets use; every field None when nothing resolved."""
    place: Place | None = None
    from_page: bool = False        # no claim of the incident names it: the page's other claims do

    @property
    def country(self) -> str | None:
        """The English short name ("Ukraine")."""
        return _country_name(self.place.country) if self.place and self.place.country else None

    @property
    def iso(self) -> int | None:
        """ISO 3166-1 numeric (ACLED's ``iso``)."""
        return _iso_numeric(self.place.country) if self.place and self.place.country else None

    @property
    def admin1(self) -> str | None:
        return self.place.admin1 if self.place else None

    @property
    def lat(self) -> float | None:
        return self.place.lat if self.place else None

    @property
    def lon(self) -> float | None:
        return self.place.lon if self.place else None

    @property
    def located(self) -> bool:
        """A country and a point: what a map or a dataset row can use."""
        return self.iso is not None and self.lat is not None and self.lon is not None

    def acled_precision(self) -> int | None:
        if self.place is None:
            return None
        found = ACLED_GEO_PRECISION.get(self.place.precision, 3)
        return max(found, 2) if self.from_page else found

    def ucdp_precision(self) -> int | None:
        if self.place is None:
            return None
        found = UCDP_WHERE_PRECISION.get(self.place.precision, 6)
        return max(found, 2) if self.from_page else found


def locate(location: str | None, language: str | None = None) -> ExportPlace:
    """The canonical place of one location as written ("Eastford, Ukraine", "Херсонська область")."""
    return ExportPlace(_resolve(location, language, None)) if location else ExportPlace()


def incident_place(mentions) -> ExportPlace:
    """An incident's place from ``PlaceMentions`` (``Store.place_mentions``): its claims', else its pages'."""
    home = _home_country([*mentions.own, *mentions.page])
    own = _best_place(mentions.own, home)
    if own is not None:
        return ExportPlace(own)
    on_page = _best_place(mentions.page, home)
    return ExportPlace(on_page, from_page=True) if on_page is not None else ExportPlace()


def _home_country(mentions: Iterable[tuple[str, str | None]]) -> str | None:
    """The country the mentions name most: it settles names several countries have ("Lewiston")."""
    countries = Counter(p.country for p in (_resolve(text, lang, None) for text, lang in mentions)
                        if p is not None and p.country)
    return min(countries, key=lambda c: (-countries[c], c)) if countries else None


def _best_place(mentions: Iterable[tuple[str, str | None]], home: str | None) -> Place | None:
    """In the country most mentions name, the most precise place; among as precise, the most named."""
    found = [p for p in (_resolve(text, lang, home) for text, lang in mentions) if p is not None]
    if not found:
        return None
    countries = Counter(p.country for p in found)
    country = min(countries, key=lambda c: (-countries[c], c or ""))
    inside = Counter(p for p in found if p.country == country)
    return min(inside, key=lambda p: (_rank(p), -inside[p], p.name))


def _rank(place: Place) -> int:
    return PRECISION_ORDER.index(place.precision) if place.precision in PRECISION_ORDER else len(PRECISION_ORDER)


def _resolve(text: str | None, language: str | None, home: str | None) -> Place | None:
    """The gazetteer's place; for "Eastford, Ukraine" with a town it does not know, the part it knows."""
    from tollbook import gazetteer  # its datasets load on the first lookup, not at import
    found = gazetteer.resolve(text, language, home)
    if found is None and text and "," in text:
        found = gazetteer.resolve(text.rsplit(",", 1)[1], language, home)
    return found


@cache
def _country_name(alpha2: str) -> str | None:
    from tollbook import gazetteer
    return gazetteer.country_name(alpha2)


@cache
def _iso_numeric(alpha2: str) -> int | None:
    import pycountry
    found = pycountry.countries.get(alpha_2=alpha2)
    return int(found.numeric) if found is not None else None


# -- totals by canonical place ------------------------------------------------------------

PLACE_TALLY_KEYS = ("country", "admin1", "place")


def tally_by_place(store, by: str, *, outcome=None, since=None, until=None) -> list:
    """``Store.tally``'s rows, keyed by the canonical place: its country, admin1, or the place itself.

    Each incident (never a running total) adds its low / best / high once, as in
    ``Store.tally``; "Ukraine", "Украина" and "Ucrânia" are one key here. An incident
    whose place the gazetteer does not know counts under "unknown".
    """
    from tollbook.store.incidents import tally_rows   # the store's rows, so both tallies count and print alike

    if by not in PLACE_TALLY_KEYS:
        raise ValueError(f"by {by!r}: one of {', '.join(PLACE_TALLY_KEYS)}")
    listed = store.incidents(outcome=outcome, since=since, until=until, scope="incident")
    mentions = store.place_mentions([stored.id for stored in listed])
    rows = tally_rows(listed, lambda stored: _tally_key(incident_place(mentions[stored.id]), by), outcome)
    order = ("killed", "injured", "captured", "missing", "casualties")
    return sorted(rows, key=lambda r: (order.index(r.outcome) if r.outcome in order else 9, r.key == "unknown",
                                       -r.best, r.key))


def _tally_key(found: ExportPlace, by: str) -> str:
    if found.place is None:
        return "unknown"
    if by == "country":
        return found.country or "unknown"
    if by == "admin1":
        return f"{found.admin1}, {found.country}" if found.admin1 else f"{found.country} (no region)"
    return found.place.name
