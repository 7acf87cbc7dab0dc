"""Russian claims through the free-order reader (sentences written for these tests)."""
from __future__ import annotations

from functools import partial

import pytest

from tollbook.claims.morphology import Stemmer, nominative
from tollbook.rules import load_rules
from tests.claims.helpers import checked_claims, summary


claims_of = partial(checked_claims, language="ru")


@pytest.mark.parametrize("text, expected", [
    # word order: the outcome before or after its count, verbs and casualty nouns
    ("В результате обстрела погибли пять человек.", [("killed", 5)]),
    ("Пять человек погибли при обстреле.", [("killed", 5)]),
    ("На месте нашли 12 погибших и 30 раненых.", [("killed", 12), ("injured", 30)]),
    ("Власти сообщили о гибели 120 шахтеров.", [("killed", 120)]),
    ("Взрыв унес жизни 14 рабочих.", [("killed", 14)]),
    ("Погибли 38 человек, а еще 12 умерли в больнице.", [("killed", 38), ("killed", 12)]),
    ("Погибли 40 человек, еще 15 ранены.", [("killed", 40), ("injured", 15)]),
    ("Погибли 70 человек, были ранены — 210.", [("killed", 70), ("injured", 210)]),
    ("Среди пострадавших — 4 ребенка, 7 женщин и 9 мужчин.", [("injured", 4), ("injured", 7), ("injured", 9)]),
    ("Число погибших возросло до 27.", [("killed", 27)]),
    ("Потери противника составили более 900, около 1200 ранено, 40 взяты в плен.",
     [("killed", 900), ("injured", 1200), ("captured", 40)]),
    ("Трое туристов пропали без вести.", [("missing", 3)]),
    ("Ранены около 300 человек, из них 25 детей.", [("injured", 300), ("injured", 25)]),
    ("Жертвами стрельбы стали шесть человек.", [("killed", 6)]),
    ("Ранения получили 3 человека, двое из них в тяжелом состоянии.", [("injured", 3), ("injured", 2)]),
    ("В катастрофе погибли все 62 человека на борту.", [("killed", 62)]),
    ("Спасатели извлекли тела 9 человек.", [("killed", 9)]),
    ("Погибших нет, ранены четверо.", [("killed", 0), ("injured", 4)]),
    ("Погибли три человека, еще двое госпитализированы.", [("killed", 3), ("injured", 2)]),
    # care is injured with a figure (GUIDELINE convention 24), narrative for one person
    ("За помощью обратились 59 человек, из них 25 госпитализированы.", [("injured", 59), ("injured", 25)]),
    ("В больницах остаются 37 человек.", [("injured", 37)]),
    ("Пострадавший доставлен в больницу.", []),
    ("На трассе М-5 погибли 2 человека.", [("killed", 2)]),
    ("Около 200 человек погибли, сотни получили ранения.", [("killed", 200), ("injured", None)]),
    # lists: "соответственно", items whose verb is gapped after a dash or a place phrase
    ("Уничтожено до 300 и более 120 военнослужащих соответственно.", [("killed", 300), ("killed", 120)]),
    ("Противник потерял свыше 240 военнослужащих на северном направлении, на западном — более 230, на южном — "
     "до 150.", [("killed", 240), ("killed", 230), ("killed", 150)]),
    ("Армия потеряла свыше 300 солдат в районе Бахмута и более 60 в районе Авдеевки.",
     [("killed", 300), ("killed", 60)]),
    ("В Киеве погибли 5 человек, во Львове — 2.", [("killed", 5), ("killed", 2)]),
    ("Погибли 5 человек, в Москве — 12 градусов мороза.", [("killed", 5)]),
    ("Погибли 5 человек в Москве и 3 дома сгорели.", [("killed", 5)]),
    ("В больнице скончался пострадавший.", [("killed", 1)]),
    ("Точное число погибших пока неизвестно.", []),
    ("Ранены 20 человек, в частности 5 детей.", [("injured", 20), ("injured", 5)]),
    # one person, zero, unknown, combined
    ("В бою погиб сержант Петр Смирнов.", [("killed", 1)]),
    ("Молодой человек погиб на месте.", [("killed", 1)]),
    ("Один из них скончался в больнице.", [("killed", 1)]),
    ("Никто не пострадал.", [("injured", 0)]),
    ("Водитель автобуса не пострадал.", [("injured", 0)]),
    ("Есть погибшие и раненые.", [("killed", None), ("injured", None)]),
    ("Пожар унес жизни нескольких десятков человек.", [("killed", None)]),
    ("Полиция сообщает о десятках погибших и раненых.", [("casualties", None)]),
    # not claims
    ("Удар мог убить сотни человек.", []),
    ("Ведомство отрицает, что погибли 20 солдат.", []),
    ("Губернатор выразил соболезнования семьям погибших.", []),
    ("Погибшие были жителями соседнего села.", []),
    ("На вокзале находились тысячи человек.", []),
    ("Уничтожено 20 танков и 3 самолета.", []),
    ("Команда потеряла 3 очка.", []),
    ("В результате пожара пострадали 3 квартиры.", []),
    ("Более 300 человек приняли участие в акции.", []),
    ("Погибшему было 45 лет.", []),
    ("Погиб 21-летний военный из Твери.", [("killed", 1)]),
    ("Армия потеряла 300 военных.", [("killed", 300)]),
    ("По состоянию на 7 утра 28 июня спасатели продолжали работу.", []),
])
def test_outcomes_and_counts(text, expected):
    assert [(str(c.outcome), c.count.best) for c in claims_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("По меньшей мере 50 человек погибли.", ("at_least", 50, "По меньшей мере 50")),
    ("Погибли более чем 30 человек.", ("at_least", 30, "более чем 30")),
    ("Свыше 200 человек получили ранения.", ("at_least", 200, "Свыше 200")),
    ("Около 3700 военных ранено.", ("approx", 3700, "Около 3700")),
    ("Почти 40 человек пострадали.", ("at_most", 40, "Почти 40")),
    ("Погибли двое.", ("exact", 2, "двое")),
    ("Ранены шестеро.", ("exact", 6, "шестеро")),
    ("Погибли двадцать три человека.", ("exact", 23, "двадцать три")),
    ("Погибли 1 351 человек.", ("exact", 1351, "1 351")),
    ("Погибли 1\u00a0351 человек.", ("exact", 1351, "1\u00a0351")),
    ("Погибли 16 тысяч военных.", ("exact", 16000, "16 тысяч")),
    ("Погибли 24,7 тысячи военных.", ("exact", 24700, "24,7 тысячи")),
    ("Ранены более полутора тысяч человек.", ("at_least", 1500, "более полутора тысяч")),
    ("Погибших было полсотни.", ("exact", 50, "полсотни")),
    ("Погибли полтора десятка рабочих.", ("approx", 15, "полтора десятка")),
    ("Несколько десятков человек ранены.", ("vague", None, "Несколько десятков")),
    ("Ранены от 10 до 15 человек.", ("at_least", 10, "от 10 до 15")),
    ("Погибли 10-15 человек.", ("at_least", 10, "10-15")),
    ("Жертвами теракта стали 12 человек.", ("exact", 12, "12")),
])
def test_count_kinds(text, expected):
    claim = claims_of(text)[0]
    assert (str(claim.count.kind), claim.count.best, claim.count.text) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("Погибли три российских военнослужащих.", None,
     {"victims": "российских военнослужащих", "role": "military", "side": "Russia"}),
    ("Ранены пятеро мирных жителей.", None, {"role": "civilian", "side": None}),
    ("Уничтожены 20 боевиков.", None, {"role": "armed_group"}),
    ("Погибли 12 военных из Бурятии.", None, {"origin": "Buryatia", "role": "military"}),
    ("В Херсонской области ранены 4 человека.", None, {"location": "Херсонская область"}),
    ("В Харькове погибли трое.", None, {"location": "Харьков"}),
    ("При пожаре в жилом доме в Самаре погибли двое.", None, {"location": "жилой дом в Самаре"}),
    ("В воскресенье погибли два человека.", "2022-03-01", {"date": "2022-02-27"}),
    ("Вчера погибли два человека.", "2022-03-01", {"date": "2022-02-28"}),
    ("В воскресенье погибли два человека.", "2022-03", {"date": None}),
    ("С начала войны погибли 5 тысяч человек.", None, {"scope": "cumulative"}),
    ("В 2022 году погибли 15 журналистов.", None, {"scope": "cumulative", "role": "civilian"}),
    ("За сутки ранены 12 человек.", None, {"scope": "incident"}),
    ("Трое рабочих погибли, сообщили местные власти.", None, {"reported_by": "местные власти"}),
    ("По словам мэра Ивана Петрова, погибли 5 человек.", None, {"reported_by": "Ивана Петрова"}),
    ("«Погибли двое», — заявил глава района Олег Иванов.", None, {"reported_by": "Олег Иванов"}),
    ("В результате пожара погибли 7 человек — МЧС.", None, {"reported_by": "МЧС"}),
    ("Двое рабочих погибли, сообщает «Вести».", None, {"reported_by": "Вести"}),
    ("Двое рабочих погибли, сообщает \"Вести\".", None, {"reported_by": "Вести"}),
])
def test_fields(text, published, expected):
    assert summary(claims_of(text, published)[0], expected) == expected


