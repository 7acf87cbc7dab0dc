"""Reviews: verdicts and corrections win in every read, are logged, and outlive re-extraction."""
from __future__ import annotations

import pytest

from tollbook.errors import NotFoundError, StoreError
from tollbook.model import Outcome
from tests.store.store_helpers import make_claim, make_document

TEXT = ("Shelling of the market in Northtown killed four people, the governor said. "
        "Eleven more were wounded. Separately, two soldiers were reported missing.")
KILLED = "Shelling of the market in Northtown killed four people"
WOUNDED = "Eleven more were wounded"
MISSING = "two soldiers were reported missing"


def page_claims(text: str = TEXT) -> list:
    return [make_claim(text, KILLED, best=4, location="Northtown"),
            make_claim(text, WOUNDED, outcome=Outcome.INJURED, best=11),
            make_claim(text, MISSING, outcome=Outcome.MISSING, best=2)]


@pytest.fixture
def saved(store):
    store.save(make_document("market", TEXT, url="https://example.org/market"), page_claims(), "v1")
    return store


def claim_id(store, evidence: str) -> int:
    return next(s.id for s in store.claims(rejected=True) if s.claim.evidence == evidence)


def test_a_correction_wins_in_reads_and_filters(saved):
    stored = saved.review(claim_id(saved, KILLED), "correct", "ana", {"count_best": "5", "location": "Southtown"})
    assert (stored.claim.count.best, stored.claim.location, stored.review) == (5, "Southtown", "corrected")
    assert [s.claim.count.best for s in saved.claims(place="southtown")] == [5]
    assert list(saved.claims(place="northtown")) == []


@pytest.mark.parametrize("reviewed, expected", [
    (True, [KILLED]),
    (False, [WOUNDED, MISSING]),
    (None, [KILLED, WOUNDED, MISSING]),
])
def test_the_reviewed_filter(saved, reviewed, expected):
    saved.review(claim_id(saved, KILLED), "accept", "ana")
    assert [s.claim.evidence for s in saved.claims(reviewed=reviewed)] == expected


def test_a_rejected_claim_is_left_out_unless_asked_for(saved):
    saved.review(claim_id(saved, WOUNDED), "reject", "ana", note="not a casualty figure")
    assert [s.claim.evidence for s in saved.claims()] == [KILLED, MISSING]
    assert [s.review for s in saved.claims(rejected=True)] == [None, "rejected", None]
    assert len(saved.document("market")[1]) == 3


def test_every_change_is_logged_with_before_and_after(saved):
    target = claim_id(saved, KILLED)
    saved.review(target, "accept", "ana")
    saved.review(target, "correct", "ben", {"count_best": 6}, note="updated toll")
    saved.review(target, "move", "ben", {"incident": "inc-7"})
    log = saved.review_log(claim_id=target)
    assert [(e.action, e.reviewer) for e in log] == [("accept", "ana"), ("correct", "ben"), ("move", "ben")]
    # the figure's text follows the corrected number (the evidence keeps what the page wrote)
    assert log[1].changed() == {"count_best": (4, 6), "count_text": ("4", "6"), "review": ("accepted", "corrected")}
    assert log[2].changed() == {"incident": (None, "inc-7")}
    assert log[1].note == "updated toll"
    assert len(saved.review_log(document="market")) == 3


def test_a_correction_survives_re_extraction_by_a_new_version(saved):
    saved.review(claim_id(saved, KILLED), "correct", "ana", {"count_best": 5})
    saved.review(claim_id(saved, MISSING), "reject", "ana")
    result = saved.save(make_document("market", TEXT, url="https://example.org/market"), page_claims(), "v2")
    assert str(result) == "updated"
    by_evidence = {s.claim.evidence: s for s in saved.claims(rejected=True)}
    assert by_evidence[KILLED].claim.count.best == 5 and by_evidence[KILLED].review == "corrected"
    assert by_evidence[MISSING].review == "rejected"
    assert by_evidence[WOUNDED].review is None
    assert [e.action for e in saved.review_log(claim_id=by_evidence[KILLED].id)] == ["correct"]


def test_a_review_whose_sentence_is_gone_waits_unattached(saved):
    saved.review(claim_id(saved, KILLED), "correct", "ana", {"count_best": 5})
    saved.save(make_document("market", TEXT, url="https://example.org/market"), page_claims()[1:], "v2")
    assert all(s.review is None for s in saved.claims(rejected=True))
    assert len(saved.review_log(document="market")) == 1
    saved.save(make_document("market", TEXT, url="https://example.org/market"), page_claims(), "v3")
    assert [s.claim.count.best for s in saved.claims(place="northtown")] == [5]


@pytest.mark.parametrize("action, changes, message", [
    ("correct", {"span_start": 3}, "cannot correct span_start"),
    ("correct", {"outcome": "exploded"}, "outcome: not one of"),
    ("correct", {"count_best": "-2"}, "cannot be negative"),
    ("correct", {"count_best": "many"}, "not a whole number"),
    ("correct", {"date": "yesterday"}, "date: want"),
    ("move", {"location": "X"}, "move changes the incident"),
    ("delete", None, "unknown action"),
])
def test_bad_reviews_are_refused_and_change_nothing(saved, action, changes, message):
    target = claim_id(saved, KILLED)
    with pytest.raises(StoreError, match=message):
        saved.review(target, action, "ana", changes)
    assert saved.claim(target).review is None
    assert saved.review_log(claim_id=target) == []


def test_an_unknown_claim_is_not_found(saved):
    with pytest.raises(NotFoundError):
        saved.review(999, "accept", "ana")


