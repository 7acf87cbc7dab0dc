"""Stored incidents: grouping composed with the store, batch by batch, and what reviewers decided.

Pages and claims are written here by hand (as the extractor would give them), so
that these tests say what the store and the update do whatever the extractor
becomes. Fictional towns; no publisher's text.
"""
from __future__ import annotations

import pytest

from tests.store.conftest import POSTGRES_URL, drop_tollbook_tables
from tests.store.store_helpers import make_claim, make_document
from tollbook import pipeline
from tollbook.model import CountKind, Outcome, Role, Scope, Victims
from tollbook.store import Store

LEDGER = ("A car bomb exploded at the bus station in Velmora on Monday, killing eight people, "
          "including three children, police said.")
COURIER = "At least 10 people were killed when a car bomb went off at the bus station in Velmora on Monday."
UPDATE = ("Twelve people have now died after the car bombing at the bus station in Velmora on Monday. "
          "Since the start of the year, 340 people have been killed in bombings across the province.")
DORVIK = "An airstrike on the market in Dorvik on Monday killed five people, the town's mayor said."
SALLEN = "A missile hit an apartment block in Sallen on Monday, killing five residents, officials said."
OLD = "A landslide buried a road near Tarnow on Sunday, killing two drivers, rescuers said."

MONDAY = "2023-09-11"
ONE_PER_INCIDENT = {"killing eight people", "killed five people", "killing five residents", "killing two drivers",
                    "340 people have been killed"}


def velmora(best, evidence, text, **fields):
    return make_claim(text, evidence, best=best, location="Velmora", date=MONDAY, **fields)


# name -> (text, published, claims); each a page of its own outlet.
PAGES = {
    "ledger": (LEDGER, "2023-09-12", lambda t: [
        velmora(8, "killing eight people", t, reported_by="police"),
        velmora(3, "three children", t, reported_by="police", victims=Victims("children", Role.CIVILIAN))]),
    "courier": (COURIER, "2023-09-12", lambda t: [
        velmora(10, "At least 10 people were killed", t, kind=CountKind.AT_LEAST)]),
    "update": (UPDATE, "2023-09-13", lambda t: [
        velmora(12, "Twelve people have now died", t, reported_by="the interior ministry"),
        make_claim(t, "340 people have been killed", best=340, scope=Scope.CUMULATIVE)]),
    "dorvik": (DORVIK, "2023-09-12", lambda t: [
        make_claim(t, "killed five people", best=5, location="Dorvik", date=MONDAY)]),
    "sallen": (SALLEN, "2023-09-12", lambda t: [
        make_claim(t, "killing five residents", best=5, location="Sallen", date=MONDAY)]),
    "old": (OLD, "2020-03-02", lambda t: [
        make_claim(t, "killing two drivers", best=2, location="Tarnow", date="2020-03-01")]),
}


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    """A fresh SQLite file; also PostgreSQL when TOLLBOOK_TEST_POSTGRES_URL is set (tests/store/conftest.py)."""
    url = str(tmp_path / "ledger.db")
    if request.param == "postgresql":
        if not POSTGRES_URL:
            pytest.skip("set TOLLBOOK_TEST_POSTGRES_URL to run these on PostgreSQL too")
        url = POSTGRES_URL
        drop_tollbook_tables(url)
    with Store.open(url) as opened:
        yield opened


def save(store: Store, *names: str, version: str = "v1") -> None:
    for name in names:
        text, published, claims = PAGES[name]
        store.save(make_document(name, text, url=f"https://news.example/{name}", published=published),
                   claims(text), version)


def ingest(store: Store, *names: str) -> pipeline.IncidentUpdate:
    save(store, *names)
    return pipeline.update_incidents(store)


def evidence_of(store: Store, incident_id: str) -> set[str]:
    return {stored.claim.evidence for stored in store.incident(incident_id)[1]}


def incident_with(store: Store, evidence: str):
    """The stored incident that holds the claim with this evidence."""
    return next(i for i in store.incidents() if evidence in evidence_of(store, i.id))


def snapshot(store: Store) -> list[dict]:
    """Every incident with its figures and its members' evidence: what must not depend on batches."""
    return [{**i.to_dict(), "members": sorted(evidence_of(store, i.id))} for i in store.incidents()]


@pytest.fixture
def everything(store):
    ingest(store, *PAGES)
    return store


def test_one_bombing_reported_by_three_outlets_is_one_incident(everything):
    bombing = incident_with(everything, "killing eight people")
    assert evidence_of(everything, bombing.id) == {"killing eight people", "three children",
                                                   "At least 10 people were killed", "Twelve people have now died"}
    killed = bombing.outcome("killed")
    assert (killed.low, killed.best, killed.high, killed.disagreement) == (8, 12, 12, True)
    assert (bombing.report.first_report, bombing.report.latest_report) == ("2023-09-12", "2023-09-13")
    assert bombing.document_count == 3


def test_the_latest_toll_is_the_best_figure_and_the_subgroup_is_only_listed(everything):
    bombing = incident_with(everything, "killing eight people")
    stored, _ = everything.incident(bombing.id)
    sources = {s.evidence: s for s in stored.outcome("killed").sources}
    assert sources["three children"].subgroup
    assert not sources["killing eight people"].subgroup
    assert stored.outcome("killed").low == 8  # 3 children are part of the 8, never a low figure


