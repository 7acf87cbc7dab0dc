"""Gate on the dev set: the default ACLED export has one row per incident, most with an ISO code and a point.

The dev pages are read from ../shared at test time (as ``tollbook ingest`` reads
pages.jsonl), stored, grouped, and exported as ``tollbook export --format acled`` does.
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from tests.conftest import shared_dir
from tollbook import exports, pipeline
from tollbook.claims import EXTRACTOR_VERSION
from tollbook.model import Outcome, Scope
from tollbook.rules import load_rules
from tollbook.store import Store

FLOOR = json.loads((Path(__file__).parent / "dev_acled_floor.json").read_text(encoding="utf-8"))


def test_dev_acled_export_is_one_row_per_incident_and_placed(tmp_path):
    dev = shared_dir("eval", "dev")
    with Store.open(str(tmp_path / "dev.db")) as store:
        for result in pipeline.process_paths([str(dev / "pages.jsonl")], load_rules()):
            if result.document:
                store.save(result.document, list(result.claims), EXTRACTOR_VERSION)
        pipeline.update_incidents(store)
        out = io.StringIO()
        exports.export_incidents(exports.incident_details(store), "acled", out=out)
        events = [i for i in store.incidents(outcome=Outcome.KILLED, scope=Scope.INCIDENT)
                  if i.report.date or i.report.first_report]
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert sorted(r["event_id_cnty"] for r in rows) == sorted(f"TB-{i.id}" for i in events)   # one per incident
    placed = sum(1 for r in rows if r["iso"] and r["latitude"] and r["longitude"])
    assert placed / len(rows) >= FLOOR["iso_and_coordinates_share"], (placed, len(rows))
    assert all(r["fatalities"] != "0" or "given as a number" not in r["tags"] for r in rows)
