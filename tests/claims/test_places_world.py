"""Claim places outside English (GUIDELINE location and convention 19), sentences written for these tests.

Each row: language, text (one sentence a line), the location the first claim takes (None: none)."""
from __future__ import annotations

import pytest

from tests.claims.helpers import checked_claims

# Romance languages put the place kind before the name, joined by "de"/"di" or not at all.
ROMANCE = [
    # a town kind names the town after it ("la ville de X" -> X), an adjective may follow the kind
    ("es", "Tres personas murieron en la ciudad de Tulancingo.", "Tulancingo"),
    ("es", "Cinco milicianos murieron en la ciudad fronteriza de Rafah.", "Rafah"),
    ("fr", "Deux gendarmes ont été tués dans la localité de Kaya.", "Kaya"),
    ("it", "Dodici persone sono morte nella città ucraina di Poltava.", "Poltava"),
    ("pt", "Quatro pessoas morreram na cidade de Caruaru.", "Caruaru"),
    # a site kind is kept with its name: the most specific place
    ("es", "Un misil cayó sobre un centro comercial de Poltava y mató a seis personas.", "centro comercial de Poltava"),
    ("es", "Dos hombres murieron baleados en la calle Hidalgo.", "calle Hidalgo"),
    ("es", "El tiroteo en la colonia Santa Fe dejó cuatro muertos.", "colonia Santa Fe"),
    ("fr", "Au moins 30 personnes ont été tuées dans la frappe sur la gare de Sloviansk.", "gare de Sloviansk"),
    ("fr", "Un enseignant a été tué au lycée Victor Hugo.", "lycée Victor Hugo"),
    ("it", "Un razzo ha colpito la stazione ferroviaria di Poltava e ha ucciso nove civili.",
     "stazione ferroviaria di Poltava"),
    ("pt", "Três pessoas morreram na praça Tiradentes.", "praça Tiradentes"),
    ("es", "Dos hombres murieron en la calle Colorines número 12.", "calle Colorines"),
    # a noun between the kind and the name says which of the kind ("un bloco de salas do Colégio X")
    ("pt", "O avião caiu sobre um bloco de salas do Colégio Dom Pedro e matou 28 pessoas.",
     "bloco de salas do Colégio Dom Pedro"),
    ("pt", "Um bloco de concreto caiu e matou duas pessoas.", None),
    # a region kind keeps its word and ranks as a region
    ("es", "Dos civiles murieron en la provincia de Sumy.", "provincia de Sumy"),
    # the town of the page stands beside its region
    ("fr", "Onze soldats sont morts dans la localité de Kaya, province du Sanmatenga.", "Kaya"),
    # a noun with a joiner after it opens a place as a preposition does; so does a direction
    ("fr", "Six personnes ont été tuées près de Kharkiv.", "Kharkiv"),
    ("fr", "Deux civils sont morts aux abords de Gaza.", "Gaza"),
    ("fr", "La guerre a fait 9 000 morts à l’intérieur du Soudan.", "Soudan"),
    ("es", "Cinco personas murieron cerca de Járkov.", "Járkov"),
    ("pt", "Duas pessoas morreram nos arredores de Recife.", "Recife"),
    ("es", "Tres soldados murieron en el norte de Siria.", "Siria"),
    ("fr", "Près d’une centaine de personnes sont mortes.", None),
    # where the victims were going, the body a group is tied to: no place of the casualties
    ("fr", "Un convoi à destination de la ville de Djibo a été attaqué et onze soldats ont été tués.", None),
    ("fr", "Un convoi a été attaqué dans la ville de Djibo et onze soldats ont été tués.", "Djibo"),
    ("fr", "Des groupes affiliés à Al-Qaïda ont tué douze villageois.", None),
    ("fr", "Des groupes affiliés à Al-Qaïda ont tué douze villageois à Kaya.", "Kaya"),
    # not sites: a kind with no name, a common noun, where the wounded were taken
    ("fr", "Trois personnes ont été tuées sur place.", None),
    ("fr", "Deux personnes sont mortes à la gare.", None),
    ("es", "Tres heridos fueron trasladados al hospital de Poltava.", None),
    ("es", "El alcalde de Tulancingo dijo que murieron dos personas.", None),
]


@pytest.mark.parametrize("language, text, location", ROMANCE)
def test_romance_place_kinds(language, text, location):
    claims = checked_claims(text, language=language)
    assert claims, text
    assert claims[0].location == location