def test_two_strikes_on_one_day_in_two_towns_are_two_incidents(everything):
    assert incident_with(everything, "killed five people").id != incident_with(everything, "killing five residents").id


@pytest.mark.parametrize("by, key, best", [
    ("place", "Velmora", 12),
    ("place", "Dorvik", 5),
    ("week", "2023-W37", 12 + 5 + 5),
])
def test_tally_counts_each_incident_once_and_never_a_running_total(everything, by, key, best):
    rows = {row.key: row for row in everything.tally(by, outcome="killed")}
    assert rows[key].best == best
    assert sum(row.best for row in rows.values()) == 12 + 5 + 5 + 2


def test_the_running_total_is_an_incident_of_its_own(everything):
    [total] = everything.incidents(scope="cumulative")
    assert evidence_of(everything, total.id) == {"340 people have been killed"}
    assert total.outcome("killed").best == 340


@pytest.mark.parametrize("filters, expected", [
    ({"place": "dorv"}, {"killed five people"}),
    ({"since": "2023-09-01", "until": "2023-09-30", "scope": "incident"},
     {"killing eight people", "killed five people", "killing five residents"}),
    ({"until": "2020-12-31"}, {"killing two drivers"}),
    ({"role": "civilian"}, {"killing eight people"}),
])
def test_incident_filters(everything, filters, expected):
    found = {e for i in everything.incidents(**filters) for e in evidence_of(everything, i.id) & ONE_PER_INCIDENT}
    assert found == expected


@pytest.mark.parametrize("batches", [
    [["ledger", "dorvik"], ["courier", "sallen", "update", "old"]],
    [["update"], ["old", "sallen"], ["courier"], ["ledger", "dorvik"]],
    [["ledger"], ["courier"], ["update"], ["dorvik"], ["sallen"], ["old"]],
])
def test_ingesting_in_batches_gives_what_a_rebuild_gives(store, batches):
    for batch in batches:
        ingest(store, *batch)
    incremental = snapshot(store)
    pipeline.rebuild_incidents(store)
    assert snapshot(store) == incremental
    assert len(incremental) == 5


def test_an_update_reads_back_only_incidents_within_reach_of_the_new_dates(store):
    ingest(store, "old", "ledger")
    update = ingest(store, "courier")
    assert update.compared == 2  # the two Velmora claims, not the 2020 landslide
    assert update.grouped == 1 and update.written == 1


def test_a_page_extracted_anew_replaces_its_claims_in_their_incident(store):
    ingest(store, "ledger", "courier")
    text, published, _ = PAGES["ledger"]
    store.save(make_document("ledger", text, url="https://news.example/ledger", published=published),
               [velmora(9, "killing eight people", text)], "v2")
    pipeline.update_incidents(store)
    [bombing] = store.incidents()
    assert evidence_of(store, bombing.id) == {"killing eight people", "At least 10 people were killed"}
    assert bombing.outcome("killed").low == 9


def claim_id(store: Store, evidence: str) -> int:
    return next(s.id for s in store.claims() if s.claim.evidence == evidence)


def test_a_claim_a_reviewer_moved_stays_where_it_was_put(everything):
    dorvik = incident_with(everything, "killed five people")
    everything.review(claim_id(everything, "killing five residents"), "move", "ana", {"incident": dorvik.id})
    for update in (pipeline.update_incidents, pipeline.rebuild_incidents):
        update(everything)
        assert evidence_of(everything, dorvik.id) == {"killed five people", "killing five residents"}
    stored, _ = everything.incident(dorvik.id)
    assert (stored.claim_count, stored.document_count, stored.outcome("killed").best) == (2, 2, 5)
    assert len(everything.incidents(scope="incident")) == 3  # Sallen's incident is gone


def test_a_claim_moved_to_a_new_incident_id_gets_that_incident(everything):
    everything.review(claim_id(everything, "three children"), "move", "ana", {"incident": "children-of-velmora"})
    pipeline.update_incidents(everything)
    assert evidence_of(everything, "children-of-velmora") == {"three children"}
    bombing = incident_with(everything, "killing eight people")
    assert "three children" not in evidence_of(everything, bombing.id)


def test_a_rejected_claim_leaves_its_incident(everything):
    everything.review(claim_id(everything, "Twelve people have now died"), "reject", "ana")
    pipeline.update_incidents(everything)
    killed = incident_with(everything, "killing eight people").outcome("killed")
    assert (killed.low, killed.best, killed.high) == (8, 8, 10)


def test_a_corrected_figure_is_summarised_again(everything):
    everything.review(claim_id(everything, "Twelve people have now died"), "correct", "ana", {"count_best": 13})
    pipeline.update_incidents(everything)
    assert incident_with(everything, "killing eight people").outcome("killed").best == 13


def test_claims_carry_their_incident_id(everything):
    bombing = incident_with(everything, "killing eight people")
    assert {s.claim.incident for s in everything.claims(place="velmora", outcome=Outcome.KILLED)
            if s.claim.scope is Scope.INCIDENT} == {bombing.id}
