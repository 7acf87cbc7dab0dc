"""Event sentences with no outcome word ('Gunmen raided the village on Tuesday') give the page's incident
date (GUIDELINE conventions 19 and 23). Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.claims.test_attributes import attribute_of

_LEAD = "Police said gunmen attacked a village in the Tarn region, killing at least 12 villagers.\n"


@pytest.mark.parametrize("text, expected", [
    # an attack verb tells of the incident: its day is the page's, for the claim that states none
    (_LEAD + "The gunmen, known locally as riders, raided the Brevo village on Tuesday morning, said Ivo Brandt.",
     "2024-06-11"),
    (_LEAD + "Armed men, some in uniform, stormed the Brevo market on Sunday night, a witness said.", "2024-06-09"),
    (_LEAD + "The riders, who came on motorbikes, opened fire on the farmers on Monday, Ivo Brandt said.",
     "2024-06-10"),
    (_LEAD + "It happened on Monday, a witness said.", "2024-06-10"),
    # ... a sentence about something else does not
    (_LEAD + "The governor, who flew in from the capital, spoke to reporters on Tuesday.", None),
    (_LEAD + "The riders, who came on motorbikes, will be tried on Monday, Ivo Brandt said.", None),
])
def test_attack_sentence_dates_the_incident(text, expected):
    assert attribute_of(text, "at least 12", "date", published="2024-06-12") == expected