def test_short_name_takes_the_fullest_form_in_the_page():
    text = ("Министерство обороны Российской Федерации провело брифинг.\n"
            "Минобороны сообщило о гибели 40 военнослужащих.")
    assert claims_of(text)[0].reported_by == "Министерство обороны Российской Федерации"


@pytest.mark.parametrize("text, sources", [
    # "по его данным" is the source named before, "Об этом сообщил X" included (X, not "Об этом")
    ("Глава района Олег Иванов рассказал об обстреле.\nПо его данным, погибли двое.", ["Олег Иванов"]),
    ("Был обстрелян рынок.\nОб этом сообщил глава района Олег Иванов.\nПо его словам, ранены трое.",
     ["Олег Иванов"]),
    # convention 20: the source of the next sentence is not the claim's ("Об этом сообщил X" after it)
    ("Двое рабочих погибли при обрушении.\nОб этом сообщил глава района Олег Иванов.", [None]),
    ("Двое рабочих погибли.\nГлава района Олег Иванов приехал на место.", [None]),
])
def test_source_named_in_a_neighbouring_sentence(text, sources):
    assert [c.reported_by for c in claims_of(text)] == sources


@pytest.mark.parametrize("text, expected", [
    # a phrase of two person words ends on its head, so the item after "и" keeps its verb
    ("Погибли один военнослужащий и двое гражданских лиц.", [("killed", 1), ("killed", 2)]),
    ("В результате обстрела погибли двое мирных жителей и трое военных.", [("killed", 2), ("killed", 3)]),
    ("Погибли трое мирных жителей.", [("killed", 3)]),
    # the second item has a verb of its own
    ("Погибли двое мирных жителей, трое военных госпитализированы.", [("killed", 2), ("injured", 3)]),
])
def test_second_item_after_a_two_word_phrase(text, expected):
    assert [(str(c.outcome), c.count.best) for c in claims_of(text)] == expected



