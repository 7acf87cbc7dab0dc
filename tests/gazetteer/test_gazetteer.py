"""The gazetteer: place mentions as pages write them -> canonical places; junk words -> None."""
import pytest

from tollbook import gazetteer
from tollbook.model import Place

# mention, language, context country -> (name, country, precision)
RESOLVED = [
    ("Kherson region", "en", None, ("Khersonska oblast", "UA", "admin1")),
    ("Kherson", "en", None, ("Kherson", "UA", "city")),                 # the city, not the oblast of its name
    ("the Ukrainian city of Sumy", "en", None, ("Sumy", "UA", "city")),
    ("the city of Kharkiv", "en", None, ("Kharkiv", "UA", "city")),
    ("Gaza Strip", "en", None, ("Gaza Strip", "PS", "admin1")),          # from the alias table
    ("Gaza City", "en", None, ("Gaza", "PS", "city")),
    ("Ciudad de Gaza", "es", None, ("Gaza", "PS", "city")),
    ("central Gaza", "en", None, ("Gaza", "PS", "city")),
    ("southern Lebanon", "en", None, ("Lebanon", "LB", "country")),
    ("outside Kyiv", "en", None, ("Kyiv", "UA", "city")),
    ("Lewiston", "en", "US", ("Lewiston", "US", "city")),
    ("Buffalo, New York", "en", None, ("Buffalo", "US", "city")),
    ("Hood County, Texas", "en", None, ("Hood County", "US", "admin2")),
    ("Oregon", "en", None, ("Oregon", "US", "admin1")),                  # the state, not the town in Ohio
    ("Manipur", "en", None, ("Manipur", "IN", "admin1")),
    ("Jiribam district", "en", None, ("Jiribam", "IN", "admin2")),
    ("Sudan", "en", None, ("Sudan", "SD", "country")),                   # the country, not a village
    ("Кривий Ріг", "uk", None, ("Kryvyy Rih", "UA", "city")),            # alternate names in any script
    ("Харків", "uk", None, ("Kharkiv", "UA", "city")),
    ("Херсонська область", "uk", None, ("Khersonska oblast", "UA", "admin1")),
    ("Миколаївська ОДА", "uk", None, ("Mykolaivska oblast", "UA", "admin1")),
    ("Украина", "ru", None, ("Ukraine", "UA", "country")),
    ("Ucrânia", "pt", None, ("Ukraine", "UA", "country")),               # ISO 3166 names in the page's language
    ("Іспанія", "uk", None, ("Spain", "ES", "country")),
    ("Bruxelles", "fr", None, ("Brussels", "BE", "city")),
    ("Cherson", "de", None, ("Kherson", "UA", "city")),
    ("Kut", "en", None, ("Al-Kut", "IQ", "city")),                       # the city of 300,000, not a village
]

NOT_PLACES = [
    ("Attack", "en"), ("Protests", "en"), ("Euro", "en"), ("BR", "pt"), ("Ciudad", "es"), ("Police", "en"),
    ("Parliament", "en"), ("Anschlag", "de"), ("Polizei", "de"), ("", "en"), ("42", "en"),
    ("Prager Vorort", "de"), ("Springfield, Narnia", "en"),
]


@pytest.mark.parametrize("mention, lang, context, expected", RESOLVED)
def test_resolves_a_mention_to_its_canonical_place(mention, lang, context, expected):
    place = gazetteer.resolve(mention, lang, context)
    assert place is not None, mention
    assert (place.name, place.country, place.precision) == expected
    assert place.lat is not None and place.lon is not None
    assert gazetteer.is_place(mention, lang)


@pytest.mark.parametrize("mention, lang", NOT_PLACES)
def test_common_nouns_codes_and_unknown_names_are_no_place(mention, lang):
    assert gazetteer.resolve(mention, lang) is None
    assert not gazetteer.is_place(mention, lang)


def test_context_country_picks_the_namesake():
    assert gazetteer.resolve("Lewiston", "en", "AU").country == "AU"
    assert gazetteer.resolve("Lewiston", "en", "us").country == "US"


def test_a_city_carries_its_first_level_region():
    assert gazetteer.resolve("Kramatorsk", "en").admin1 == "Donetska oblast"
    assert gazetteer.resolve("Кременчук", "uk").admin1 == "Poltavska oblast"


def test_country_names():
    assert gazetteer.country_name("UA") == "Ukraine"
    assert gazetteer.country_name("RU") == "Russia"
    assert gazetteer.country_name("ZZ") is None


def test_place_round_trips_through_a_dict():
    place = gazetteer.resolve("Sumy", "en")
    assert Place.from_dict(place.to_dict()) == place
    assert Place.from_dict(None) is None
