"""Accuracy gate: claim F1 on the English dev documents must not fall below the pinned floor.

The dev set lives outside the repository (``../shared/eval/dev``); its matching rule
is imported from the scorer that ships with it, so the gate scores as the evaluation does.
"""
from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest

from tollbook.claims import extract_claims
from tollbook.documents import build_document
from tollbook.model import RawPage
from tollbook.rules import load_rules

EVAL = Path(__file__).resolve().parents[2].parent / "shared" / "eval"
DEV = EVAL / "dev"
FLOOR = json.loads((Path(__file__).parent / "dev_floor.json").read_text(encoding="utf-8"))


def _scorer():
    spec = importlib.util.spec_from_file_location("score", EVAL / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def english_scores():
    if not (DEV / "gold.jsonl").exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"dev set missing: {DEV}")
        pytest.skip(f"dev set missing: {DEV}")
    score = _scorer()
    rules, tp, n_pred, n_gold = load_rules(), 0, 0, 0
    for gold in score.load_jsonl(DEV / "gold.jsonl"):
        if gold.get("language") != "en":
            continue
        text = (DEV / "docs" / gold["file"]).read_text(encoding="utf-8")
        document = build_document(RawPage(source=gold["file"], name=gold["id"], body=text, format="text"))
        predicted = [c.to_dict() for c in extract_claims(document, rules)]
        tp += len(score.match_document(text, gold["claims"], predicted))
        n_pred, n_gold = n_pred + len(predicted), n_gold + len(gold["claims"])
    return score.prf(tp, n_pred, n_gold)


def test_english_dev_claim_f1_is_above_the_floor(english_scores):
    assert english_scores["f1"] >= FLOOR["claims_f1_en"], english_scores
