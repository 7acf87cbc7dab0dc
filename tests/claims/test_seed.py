"""The seed page gives exactly its six gold claims, every field."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tollbook.claims import extract_claims
from tollbook.documents import build_document
from tollbook.model import RawPage
from tollbook.rules import load_rules

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seed"
STEM = "000_e68090f2c7f8c3aa"


@pytest.fixture(scope="module")
def seed_claims():
    raw = RawPage(source=f"{STEM}.txt", name=STEM, body=(SEED / f"{STEM}.txt").read_text(encoding="utf-8"),
                  format="text")
    document = build_document(raw)
    return document, extract_claims(document, load_rules())


def _gold():
    record = json.loads((SEED / "gold.jsonl").read_text(encoding="utf-8").splitlines()[0])
    return record["claims"]


def test_seed_gives_the_six_gold_claims_in_order(seed_claims):
    _, claims = seed_claims
    predicted = [{k: v for k, v in c.to_dict().items() if k not in ("span", "place")} for c in claims]
    assert predicted == _gold()


def test_seed_evidence_is_the_text_at_the_span(seed_claims):
    document, claims = seed_claims
    for claim in claims:
        assert document.text[claim.span[0]:claim.span[1]] == claim.evidence