# -- reviews reach every figure: store, exports, CLI ---------------------------------------------------

def _figures_everywhere(db: str, holding: str) -> dict:
    """The killed figures of the incident holding a claim, as each reader shows them: store, CLI and exports.

    (An incident's id derives from its earliest member, so a review can change it: the
    incident is found through the claim it keeps.)
    """
    import csv
    import io
    import json

    from click.testing import CliRunner

    from tollbook import exports
    from tollbook.cli import main
    from tollbook.store import Store

    from tests.web.ledger_data import incident_of

    with Store.open(db) as store:
        incident = incident_of(store, holding)
        stored, _ = store.incident(incident)
        killed = stored.outcome("killed")
        listed = next(i for i in store.incidents() if i.id == incident).outcome("killed")
        out = io.StringIO()
        exports.export_incidents(exports.incident_details(store), "ucdp", out=out)
        ucdp = next(r for r in csv.DictReader(io.StringIO(out.getvalue())) if r["id"] == incident)
    runner = CliRunner()
    shown = json.loads(runner.invoke(main, ["incident", incident, "--db", db, "--format", "json"]).stdout)
    tally = [json.loads(line) for line in
             runner.invoke(main, ["tally", "--db", db, "--by", "place", "--format", "jsonl"]).stdout.splitlines()]
    acled = list(csv.DictReader(io.StringIO(runner.invoke(main, ["export", "--db", db, "--format", "acled"]).stdout)))
    rebuilt = [json.loads(line) for line in runner.invoke(
        main, ["incidents", "--db", db, "--rebuild", "--format", "jsonl"]).stdout.splitlines()]
    return {
        "store": (killed.low, killed.best, killed.high),
        "listing": (listed.low, listed.best, listed.high),
        "cli incident": tuple(shown["outcomes"]["killed"][k] for k in ("low", "best", "high")),
        "cli tally": next((r["low"], r["best"], r["high"]) for r in tally
                          if r["key"] == "Northtown" and r["outcome"] == "killed"),
        "ucdp": tuple(int(ucdp[k]) for k in ("low", "best", "high")),
        "acled fatalities": next(int(r["fatalities"]) for r in acled if r["event_id_cnty"] == f"TB-{incident}"),
        "after a rebuild": next(tuple(i["outcomes"]["killed"][k] for k in ("low", "best", "high"))
                                for i in rebuilt if i["id"] == incident),
    }


def test_a_rejection_and_a_correction_change_the_incident_figures_everywhere(tmp_path):
    from tests.web.ledger_data import build_ledger
    from tollbook import pipeline
    from tollbook.store import Store

    db = build_ledger(tmp_path / "ledger.db")   # the market strike: four killed (governor), six (a day later)
    market = "Shelling of the central market"
    with Store.open(db) as store:
        later = claim_id(store, "The number of people killed in the Northtown market strike has risen to six")
        first = claim_id(store, "Shelling of the central market in Northtown killed four civilians on Monday")
    before = _figures_everywhere(db, market)
    assert set(before.values()) - {(4, 6, 6), 6} == set(), before   # ACLED: the latest day's lowest figure

    with Store.open(db) as store:
        pipeline.review_claim(store, later, "reject", "ana", note="a duplicate of the governor's figure")
        assert store.claim(later).review == "rejected"
    rejected = _figures_everywhere(db, market)
    assert set(rejected.values()) == {(4, 4, 4), 4}, rejected

    with Store.open(db) as store:
        pipeline.review_claim(store, first, "correct", "ben", {"count_best": 5}, note="governor's update")
        log = store.review_log(claim_id=first)
        assert [(e.action, e.before["count_best"], e.after["count_best"]) for e in log] == [("correct", 4, 5)]
        assert store.review_log(claim_id=later)[0].after["review"] == "rejected"
    corrected = _figures_everywhere(db, market)
    assert set(corrected.values()) == {(5, 5, 5), 5}, corrected


def test_a_moved_claim_changes_both_incidents(tmp_path):
    from tests.web.ledger_data import build_ledger, incident_of
    from tollbook import pipeline
    from tollbook.store import Store

    with Store.open(build_ledger(tmp_path / "ledger.db")) as store:
        market = incident_of(store, "Shelling of the central market")
        convoy = incident_of(store, "Two soldiers")
        later = claim_id(store, "The number of people killed in the Northtown market strike has risen to six")
        pipeline.review_claim(store, later, "move", "ana", {"incident": convoy})
        moved = store.review_log(claim_id=later)[-1]
        assert (moved.before["incident"], moved.after["incident"]) == (market, convoy)
        market = incident_of(store, "Shelling of the central market")   # its id may follow its earliest member
        killed = {i: store.incident(i)[0].outcome("killed") for i in (market, convoy)}
        assert (killed[market].low, killed[market].best, killed[market].high) == (4, 4, 4)
        assert (killed[convoy].low, killed[convoy].high, store.incident(convoy)[0].claim_count) == (2, 6, 2)


def test_a_changed_capture_is_a_new_version_and_the_reviewed_one_is_kept(saved):
    saved.review(claim_id(saved, KILLED), "correct", "ana", {"count_best": 5})
    changed = "Updated: " + TEXT + " Rescuers are still searching."
    result = saved.save(make_document("market-2", changed, url="https://example.org/market"),
                        page_claims(changed), "v1")
    assert str(result) == "new"
    reviewed = [s for s in saved.claims(rejected=True) if s.claim.evidence == KILLED]
    assert sorted((s.document_name, s.review, s.claim.count.best) for s in reviewed) == [
        ("market", "corrected", 5), ("market-2", None, 4)]
