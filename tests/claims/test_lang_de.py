"""de: claims read with rules/de/ (sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.claims.helpers import make_document, summary
from tollbook.claims import extract_claims
from tollbook.rules import load_rules

CLAIMS = [
    ('Bei dem Anschlag wurden mindestens 14 Menschen getötet.', {'outcome': 'killed', 'best': 14, 'kind': 'at_least', 'victims': 'Menschen'}),
    ('Rund 1.300 Soldaten wurden verwundet.', {'outcome': 'injured', 'best': 1300, 'kind': 'approx', 'role': 'military'}),
    ('Dabei starben zwei Kinder.', {'outcome': 'killed', 'best': 2, 'role': 'civilian'}),
    ('Es gab Tote und Verletzte.', {'outcome': 'killed', 'kind': 'unknown'}),
    ('Mehrere Menschen wurden getötet und verletzt.', {'outcome': 'casualties', 'kind': 'vague'}),
    ('Niemand wurde verletzt.', {'outcome': 'injured', 'best': 0}),
]
NOT_CLAIMS = [
    'Es könnte viele Tote und Verletzte geben.',
    'Der Bundestag stimmte mit 586 Stimmen zu.',
]


@pytest.mark.parametrize("text, expect", CLAIMS)
def test_first_claim_has_fields(text, expect):
    claims = extract_claims(make_document(text, language="de"), load_rules())
    assert claims, text
    assert summary(claims[0], expect) == expect


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_not_a_claim(text):
    assert extract_claims(make_document(text, language="de"), load_rules()) == []
