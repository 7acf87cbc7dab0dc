"""es: claims read with rules/es/ (sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.claims.helpers import make_document, summary
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
