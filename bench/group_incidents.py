"""Grouping claims into incidents: accuracy on the dev gold claims, speed and memory at scale.

Usage: python bench/group_incidents.py [--dev-only] [--sizes 10000 50000 100000]

1. Dev accuracy: the gold claims of ../shared/eval/dev (read at run time, never
   copied) with their incident labels removed are grouped, and incident pairs are
   scored as shared/eval/score.py scores them (claims of one outcome in two
   documents; a predicted pair is the same non-null label).
2. Scale: synthetic claims (many places, dates and outlets, rising tolls,
   subgroups, cumulative series, template duplicates) are grouped on one core;
   seconds and the process's peak resident memory are printed per size.
"""
from __future__ import annotations

import argparse
import itertools
import json
import random
import resource
import time
from pathlib import Path

from tollbook.incidents import group_claims, incident_labels, records_for_document
from tollbook.model import Claim, ClaimRecord, Count, CountKind, Document, Outcome, Role, Scope, Victims

REPO = Path(__file__).resolve().parents[1]
DEV = REPO.parent / "shared" / "eval" / "dev"


def dev_records(gold_dir: Path = DEV) -> tuple[list[ClaimRecord], dict[str, str | None]]:
    """Gold claims as records with ``incident`` removed, and the removed labels by record key."""
    records, gold = [], {}
    for line in (gold_dir / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        text = (gold_dir / "docs" / doc["file"]).read_text(encoding="utf-8")
        document = Document(id=doc["id"], text=text, url=doc.get("url"), title=doc.get("title"),
                            published=doc.get("published"), language=doc.get("language"))
        claims = [Claim.from_dict({**c, "incident": None}) for c in doc["claims"]]
        for record, raw in zip(records_for_document(document, claims), doc["claims"]):
            records.append(record)
            gold[record.key] = raw.get("incident")
    return records, gold


def pair_scores(records: list[ClaimRecord], gold: dict, predicted: dict) -> dict[str, float]:
    tp = n_pred = n_gold = 0
    for a, b in itertools.combinations(records, 2):
        if a.document == b.document or a.claim.outcome != b.claim.outcome:
            continue
        gold_same = gold[a.key] is not None and gold[a.key] == gold[b.key]
        pred_same = predicted[a.key] is not None and predicted[a.key] == predicted[b.key]
        tp += gold_same and pred_same
        n_pred += pred_same
        n_gold += gold_same
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "tp": tp, "predicted": n_pred, "gold": n_gold}


def dev_accuracy() -> None:
    records, gold = dev_records()
    predicted = incident_labels(group_claims(records))
    s = pair_scores(records, gold, predicted)
    print(f"dev incident pairs: P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}"
          f"  ({s['tp']} of {s['predicted']} predicted, {s['gold']} gold)")
