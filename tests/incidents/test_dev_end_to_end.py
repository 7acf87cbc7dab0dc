"""Accuracy gate on the extractor's own claims: incident-pair scores on the dev set, end to end.

``test_dev_gold`` feeds grouping the dev set's gold claims; this gate feeds it what the
extractor really finds (places often missing, dates often null), as ``tollbook extract``
does, and scores the labels with the scorer that ships with the dev set. The pages are
read from ../shared at test time; nothing of them is copied here.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from tests.conftest import shared_dir
from tollbook import pipeline
from tollbook.rules import load_rules

FLOOR = json.loads((Path(__file__).parent / "dev_end_to_end_floor.json").read_text(encoding="utf-8"))


def _scorer(eval_dir: Path):
    spec = importlib.util.spec_from_file_location("score", eval_dir / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def incident_pairs(tmp_path_factory):
    """The pages as crawled (pages.jsonl, URLs included), read and labelled as ``tollbook extract`` and
    ``tollbook evaluate`` read them (issue 10's figures are these)."""
    dev = shared_dir("eval", "dev")
    predictions = tmp_path_factory.mktemp("dev") / "predictions.jsonl"
    predictions.write_text("".join(json.dumps(record) + "\n"
                                   for record in pipeline.gold_set_records(dev, load_rules())), encoding="utf-8")
    return _scorer(dev.parent).score(dev, predictions)["incident_pairs"]


def test_end_to_end_incident_pair_f1_stays_above_the_floor(incident_pairs):
    assert incident_pairs["f1"] >= FLOOR["incident_pairs_f1"], incident_pairs


def test_end_to_end_incident_pairs_stay_precise(incident_pairs):
    assert incident_pairs["precision"] >= FLOOR["incident_pairs_precision"], incident_pairs


def test_end_to_end_incident_pairs_are_found(incident_pairs):
    assert incident_pairs["recall"] >= FLOOR["incident_pairs_recall"], incident_pairs