def test_headline_takes_the_place_of_the_body():
    claims = claims_of("Пять человек погибли при пожаре\nПожар в Самаре: погибли пять человек.", headline=True)
    assert [c.location for c in claims] == ["Самара", "Самара"]


@pytest.mark.parametrize("words, expected", [
    (["погибли", "погибших", "погибла"], 1),
    (["ранены", "раненых", "ранения"], 1),
    (["ранее", "ранены"], 2),
])
def test_stemmer_joins_case_forms_and_keeps_other_words_apart(words, expected):
    rules = load_rules().for_language("ru").get("grammar")["morphology"]
    stem = Stemmer(rules["endings"], rules["min_stem"], rules["folds"])
    assert len({stem(w) for w in words}) == expected


def test_nominative_falls_back_to_suffix_rules_without_a_dictionary():
    rules = [["ской", "ская"], ["ии", "ия"]]
    assert nominative(["Херсонской", "ОДА"], "xx", rules) == ["Херсонская", "ОДА"]


@pytest.mark.parametrize("text, expected", [
    # an infinitive after a verb of success is a killing; after one of intent it is none
    ("Правоохранителям удалось уничтожить двоих боевиков.", [("killed", 2)]),
    ("Силовики смогли ликвидировать трех боевиков.", [("killed", 3)]),
    ("Боевики пытались убить двоих полицейских.", []),
    ("Боевики угрожали убить пятерых заложников.", []),
    ("Командир приказал уничтожить десять пленных.", []),
])
def test_infinitive_outcomes(text, expected):
    assert [(str(c.outcome), c.count.best) for c in claims_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # an adverb that opens the sentence is no part of the source before the verb
    ("Позднее губернатор написал, что при ударе пострадали десять человек.", "губернатор"),
    ("Позже глава района сообщил, что погибли двое.", "глава района"),
    ("Губернатор написал, что погибли двое.", "Губернатор"),
])
def test_source_after_an_opening_adverb(text, expected):
    assert [c.reported_by for c in checked_claims(text, language="ru")] == [expected]


