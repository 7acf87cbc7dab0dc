"""pt: claims read with rules/pt/ (sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.claims.helpers import make_document, summary
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
