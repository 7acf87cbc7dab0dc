"""Ukrainian claims through the free-order reader (sentences written for these tests).

They hold with and without the optional Ukrainian dictionary (extra ``uk``): only place names
use it, and the expected names are ones the suffix rules give too."""
from __future__ import annotations

from functools import partial

import pytest

from tollbook.claims import morphology
from tests.claims.helpers import checked_claims, summary


claims_of = partial(checked_claims, language="uk")


@pytest.mark.parametrize("text, expected", [
    ("Внаслідок обстрілу загинули п'ятеро людей.", [("killed", 5)]),
    ("Внаслідок обстрілу загинули п’ятеро людей.", [("killed", 5)]),
    ("Сім людей загинули, ще 20 отримали поранення.", [("killed", 7), ("injured", 20)]),
    ("Відомо про 13 загиблих та 40 постраждалих.", [("killed", 13), ("injured", 40)]),
    ("Рятувальники виявили тіла десяти загиблих.", [("killed", 10)]),
    ("Кількість загиблих збільшилася до 33 осіб.", [("killed", 33)]),
    ("Спершу повідомлялося про двох загиблих.", [("killed", 2)]),
    ("Загинула 21 людина.", [("killed", 21)]),
    ("Одна людина померла у лікарні.", [("killed", 1)]),
    ("Загинув сержант Іван Коваль.", [("killed", 1)]),
    ("Ворог втратив 900 військових, з них близько 100 – за попередню добу.", [("killed", 900), ("killed", 100)]),
    ("Троє рибалок зникли безвісти.", [("missing", 3)]),
    ("Бойовики взяли в полон двох водіїв.", [("captured", 2)]),
    ("Є загиблі і поранені.", [("killed", None), ("injured", None)]),
    ("Рятувальники повідомляють про десятки загиблих та поранених людей.", [("casualties", None)]),
    ("Ніхто не постраждав.", [("injured", 0)]),
    # not claims
    ("Кількість жертв може бути великою.", []),
    ("До робіт залучено 383 особи та 57 одиниць техніки.", []),
    ("До лікарень звернулися 59 осіб, з них 25 були ушпиталені.", [("injured", 59), ("injured", 25)]),
    ("По медичну допомогу звернулися понад 40 людей.", [("injured", 40)]),
    ("37 людей залишаються в лікарнях.", [("injured", 37)]),
    ("Потерпілого доставили до лікарні.", []),
    # lists: "відповідно", items whose verb is gapped after a dash or a place phrase
    ("Знищено до 300 і понад 120 військових відповідно.", [("killed", 300), ("killed", 120)]),
    ("Противник втратив понад 240 військових на північному напрямку, на західному — понад 230.",
     [("killed", 240), ("killed", 230)]),
    ("Армія втратила понад 300 солдатів у районі Бахмута і понад 60 у районі Авдіївки.",
     [("killed", 300), ("killed", 60)]),
    ("Загинули 5 людей, у Києві — 12 градусів морозу.", [("killed", 5)]),
    ("19 поранених у важкому стані, зокрема 4 дитини.", [("injured", 19), ("injured", 4)]),
    ("У лікарні помер постраждалий від обстрілу.", [("killed", 1)]),
    ("Точна кількість постраждалих поки невідома.", []),
    ("Постраждалий перебуває в лікарні.", []),
    ("До Запоріжжя дісталися 1200 людей.", []),
    ("Висловлюємо співчуття родинам загиблих.", []),
    ("Станом на 21.55 рятувальники працювали на місці.", []),
])
def test_outcomes_and_counts(text, expected):
    assert [(str(c.outcome), c.count.best) for c in claims_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Мінімум 50 людей загинули.", ("at_least", 50, "Мінімум 50")),
    ("Понад 100 людей отримали поранення.", ("at_least", 100, "Понад 100")),
    ("Більше ста поранені.", ("at_least", 100, "Більше ста")),
    ("Щонайменше двоє загиблих.", ("at_least", 2, "Щонайменше двоє")),
    ("Близько 200 людей загинули.", ("approx", 200, "Близько 200")),
    ("Майже 40 людей постраждали.", ("at_most", 40, "Майже 40")),
    ("Пів сотні загиблих.", ("exact", 50, "пів сотні")),
    ("Йдеться про втрату 24,7 тисяч військових.", ("exact", 24700, "24,7 тисяч")),
    ("Загинули 1 351 військовий.", ("exact", 1351, "1 351")),
    ("Загинули 1\u202f351 військовий.", ("exact", 1351, "1\u202f351")),
    ("Кілька десятків людей поранені.", ("vague", None, "Кілька десятків")),
])
def test_count_kinds(text, expected):
    claim = claims_of(text)[0]
    assert (str(claim.count.kind), claim.count.best, claim.count.text.lower()) == \
        (expected[0], expected[1], expected[2].lower())


