"""pt: claims read with rules/pt/ (sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.claims.helpers import checked_claims, make_document, summary
from tollbook.claims import extract_claims
from tollbook.rules import load_rules

CLAIMS = [
    ('Pelo menos 9 pessoas morreram no desabamento.', {'outcome': 'killed', 'best': 9, 'kind': 'at_least'}),
    ('O ataque matou três soldados e deixou outros 12 feridos.', {'outcome': 'killed', 'best': 3, 'role': 'military'}),
    ('Dezenas de moradores ficaram feridos.', {'outcome': 'injured', 'kind': 'vague'}),
    ('Mais de 1.500 civis foram mortos desde o início da guerra.', {'outcome': 'killed', 'best': 1500, 'scope': 'cumulative'}),
]
NOT_CLAIMS = [
    'Os mísseis poderiam matar milhares de pessoas.',
    'Dois ônibus foram atingidos.',
]


@pytest.mark.parametrize("text, expect", CLAIMS)
def test_first_claim_has_fields(text, expect):
    claims = extract_claims(make_document(text, language="pt"), load_rules())
    assert claims, text
    assert summary(claims[0], expect) == expect


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_not_a_claim(text):
    assert extract_claims(make_document(text, language="pt"), load_rules()) == []


# Constructions of rules/pt/grammar.yaml: each text with every (outcome, best) it gives, in order.
CONSTRUCTIONS = [
    ("Entre os mortos estão quatro mulheres e duas crianças.", [("killed", 4), ("killed", 2)]),
    ("O número de mortos nas enchentes do sul do estado subiu para 95.", [("killed", 95)]),
    ("Três pessoas morreram no local e duas mais no hospital.", [("killed", 3), ("killed", 2)]),
    ("Vinte pessoas ficaram feridas, quatro delas em estado grave.", [("injured", 20), ("injured", 4)]),
    ("Morreram 5 dos 200 passageiros.", [("killed", 5)]),
    ("O desabamento deixou 9 mortos dos 60 operários, além de ao menos 4 vítimas na rua.",
     [("killed", 9), ("killed", 4)]),
    # events counted beside their victims are no victims
    ("Em dois ataques, morreram 3 pessoas.", [("killed", 3)]),
    # not claims
    ("Entre os convidados estão quatro ministros e dois prefeitos.", []),
    ("O número de turistas na cidade subiu para 95 mil.", []),
]


@pytest.mark.parametrize("text, expected", CONSTRUCTIONS)
def test_constructions(text, expected):
    claims = checked_claims(text, language="pt")
    assert [(str(c.outcome), c.count.best) for c in claims] == expected


# One of a group (numbers.yaml partitive_one), a figure before a noun that is also a verb, plural toll verbs.
RECALL = [
    ("Um dos passageiros morreu no hospital.", [("killed", 1)]),
    ("A esposa e uma das crianças morreram no local.", [("killed", 1), ("killed", 1)]),
    ("O acidente deixou 241 mortos a bordo.", [("killed", 241)]),
    ("As vítimas fatais aumentaram para 12.", [("killed", 12)]),
    ("Os dois ataques deixaram vítimas, totalizando cerca de 30 fatalidades.", [("killed", 30)]),
    # Brazilian crime-news idioms: "não resistiu (aos ferimentos)", "veio a óbito" are deaths; "alvejado" is shot
    ("Um dos homens foi atingido e não resistiu aos ferimentos.", [("killed", 1)]),
    ("Dois dos feridos vieram a óbito no hospital.", [("killed", 2)]),
    ("Três vigilantes foram alvejados na saída do banco.", [("injured", 3)]),
    ("Sete guardas receberam ferimentos e um deles faleceu no hospital.", [("injured", 7), ("killed", 1)]),
    # a day in brackets after its weekday is no count
    ("Uma ação policial nesta quarta-feira (11) resultou na morte de um suspeito.", [("killed", 1)]),
    # not claims
    ("Um dos times venceu a partida.", []),
    ("Os passageiros do metrô aumentaram para 300.", []),
    ("O telhado não resistiu à chuva de ontem.", []),
    ("Um deles disse que a cidade está calma.", []),
]


@pytest.mark.parametrize("text, expected", RECALL)
def test_recall_constructions(text, expected):
    claims = checked_claims(text, language="pt")
    assert [(str(c.outcome), c.count.best) for c in claims] == expected


@pytest.mark.parametrize("text, expected", [
    # the impersonal "se" of a reporting verb names no one; a named subject does
    ("Se informou que três pessoas morreram no acidente.", None),
    ("A polícia informou que três pessoas morreram no acidente.", "A polícia"),
])
def test_reported_by(text, expected):
    assert [c.reported_by for c in checked_claims(text, language="pt")] == [expected]


# A wound, then the death of the same people: the claim is the death.
@pytest.mark.parametrize("text, expected", [
    ("Dois vigias foram baleados, mas não resistiram aos ferimentos.", [("killed", 2)]),
    ("Um motociclista ficou ferido e morreu depois no hospital.", [("killed", 1)]),
    ("Três feridos morreram no hospital.", [("killed", 3)]),
    # a figure of its own is another claim
    ("Cinco pessoas ficaram feridas e duas morreram.", [("injured", 5), ("killed", 2)]),
    ("Quatro feridos foram levados ao hospital.", [("injured", 4)]),
])
def test_wounded_then_died(text, expected):
    claims = checked_claims(text, language="pt")
    assert [(str(c.outcome), c.count.best) for c in claims] == expected


@pytest.mark.parametrize("text, expected", [
    ("Cinco pessoas foram baleadas na festa.", [("injured", 5)]),
    ("As vítimas mortais são o motorista e um passageiro.", [("killed", 1), ("killed", 1)]),
    ("A polícia disse que três pessoas tinham morrido no local.", [("killed", 3)]),
    # ages joined by "e" / "a" before "anos" are no counts
    ("Duas irmãs, de 12 e 9 anos, morreram no incêndio.", [("killed", 2)]),
    ("Três homens, de 20 a 25 anos, ficaram feridos.", [("injured", 3)]),
    ("Dez mil pessoas foram atingidas pela enchente.", []),
])
def test_gendered_participles_and_ages(text, expected):
    claims = checked_claims(text, language="pt")
    assert [(str(c.outcome), c.count.best) for c in claims] == expected


# Road tolls: accidents and cars are no people, the light injured of a breakdown, an adverb between an outcome
# verb and its object.
@pytest.mark.parametrize("text, expected", [
    ("A GNR registou 361 acidentes, que causaram nove mortos, 14 feridos graves e 133 ligeiros.",
     [("killed", 9), ("injured", 14), ("injured", 133)]),
    ("Dois homens ficaram feridos em dois acidentes de trabalho.", [("injured", 2)]),
    ("O despiste tirou a vida a três jovens e feriu gravemente outros dois.", [("killed", 3), ("injured", 2)]),
    ("A colisão envolveu dois automóveis.", []),
])
def test_road_tolls(text, expected):
    claims = checked_claims(text, language="pt")
    assert [(str(c.outcome), c.count.best) for c in claims] == expected


@pytest.mark.parametrize("text, expected", [
    ("Morreram no acidente três pessoas.", [("killed", 3)]),
    ("O balanço aponta para 8 mortos.", [("killed", 8)]),
    ("A tragédia vitimou duas pessoas.", [("killed", 2)]),
    # a purpose before its verb is no claim
    ("O grupo foi treinado para matar dois juízes.", []),
])
def test_inverted_subject_purpose_and_vitimar(text, expected):
    claims = checked_claims(text, language="pt")
    assert [(str(c.outcome), c.count.best) for c in claims] == expected


@pytest.mark.parametrize("text, expected", [
    # care or a wound in a relative clause, then the main verb, a death
    ("Dois pacientes que estavam internados no hospital morreram na madrugada.", [("killed", 2, "pacientes")]),
    ("Destes, 21 chegaram mortas.", [("killed", 21, None)]),
    ("Três garotas foram assassinadas.", [("killed", 3, "garotas")]),
])
def test_died_after_relative_and_arrivals(text, expected):
    claims = checked_claims(text, language="pt")
    assert [(str(c.outcome), c.count.best, c.victims.text) for c in claims] == expected
