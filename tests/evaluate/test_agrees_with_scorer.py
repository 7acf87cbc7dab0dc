"""tollbook.evaluate must give the figures of shared/eval/score.py on the same predictions."""
from __future__ import annotations

import copy
import importlib.util
import json
import random

import pytest

from tests.conftest import shared_dir
from tollbook import evaluate


def _scorer():
    path = shared_dir("eval", "score.py")
    spec = importlib.util.spec_from_file_location("shared_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _perturbed(gold: list[dict], seed: int) -> list[dict]:
    """Gold records with claims dropped, miscounted, relabelled and shifted: a realistic bad extractor."""
    rng = random.Random(seed)
    records = copy.deepcopy(gold)
    for record in records:
        kept = []
        for claim in record["claims"]:
            if rng.random() < 0.2:
                continue
            if rng.random() < 0.2:
                claim["count"]["best"] = (claim["count"]["best"] or 0) + 1
            if rng.random() < 0.3:
                claim["incident"] = rng.choice([None, "x", "y"])
            if rng.random() < 0.3:
                claim["reported_by"] = rng.choice([None, "someone"])
            kept.append(claim)
        if rng.random() < 0.3:
            kept.append({"outcome": "killed", "count": {"best": 3}, "evidence": "the"})
        record["claims"] = kept
        if rng.random() < 0.3:
            record["published"] = None
    return records


@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize("language", [None, "en", "!en"])
def test_same_report_as_score_py(tmp_path, seed, language):
    dev = shared_dir("eval", "dev")
    gold = evaluate.load_gold(dev)
    predictions = _perturbed(gold, seed)
    pred_path = tmp_path / "pred.jsonl"
    pred_path.write_text("".join(json.dumps(r) + "\n" for r in predictions), encoding="utf-8")

    theirs = _scorer().score(dev, pred_path, lang=language)
    ours = evaluate.score(dev, predictions, language)

    for key in ("claims", "claims_ignoring_count", "attribute_accuracy_on_matched",
                "document_fields_accuracy", "incident_pairs"):
        assert ours[key] == theirs[key], key


@pytest.mark.parametrize("tp, predicted, gold, f1", [
    (0, 0, 0, 1.0),
    (0, 5, 0, 0.0),
    (5, 10, 10, 0.5),
    (10, 10, 10, 1.0),
])
def test_scores_of(tp, predicted, gold, f1):
    assert evaluate.Scores.of(tp, predicted, gold).f1 == f1


def test_evaluate_reads_the_pages_as_crawled_when_the_set_has_them(tmp_path):
    """A page that prints its date only in its URL is dated by `evaluate` as by `extract pages.jsonl`."""
    import json
    from tollbook import pipeline
    from tollbook.rules import load_rules
    text = "Flood kills four in valley\n\nFour villagers were killed when the river burst its banks on Sunday.\n"
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "p-1.txt").write_text(text, encoding="utf-8")
    gold = {"id": "p-1", "url": "https://news.example/2024/03/12/flood.html", "language": "en",
            "published": "2024-03-12", "title": None, "file": "p-1.txt",
            "claims": [{"outcome": "killed", "count": {"best": 4, "kind": "exact", "text": "Four"},
                        "evidence": "Four villagers were killed"}]}
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    from_files = pipeline.evaluate_extractor(tmp_path, load_rules())
    (tmp_path / "pages.jsonl").write_text(json.dumps({"id": "p-1", "url": gold["url"], "text": text}) + "\n",
                                          encoding="utf-8")
    from_crawl = pipeline.evaluate_extractor(tmp_path, load_rules())
    assert from_files["document_fields_accuracy"]["published"] == 0.0
    assert from_crawl["document_fields_accuracy"]["published"] == 1.0