@pytest.mark.parametrize("text, published, expected", [
    ("Загинули троє російських військових.", None,
     {"victims": "російських військових", "role": "military", "side": "Russia"}),
    ("Поранені п'ятеро цивільних.", None, {"role": "civilian", "side": None}),
    ("У Херсонській області поранені 4 людини.", None, {"location": "Херсонська область"}),
    ("У неділю загинули двоє людей.", "2022-03-01", {"date": "2022-02-27"}),
    ("29 березня загинули 5 людей.", None, {"date": None}),
    ("Від початку війни загинули 5 тисяч людей.", None, {"scope": "cumulative"}),
    ("Загинули троє людей, повідомила місцева влада.", None, {"reported_by": "місцева влада"}),
    ("За словами мера Івана Коваля, загинули 5 людей.", None, {"reported_by": "Івана Коваля"}),
    ("Через пожежу загинула 21 людина – ЗМІ.", None, {"reported_by": "ЗМІ"}),
])
def test_fields(text, published, expected):
    assert summary(claims_of(text, published)[0], expected) == expected


@pytest.mark.parametrize("text, location", [
    ("У Херсонській області поранені 4 людини.", "Херсонська область"),
    ("У Харкові загинули троє людей.", "Харків"),
    ("В Іспанії загинула щонайменше 21 людина.", "Іспанія"),
])
def test_places_without_the_optional_dictionary(monkeypatch, text, location):
    """The Ukrainian dictionary is an optional extra (GPL): the suffix rules of grammar.yaml stand in."""
    monkeypatch.setattr(morphology, "_analyzer", lambda language: None)
    assert claims_of(text)[0].location == location


@pytest.mark.parametrize("text, sources", [
    ("Голова району Олег Коваль розповів про удар.\nЗа його словами, загинули двоє.", ["Олег Коваль"]),
    ("Стався удар по ринку.\nПро це повідомив голова району Олег Коваль.\nЗа його словами, загинули двоє.",
     ["Олег Коваль"]),
    ("Двоє робітників загинули.\nПро це повідомив голова району Олег Коваль.", [None]),
])
def test_source_named_in_a_neighbouring_sentence(text, sources):
    assert [c.reported_by for c in checked_claims(text, language="uk")] == sources


