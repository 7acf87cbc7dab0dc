import pytest

from tollbook.incidents.names import fold, is_broad, name_stems, place_stems, recurring_names, sentence_names, stem


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


FILLER = " The crews worked through the night and the roads stayed closed." * 6  # pushes names past the lead


@pytest.mark.parametrize("text, expected", [
    ("A fire broke out on Monday." + FILLER + " Firefighters from Sumy and Kyiv came. People in Sumy mourn.", {"sumi"}),
    ("A fire broke out in Sumy on Monday." + FILLER + " Firefighters from Kyiv came.", {"sumi"}),  # named in the lead
    ("A fire broke out on Monday." + FILLER + " Firefighters from Kyiv came.", set()),
])
def test_a_page_context_holds_the_names_it_repeats_or_leads_with(text, expected):
    assert recurring_names(text) == frozenset(expected)


@pytest.mark.parametrize("text, span, expected", [
    ("Rescue work went on. Four people died at the market in Kherson on Friday. Kyiv sent help.", (21, 39), {"hers"}),
    ("Rescue work went on. Four people died at the market on Friday. Kyiv sent help.", (21, 39), set()),
    ("Four people died, Reuters said.", (0, 16), set()),   # agencies are no names of a place
])
def test_a_claim_setting_holds_the_names_of_its_sentence(text, span, expected):
    assert sentence_names(text, span) == frozenset(expected)


@pytest.mark.parametrize("word, broad", [
    ("Ukraine", True), ("Украины", True), ("Україною", True), ("Ucrânia", True),
    ("России", True), ("Russland", True), ("USA", True), ("Iraqi", True),
    ("Benny", False),        # a first name, not Benin
    ("Kadyrov", False), ("Solingen", False), ("Gaza", False),
])
def test_countries_are_broad_in_any_case_form(word, broad):
    assert is_broad(word) is broad


def test_fold_drops_accents_and_doubled_letters():
    assert fold("Mülheim") == "mulheim"
    assert fold("Tymoshenko") == fold("Timoschenko")


def test_the_vocabulary_file_is_well_formed():
    from tollbook.rules import load_yaml
    vocabulary = load_yaml("common/incidents.yaml")
    assert all(len(letter) == 1 for letter in vocabulary["transliteration"])
    assert all(len(pair) == 2 and all(isinstance(x, str) for x in pair) for pair in vocabulary["folds"])
    assert all(isinstance(word, str) and word for word in vocabulary["generic_words"])
