"""People taken to hospital or treated are injured (GUIDELINE convention 24), in de/fr/es/pt/it; one person taken
to hospital is no claim (convention 7). Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.claims.helpers import checked_claims


@pytest.mark.parametrize("language, text, expected", [
    ("fr", "Huit personnes ont été hospitalisées, dont deux dans un état grave.", [("injured", 8), ("injured", 2)]),
    ("es", "Doce personas fueron hospitalizadas.", [("injured", 12)]),
    ("pt", "Cinco pessoas foram internadas no hospital.", [("injured", 5)]),
    ("it", "Venti persone sono state ricoverate in ospedale.", [("injured", 20)]),
    ("de", "Vier Menschen wurden ins Krankenhaus gebracht.", [("injured", 4)]),
    # one person, or no figure: no claim
    ("fr", "Le conducteur a été hospitalisé.", []),
    ("de", "Der Fahrer wurde ins Krankenhaus gebracht.", []),
    ("fr", "Les blessés ont été hospitalisés.", []),
])
def test_taken_to_hospital_is_injured(language, text, expected):
    assert [(str(c.outcome), c.count.best) for c in checked_claims(text, language=language)] == expected


@pytest.mark.parametrize("text, source", [
    ("Deux personnes ont été tuées, a annoncé lundi le gouverneur régional.", "le gouverneur régional"),
    ("Deux personnes ont été tuées, a annoncé le gouverneur de la province mardi matin.", "le gouverneur de la province"),
])
def test_french_source_around_a_day(text, source):
    assert [c.reported_by for c in checked_claims(text, language="fr")] == [source]


# A day phrase between a reporting verb and its source, or after the source, is no part of it.
@pytest.mark.parametrize("language, text, source", [
    ("es", "Dos personas murieron, informó este lunes el gobernador del estado.", "el gobernador del estado"),
    ("pt", "Duas pessoas morreram, informou nesta segunda-feira a polícia.", "a polícia"),
    ("it", "Due persone sono morte, ha riferito il sindaco lunedì sera.", "il sindaco"),
    ("de", "Zwei Menschen starben, sagte am Montag ein Sprecher der Polizei.", "ein Sprecher der Polizei"),
])
def test_source_beside_a_day(language, text, source):
    assert [c.reported_by for c in checked_claims(text, language=language)] == [source]


# The next sentence points back ("Das teilte ... mit", "Así lo informó", "Lo ha dichiarato") and names the source.
@pytest.mark.parametrize("language, text, source", [
    ("de", "Zwei Menschen seien getötet worden.\nDas teilte die Polizei am Montag mit.", "die Polizei"),
    ("es", "Dos personas murieron en el choque.\nAsí lo informó la policía local.", "la policía local"),
    ("it", "Il bilancio è salito a 26 morti.\nLo ha dichiarato il Ministero degli Interni.", "il Ministero degli Interni"),
    ("de", "Zwei Menschen wurden verletzt.\nDas Feuer brach im Keller aus.", None),
])
def test_source_in_the_next_sentence(language, text, source):
    assert [c.reported_by for c in checked_claims(text, language=language)] == [source]


# A negated existential before the casualty noun: no one was hurt (GUIDELINE convention 2); a denial stays none.
@pytest.mark.parametrize("language, text, expected", [
    ("es", "No hubo heridos.", [("injured", 0)]),
    ("pt", "Não houve feridos.", [("injured", 0)]),
    ("fr", "Il n’y a pas eu de blessés.", [("injured", 0)]),
    ("it", "Non ci sono feriti.", [("injured", 0)]),
    ("es", "El ministerio no confirmó muertos.", []),
    ("fr", "Il n’a pas été blessé.", []),
])
def test_negated_existential_is_zero(language, text, expected):
    assert [(str(c.outcome), c.count.best) for c in checked_claims(text, language=language)] == expected