@pytest.mark.parametrize("text, expected", [
    # fatal injuries are a death, not a wounding, the figure before or after the phrase
    ("Пенсіонерка отримала травми, несумісні з життям.", [("killed", 1)]),
    ("Травми, несумісні з життям, отримали троє людей.", [("killed", 3)]),
    ("Троє людей отримали травми.", [("injured", 3)]),
    # one person wounded (GUIDELINE convention 7); taken to hospital with a figure (convention 24)
    ("Водій отримав поранення.", [("injured", 1)]),
    ("Ще шістьох людей доставили до лікарні.", [("injured", 6)]),
    ("Водія доставили до лікарні.", []),
    # an adverb between the outcome and its figure; an aside that describes the subject
    ("Удар забрав життя одразу п'ятьох людей.", [("killed", 5)]),
    ("Двоє людей, які отримали поранення, померли в лікарні.", [("killed", 2)]),
    # a subgroup of one; "no one was hurt" split by an aside
    ("Загинули троє людей, серед них дитина.", [("killed", 3), ("killed", 1)]),
    ("Постраждалих, за попередньою інформацією, немає.", [("injured", 0)]),
])
def test_fresh_constructions(text, expected):
    assert [(str(c.outcome), c.count.best) for c in claims_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a list of single people next to a plural outcome: one claim each, an age before the noun
    ("Під час удару загинули 40-річна жінка та 62-річний чоловік.", [("killed", 1), ("killed", 1)]),
    ("Жінка та чоловік загинули.", [("killed", 1), ("killed", 1)]),
    ("Смертельні травми отримали 70-річна жінка та 45-річний чоловік.", [("killed", 1), ("killed", 1)]),
    ("Загинули троє людей та жінка.", [("killed", 3), ("killed", 1)]),
    ("Загинули люди та тварини.", []),
    # a severity between the verb and the noun; "одержали", "дістали" as "отримали"
    ("Ще четверо людей отримали важкі поранення.", [("injured", 4)]),
    ("Поранення одержали ще 9 людей.", [("injured", 9)]),
    ("Двоє людей дістали поранення.", [("injured", 2)]),
    ("Водій отримав легкі травми.", [("injured", 1)]),
    # a casualty participle between the verb and its noun modifies the noun
    ("У лікарні померла поранена людина.", [("killed", 1)]),
])
def test_lists_and_severity(text, expected):
    assert [(str(c.outcome), c.count.best) for c in claims_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a loss verb's figure "killed and wounded" is one figure of both
    ("Армія РФ втратила ще 900 військових убитими й пораненими.", [("casualties", 900)]),
    ("Росія втратила 500 військових.", [("killed", 500)]),
    # the people after a list of things take the verb before the list
    ("Сили оборони знищили шість танків, 17 бойових броньованих машин та 300 окупантів.", [("killed", 300)]),
    ("Знищено 5 танків і 4 БМП, а також 20 автомобілів.", []),
    ("Ліквідували орієнтовно 540 російських загарбників.", [("killed", 540)]),
])
def test_general_staff_bulletins(text, expected):
    assert [(str(c.outcome), c.count.best) for c in claims_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Баротравму отримала місцева мешканка.", [("injured", 1)]),
    ("Чоловік зазнав мінно-вибухової травми.", [("injured", 1)]),
    ("Троє людей отримали баротравми.", [("injured", 3)]),
])
def test_blast_injuries(text, expected):
    assert [(str(c.outcome), c.count.best) for c in claims_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the noun before its verb ("поранення зазнала"), a blast injury, an age and an adjective before the noun
    ("Поранення зазнала 50-річна жінка.", [("injured", 1, "жінка")]),
    ("Жінка дістала вибухову травму.", [("injured", 1, "Жінка")]),
    ("Постраждала 41-річна місцева жителька.", [("injured", 1, "місцева жителька")]),
])
def test_regional_administration_reports(text, expected):
    assert [(str(c.outcome), c.count.best, c.count.text) for c in claims_of(text)] == expected


def test_region_between_noun_and_verb():
    assert [(str(c.outcome), c.count.best) for c in claims_of("Мешканка Херсонської області загинула.")] == [("killed", 1)]


@pytest.mark.parametrize("text, expected", [
    ("Понад сотню людей поранено.", [("injured", 100, "at_least")]),
    ("Більше сотні людей загинули.", [("killed", 100, "at_least")]),
    ("Сотні людей поранено.", [("injured", None, "vague")]),
])
def test_hundreds_after_a_qualifier(text, expected):
    assert [(str(c.outcome), c.count.best, str(c.count.kind)) for c in claims_of(text)] == expected


def test_with_phrase_between_noun_and_verb():
    assert [(str(c.outcome), c.count.best) for c in claims_of("Жінка з тяжкими пораненнями померла в лікарні.")] == [
        ("killed", 1)]


@pytest.mark.parametrize("text, expected", [
    # the impersonal form names one person too
    ("Поранено мирного мешканця.", [("injured", 1)]),
    ("Поранено людей.", []),
    ("Поранено 7 людей.", [("injured", 7)]),
])
def test_impersonal_outcome_and_one_person(text, expected):
    assert [(str(c.outcome), c.count.best) for c in claims_of(text)] == expected
