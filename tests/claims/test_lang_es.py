"""es: claims read with rules/es/ (sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.claims.helpers import checked_claims, make_document, summary
from tollbook.claims import extract_claims
from tollbook.rules import load_rules

CLAIMS = [
    ('Murieron al menos 15 personas en el derrumbe.', {'outcome': 'killed', 'best': 15, 'kind': 'at_least', 'victims': 'personas'}),
    ('Una decena de agentes resultaron heridos.', {'outcome': 'injured', 'best': 10, 'kind': 'approx', 'role': 'military'}),
    ('El choque dejó 3.500 heridos.', {'outcome': 'injured', 'best': 3500}),
    ('La explosión dejó veintitrés muertos, informaron los bomberos.', {'outcome': 'killed', 'best': 23, 'reported_by': 'los bomberos'}),
    ('Decenas de civiles murieron en la ofensiva.', {'outcome': 'killed', 'kind': 'vague', 'role': 'civilian'}),
    ('Ningún pasajero resultó herido.', {'outcome': 'injured', 'best': 0}),
]
NOT_CLAIMS = [
    'El número de víctimas podría ser muy elevado.',
    'Cuatro coches fueron quemados.',
]


@pytest.mark.parametrize("text, expect", CLAIMS)
def test_first_claim_has_fields(text, expect):
    claims = extract_claims(make_document(text, language="es"), load_rules())
    assert claims, text
    assert summary(claims[0], expect) == expect


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_not_a_claim(text):
    assert extract_claims(make_document(text, language="es"), load_rules()) == []


# Constructions of rules/es/grammar.yaml: each text with every (outcome, best) it gives, in order.
CONSTRUCTIONS = [
    # a breakdown after "entre los fallecidos se encuentran"
    ("Entre los fallecidos se encuentran siete hombres y tres mujeres.", [("killed", 7), ("killed", 3)]),
    ("Entre los fallecidos se encuentran cinco hombres, una mujer y un menor de 15 años.",
     [("killed", 5), ("killed", 1), ("killed", 1)]),
    # a vague part of the injured told by its severity is no claim (convention 6)
    ("El saldo de heridos asciende a 30, varios de ellos en estado grave.", [("injured", 30)]),
    ("El saldo de heridos asciende a 30, cuatro de ellos en estado grave.", [("injured", 30), ("injured", 4)]),
    ("Entre los heridos figuran cuatro policías y dos bomberos.", [("injured", 4), ("injured", 2)]),
    # a toll noun, a long phrase, a toll verb, the figure
    ("La cifra de muertos por las inundaciones en el sur del país ascendió a 120.", [("killed", 120)]),
    ("Las víctimas mortales del choque ocurrido el sábado en la autopista aumentaron a 9 personas.",
     [("killed", 9)]),
    # a later item whose verb is gapped, "más" included
    ("Tres personas murieron en el lugar y cinco más en el hospital.", [("killed", 3), ("killed", 5)]),
    # a numeric severity subgroup
    ("Al menos 15 personas resultaron heridas, seis de ellas de gravedad.", [("injured", 15), ("injured", 6)]),
    # a denominator is no toll
    ("Murieron 4 de los 60 pasajeros.", [("killed", 4)]),
    ("El incendio mató a 8 de los 30 internos, además de 2 guardias.", [("killed", 8), ("killed", 2)]),
    # events counted beside their victims are no victims
    ("En dos ataques armados murieron 5 personas.", [("killed", 5)]),
    ("Tras tres enfrentamientos, fallecieron 4 soldados.", [("killed", 4)]),
    # not claims
    ("Entre los asistentes se encuentran siete ministros y tres alcaldes.", []),
    ("La cifra de visitantes del museo ascendió a 120.", []),
    ("Tres equipos ganaron en casa y cinco más en la otra liga.", []),
]


@pytest.mark.parametrize("text, expected", CONSTRUCTIONS)
def test_constructions(text, expected):
    claims = checked_claims(text, language="es")
    assert [(str(c.outcome), c.count.best) for c in claims] == expected


# Who stated the figure (rules/es/attribution.yaml): each text's claims with their reported_by, in order.
SOURCES = [
    # "según" and a reporting verb before the source
    ("Tres personas murieron, según confirmó la Cruz Roja.", ["la Cruz Roja"]),
    ("Según dijo el alcalde, dos personas murieron.", ["el alcalde"]),
    # an office set beside a name gives the name
    ("Tres personas murieron, según confirmó el secretario del Ayuntamiento de Tarna, Iván Solís Mora, en rueda de "
     "prensa.", ["Iván Solís Mora"]),
    ("Según la fiscalía, cuatro personas resultaron heridas.", ["la fiscalía"]),
    # a dateline before the source is no part of its name
    ("TARNA, VER.- Autoridades del municipio confirmaron que murieron tres personas.", ["Autoridades del municipio"]),
    # no source named; the impersonal "se" names no one
    ("Según el reloj, eran las tres cuando dos personas murieron.", [None]),
    ("Se informó que tres personas murieron en el choque.", [None]),
    ("Se informó preliminarmente que dos personas murieron.", [None]),
]


@pytest.mark.parametrize("text, sources", SOURCES)
def test_reported_by(text, sources):
    assert [c.reported_by for c in checked_claims(text, language="es")] == sources


# One of a group (numbers.yaml partitive_one) and tolls with a plural subject or a long phrase before the verb.
RECALL = [
    ("Uno de los músicos también murió en el lugar.", [("killed", 1, "civilian")]),
    ("Una de las rehenes fue asesinada.", [("killed", 1, "unspecified")]),
    ("Las víctimas mortales aumentaron a 12 personas.", [("killed", 12, "unspecified")]),
    ("Las víctimas mortales del choque registrado la noche del sábado en la carretera federal, cerca de Salamanca, "
     "aumentaron a 9 personas.", [("killed", 9, "unspecified")]),
    ("Un sicario fue abatido por la policía.", [("killed", 1, "armed_group")]),
    ("Dos delincuentes murieron en la balacera.", [("killed", 2, "armed_group")]),
    # a day in brackets after its weekday is no count
    ("Un ataque registrado el martes (14) dejó la muerte de un agente.", [("killed", 1, "military")]),
    # "la policía" is the force, "el policía" one officer; the victim is who was left dead
    ("Al llegar la policía, los sicarios habían huido, dejando a una secretaria muerta.", [("killed", 1, "civilian")]),
    ("El policía murió en el hospital.", [("killed", 1, "military")]),
    ("Al llegar la policía, los sicarios habían huido.", []),
    # not claims
    ("Uno de los equipos ganó el partido.", []),
    ("Los visitantes de la feria aumentaron a 300 personas.", []),
]


@pytest.mark.parametrize("text, expected", RECALL)
def test_recall_constructions(text, expected):
    claims = checked_claims(text, language="es")
    assert [(str(c.outcome), c.count.best, str(c.victims.role)) for c in claims] == expected


@pytest.mark.parametrize("text, expected", [
    # the dateline's city, without the stop that ends the dateline before its dash
    ("TARNA.- Enero 9.- Un hombre murió en la balacera.", "Tarna"),
    ("TARNA, VER.- Un hombre murió en la balacera.", "Tarna"),
    # a place the sentence names is its own
    ("TARNA.- Un hombre murió en la balacera en Villa Ruiz.", "Villa Ruiz"),
])
def test_dateline_place(text, expected):
    assert [c.location for c in checked_claims(text, language="es")] == [expected]


# A wound, then the death of the same people: the claim is the death; a figure of its own is another claim.
@pytest.mark.parametrize("text, expected", [
    ("Dos vecinos fueron baleados pero no sobrevivieron.", [("killed", 2)]),
    ("Un taxista resultó herido y luego murió en el hospital.", [("killed", 1)]),
    ("Tres heridos murieron en la clínica.", [("killed", 3)]),
    ("Dos de las personas lesionadas fallecieron horas después.", [("killed", 2)]),
    ("Los médicos confirmaron el deceso de uno de los lesionados.", [("killed", 1)]),
    # not a death of the wounded
    ("Cuatro personas resultaron heridas y dos murieron.", [("injured", 4), ("killed", 2)]),
    ("Una mujer resultó herida, pero no de gravedad.", [("injured", 1)]),
    ("Dos heridos fueron trasladados al hospital.", [("injured", 2)]),
])
def test_wounded_then_died(text, expected):
    claims = checked_claims(text, language="es")
    assert [(str(c.outcome), c.count.best) for c in claims] == expected


@pytest.mark.parametrize("text, expected", [
    ("Ocho reos fueron ejecutadas.", [("killed", 8)]),
    ("Uno más falleció durante el traslado.", [("killed", 1)]),
    ("El sexto perdió la vida en la ambulancia.", [("killed", 1)]),
    ("El derrumbe cobró la vida de cuatro mineros.", [("killed", 4)]),
    ("Entre los heridos se encuentra una niña de ocho años.", [("injured", 1)]),
    # a wound, not a wounded person
    ("El portero sufrió una herida en el brazo.", []),
])
def test_one_more_ordinals_and_tolls(text, expected):
    claims = checked_claims(text, language="es")
    assert [(str(c.outcome), c.count.best) for c in claims] == expected


@pytest.mark.parametrize("text, expected", [
    ("Su esposa resultó herida en el choque.", [("injured", 1)]),
    ("Su casa resultó destruida.", []),
])
def test_possessive_names_one_person(text, expected):
    claims = checked_claims(text, language="es")
    assert [(str(c.outcome), c.count.best) for c in claims] == expected


# Disaster tolls: "no localizadas" are missing, a participle of its own keeps a count out of the coordination,
# "defunción", "el número de personas fallecidas ... aumentó a N".
@pytest.mark.parametrize("text, expected", [
    ("Hay al menos 12 personas no localizadas tras el deslave.", [("missing", 12)]),
    ("El alud causó el fallecimiento de una persona y 40 personas evacuadas.", [("killed", 1)]),
    ("El municipio confirmó una defunción.", [("killed", 1)]),
    ("El número de personas fallecidas por las lluvias en el estado aumentó a 31.", [("killed", 31)]),
    ("Nueve continúan desaparecidas.", [("missing", 9)]),
    # a coordinated count with no participle of its own shares the outcome
    ("El choque dejó dos muertos y tres heridos.", [("killed", 2), ("injured", 3)]),
])
def test_disaster_tolls(text, expected):
    claims = checked_claims(text, language="es")
    assert [(str(c.outcome), c.count.best) for c in claims] == expected


def test_conjunction_before_the_source():
    claims = checked_claims("Puebla no reporta daños, en tanto que Querétaro confirmó una defunción.", language="es")
    assert [c.reported_by for c in claims] == ["Querétaro"]


@pytest.mark.parametrize("text, expected", [
    ("Dos heridos que murieron después en el hospital.", [("killed", 2)]),
    ("Tres personas resultaron heridas, que fueron trasladadas al hospital.", [("injured", 3)]),
])
def test_wounded_who_died(text, expected):
    claims = checked_claims(text, language="es")
    assert [(str(c.outcome), c.count.best) for c in claims] == expected


@pytest.mark.parametrize("text, expected", [
    # a part set off by commas after "incluido" is a part of the figure before it, not of the one after
    ("Tres personas murieron, incluido un bebé, y nueve resultaron heridas.", [("killed", 3), ("killed", 1), ("injured", 9)]),
    # digits after "mil" are the rest of the number
    ("Desde octubre han muerto 45 mil 97 personas.", [("killed", 45097)]),
    ("Al menos seis mil 955 personas murieron.", [("killed", 6955)]),
    # bodies are dead; a toll that "ha alcanzado los" a figure
    ("Los rescatistas recuperaron 12 cuerpos.", [("killed", 12)]),
    ("El número de muertos ha alcanzado los 1.204.", [("killed", 1204)]),
])
def test_parts_numbers_and_bodies(text, expected):
    claims = checked_claims(text, language="es")
    assert [(str(c.outcome), c.count.best) for c in claims] == expected


# The subject of an intransitive outcome verb after adverbials; the figure after a preposition is none.
@pytest.mark.parametrize("text, expected", [
    ("Murieron en el acto tres de los ocupantes.", [("killed", 3)]),
    ("Fallecieron durante la madrugada dos vecinos.", [("killed", 2)]),
    ("Murió en brazos de su madre.", []),
    ("Murieron tras la explosión de dos bombonas.", []),
])
def test_inverted_subject_after_adverbials(text, expected):
    claims = checked_claims(text, language="es")
    assert [(str(c.outcome), c.count.best) for c in claims] == expected


@pytest.mark.parametrize("text, expected", [
    # a colon opens the list that says who; one person and a relative clause of what happened to them
    ("En el auto viajaban dos personas: un varón que murió y una mujer, herida de gravedad.",
     [("killed", 1, "varón"), ("injured", 1, "mujer")]),
    # crashes are no people
    ("En 2024 se registraron 1.100 víctimas mortales en 90.000 siniestros.", [("killed", 1100, None)]),
])
def test_colon_lists_and_relative_outcomes(text, expected):
    claims = checked_claims(text, language="es")
    assert [(str(c.outcome), c.count.best, c.victims.text) for c in claims] == expected


@pytest.mark.parametrize("text, expected", [
    ("Dos pacientes que estaban hospitalizados murieron.", [("killed", 2)]),
    ("Dos agentes que resultaron heridos fueron trasladados al hospital.", [("injured", 2)]),
])
def test_died_after_relative(text, expected):
    claims = checked_claims(text, language="es")
    assert [(str(c.outcome), c.count.best) for c in claims] == expected