@pytest.mark.parametrize("text, expected", [
    # fatal injuries are a death, not a wounding, the figure before or after the phrase
    ("Пенсионерка получила травмы, несовместимые с жизнью.", [("killed", 1)]),
    ("При ударе травмы, несовместимые с жизнью, получили три человека.", [("killed", 3)]),
    ("Четверо рабочих получили несовместимые с жизнью травмы.", [("killed", 4)]),
    ("Четверо рабочих получили травмы.", [("injured", 4)]),
    # one person wounded, named by a noun next to a singular outcome (GUIDELINE convention 7)
    ("Водитель получил ранения.", [("injured", 1)]),
    ("Пожилой старожил умер от ран.", [("killed", 1)]),
    ("Водитель был доставлен в больницу.", []),              # care of one person is narrative
    # taken to hospital, the verb active or after the place (convention 24)
    ("Еще семерых доставили в больницу.", [("injured", 7)]),
    ("В больницу доставлены 11 человек.", [("injured", 11)]),
    # an adverb between the outcome and its figure
    ("Ракетный удар унес жизни сразу шести человек.", [("killed", 6)]),
    # an aside with an outcome word describes the subject; the verb after it is the claim
    ("Трое пассажиров, получивших тяжелые ранения, скончались в больнице.", [("killed", 3)]),
    ("Двое бойцов, которые были ранены, погибли.", [("killed", 2)]),
    # a subgroup after a dash, a subgroup of one
    ("Ранены шесть человек (среди них – двое детей).", [("injured", 6), ("injured", 2)]),
    ("Погибли четыре человека, в том числе ребенок.", [("killed", 4), ("killed", 1)]),
    ("Погибли четыре человека, в том числе в Курске.", [("killed", 4)]),
    # "no one was hurt" split by an aside
    ("Пострадавших, по предварительным данным, нет.", [("injured", 0)]),
    ("Пострадавших, по предварительным данным, много.", [("injured", None)]),   # "many": a vague figure
])
def test_fresh_constructions(text, expected):
    assert [(str(c.outcome), c.count.best) for c in claims_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a subgroup aside closed by a comma: the verb after it is the whole figure's
    ("Семь человек, в том числе трое детей, погибли.", [("killed", 7), ("killed", 3)]),
    # not closed: the verb is the subgroup's own, the figure before it has none
    ("Эвакуированы 80 человек, из них 12 госпитализированы.", [("injured", 12)]),
    # thousands and the rest in digits
    ("Погибли 2 тысячи 300 человек.", [("killed", 2300)]),
])
def test_subgroup_asides_and_figures(text, expected):
    assert [(str(c.outcome), c.count.best) for c in claims_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a list of single people and figures next to a plural outcome
    ("Пострадали 70-летний мужчина и две женщины.", [("injured", 1), ("injured", 2)]),
    ("Погибли водитель и пассажир.", [("killed", 1), ("killed", 1)]),
    ("Мужчина и две женщины пострадали.", [("injured", 1), ("injured", 2)]),
    ("Погибли пять человек и водитель.", [("killed", 5), ("killed", 1)]),
    # a severity between the verb and the noun; fatal wounds are a death
    ("Трое получили тяжелые ранения.", [("injured", 3)]),
    ("Осколочные ранения получили двое детей.", [("injured", 2)]),
    ("Военный получил смертельное ранение.", [("killed", 1)]),
])
def test_lists_and_severity(text, expected):
    assert [(str(c.outcome), c.count.best) for c in claims_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # military bulletins: personnel as "units", a spaced hyphen as the dash of a gapped item, "нейтрализовано"
    ("В зонах «Юг» и «Центр» уничтожено до 150 и более 300 единиц живой силы соответственно.",
     [("killed", 150), ("killed", 300)]),
    ("Уничтожены 7 единиц техники.", []),
    ("Противник потерял до 180 солдат в зоне «Восток» и до 40 - в зоне «Днепр».", [("killed", 180), ("killed", 40)]),
    ("На направлении «Днепр» нейтрализовано свыше 30 военнослужащих.", [("killed", 30)]),
    ("Погибли 20-летний солдат и 30 человек.", [("killed", 1), ("killed", 30)]),
])
def test_bulletin_forms(text, expected):
    assert [(str(c.outcome), c.count.best) for c in claims_of(text)] == expected


