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
    assert log[1].changed() == {"count_best": (4, 6), "review": ("accepted", "corrected")}
    assert log[2].changed() == {"incident": (None, "inc-7")}
    assert log[1].note == "updated toll"
    assert len(saved.review_log(document="market")) == 3


def test_a_correction_survives_re_extraction_of_a_changed_page(saved):
    saved.review(claim_id(saved, KILLED), "correct", "ana", {"count_best": 5})
    saved.review(claim_id(saved, MISSING), "reject", "ana")
    changed = "Updated: " + TEXT + " Rescuers are still searching."
    result = saved.save(make_document("market", changed, url="https://example.org/market"),
                        page_claims(changed), "v2")
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
