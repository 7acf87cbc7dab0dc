"""Accuracy gate on the held-out English pages (tests/fixtures/heldout).

The 20 pages were written and annotated before anyone looked at the extractor; tuning rules
to them would make this gate meaningless, so fixes must be rules of English news writing
(see test_heldout_patterns.py). The fixture ships with the repository: this gate always runs.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tollbook.claims import extract_claims
from tollbook.documents import build_document
from tollbook.evaluate import load_gold, score
from tollbook.model import RawPage
from tollbook.rules import load_rules

HELDOUT = Path(__file__).resolve().parents[1] / "fixtures" / "heldout"
CLAIMS_F1_FLOOR = 0.97   # first measured 0.893 before any fix; pinned just under the measured value


@pytest.fixture(scope="module")
def report():
    rules, predictions = load_rules(), []
    for gold in load_gold(HELDOUT):
        text = (HELDOUT / "docs" / gold["file"]).read_text(encoding="utf-8")
        document = build_document(RawPage(source=gold["file"], name=gold["id"], body=text, format="text"))
        predictions.append({"id": gold["id"], "published": document.published, "title": document.title,
                            "claims": [c.to_dict() for c in extract_claims(document, rules)]})
    return score(HELDOUT, predictions)


def test_heldout_claim_f1_is_above_the_floor(report):
    assert report["claims"]["f1"] >= CLAIMS_F1_FLOOR, report["claims"]


def test_heldout_negatives_give_no_claims(report):
    assert report["claims"]["precision"] >= 0.95, report["claims"]