# A street or a building the page names for the incident is more specific than its neighbourhood (GUIDELINE
# location: a street over a neighbourhood), in the claim's own sentence or another; two neighbourhoods or
# a town keep the claim's own.
PAGE_SITES = [
    ("es", "Cuatro personas murieron en la colonia Santa Fe.\nEl tiroteo ocurrió en la calle Hidalgo.",
     "calle Hidalgo"),
    ("es", "El tiroteo ocurrió en la calle Hidalgo.\nCuatro personas murieron en la colonia Santa Fe.",
     "calle Hidalgo"),
    ("fr", "Deux jeunes ont été tués dans le quartier Saint-Roch.\nLa fusillade a eu lieu au lycée Gambetta.",
     "lycée Gambetta"),
    ("es", "Cuatro personas murieron en la colonia Santa Fe.\nEl tiroteo ocurrió en la colonia Centro.",
     "colonia Santa Fe"),
    ("es", "Cuatro personas murieron en la calle Hidalgo.\nEl tiroteo ocurrió en la colonia Santa Fe.",
     "calle Hidalgo"),
]


@pytest.mark.parametrize("language, text, location", PAGE_SITES)
def test_street_over_neighbourhood(language, text, location):
    claims = checked_claims(text, language=language)
    assert claims, text
    assert claims[0].location == location


def test_site_takes_the_town_of_its_page_as_its_canonical_place():
    """'la colonia Santa Fe, en Irapuato': the gazetteer has no such site; the town it stands in does."""
    claims = checked_claims("El tiroteo ocurrió en la colonia Santa Fe, en Irapuato.\n"
                            "Cuatro personas murieron en la colonia Santa Fe.", language="es")
    assert claims[0].location == "colonia Santa Fe"
    assert claims[0].place is not None and claims[0].place.name == "Irapuato"


def test_site_with_its_town_after_de_is_placed_in_that_town():
    claims = checked_claims("Au moins 30 personnes ont été tuées dans la frappe sur la gare de Sloviansk.",
                            language="fr")
    assert claims[0].place is not None and (claims[0].place.country, claims[0].place.precision) == ("UA", "city")
    assert claims[0].place.admin1 == "Donetska oblast"


# Inflected languages write the place in the nominative (convention 19); a town the gazetteer lists is
# matched through its stems, the letters that alternate in declension merged.
NOMINATIVE = [
    ("uk", "У Кривому Розі загинули троє людей.", "Кривий Ріг"),
    ("uk", "Двоє людей загинули в Кривому Розі.", "Кривий Ріг"),
    ("uk", "У Новій Каховці поранено п'ятеро людей.", "Нова Каховка"),
    ("uk", "У Києві загинули двоє людей.", "Київ"),
    ("uk", "У Запоріжжі загинули двоє людей.", "Запоріжжя"),
    ("ru", "В Кривом Роге погибли трое человек.", "Кривой Рог"),
    # names the gazetteer does not list keep the suffix rules; a region keeps its kind word
    ("uk", "У Херсонській області поранені 4 людини.", "Херсонська область"),
]


@pytest.mark.parametrize("language, text, location", NOMINATIVE)
def test_places_in_the_nominative(language, text, location):
    claims = checked_claims(text, language=language)
    assert claims, text
    assert claims[0].location == location


KNOWN_NOMINATIVE = [
    (["Кривому", "Розі"], "Кривий Ріг"),
    (["Кривого", "Рогу"], "Кривий Ріг"),
    (["Харкові"], "Харків"),
    (["Сумах"], "Суми"),
    # a country's case form is no town whose stem the alternations make alike ("Індію" is not Ondo)
    (["Індію"], None),
    # lower-case words are no town's name
    (["кривому", "розі"], None),
]


@pytest.mark.parametrize("words, expected", KNOWN_NOMINATIVE)
def test_known_nominative_uk(words, expected):
    from tollbook.claims.morphology import known_nominative
    from tollbook.rules import load_rules
    grammar = load_rules().for_language("uk").files["grammar"]
    assert known_nominative(words, "uk", grammar) == expected


