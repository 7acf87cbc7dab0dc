"""Incidents on the command line: crawl pages written for these tests, ingested through the real CLI.

``tests/fixtures/incidents/`` holds five pages of fictional outlets: one car
bombing in Velmora reported three times (eight dead "including three children";
"at least 10"; a day later "twelve have now died", beside a running total of
340 for the year), and two strikes on the same day in Dorvik and Sallen that
killed five people each.
"""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from tests.conftest import FIXTURES
from tollbook.cli import main

PAGES = FIXTURES / "incidents"
BATCHES = [["velmora-ledger.txt", "dorvik-strike.txt"], ["velmora-courier.txt", "sallen-strike.txt"],
           ["velmora-update.txt"]]


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "ledger.db")


def run(runner, *args) -> str:
    result = runner.invoke(main, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result.stdout


def listed(runner, db, *options) -> list[dict]:
    return [json.loads(line) for line in run(runner, "incidents", "--db", db, "--format", "jsonl", *options).splitlines()]


def at(incidents: list[dict], place: str, scope: str = "incident") -> list[dict]:
    return [i for i in incidents if i["location"] == place and i["scope"] == scope]


@pytest.fixture
def ingested(runner, db):
    run(runner, "ingest", "--db", db, PAGES)
    return db


def test_ingest_groups_the_claims_it_stores(runner, db):
    result = runner.invoke(main, ["ingest", "--db", db, str(PAGES)])
    assert result.exit_code == 0, result.output
    assert "incidents written" in result.stderr


def test_three_reports_of_one_bombing_are_one_incident(runner, ingested):
    [bombing] = at(listed(runner, ingested), "Velmora")
    killed = bombing["outcomes"]["killed"]
    assert (killed["low"], killed["best"], killed["high"], killed["disagreement"]) == (8, 12, 12, True)
    assert (bombing["first_report"], bombing["latest_report"], bombing["documents"]) == ("2023-09-12",
                                                                                        "2023-09-13", 3)


def test_two_strikes_on_one_day_in_two_towns_stay_apart(runner, ingested):
    incidents = listed(runner, ingested)
    assert len(at(incidents, "Dorvik")) == len(at(incidents, "Sallen")) == 1


def test_incident_shows_every_source_and_marks_the_subgroup(runner, ingested):
    [bombing] = at(listed(runner, ingested), "Velmora")
    shown = run(runner, "incident", bombing["id"], "--db", ingested)
    for words in ("velmora-ledger", "velmora-courier", "velmora-update", "the interior ministry",
                  "Twelve people have now died", "subgroup, not counted", "sources disagree"):
        assert words in shown
    detail = json.loads(run(runner, "incident", bombing["id"], "--db", ingested, "--format", "json"))
    subgroups = [s["evidence"] for s in detail["outcomes"]["killed"]["sources"] if s["subgroup"]]
    assert len(subgroups) == 1 and "three children" in subgroups[0]


def test_an_unknown_incident_is_one_line_and_exit_code_1(runner, ingested):
    result = runner.invoke(main, ["incident", "no-such-incident", "--db", ingested])
    assert result.exit_code == 1
    assert "no incident with id 'no-such-incident'" in result.output


@pytest.mark.parametrize("by, key, best", [
    ("place", "Velmora", 12),
    ("place", "Sallen", 5),
    ("week", "2023-W37", 22),
])
def test_tally_never_adds_the_running_total(runner, ingested, by, key, best):
    rows = [json.loads(line) for line in
            run(runner, "tally", "--db", ingested, "--by", by, "--outcome", "killed", "--format", "jsonl").splitlines()]
    totals = {row["key"]: row["best"] for row in rows}
    assert totals[key] == best
    assert sum(totals.values()) == 12 + 5 + 5  # never 340 more, never 3 children more


def test_the_running_total_is_listed_as_one(runner, ingested):
    [total] = listed(runner, ingested, "--scope", "cumulative")
    assert total["outcomes"]["killed"]["best"] == 340


@pytest.mark.parametrize("options, places", [
    (["--place", "dorv"], ["Dorvik"]),
    (["--outcome", "killed", "--scope", "incident"], ["Dorvik", "Sallen", "Velmora"]),
    (["--since", "2023-09-12", "--scope", "incident"], []),
    (["--until", "2023-09-11", "--scope", "incident"], ["Dorvik", "Sallen", "Velmora"]),
    (["--role", "civilian"], ["Velmora"]),
    (["--outcome", "injured"], []),
])
def test_incident_filters(runner, ingested, options, places):
    assert sorted(i["location"] for i in listed(runner, ingested, *options)) == places


def test_csv_has_a_row_per_incident_and_outcome(runner, ingested):
    rows = list(csv.DictReader(io.StringIO(run(runner, "incidents", "--db", ingested, "--format", "csv"))))
    velmora = [r for r in rows if r["location"] == "Velmora" and r["scope"] == "incident"]
    assert [(r["outcome"], r["low"], r["best"], r["high"]) for r in velmora] == [("killed", "8", "12", "12")]


def test_ingesting_in_batches_equals_a_rebuild(runner, db):
    for batch in BATCHES:
        run(runner, "ingest", "--db", db, *(PAGES / name for name in batch))
    incremental = listed(runner, db)
    assert listed(runner, db, "--rebuild") == incremental
    assert len(at(incremental, "Velmora")) == 1


def test_ingesting_again_changes_nothing(runner, ingested):
    before = listed(runner, ingested)
    result = runner.invoke(main, ["ingest", "--db", ingested, str(PAGES)])
    assert "0 claims grouped" in result.stderr
    assert listed(runner, ingested) == before
