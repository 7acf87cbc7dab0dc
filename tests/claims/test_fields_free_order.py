"""Place and date of claims read by the free-order reader, from the whole page (GUIDELINE conventions 19, 23).

Small pages written for these tests, one sentence per line (a first line marked ``headline`` is the page's
headline); the expected value is the attribute of the first claim whose evidence holds ``needle``.
Negatives stand beside the positives."""
from __future__ import annotations

import pytest

from tests.claims.helpers import checked_claims, summary


def attribute_of(language: str, text: str, needle: str, key: str, published: str | None = None,
                 headline: bool = False):
    claims = [c for c in checked_claims(text, published=published, headline=headline, language=language)
              if needle in c.evidence]
    assert claims, f"no claim with {needle!r}"
    return summary(claims[0], [key])[key]


@pytest.mark.parametrize("language, text, needle, published, expected", [
    # a day written in figures, day first
    ("ar", "قتل 3 أشخاص في 12-04-2024.", "3", None, "2024-04-12"),
    ("ru", "12.04.2024 в Энске погибли 3 человека.", "3", None, "2024-04-12"),
    ("ru", "В Энске погибли 3 человека, 99.12.2024 не дата.", "3", None, None),
    # an as-of time is the day of the count, not of the incident
    ("ru", "По состоянию на 8 утра 3 мая в Энске погибли 7 человек.", "7", "2024-05-02", None),
    ("uk", "Станом на 9 ранку 3 травня загинули 7 людей.", "7", "2024-05-02", None),
    ("ru", "3 мая в Энске погибли 7 человек.", "7", "2024-05-04", "2024-05-03"),
    # a page with no publication date that prints the full date gives the year of its other dates
    ("uk", "Наслідки удару по Енську 9 березня 2023 року\nВнаслідок удару 9 березня загинули 4 людини.", "4", None,
     "2023-03-09"),
    ("uk", "Наслідки удару по Енську\nВнаслідок удару 9 березня загинули 4 людини.", "4", None, None),
])
def test_incident_date(language, text, needle, published, expected):
    assert attribute_of(language, text, needle, "date", published) == expected


@pytest.mark.parametrize("text, needle, published, expected", [
    # a quoted total counts up to the day of the statement the sentence before dates
    ("3 мая Минобороны впервые назвало число потерь.\n«Погибли 120 военнослужащих», — сообщили в Минобороны.",
     "120", "2024-05-07", "2024-05-03"),
    # ... not when the sentence before tells of something else
    ("3 мая в Энске прошел парад.\n«Погибли 120 военнослужащих», — сообщили в Минобороны.",
     "120", "2024-05-07", None),
    # an earlier bulletin's day is not the as-of day of the page's later totals
    ("Первый раз, 2 марта, Минобороны заявило, что погибли 498 военнослужащих.\n"
     "Минобороны сообщило о гибели 1351 военнослужащего.", "1351", "2022-03-25", None),
    # ... today's bulletin's day is
    ("Минобороны в среду сообщило о гибели 498 военнослужащих.\n"
     "Еще 1597 военнослужащих получили ранения, сообщили в Минобороны.", "1597", "2022-03-02", "2022-03-02"),
])
def test_running_total_date_ru(text, needle, published, expected):
    assert attribute_of("ru", text, needle, "date", published) == expected


@pytest.mark.parametrize("language, text, needle, expected", [
    # where a source spoke is no place of the casualties
    ("ru", "В Министерстве обороны сообщили, что погибли 40 военнослужащих.", "40", None),
    ("ru", "В Харькове погибли 40 человек, сообщили в Министерстве.", "40", "Харьков"),
    ("uk", "У Міністерстві оборони повідомили, що загинули 40 військових.", "40", None),
    # a total that goes on in the next sentence, on nobody's word, keeps the total's place
    ("ru", "Минобороны впервые назвало число погибших в ходе операции в Сирии: 120 человек.\n"
           "310 человек получили ранения.", "310", "Сирия"),
    ("ru", "Минобороны впервые назвало число погибших в ходе операции: 120 человек.\n"
           "310 человек получили ранения.", "310", None),
])
def test_sentence_place(language, text, needle, expected):
    assert attribute_of(language, text, needle, "location") == expected
