"""Grouping claims into incidents: accuracy on the dev gold claims, speed and memory at scale.

Usage: python bench/group_incidents.py [--dev-only] [--sizes 1000 10000 100000 1000000]

1. Dev accuracy: the gold claims of ../shared/eval/dev (read at run time, never
   copied) with their incident labels removed are grouped, and incident pairs are
   scored as shared/eval/score.py scores them (claims of one outcome in two
   documents; a predicted pair is the same non-null label).
2. Scale: synthetic claims (many places, dates and outlets, rising tolls,
   subgroups, cumulative series, template duplicates; each town a synthetic gazetteer
   entry) are grouped on one core, 1k to 1M by default; wall and CPU seconds (CPU is the
   fair figure on a shared machine), the growth from one size to the next, and the
   process's peak resident memory are printed per size.
"""
from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import random
import resource
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from tollbook import gazetteer
from tollbook.incidents import group_claims, incident_labels, records_for_document
from tollbook.incidents.names import stem
from tollbook.model import Claim, ClaimRecord, Count, CountKind, Document, Outcome, Place, Role, Scope, Victims

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


# --- synthetic claims ---------------------------------------------------------------------------

SYLLABLES = [c + v for c in "bdgklmnprstvzh" for v in "aeiou"] + ["sha", "tor", "len", "dov", "pol", "chy"]
OUTLETS = [f"outlet{n}.example" for n in range(300)]
START = date(2022, 1, 1)


def _place(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def canonical(place: str) -> Place:
    """A synthetic gazetteer entry for a synthetic town: one of 40 countries, 400 regions."""
    number = int(hashlib.sha1(place.encode()).hexdigest()[:8], 16)
    return Place(name=place, country=f"X{number % 40:02d}", admin1=f"R{number % 400}", lat=None, lon=None,
                 precision="city", geonames_id=number)


def _claim(outcome: str, best: int | None, kind: str, place: str | None, when: str | None, scope: str,
           reporter: str | None) -> Claim:
    evidence = f"{best or 'Dozens of'} people were {outcome} in {place or 'the region'}, {reporter or 'it'} said"
    resolved = canonical(place) if place and place != "Ukraine" else None
    return Claim(outcome=Outcome(outcome), count=Count(best, CountKind(kind), str(best)), evidence=evidence,
                 span=(0, len(evidence)), victims=Victims("people", Role.UNSPECIFIED), location=place,
                 date=when, scope=Scope(scope), reported_by=reporter, place=resolved)


def _incident_records(rng: random.Random, n: int, places: list[str], reporters: list[str]) -> list[ClaimRecord]:
    """One incident told by several outlets: rising tolls, a subgroup, undated and placeless reports."""
    place, day = rng.choice(places), START + timedelta(days=rng.randrange(730))
    toll, reporter = rng.randint(1, 60), rng.choice(reporters)
    records = []
    for page in range(rng.randint(1, 6)):
        published = day + timedelta(days=rng.choice([0, 0, 1, 2]))
        doc = f"i{n}-{page}"
        context = frozenset({stem(place), stem(reporter)})
        for m in range(rng.randint(1, 4)):
            outcome = rng.choice(["killed", "killed", "injured", "missing"])
            best = max(1, toll + rng.randint(-3, 10)) if m < 3 else rng.randint(1, 5)  # the last one a subgroup
            kind = rng.choice(["exact", "exact", "at_least", "approx"])
            claim = _claim(outcome, best, kind, place if rng.random() < 0.85 else None,
                           day.isoformat() if rng.random() < 0.5 else None, "incident",
                           reporter if rng.random() < 0.6 else None)
            records.append(ClaimRecord(f"{doc}#{m}", doc, claim, rng.choice(OUTLETS), published.isoformat(),
                                       "en", None, context))
            if rng.random() < 0.05:  # a page template repeats the sentence
                records.append(ClaimRecord(f"{doc}#{m}b", doc, claim, records[-1].site, published.isoformat(),
                                           "en", None, context))
    return records


def _cumulative_records(rng: random.Random, n: int, reporters: list[str]) -> list[ClaimRecord]:
    """One day's running total of a ministry, repeated by a few outlets."""
    reporter, day = rng.choice(reporters[:20]), START + timedelta(days=rng.randrange(730))
    total = 1000 + (day - START).days * 40
    claim = _claim("killed", total, "exact", "Ukraine", day.isoformat(), "cumulative", reporter)
    return [ClaimRecord(f"c{n}-{page}#0", f"c{n}-{page}", claim, rng.choice(OUTLETS), day.isoformat(), "en", None,
                        frozenset({stem(reporter)})) for page in range(rng.randint(1, 3))]


def synthetic_records(size: int, seed: int = 7) -> list[ClaimRecord]:
    rng = random.Random(seed)
    places = sorted({_place(rng) for _ in range(max(200, size // 20))})
    reporters = [f"{_place(rng)} {_place(rng)}" for _ in range(500)]
    records: list[ClaimRecord] = []
    for n in itertools.count():
        if len(records) >= size:
            break
        maker = _cumulative_records(rng, n, reporters) if rng.random() < 0.1 else \
            _incident_records(rng, n, places, reporters)
        records.extend(maker)
    return records[:size]


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def time_one_size(size: int) -> None:
    """Run in a child process so that each size reports its own peak memory."""
    records = synthetic_records(size)
    gazetteer.preload()  # the claims stage has it loaded already: its first lookup is not grouping's cost
    before = peak_mib()
    started, cpu_started = time.perf_counter(), time.process_time()
    incidents = group_claims(records)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    print(f"{size:>7} claims -> {len(incidents):>6} incidents  {elapsed:6.1f} s wall  {cpu:6.1f} s CPU"
          f"  {size / cpu:8.0f} claims/CPU-s"
          f"  peak RSS {peak_mib():6.1f} MiB (claims alone {before:6.1f} MiB;"
          f" grouping {1024 * (peak_mib() - before) / size:4.1f} KiB/claim)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dev-only", action="store_true", help="only the dev accuracy")
    parser.add_argument("--sizes", type=int, nargs="*", default=[1_000, 10_000, 100_000, 1_000_000])
    parser.add_argument("--one-size", type=int, help=argparse.SUPPRESS)  # the child process
    args = parser.parse_args()
    if args.one_size:
        time_one_size(args.one_size)
        return
    if DEV.exists():
        dev_accuracy()
    if args.dev_only:
        return
    previous = None
    for size in args.sizes:
        run = subprocess.run([sys.executable, __file__, "--one-size", str(size)], check=True, capture_output=True,
                             text=True)
        print(run.stdout.rstrip(), flush=True)
        cpu = float(run.stdout.split(" s CPU")[0].split()[-1])
        if previous:
            print(f"{'':>7} growth x{size / previous[0]:.0f} claims -> x{cpu / previous[1]:.1f} CPU time"
                  f" ({'linear' if cpu / previous[1] < 1.3 * size / previous[0] else 'faster than linear'})",
                  flush=True)
        previous = (size, cpu)


if __name__ == "__main__":
    main()
