import pytest

from tollbook.incidents.names import fold, name_stems, place_stems, recurring_names, stem


@pytest.mark.parametrize("one, other", [
    ("Kramatorsk", "Краматорську"),       # Latin / Ukrainian locative
    ("Kramatorsk", "Краматорске"),        # Russian prepositional
    ("Kremenchuk", "Krementschuk"),       # German romanisation
    ("Kherson", "Cherson"),               # kh / ch
    ("Kharkiv", "Харків"),
    ("Kadyrov", "Kadyrow"),
    ("Ukraine", "Ucrânia"),
])
def test_spellings_of_one_name_share_a_stem(one, other):
    assert stem(one) == stem(other)


@pytest.mark.parametrize("one, other", [
    ("Kramatorsk", "Kremenchuk"),
    ("Kharkiv", "Kherson"),
])
def test_different_places_keep_different_stems(one, other):
    assert stem(one) != stem(other)


@pytest.mark.parametrize("location, specific, broad", [
    ("Kramatorsk railway station", {"kram"}, set()),     # lowercase words are not names
    ("Gulf of Aden", {"aden"}, set()),                   # "Gulf" is a generic word
    ("Lewiston, Maine", {"levi", "main"}, set()),
    ("Україна", set(), {"ukra"}),                        # a country is broad
    ("Place Sainctelette", {"sain"}, set()),             # longer than any country name with that stem
    (None, set(), set()),
])
def test_place_stems(location, specific, broad):
    assert place_stems(location) == (frozenset(specific), frozenset(broad))


@pytest.mark.parametrize("text, expected", [
    ("Rescuers in Dnipro said the blast hit a depot.", {"dnip"}),
    ("Officials in Ukraine said five people died.", set()),   # a country, and a sentence's first word
])
def test_names_in_a_sentence(text, expected):
    assert name_stems(text, skip_first=True) == frozenset(expected)


def test_a_page_context_holds_the_names_it_repeats():
    text = "A fire broke out in Sumy on Monday. Firefighters from Sumy and Kyiv came. Sumy mourns."
    assert recurring_names(text) == frozenset({"sumi"})


def test_fold_drops_accents_and_doubled_letters():
    assert fold("Mülheim") == "mulheim"
    assert fold("Tymoshenko") == fold("Timoschenko")


def test_the_vocabulary_file_is_well_formed():
    from tollbook.rules import load_yaml
    vocabulary = load_yaml("common/incidents.yaml")
    assert all(len(letter) == 1 for letter in vocabulary["transliteration"])
    assert all(len(pair) == 2 and all(isinstance(x, str) for x in pair) for pair in vocabulary["folds"])
    assert all(isinstance(word, str) and word for word in vocabulary["generic_words"])
