"""Table-driven cases for reported_by (GUIDELINE convention 20) across the page: descriptions resolved to the
name the page sets beside them, sources in odd positions, 'the same source', surnames, headline sources.
Sentences written for these tests; negatives beside the constructions they guard."""
from __future__ import annotations

import pytest

from tests.claims.test_attributes import attribute_of


def reporter(text: str, needle: str, language: str = "en", headline: bool = False):
    if language == "en":
        return attribute_of(text, needle, "reported_by", headline=headline)
    from tests.claims.helpers import make_document, summary
    from tollbook.claims import extract_claims
    from tollbook.rules import load_rules
    claims = [c for c in extract_claims(make_document(text, language=language), load_rules()) if needle in c.evidence]
    assert claims, f"no claim with {needle!r}"
    return summary(claims[0], ["reported_by"])["reported_by"]


@pytest.mark.parametrize("text, needle, expected", [
    # a description resolved to the name the page sets beside it (before or after)
    ("The agency quoted the governor of the Tarn province, Lena Ostrova, on the fire.\n"
     "Nine workers died, the governor of the Tarn province said.", "Nine", "Lena Ostrova"),
    ("Lena Ostrova, governor of the Tarn province, visited the site.\n"
     "Nine workers died, the governor said.", "Nine", "Lena Ostrova"),
    ("The governor visited the site.\nNine workers died, the governor said.", "Nine", "the governor"),  # no name given
    # a name that opens the sentence, with asides before the verb
    ("Ivo Brandt, head of a local rights group, based in Tarn, said 12 villagers were killed.", "12", "Ivo Brandt"),
    ("The head of the Tarn armed forces said 40 soldiers had been killed.", "40", "The head of the Tarn armed forces"),
    # a name before a participle phrase that stands between it and the verb
    ("Governor Ada Rein speaking at the hospital said four nurses were hurt.", "four", "Ada Rein"),
    ("Commissioner Ada Rein giving an account of the blast said nine people died.", "nine", "Ada Rein"),
    ("Officials speaking on condition of anonymity said six guards died.", "six", "Officials"),
    ("The crowd gathering outside said six guards died.", "six", None),  # no source noun, no name
    # a source at the end, after a relaying outlet
    ("Six hikers were killed near the lake, the agency quoted police sources.", "Six", "police sources"),
    # 'the same source' is the source named before
    ("The Red Cross said two volunteers were hurt.\nFour more were killed, the same source said.", "Four",
     "The Red Cross"),
    # a surname is the full name introduced nearest before it
    ("Abel Moro, a trader, fled.\nLater Kemi Moro, a farmer, spoke.\n\"They killed five people,\" Moro said.",
     "five", "Kemi Moro"),
])
def test_reported_by_across_the_page(text, needle, expected):
    assert reporter(text, needle) == expected


@pytest.mark.parametrize("text, needle, expected", [
    ("At least 12 killed in dam collapse – Red Cross", "12", "Red Cross"),
    ("Floods kill 30 in the north – WHRC\nThe Watershed Human Rights Commission (WHRC) counted the dead.", "30",
     "Watershed Human Rights Commission"),
    ("Bus crash kills nine people - VIDEO", "nine", None),   # a page label, no source
    ("Nine killed in Port-au-Prince", "Nine", None),  # a hyphen inside a name is no dash
])
def test_headline_source_after_a_dash(text, needle, expected):
    assert reporter(text, needle, headline=True) == expected


@pytest.mark.parametrize("text, needle, language, expected", [
    ("Dois soldados morreram na fronteira - anunciou o governador regional, Rui Matos, nesta terça-feira.",
     "Dois", "pt", "Rui Matos"),
    ("Le ministère a annoncé deux morts.\nTrois autres ont été blessés, selon la même source.", "Trois", "fr",
     "Le ministère"),
    ("Según el alcalde, tres personas murieron.\nEl alcalde de Tarna, Iván Solís, pidió calma.", "tres", "es",
     "Iván Solís"),
    ("Aunque no hay cifra oficial, reportes locales señalan que diez personas resultaron heridas.", "diez", "es",
     "reportes locales"),
])
def test_reported_by_other_languages(text, needle, language, expected):
    assert reporter(text, needle, language) == expected


@pytest.mark.parametrize("text, needle, expected", [
    # a quotation with no speaker of its own continues the speaker of the quoted sentence before it
    ("“It was a loud blast,” Omar Aziz told the radio. “I saw five dead bodies on the road.”", "five",
     "Omar Aziz"),
    ("A trader, Omar Aziz, said he heard the blast.\n“It was a loud blast,” he said. “I saw five dead bodies.”",
     "five", "Omar Aziz"),
    ("“We counted 90 killings,” Ann Lee, a spokeswoman for the agency, said on Friday.\n"
     "In addition, “at least 23 more people were killed in the district.”", "23", "Ann Lee"),
    # ... not after a sentence that quotes nobody, nor after a quotation with no speaker
    ("The mayor spoke on Friday.\n“At least 23 more people were killed in the district.”", "23", None),
    ("“The night was long.” “At least 23 more people were killed in the district.”", "23", None),
    # a source's name read after its verb ends before 'during', 'while', and passes a parenthesis
    ("“Two bodies were found in the village,” said deputy inspector general of police (operations) Ram Lal "
     "during a briefing.", "Two", "Ram Lal"),
    ("Four soldiers were killed, said army spokesman Ivo Brandt while visiting the base.", "Four", "Ivo Brandt"),
    # plural press and expert nouns are sources; the same nouns as victims are not
    ("According to journalists, 184 soldiers from the region had been confirmed dead.", "184", "journalists"),
    ("Two reporters were killed in the strike.", "Two", None),
])
def test_reported_by_quotations_and_press(text, needle, expected):
    assert reporter(text, needle) == expected


@pytest.mark.parametrize("text, needle, expected", [
    # "he" after a description of one person takes it, not a name further back
    ("The raid was led by a man called Ivo Brandt.\nA source told the Daily Star that the gunmen came at night.\n"
     "He said 22 people were killed.", "22", "A source"),
    ("The raid was led by a man called Ivo Brandt.\nA local resident told reporters the gunmen came at night.\n"
     "She said nine people died.", "nine", "A local resident"),
    # ... but a plural or an organisation is no "he": the person named before it is
    ("Ivo Brandt visited the village.\nThe charity said the gunmen came at night.\nHe said nine people died.",
     "nine", "Ivo Brandt"),
])
def test_reported_by_pronoun_after_a_description(text, needle, expected):
    assert reporter(text, needle) == expected
