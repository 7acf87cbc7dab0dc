"""Accuracy floor on the dev set's gold claims, their incident labels removed (pinned, like an eval gate).

The pages are read from ../shared at test time; nothing of them is copied here.
"""
import itertools
import json

from tests.conftest import shared_dir
from tollbook.incidents import group_claims, incident_labels, records_for_document
from tollbook.model import Claim, Document

FLOOR_F1 = 0.88  # measured 0.887 (P 0.927 R 0.851) on the 145-page dev set: complete-linkage grouping


def _dev_records(dev):
    records, gold = [], {}
    for line in (dev / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        document = Document(id=doc["id"], text=(dev / "docs" / doc["file"]).read_text(encoding="utf-8"),
                            url=doc.get("url"), title=doc.get("title"), published=doc.get("published"))
        claims = [Claim.from_dict({**c, "incident": None}) for c in doc["claims"]]
        for rec, raw in zip(records_for_document(document, claims), doc["claims"]):
            records.append(rec)
            gold[rec.key] = raw.get("incident")
    return records, gold


def test_incident_pair_f1_on_gold_claims_stays_above_the_floor():
    records, gold = _dev_records(shared_dir("eval", "dev"))
    predicted = incident_labels(group_claims(records))
    tp = n_pred = n_gold = 0
    for a, b in itertools.combinations(records, 2):
        if a.document == b.document or a.claim.outcome != b.claim.outcome:
            continue
        gold_same = gold[a.key] is not None and gold[a.key] == gold[b.key]
        pred_same = predicted[a.key] is not None and predicted[a.key] == predicted[b.key]
        tp, n_pred, n_gold = tp + (gold_same and pred_same), n_pred + pred_same, n_gold + gold_same
    precision, recall = tp / n_pred, tp / n_gold
    assert 2 * precision * recall / (precision + recall) >= FLOOR_F1
