"""Table-driven claim cases, one sentence per line (sentences written for these tests)."""
from __future__ import annotations

import pytest

from tollbook.claims import EXTRACTOR_VERSION
from tests.claims.helpers import checked_claims, summary


claims_of = checked_claims


@pytest.mark.parametrize("text, expected", [
    # outcomes, active / passive / nominal / headline forms
    ("Artillery fire killed five civilians near the dam.", [("killed", 5)]),
    ("Five civilians were killed near the dam.", [("killed", 5)]),
    ("Eleven villagers died when the bridge collapsed.", [("killed", 11)]),
    ("The flood left 23 dead and 58 injured.", [("killed", 23), ("injured", 58)]),
    ("The death toll rose to 12 on Sunday.", [("killed", 12)]),
    ("Officials confirmed the deaths of three firefighters.", [("killed", 3)]),
    ("Two guards were wounded and one was captured.", [("injured", 2), ("captured", 1)]),
    ("Four hikers remain missing after the avalanche.", [("missing", 4)]),
    ("The blast caused 40 casualties.", [("casualties", 40)]),
    ("14 killed, 30 hurt in market bombing", [("killed", 14), ("injured", 30)]),
    # coordination, elided nouns, subgroups, lists
    ("The gunman killed 26 people and injured over 60.", [("killed", 26), ("injured", 60)]),
    ("Three soldiers and two civilians were killed.", [("killed", 3), ("killed", 2)]),
    ("More than 20 people, including five children, were killed.", [("killed", 20), ("killed", 5)]),
    ("Eight men, a minor and two women were injured.", [("injured", 8), ("injured", 1), ("injured", 2)]),
    ("An undisclosed number of guards were killed or taken prisoner.", [("killed", None), ("captured", None)]),
    ("Rioters left dozens killed or injured.", [("casualties", None)]),
    ("No one was hurt in the fire.", [("injured", 0)]),
    ("A policeman died of his wounds.", [("killed", 1)]),
    ("The mayor said we now mourn the dead and injured.", [("killed", None), ("injured", None)]),
    # non-counts
    ("A 25-year-old man was killed in 2019.", [("killed", 1)]),
    ("Three trucks were hit and two drivers were hurt.", [("injured", 2)]),
    ("The plan would cost 300 million dollars.", []),
    ("About 40 percent of the voters were killed off by the new rule.", []),
    # vetoes and bare plurals
    ("The missiles could kill thousands of people.", []),
    ("The committee killed the bill.", []),
    ("The ministry denied that ten soldiers were killed.", []),
    ("Civilians were killed in the raid.", []),
    ("The families of those killed gathered at the church.", []),
    ("Doctors said the injured officer was in surgery.", []),
])
def test_outcomes_and_counts(text, expected):
    assert [(str(c.outcome), c.count.best) for c in claims_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("At least 21 were killed and 34 injured.", [("at_least", 21, "At least 21"), ("exact", 34, "34")]),
    ("Up to 40 people were hurt.", [("at_most", 40, "Up to 40")]),
    ("As many as 23 fighters died.", [("at_most", 23, "As many as 23")]),
    ("Some 3,700 troops were wounded.", [("approx", 3700, "Some 3,700")]),
    ("Between 10 and 15 guards were wounded.", [("at_least", 10, "Between 10 and 15")]),
    ("Several people were injured.", [("vague", None, "Several")]),
    ("Hundreds of residents are missing.", [("vague", None, "Hundreds")]),
    ("A dozen workers were injured.", [("exact", 12, "A dozen")]),
    ("Twenty-three pilgrims died.", [("exact", 23, "Twenty-three")]),
    ("The storm killed 1,204 people.", [("exact", 1204, "1,204")]),
])
def test_count_kinds_and_texts(text, expected):
    assert [(str(c.count.kind), c.count.best, c.count.text) for c in claims_of(text)] == expected


@pytest.mark.parametrize("text, published, key, value", [
    ("Two Russian soldiers were killed.", None, "side", "Russia"),
    ("Two Ukrainian troops were wounded.", None, "side", "Ukraine"),
    ("Two civilians were killed.", None, "side", None),
    ("Three soldiers from Dagestan were killed.", None, "origin", "Dagestan"),
    ("Three Chechen fighters were killed.", None, "role", "military"),
    ("Four aid workers were killed.", None, "role", "civilian"),
    ("Two gunmen were killed by police.", None, "role", "armed_group"),
    ("Six people were injured.", None, "role", "unspecified"),
    ("Six people were injured.", None, "victims", "people"),
    ("Three dead in crash", None, "victims", None),
    ("Five people died in Kharkiv on Sunday.", "2022-03-01", "location", "Kharkiv"),
    ("Five people died in Kharkiv on Sunday.", "2022-03-01", "date", "2022-02-27"),
    ("Five people died in the attack, police said on Friday.", "2022-04-08", "date", None),
    ("Five people died yesterday.", "2022-04-08", "date", "2022-04-07"),
    ("Five people died on Sunday.", "2022-04", "date", None),
    ("Since the war began, 4,200 soldiers have died.", None, "scope", "cumulative"),
    ("Four people died in the crash.", None, "scope", "incident"),
    ("Four people died, the fire service said.", None, "reported_by", "the fire service"),
    ("According to local police, four people died.", None, "reported_by", "local police"),
])
def test_fields(text, published, key, value):
    claims = claims_of(text, published=published)
    assert claims and summary(claims[0], [key]) == {key: value}


def test_distributive_gives_one_claim_per_region():
    claims = claims_of("The heads of Dagestan and Kalmykia each confirmed the deaths of one soldier from each region.")
    assert [(c.count.best, c.origin) for c in claims] == [(1, "Dagestan"), (1, "Kalmykia")]


def test_pronoun_source_is_the_person_named_before():
    claims = claims_of("Mayor Ana Lopez visited the site.\nShe said nine people were injured.")
    assert claims[0].reported_by == "Ana Lopez"


def test_headline_takes_the_body_place_and_has_no_source():
    claims = claims_of("Nine hurt in bus crash\nNine passengers were injured in Tartu on Monday.",
                       published="2023-05-03", headline=True)
    assert [(c.location, c.date, c.reported_by) for c in claims] == [("Tartu", "2023-05-01", None)] * 2


def test_uncovered_language_gives_no_claims_and_version_is_set():
    assert claims_of("Five people were killed.", language="xx") == []
    assert claims_of("Five people were killed.", language=None) == []
    assert EXTRACTOR_VERSION


@pytest.mark.parametrize("language, text", [
    ("en", "9" * 400 + " people were killed and 3 were injured."),
    ("ru", "Погибли " + "9" * 400 + " человек, ранены 3."),
])
def test_a_figure_too_large_to_count_people_is_no_count_and_the_rest_stays(language, text):
    assert [(str(c.outcome), c.count.best) for c in checked_claims(text, language=language)] == [("injured", 3)]
