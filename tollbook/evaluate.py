"""Score extracted claims against a gold set in the shared/eval format.

The matching rule is the one of ``shared/eval/score.py``: a predicted claim
matches a gold claim of the same document when the outcome and ``count.best``
agree and the evidence spans overlap; matching is one to one, largest overlap
first. Attributes are scored on matched pairs where either side has a value;
places and names match when one's four-letter word stems contain the other's.
Incident pairs are matched claims of the same outcome in different documents.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ATTRIBUTES = ("kind", "role", "scope", "date", "reported_by", "location", "side", "origin")
_NAME_ATTRIBUTES = {"reported_by", "location", "side", "origin"}
_STOPWORDS = {"the", "of", "a", "an"}


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float
    tp: int
    predicted: int
    gold: int

    @classmethod
    def of(cls, tp: int, predicted: int, gold: int) -> Scores:
        p = tp / predicted if predicted else (1.0 if not gold else 0.0)
        r = tp / gold if gold else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return cls(round(p, 4), round(r, 4), round(f, 4), tp, predicted, gold)


def load_gold(gold_dir: Path, language: str | None = None) -> list[dict[str, Any]]:
    """Gold document records; ``language`` "en" keeps English, "!en" all others."""
    with (gold_dir / "gold.jsonl").open(encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    if not language:
        return records
    if language.startswith("!"):
        return [r for r in records if r.get("language") != language[1:]]
    return [r for r in records if r.get("language") == language]


def score(gold_dir: Path, predictions: Iterable[dict[str, Any]], language: str | None = None) -> dict[str, Any]:
    """The report of score.py as a dict: claims, claims ignoring count, attributes, document fields, incidents."""
    gold_docs = load_gold(gold_dir, language)
    by_id = {record.get("id"): record for record in predictions}
    tally = _Tally()
    for gold_doc in gold_docs:
        text = (gold_dir / "docs" / gold_doc["file"]).read_text(encoding="utf-8")
        tally.add_document(text, gold_doc, by_id.get(gold_doc["id"]) or {"claims": []})
    return tally.report(len(gold_docs))


class _Tally:
    """Running counts over the documents of one scoring run."""

    def __init__(self) -> None:
        self.tp = self.tp_loose = self.n_pred = self.n_gold = 0
        self.attr_hits = dict.fromkeys(ATTRIBUTES, 0)
        self.attr_seen = dict.fromkeys(ATTRIBUTES, 0)
        self.doc_fields = {"published": 0, "title": 0}
        self.matched: list[tuple[dict, dict, str]] = []

    def add_document(self, text: str, gold_doc: dict, pred_doc: dict) -> None:
        gold, pred = gold_doc.get("claims", []), pred_doc.get("claims") or []
        pairs = match_document(text, gold, pred)
        self.tp += len(pairs)
        self.tp_loose += len(match_document(text, gold, pred, need_count=False))
        self.n_pred += len(pred)
        self.n_gold += len(gold)
        for gi, pi in pairs:
            self.matched.append((gold[gi], pred[pi], gold_doc["id"]))
            self._score_attributes(gold[gi], pred[pi])
        self._score_document_fields(gold_doc, pred_doc)

    def _score_attributes(self, gold: dict, pred: dict) -> None:
        for name in ATTRIBUTES:
            g, p = attribute(gold, name), attribute(pred, name)
            if g in (None, "") and p in (None, ""):
                continue
            self.attr_seen[name] += 1
            self.attr_hits[name] += same(name, g, p)

    def _score_document_fields(self, gold_doc: dict, pred_doc: dict) -> None:
        gold_pub, pred_pub = gold_doc.get("published"), pred_doc.get("published")
        self.doc_fields["published"] += (str(pred_pub)[:10] == gold_pub) if gold_pub else not pred_pub
        gold_title, pred_title = gold_doc.get("title"), pred_doc.get("title")
        if gold_title:
            self.doc_fields["title"] += bool(pred_title) and _words(pred_title) == _words(gold_title)
        else:
            self.doc_fields["title"] += not pred_title

    def report(self, n_docs: int) -> dict[str, Any]:
        return {
            "documents": n_docs,
            "claims": Scores.of(self.tp, self.n_pred, self.n_gold).__dict__,
            "claims_ignoring_count": Scores.of(self.tp_loose, self.n_pred, self.n_gold).__dict__,
            "attribute_accuracy_on_matched": {
                a: round(self.attr_hits[a] / self.attr_seen[a], 4) if self.attr_seen[a] else None
                for a in ATTRIBUTES},
            "document_fields_accuracy": {k: round(v / n_docs, 4) if n_docs else 0.0
                                         for k, v in self.doc_fields.items()},
            "incident_pairs": incident_pair_scores(self.matched).__dict__,
        }


def incident_pair_scores(matched: list[tuple[dict, dict, str]]) -> Scores:
    """Pairwise precision/recall of incident labels over matched claims in different documents."""
    tp = n_pred = n_gold = 0
    for i, (g1, p1, d1) in enumerate(matched):
        for g2, p2, d2 in matched[i + 1:]:
            if d1 == d2 or g1.get("outcome") != g2.get("outcome"):
                continue
            gold_same = g1.get("incident") is not None and g1.get("incident") == g2.get("incident")
            pred_same = p1.get("incident") is not None and p1.get("incident") == p2.get("incident")
            tp += gold_same and pred_same
            n_pred += pred_same
            n_gold += gold_same
    return Scores.of(tp, n_pred, n_gold)


def match_document(text: str, gold: list[dict], pred: list[dict], need_count: bool = True) -> list[tuple[int, int]]:
    """Greedy one-to-one matching by evidence overlap, largest first."""
    gold_spans = [_spans(text, g.get("evidence")) for g in gold]
    pred_spans = [_spans(text, p.get("evidence"), p.get("span")) for p in pred]
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if g.get("outcome") != p.get("outcome"):
                continue
            if need_count and _best(g) != _best(p):
                continue
            overlap = _overlap(gold_spans[gi], pred_spans[pi])
            if overlap > 0:
                candidates.append((overlap, gi, pi))
    used_gold, used_pred, pairs = set(), set(), []
    for _, gi, pi in sorted(candidates, reverse=True):
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi))
    return pairs


def attribute(claim: dict, name: str) -> Any:
    if name == "kind":
        return (claim.get("count") or {}).get("kind")
    if name == "role":
        return (claim.get("victims") or {}).get("role")
    return claim.get(name)


def same(name: str, gold: Any, pred: Any) -> bool:
    if gold in (None, "") or pred in (None, ""):
        return gold in (None, "") and pred in (None, "")
    if name in _NAME_ATTRIBUTES:
        g, p = _stems(gold), _stems(pred)
        return bool(g and p) and (g <= p or p <= g)
    return str(gold).strip().lower() == str(pred).strip().lower()


def _spans(text: str, evidence: str | None, given: list | None = None) -> list[tuple[int, int]]:
    if given and len(given) == 2 and all(isinstance(x, int) for x in given):
        return [(given[0], given[1])]
    if not evidence:
        return []
    found, start = [], 0
    while (i := text.find(evidence, start)) >= 0:
        found.append((i, i + len(evidence)))
        start = i + 1
    if not found:  # tolerate whitespace differences, as score.py does
        pattern = r"\s+".join(re.escape(w) for w in evidence.split())
        found = [(m.start(), m.end()) for m in re.finditer(pattern, text)]
    return found


def _overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    return max((min(e1, e2) - max(s1, s2) for s1, e1 in a for s2, e2 in b), default=0)


def _best(claim: dict) -> Any:
    return (claim.get("count") or {}).get("best")


def _words(value: Any) -> set[str]:
    return set(re.findall(r"\w+", str(value).lower())) - _STOPWORDS


def _stems(value: Any) -> set[str]:
    return {w[:4] for w in _words(value)}
