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
from tollbook.model import document_record
from tollbook.rules import load_rules

FLOOR = json.loads((Path(__file__).parent / "dev_end_to_end_floor.json").read_text(encoding="utf-8"))


def _scorer(eval_dir: Path):
    spec = importlib.util.spec_from_file_location("score", eval_dir / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def incident_pairs(tmp_path_factory):
    dev = shared_dir("eval", "dev")
    pages = [(result.document, list(result.claims))
             for result in pipeline.process_paths([str(dev / "docs")], load_rules()) if result.document]
    predictions = tmp_path_factory.mktemp("dev") / "predictions.jsonl"
    predictions.write_text("".join(json.dumps(document_record(document, claims)) + "\n"
                                   for document, claims in pipeline.label_incidents(pages)), encoding="utf-8")
    return _scorer(dev.parent).score(dev, predictions)["incident_pairs"]


def test_end_to_end_incident_pair_f1_stays_above_the_floor(incident_pairs):
    assert incident_pairs["f1"] >= FLOOR["incident_pairs_f1"], incident_pairs


def test_end_to_end_incident_pairs_stay_precise(incident_pairs):
    assert incident_pairs["precision"] >= FLOOR["incident_pairs_precision"], incident_pairs