def test_bulletin_kill_verb_takes_the_loss_party_and_the_listed_areas():
    text = ("Потери ВСУ в зоне «Север» составили более 100 военных.\n"
            "В зонах «Юг» и «Центр» уничтожено до 150 и более 300 единиц живой силы соответственно.")
    got = [(c.count.best, c.side, c.location) for c in claims_of(text)]
    assert got == [(100, "Ukraine", "зона «Север»"), (150, "Ukraine", "зона «Юг»"), (300, "Ukraine", "зона «Центр»")]


@pytest.mark.parametrize("text, expected", [
    ("Противник потерял 900 человек убитыми и ранеными.", [("casualties", 900)]),
    ("Уничтожены 3 танка, 5 бронемашин и 40 военнослужащих.", [("killed", 40)]),
])
def test_losses_killed_and_wounded_and_things(text, expected):
    assert [(str(c.outcome), c.count.best) for c in claims_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # an aside between the verb and its object figure
    ("Боевики убили, по данным полиции, пятерых мирных жителей.", [("killed", 5)]),
    # a subgroup with its own verb keeps it
    ("Погибли 10 человек, из них 4 ребенка, ещё 5 ранены.", [("killed", 10), ("killed", 4), ("injured", 5)]),
])
def test_asides_before_the_figure(text, expected):
    assert [(str(c.outcome), c.count.best) for c in claims_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # one person after a singular outcome, an adjective before the noun
    ("Ранен мирный житель.", [("injured", 1)]),
    ("Погибли мирные жители.", []),                          # a bare plural is no claim
    # blast injuries
    ("Баротравму получила местная жительница.", [("injured", 1)]),
    ("Двое получили минно-взрывные травмы.", [("injured", 2)]),
])
def test_drone_strike_reports(text, expected):
    assert [(str(c.outcome), c.count.best) for c in claims_of(text)] == expected


def test_an_age_before_the_noun_is_no_part_of_the_count_text():
    assert [c.count.text for c in claims_of("Погиб 21-летний военный.")] == ["военный"]


