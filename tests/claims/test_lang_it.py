"""it: claims read with rules/it/ (sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.claims.helpers import checked_claims, make_document, summary
from tollbook.claims import extract_claims
from tollbook.rules import load_rules

CLAIMS = [
    ('Almeno 7 persone sono morte nell’esplosione.', {'outcome': 'killed', 'best': 7, 'kind': 'at_least'}),
    ('Sono rimasti feriti 40 operai.', {'outcome': 'injured', 'best': 40, 'role': 'civilian'}),
    ('Un centinaio di persone risultano disperse.', {'outcome': 'missing', 'best': 100, 'kind': 'approx'}),
    ('Il raid ha ucciso numerosi soldati russi.', {'outcome': 'killed', 'kind': 'vague', 'side': 'Russia'}),
]
NOT_CLAIMS = [
    'I missili potrebbero uccidere migliaia di persone.',
    'Tre navi sono state colpite.',
]


@pytest.mark.parametrize("text, expect", CLAIMS)
def test_first_claim_has_fields(text, expect):
    claims = extract_claims(make_document(text, language="it"), load_rules())
    assert claims, text
    assert summary(claims[0], expect) == expect


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_not_a_claim(text):
    assert extract_claims(make_document(text, language="it"), load_rules()) == []


# One of a group (numbers.yaml partitive_one).
@pytest.mark.parametrize("text, expected", [
    ("Uno dei feriti è morto in ospedale.", [("killed", 1)]),
    ("Una delle passeggere è stata ferita.", [("injured", 1)]),
    ("Uno dei treni è partito in ritardo.", []),
    # events counted beside their victims are no victims
    ("In due attacchi sono morte tre persone.", [("killed", 3)]),
])
def test_one_of_a_group(text, expected):
    assert [(str(c.outcome), c.count.best) for c in checked_claims(text, language="it")] == expected


# A wound, then the death of the same people: the claim is the death.
@pytest.mark.parametrize("text, expected", [
    ("Un operaio è rimasto ferito ed è morto in ospedale.", [("killed", 1)]),
    ("Due passanti sono rimasti feriti.", [("injured", 2)]),
])
def test_wounded_then_died(text, expected):
    claims = checked_claims(text, language="it")
    assert [(str(c.outcome), c.count.best) for c in claims] == expected


@pytest.mark.parametrize("text, expected", [
    ("Sei persone vengono ferite da un uomo armato.", [("injured", 6, "persone")]),
    ("Due degli otto feriti sono bambini.", [("injured", 2, None)]),
    ("Un'altra persona è rimasta ferita.", [("injured", 1, "persona")]),
    ("L'incendio ha causato la morte di un operaio e il ferimento di altri tre.",
     [("killed", 1, "operaio"), ("injured", 3, "operaio")]),
    # ages listed before "anni" are no counts
    ("Quattro ragazzi, di 15, 16 e 17 anni, sono rimasti feriti.", [("injured", 4, "ragazzi")]),
])
def test_venire_passive_denominators_and_ages(text, expected):
    claims = checked_claims(text, language="it")
    assert [(str(c.outcome), c.count.best, c.victims.text) for c in claims] == expected


# Tolls: "è salito a", "i feriti sono 52", "tra i morti ci sono", and a source that ends before "vi sono".
@pytest.mark.parametrize("text, expected", [
    ("Il bilancio delle vittime del crollo di ieri a Genova è salito a 14.", [("killed", 14, None)]),
    ("Il sindaco ha detto che i feriti sono 52.", [("injured", 52, "Il sindaco")]),
    ("Tra i morti ci sono anche due minorenni.", [("killed", 2, None)]),
    ("Secondo le autorità locali vi sono anche 4 feriti.", [("injured", 4, "le autorità locali")]),
    # not a toll
    ("Il numero dei visitatori è salito a 300.", []),
])
def test_tolls_and_copulas(text, expected):
    claims = checked_claims(text, language="it")
    assert [(str(c.outcome), c.count.best, c.reported_by) for c in claims] == expected


# Ages written against their figure ("63enne", "25enni") are no counts; a bare "49enne" before its verb is one
# person; a road number is no count.
@pytest.mark.parametrize("text, expected", [
    ("Sulla strada statale 117 ha perso la vita una 63enne.", [("killed", 1)]),
    ("A Carbonia due 25enni sono deceduti nello scontro.", [("killed", 2)]),
    ("Cerveteri, 49enne muore in seguito allo schianto", [("killed", 1)]),
    ("Il 20enne è stato ricoverato in gravi condizioni.", []),
])
def test_age_endings_and_roads(text, expected):
    claims = checked_claims(text, language="it")
    assert [(str(c.outcome), c.count.best) for c in claims] == expected


@pytest.mark.parametrize("text, expected", [
    ("Il conducente è morto sul colpo, mentre il passeggero è rimasto gravemente ferito.",
     [("killed", 1, "conducente"), ("injured", 1, "passeggero")]),
    ("I carabinieri hanno trovato il corpo di un uomo.", [("killed", 1, "uomo")]),
    ("Il corpo dei vigili del fuoco è intervenuto.", []),
])
def test_drivers_and_bodies(text, expected):
    claims = checked_claims(text, language="it")
    assert [(str(c.outcome), c.count.best, c.victims.text) for c in claims] == expected