# A military bulletin's areas: the area noun in the nominative singular, its name as written; in a list,
# each count takes the area of its own item.
AREAS = [
    ("ru", "Потери противника в зоне группировки «Юг» составили более 120 военнослужащих.",
     [(120, "зона группировки «Юг»")]),
    ("ru", "Противник потерял до 90 военнослужащих в зоне ответственности группировки «Запад».",
     [(90, "зона ответственности группировки «Запад»")]),
    ("ru", "Суточные потери ВСУ в зоне СВО составили около 900 военнослужащих.", [(900, "зона СВО")]),
    ("ru", "Потери противника в зоне группировки «Север» составили более 140 военнослужащих, в зоне "
           "группировки «Центр» — более 310.", [(140, "зона группировки «Север»"), (310, "зона группировки «Центр»")]),
    ("ru", "В Сумах погибли 3 человека, а в Харькове — 2.", [(3, "Сумы"), (2, "Харьков")]),
    ("uk", "У зоні відповідальності угруповання «Схід» загинули 40 окупантів.",
     [(40, "зона відповідальності угруповання «Схід»")]),
    # the forces credited with the losses name their areas, the names in the nominative; "соответственно"
    # matches a list of them to the figures in order, a bare name before its figure is an item of its own
    ("ru", "Действиями группировок «Южной» и «Восток» уничтожено до 150 и более 320 военнослужащих "
           "соответственно.", [(150, "зона группировок «Южная»"), (320, "зона группировок «Восток»")]),
    ("ru", "Подразделения группировки войск «Запад» уничтожили до 140, «Центр» — более 260 военнослужащих.",
     [(140, "зона группировки войск «Запад»"), (260, "зона группировки войск «Центр»")]),
    ("ru", "Действиями группировки «Запад» уничтожено до 90 военнослужащих.", [(90, "зона группировки «Запад»")]),
    ("ru", "В результате действий российских военных погибли 5 человек.", [(5, None)]),
    # an army's abbreviation is no area's name; an area noun alone is no place
    ("ru", "В зоне ВСУ погибли 3 человека.", [(3, None)]),
    ("ru", "В этой зоне погибли 3 человека.", [(3, None)]),
]


@pytest.mark.parametrize("language, text, expected", AREAS)
def test_bulletin_areas(language, text, expected):
    claims = checked_claims(text, language=language)
    assert [(c.count.best, c.location) for c in claims] == expected


@pytest.mark.parametrize("text, stem", [("Seventy-one people were hurt", "seve"), ("Forty soldiers died", "fort"),
                                        ("Severodonetsk was shelled", None)])
def test_number_words_are_no_incident_names(text, stem):
    """'Seventy-one people' opening a page is no name an incident is linked by (a bulletin's «Север» zone
    folds to the same stem); a town's name is."""
    from tollbook.incidents import names
    found = names.name_stems(text)
    assert (stem not in found) if stem else ("seve" in found)


# Arabic writes no capitals: a site is its kind and the name after it (a definite noun, a place the
# gazetteer knows, or a village's bare name), read after "في" or a glued or bare preposition before a kind
# ("لمبنى", "بمخيم", "على قرية"); a place after "قرب", "غرب", "وسط" is a landmark near the scene.
ARABIC = [
    ("ar", "قتل 5 أشخاص في دوار الساعة قرب شارع الجلاء غرب مدينة حمص.", "دوار الساعة"),
    ("ar", "أسفرت غارة استهدفت لمبنى البلدية بمديرية الشيخ عثمان عن 3 قتلى.", "مبنى البلدية بمديرية الشيخ"),
    ("ar", "قتل 9 مدنيين في هجوم على قرية كرنوي الواقعة شمال مدينة نيالا.", "قرية كرنوي"),
    ("ar", "استشهد 7 مواطنين في قصف استهدف مدرسة تؤوي نازحين بمخيم الشاطئ.", "مخيم الشاطئ"),
    ("ar", "قتل 4 أشخاص في غارات على محافظة إدلب.", "محافظة إدلب"),
    ("ar", "استشهد 6 أشخاص في غارة على وسط قطاع غزة.", "قطاع غزة"),
    # not sites: an adjective agreeing with the kind, a hospital where a source spoke
    ("ar", "قتل 3 أشخاص في قرية مجاورة.", None),
    ("ar", "وأفاد مصدر طبي بمستشفى الأمل بوصول 4 قتلى.", None),
]


@pytest.mark.parametrize("language, text, location", ARABIC)
def test_arabic_sites(language, text, location):
    claims = checked_claims(text, language=language)
    assert claims, text
    assert claims[0].location == location


def test_arabic_town_of_a_named_site_gives_way_to_the_site():
    """A claim placed in the town the page's named site stands in takes the site (convention 19); the site's
    canonical place is that town."""
    claims = checked_claims("قتل 8 أشخاص في حمص.\nوقع الانفجار في دوار الساعة غرب مدينة حمص وأصيب 20 آخرون.",
                            language="ar")
    assert [c.location for c in claims] == ["دوار الساعة", "دوار الساعة"]
    assert claims[1].place is not None and claims[1].place.name == "Homs"


# A page's site named with its kind is the most specific place of the claims placed in its town
# (convention 19): the page's one town, or a sentence naming the site by its kind alone.
ROMANCE_PAGES = [
    ("fr", "Un homme a blessé trois élèves dans un collège à Nantes.\nLes faits ont eu lieu au collège Jules Verne.",
     "collège Jules Verne"),
    ("es", "Cinco personas murieron en la ciudad de Irapuato.\nEl ataque ocurrió en la colonia Santa Fe.",
     "colonia Santa Fe"),
    # a page with two towns: the site may stand in the other
    ("es", "Cinco personas murieron en la ciudad de Irapuato.\nOtro ataque ocurrió en la colonia Santa Fe, "
           "en la ciudad de León.", "Irapuato"),
    # a page with no named site keeps the town
    ("fr", "Un homme a blessé trois élèves dans un collège à Nantes.\nLes faits ont eu lieu vers midi.", "Nantes"),
    # an event name is no place
    ("fr", "Deux supporters ont été tués à Lyon avant le match de qualification à l'Euro 2028.", "Lyon"),
]


