"""One person without a numeral in Spanish, Portuguese, French, Italian and German: an indefinite article
before a casualty word used as a noun ('un herido', 'um morto', 'ein Toter'), and 'another' before an
outcome ('otro resultó herido'). Sentences written for these tests; negatives beside them."""
from __future__ import annotations

import pytest

from tests.claims.helpers import make_document
from tollbook.claims import extract_claims
from tollbook.rules import load_rules


def outcomes(text: str, language: str) -> list[tuple[str, int | None]]:
    claims = extract_claims(make_document(text, language=language), load_rules())
    return sorted((str(c.outcome), c.count.best) for c in claims)


@pytest.mark.parametrize("language, text, expected", [
    # an indefinite article before a casualty word used as a noun is one person
    ("es", "La balacera dejó dos muertos y un herido.", [("injured", 1), ("killed", 2)]),
    ("es", "Hay un herido grave en el hospital.", [("injured", 1)]),
    ("es", "El choque dejó una víctima mortal.", [("killed", 1)]),
    ("pt", "O tiroteio deixou um morto e três feridos.", [("injured", 3), ("killed", 1)]),
    ("fr", "L'explosion a fait un mort et quatre blessés.", [("injured", 4), ("killed", 1)]),
    ("it", "La sparatoria ha causato un morto e due feriti.", [("injured", 2), ("killed", 1)]),
    ("de", "Bei dem Unfall gab es einen Toten und drei Verletzte.", [("injured", 3), ("killed", 1)]),
    # "another" before an outcome is one more person, with a severity adverb between or not
    ("es", "Un guardia murió y otro resultó herido.", [("injured", 1), ("killed", 1)]),
    ("es", "Dejaron un agente sin vida y otro mal herido.", [("injured", 1), ("killed", 1)]),
    ("pt", "Um guarda morreu e outro ficou ferido.", [("injured", 1), ("killed", 1)]),
    # ... "another" before a noun is no person, and a wound is no wounded person
    ("es", "Otro ataque dejó tres muertos.", [("killed", 3)]),
    ("es", "El conductor sufrió una herida en la pierna.", []),
    ("pt", "O motorista sofreu uma ferida no braço.", []),
    ("es", "Fue un ataque contra la comisaría.", []),
])
def test_one_person_without_a_numeral(language, text, expected):
    assert outcomes(text, language) == expected


# A headline's verb first and a singular person noun with no article: one person ('Morre homem ...').
@pytest.mark.parametrize("language, text, expected", [
    ("pt", "Morre homem atingido por bala perdida", [("killed", 1)]),
    ("it", "Muore donna investita da un autobus", [("killed", 1)]),
    ("es", "Fallece un hombre tras ser apuñalado", [("killed", 1)]),
    # a plural noun, or a verb that does not open the clause, is no one person
    ("pt", "Morrem pessoas em enchente", []),
])
def test_bare_person_after_a_headline_verb(language, text, expected):
    assert outcomes(text, language) == expected


# Two bare singular nouns that open the clause before their verb: two people ('Mãe e filha morreram').
@pytest.mark.parametrize("language, text, expected", [
    ("pt", "Mãe e filha morreram numa colisão.", [("killed", 1), ("killed", 1)]),
    ("es", "Padre e hijo murieron en el incendio.", [("killed", 1), ("killed", 1)]),
    ("de", "Mutter und Tochter starben bei dem Brand.", [("killed", 1), ("killed", 1)]),
    ("pt", "Três pessoas e um cão morreram.", [("killed", 3)]),
])
def test_two_bare_nouns_before_their_verb(language, text, expected):
    assert outcomes(text, language) == expected
