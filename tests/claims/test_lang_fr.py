"""fr: claims read with rules/fr/ (sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.claims.helpers import checked_claims, make_document, summary
from tollbook.claims import extract_claims
from tollbook.rules import load_rules

CLAIMS = [
    ('Au moins 12 personnes ont été tuées dans l’explosion.', {'outcome': 'killed', 'best': 12, 'kind': 'at_least', 'count_text': 'Au moins 12'}),
    ('Une quinzaine de policiers ont été blessés.', {'outcome': 'injured', 'best': 15, 'kind': 'approx', 'role': 'military'}),
    ('Près d’une centaine de blessés ont été soignés sur place.', {'outcome': 'injured', 'best': 100, 'kind': 'at_most'}),
    ('Des dizaines de villageois sont portés disparus.', {'outcome': 'missing', 'kind': 'vague', 'count_text': 'Des dizaines'}),
    ('L’incendie a fait huit morts et 30 blessés, selon les pompiers.', {'outcome': 'killed', 'best': 8, 'reported_by': 'les pompiers'}),
    ('Deux d’entre eux sont morts à l’hôpital.', {'outcome': 'killed', 'best': 2, 'victims': None}),
    ('Aucun élève n’a été blessé.', {'outcome': 'injured', 'best': 0, 'count_text': 'Aucun'}),
    ('Le bilan dépasse 1 200 morts.', {'outcome': 'killed', 'best': 1200}),
]
NOT_CLAIMS = [
    'Les frappes pourraient tuer des milliers de personnes.',
    'Des dizaines de navires ont été attaqués.',
    'Il a 45 ans.',
]


@pytest.mark.parametrize("text, expect", CLAIMS)
def test_first_claim_has_fields(text, expect):
    claims = extract_claims(make_document(text, language="fr"), load_rules())
    assert claims, text
    assert summary(claims[0], expect) == expect


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_not_a_claim(text):
    assert extract_claims(make_document(text, language="fr"), load_rules()) == []


# Constructions of rules/fr/grammar.yaml: each text with every (outcome, best) it gives, in order.
CONSTRUCTIONS = [
    ("Parmi les blessés figurent un policier et deux enseignants.", [("injured", 1), ("injured", 2)]),
    ("Parmi les morts figurent trois enfants.", [("killed", 3)]),
    ("Trois personnes sont mortes à Lyon et deux à Grenoble.", [("killed", 3), ("killed", 2)]),
    ("Le nombre de morts dans l'effondrement de l'immeuble est passé à 17.", [("killed", 17)]),
    ("Douze personnes ont été blessées, dont trois grièvement.", [("injured", 12), ("injured", 3)]),
    # not claims
    ("Parmi les invités figurent trois ministres.", []),
    ("Le nombre de visiteurs est passé à 17.", []),
    ("Trois équipes ont gagné à Lyon et deux à Grenoble.", []),
]


@pytest.mark.parametrize("text, expected", CONSTRUCTIONS)
def test_constructions(text, expected):
    claims = checked_claims(text, language="fr")
    assert [(str(c.outcome), c.count.best) for c in claims] == expected


# One of a group (numbers.yaml partitive_one).
@pytest.mark.parametrize("text, expected", [
    ("L'un des otages a été tué.", [("killed", 1)]),
    ("Une des victimes a été blessée par balle.", [("injured", 1)]),
    ("L'un des joueurs a marqué deux buts.", []),
])
def test_one_of_a_group(text, expected):
    assert [(str(c.outcome), c.count.best) for c in checked_claims(text, language="fr")] == expected


# An adjective between a casualty noun and 'de' ('la mort tragique de trois Belges').
@pytest.mark.parametrize("text, expected", [
    ("La mort tragique de trois Belges à Paris a choqué le pays.", [("killed", 3)]),
    ("La mort brutale de deux soldats a été confirmée.", [("killed", 2)]),
    ("La mort tragique de la reine a ému le pays.", []),
    ("La chute brutale de trois places au classement.", []),
])
def test_adjective_after_casualty_noun(text, expected):
    assert [(str(c.outcome), c.count.best) for c in checked_claims(text, language="fr")] == expected


@pytest.mark.parametrize("text, expected", [
    # the auxiliary before an aside ends no name; a conjunction after an inverted source ends it
    ("Le ministère de l'Intérieur a, de son côté, confirmé un bilan de deux morts.", "Le ministère de l'Intérieur"),
    ("Un des blessés est grave, a ajouté le ministère puisque le bilan évolue.", "le ministère"),
    ("Deux personnes sont mortes, a indiqué la préfecture.", "la préfecture"),
    # one person after "de" in the source's name is whose force it is, not a second victim
    ("Un homme a été tué par balle, a indiqué la police de la capitale britannique.",
     "la police de la capitale britannique"),
    # no source named
    ("Deux personnes sont mortes dans l'incendie.", None),
])
def test_reported_by_ends(text, expected):
    assert [c.reported_by for c in checked_claims(text, language="fr")] == [expected]


@pytest.mark.parametrize("text, expected", [
    # one person after "de" is whose it is ("la police de la capitale"), not a part of the dead before
    ("Un homme a été tué, a indiqué la police de la capitale.", [("killed", 1)]),
    ("Deux soldats ont été tués près de la maison d'un chef de village.", [("killed", 2)]),
    # ... a part after "dont" still is
    ("Deux personnes sont mortes, dont un enfant.", [("killed", 2), ("killed", 1)]),
])
def test_one_person_of_a_possessor(text, expected):
    assert [(str(c.outcome), c.count.best) for c in checked_claims(text, language="fr")] == expected


@pytest.mark.parametrize("text, expected", [
    ("Deux personnes ont été poignardées dans le centre de Mulhouse.", "Mulhouse"),
    ("Deux personnes ont été poignardées au cœur de Mulhouse.", "Mulhouse"),
    ("Deux personnes ont été poignardées dans le centre commercial.", None),
])
def test_place_after_an_area_noun(text, expected):
    assert [c.location for c in checked_claims(text, language="fr")] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a numeric severity part of the injured is a claim (convention 6)
    ("L'attentat a fait trois morts et treize blessés, dont cinq graves.", [("killed", 3), ("injured", 13), ("injured", 5)]),
    ("Le bilan est de deux morts et sept blessés graves.", [("killed", 2), ("injured", 7)]),
    # a time of day is no count
    ("Le ministre a donné un bilan de trois morts lors d'une conférence de presse à 02H00.", [("killed", 3)]),
    ("Vers 20h30, l'explosion a fait un mort.", [("killed", 1)]),
    ("Un grave accident a fait deux morts.", [("killed", 2)]),
])
def test_severity_and_times(text, expected):
    assert [(str(c.outcome), c.count.best) for c in checked_claims(text, language="fr")] == expected


# A wound, then the death of the same people ("ont succombé à leurs blessures"): the claim is the death.
@pytest.mark.parametrize("text, expected", [
    ("Deux blessés ont succombé à leurs blessures.", [("killed", 2)]),
    ("Un blessé est décédé à l'hôpital.", [("killed", 1)]),
    ("Un cycliste a été grièvement blessé et a succombé à ses blessures.", [("killed", 1)]),
    ("Une passante a perdu la vie dans la collision.", [("killed", 1)]),
    # the wounded still alive
    ("Trois blessés sont hospitalisés.", [("injured", 3)]),
    ("Quatre personnes ont été blessées et deux sont mortes.", [("injured", 4), ("killed", 2)]),
])
def test_wounded_then_died(text, expected):
    claims = checked_claims(text, language="fr")
    assert [(str(c.outcome), c.count.best) for c in claims] == expected


# One person named by a possessive or an elided article, or "un autre" after an outcome verb.
@pytest.mark.parametrize("text, expected", [
    ("Le forcené avait blessé sa voisine.", [("injured", 1, "voisine")]),
    ("L'adjudant a été tué.", [("killed", 1, "adjudant")]),
    ("Le tireur a tué un passant et en a blessé un autre.", [("killed", 1, "passant"), ("injured", 1, "passant")]),
    ("Le tireur a blessé un autre gendarme.", [("injured", 1, "gendarme")]),
    ("Un septuagénaire a été tué par balle.", [("killed", 1, "septuagénaire")]),
    # not one person
    ("Sa voiture a été détruite.", []),
    ("Un autre incendie a été signalé.", []),
])
def test_one_person_by_possessive(text, expected):
    claims = checked_claims(text, language="fr")
    assert [(str(c.outcome), c.count.best, c.victims.text) for c in claims] == expected


@pytest.mark.parametrize("text, expected", [
    # a breakdown of a figure between dashes or brackets takes its outcome
    ("Le bilan fait état de 31 morts - 12 soldats et 19 civils - et 40 blessés.",
     [("killed", 31), ("killed", 12), ("killed", 19), ("injured", 40)]),
    # a predicate after another phrase is not the part's
    ("Une source évoque une quinzaine de morts et des soldats qui manquent à l'appel.", [("killed", 15)]),
    # events are no people; an ordinal written against its figure is no count
    ("Neuf villageois ont été tués lors de trois attaques.", [("killed", 9)]),
    ("La gendarmerie annonce la mort d'un 15e gendarme.", [("killed", 1)]),
])
def test_breakdowns_events_and_ordinals(text, expected):
    claims = checked_claims(text, language="fr")
    assert [(str(c.outcome), c.count.best) for c in claims] == expected


@pytest.mark.parametrize("text, expected", [
    # "âgé de N ans" between the person and the outcome; the minutes of "12h30" are no count
    ("Un homme âgé de 53 ans est mort.", [("killed", 1, "homme")]),
    ("Un sapeur-pompier âgé de 41 ans a été tué et deux autres ont été blessés.",
     [("killed", 1, "sapeur-pompier"), ("injured", 2, "sapeur-pompier")]),
    ("Les secours ont constaté vers 12h30 le décès d'une femme.", [("killed", 1, "femme")]),
])
def test_ages_and_times(text, expected):
    claims = checked_claims(text, language="fr")
    assert [(str(c.outcome), c.count.best, c.victims.text) for c in claims] == expected


def test_road_numbers_are_no_counts():
    claims = checked_claims("Sur la départementale 14, deux personnes ont été blessées.", language="fr")
    assert [(str(c.outcome), c.count.best) for c in claims] == [("injured", 2)]


@pytest.mark.parametrize("text, expected", [
    # victims of both kinds with a part whose outcome is its own: only the part is a claim
    ("On dénombre au moins sept victimes, dont trois décédées.", [("killed", 3)]),
    # a part with no outcome of its own shares the whole's
    ("Dix personnes, dont deux enfants, ont été tuées.", [("killed", 10), ("killed", 2)]),
])
def test_part_with_its_own_outcome(text, expected):
    claims = checked_claims(text, language="fr")
    assert [(str(c.outcome), c.count.best) for c in claims] == expected