@pytest.mark.parametrize("language, text, location", ROMANCE_PAGES)
def test_romance_page_site(language, text, location):
    claims = checked_claims(text, language=language)
    assert claims, text
    assert claims[0].location == location


# German capitalises every noun: a site is a compound ending in its kind, named by a hyphen or a word before
# it, also after "an"/"am"; a town's adjective before a noun is a place in that town.
GERMAN = [
    ("de", "Bei einem Angriff an der Kölner Heinrich-Heine-Universität wurden drei Menschen getötet.",
     "Kölner Heinrich-Heine-Universität"),
    ("de", "In der Erich-Kästner-Schule wurden zwei Schüler verletzt.", "Erich-Kästner-Schule"),
    ("de", "Der Täter hatte zuvor in einem Berliner Vorort zwei Menschen getötet.", "Berliner Vorort"),
    # a building of a named site, the site in the genitive, is one place: more specific than the site
    ("de", "Im Hauptgebäude der Erich-Kästner-Schule wurden zwei Schüler verletzt.",
     "Hauptgebäude der Erich-Kästner-Schule"),
    ("de", "Der Angriff an der Kölner Heinrich-Heine-Universität dauerte Minuten.\nDer Täter schoss im Westflügel "
           "der Medizinischen Fakultät der Heinrich-Heine-Universität.\nDrei Menschen wurden getötet.",
     "Westflügel der Medizinischen Fakultät der Heinrich-Heine-Universität"),
    ("de", "Im Hauptgebäude der Stadt wurden zwei Menschen verletzt.", "Hauptgebäude"),
    # a government "in Kiew" sits there; people "auf Menschen" are no place
    ("de", "Die Regierung in Kiew meldet 4.700 zivile Todesopfer.", None),
    ("de", "Der Täter schoss auf Menschen, drei wurden getötet.", None),
    # not places: a bare compound, a noun after "an", a capitalised noun after an article
    ("de", "An der Universität wurden zwei Menschen verletzt.", None),
    ("de", "Drei Menschen starben an Verletzungen.", None),
    ("de", "In einem Haus wurden zwei Menschen getötet.", None),
]


@pytest.mark.parametrize("language, text, location", GERMAN)
def test_german_sites(language, text, location):
    claims = checked_claims(text, language=language)
    assert claims, text
    assert claims[0].location == location


# A claim with no place of its own takes the page's first place, from the story only: a place named well
# after the last casualty sentence belongs to the page's trailing links.
PAGE_PLACE = [
    ("uk", "Загинули троє людей, повідомили рятувальники.\nЦе сталося у Полтаві.", "Полтава"),
    ("uk", "Загинули троє людей, повідомили рятувальники.\nРятувальники працюють.\nСхожі новини.\nЧитайте також.\n"
           "Прем'єр прибув у Польщу.", None),
]


@pytest.mark.parametrize("language, text, location", PAGE_PLACE)
def test_page_place_comes_from_the_story(language, text, location):
    claims = checked_claims(text, language=language)
    assert claims, text
    assert claims[0].location == location


# "il centro di X" names the town X; a care word before the kind, or a medical adjective between the kind and
# its name, makes it where the wounded were taken.
CENTRE_OF = [
    ("it", "Un missile ha colpito il centro affollato di Poltava e ha ucciso sette persone.", "Poltava"),
    ("es", "Un misil alcanzó el centro de Poltava y mató a cuatro personas.", "Poltava"),
    ("fr", "Une frappe sur le centre de Poltava a tué cinq personnes.", "Poltava"),
    ("pt", "Um míssil atingiu o centro de Poltava e matou seis pessoas.", "Poltava"),
    ("es", "Cuatro heridos fueron llevados al centro médico de Tulancingo.", None),
    ("fr", "Cinq blessés ont été pris en charge au centre hospitalier de Lens.", None),
    ("it", "Sei feriti sono stati portati al centro medico di Poltava.", None),
    # a medical noun as the victim is no care word
    ("es", "Un médico murió en Tulancingo.", "Tulancingo"),
]


@pytest.mark.parametrize("language, text, location", CENTRE_OF)
def test_centre_of_a_town(language, text, location):
    claims = checked_claims(text, language=language)
    assert claims, text
    assert claims[0].location == location