@pytest.mark.parametrize("text, expected", [
    # a region in the genitive between a singular noun and its verb; the region is no part of the victims
    ("Жительница Курской области погибла при атаке дрона.", [("killed", 1, "жительница")]),
    ("Жители Курской области погибли.", []),
])
def test_region_between_noun_and_verb(text, expected):
    assert [(str(c.outcome), c.count.best, c.victims.text.lower() if c.victims.text else None)
            for c in claims_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a list of figures, each with its noun: the first noun phrase stops before the next figure
    ("Спасатели обнаружили тела двух взрослых и трёх детей.", [("killed", 2, "взрослых"), ("killed", 3, "детей")]),
    # bodies "with no signs of life"; "in all" between the verb and its figure; burns
    ("В доме обнаружены три человека без признаков жизни.", [("killed", 3, "человека")]),
    ("При пожаре погибли в общей сложности шестеро.", [("killed", 6, None)]),
    ("Еще 40 человек получили ожоги.", [("injured", 40, "человек")]),
])
def test_fire_reports(text, expected):
    assert [(str(c.outcome), c.count.best, c.victims.text) for c in claims_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # after a qualifier "сотни" is a hundred; alone it is hundreds (vague)
    ("Более сотни человек пострадали.", [("injured", 100, "at_least")]),
    ("Сотни человек пострадали.", [("injured", None, "vague")]),
    ("Свыше тысячи человек погибли.", [("killed", 1000, "at_least")]),
    # the body of one person
    ("Тело мужчины обнаружили под завалами.", [("killed", 1, "exact")]),
])
def test_hundreds_and_bodies(text, expected):
    assert [(str(c.outcome), c.count.best, str(c.count.kind)) for c in claims_of(text)] == expected


def test_respectively_items_share_the_last_items_noun():
    claims = claims_of("Уничтожены до 200 и более 490 военнослужащих соответственно.")
    assert [(c.count.best, c.victims.text, str(c.victims.role)) for c in claims] == [
        (200, "военнослужащих", "military"), (490, "военнослужащих", "military")]


@pytest.mark.parametrize("text, expected", [
    # a "with" phrase between the noun and its verb; its casualty noun has no figure of its own
    ("Пожилая женщина с тяжёлыми осколочными ранениями умерла в больнице.", [("killed", 1)]),
    ("Пенсионер с ранениями доставлен в больницу.", []),
])
def test_with_phrase_between_noun_and_verb(text, expected):
    assert [(str(c.outcome), c.count.best) for c in claims_of(text)] == expected


def test_a_subgroups_noun_is_no_antecedent_of_a_later_figure():
    claims = claims_of("Погибли 10 человек, из них 4 ребенка, ещё 5 ранены.")
    assert [(c.count.best, c.victims.text) for c in claims] == [(10, "человек"), (4, "ребенка"), (5, "человек")]


@pytest.mark.parametrize("text, date", [
    # a running total: its start date is none of its own, the as-of date is
    ("С 24 февраля 2022 года погибли 500 мирных жителей.", None),
    ("По состоянию на 1 марта 2024 года с начала войны погибли 500 мирных жителей.", "2024-03-01"),
])
def test_running_total_dates(text, date):
    assert [c.date for c in claims_of(text)] == [date]


@pytest.mark.parametrize("text, expected", [
    # the minutes of a time are no count; an age before the noun is no part of the count text
    ("Около 13:30 травмы, несовместимые с жизнью, получили две женщины.", [("killed", 2, "две")]),
    ("75-летняя женщина получила травмы, несовместимые с жизнью.", [("killed", 1, "женщина")]),
])
def test_times_and_ages(text, expected):
    assert [(str(c.outcome), c.count.best, c.count.text) for c in claims_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "could not be saved" is a death; "was saved" is none
    ("Врачи боролись за жизнь, но пострадавшую спасти не удалось.", [("killed", 1)]),
    ("Троих спасти не удалось.", [("killed", 3)]),
    ("Мужчину удалось спасти.", []),
])
def test_could_not_be_saved(text, expected):
    assert [(str(c.outcome), c.count.best) for c in claims_of(text)] == expected


def test_no_one_of_the_passengers_was_hurt():
    claims = claims_of("Никто из пассажиров не пострадал.")
    assert [(str(c.outcome), c.count.best, c.count.text) for c in claims] == [("injured", 0, "Никто")]
