"""Reading back: claim filters, document keys, listings and stats."""
from __future__ import annotations

import pytest

from store_helpers import make_claim, make_document
from tollbook.errors import StoreError
from tollbook.model import CountKind, Outcome

# Three small pages written for these tests. Each claim's evidence names it.
A_TEXT = "Two shepherds were killed near Kherson on Sunday. Five were hurt in Kherson city."
B_TEXT = "У Києві загинула одна людина. The fate of an unknown number on 100% Street is unclear."
C_TEXT = "Rebels seized three engineers at a checkpoint."

A = make_document("a", A_TEXT, url="https://one.example/a", published="2022-03-01",
                  site="one.example", language="en", title="Two killed")
B = make_document("b", B_TEXT, published="2022-04", site="two.example", language="uk")
C = make_document("c", C_TEXT, site="one.example", language="en")

CLAIMS = {
    A: [make_claim(A_TEXT, "Two shepherds were killed", best=2, location="Kherson region",
                   date="2022-02-27", reported_by="the Defense Ministry"),
        make_claim(A_TEXT, "Five were hurt", Outcome.INJURED, best=5, location="Kherson city",
                   reported_by="Defense Ministry spokesman")],
    B: [make_claim(B_TEXT, "загинула одна людина", best=1, location="Київ", reported_by="Сергій Попко"),
        make_claim(B_TEXT, "an unknown number", Outcome.MISSING, location="100% Street")],
    C: [make_claim(C_TEXT, "seized three engineers", Outcome.CAPTURED, best=3)],
}


@pytest.fixture
def ledger(store):
    for document, claims in CLAIMS.items():
        store.save(document, claims, "v1")
    return store


def _evidence(stored_claims) -> list[str]:
    return [stored.claim.evidence.split()[0] for stored in stored_claims]


@pytest.mark.parametrize("filters, expected", [
    ({}, ["Two", "Five", "загинула", "an", "seized"]),
    ({"outcome": "killed"}, ["Two", "загинула"]),
    ({"outcome": Outcome.CAPTURED}, ["seized"]),
    ({"outcome": " Missing"}, ["an"]),
    ({"place": "kherson"}, ["Two", "Five"]),
    ({"place": "KHERSON REG"}, ["Two"]),
    ({"place": "КИЇВ"}, ["загинула"]),
    ({"place": "100%"}, ["an"]),
    ({"place": "%"}, ["an"]),                       # a wildcard character is matched as itself
    ({"place": "x' OR '1'='1"}, []),
    ({"reported_by": "defense ministry"}, ["Two", "Five"]),
    ({"reported_by": "попко"}, ["загинула"]),
    ({"since": "2022-02-28"}, ["Five", "загинула", "an"]),   # own date first, else published
    ({"until": "2022-02-27"}, ["Two"]),
    ({"since": "2022-04-30"}, ["загинула", "an"]),           # "2022-04" is the whole month
    ({"until": "2022-04-01"}, ["Two", "Five", "загинула", "an"]),
    ({"until": "2022-03"}, ["Two", "Five"]),                 # a month bound is the whole month
    ({"since": "2022", "until": "2022"}, ["Two", "Five", "загинула", "an"]),
    ({"since": "2022-05-01"}, []),
    ({"document": "b"}, ["загинула", "an"]),
    ({"document": "https://one.example/a", "outcome": "injured"}, ["Five"]),
    ({"limit": 2}, ["Two", "Five"]),
    ({"outcome": "killed", "place": "kherson", "since": "2022-02-01", "until": "2022-02-28"}, ["Two"]),
])
def test_claim_filters(ledger, filters, expected):
    assert _evidence(ledger.claims(**filters)) == expected


def test_a_stored_claim_says_where_it_was_read(ledger):
    [stored] = ledger.claims(outcome="injured")
    record = stored.to_dict()
    assert (record["document"], record["url"], record["published"], record["title"]) == (
        "a", A.url, "2022-03-01", "Two killed")
    assert record["count"] == {"best": 5, "kind": "exact", "text": "5"}


@pytest.mark.parametrize("filters, reason", [
    ({"since": "last week"}, "since: not a date"),
    ({"until": "2022-3-1"}, "until: not a date"),
    ({"since": "20220301"}, "since: not a date"),
    ({"outcome": "died"}, "outcome: not one of"),
    ({"document": "nothing-called-this"}, "no document matches"),
])
def test_a_filter_that_means_nothing_is_refused_at_the_call(ledger, filters, reason):
    with pytest.raises(StoreError, match=reason):
        ledger.claims(**filters)


@pytest.mark.parametrize("make_key", [
    lambda doc, stored_id: stored_id,
    lambda doc, stored_id: str(stored_id),
    lambda doc, stored_id: doc.id,
    lambda doc, stored_id: doc.url or doc.id,
    lambda doc, stored_id: doc.content_hash[:8],
    lambda doc, stored_id: doc.content_hash[:12].upper(),
    lambda doc, stored_id: doc.content_hash,
])
@pytest.mark.parametrize("document", [A, B, C], ids=["a", "b", "c"])
def test_a_document_is_found_by_any_key(store, document, make_key):
    result = store.save(document, CLAIMS[document], "v1")
    stored, claims = store.document(make_key(document, result.document_id))
    assert (stored.id, stored.text) == (result.document_id, document.text)
    assert [c.claim for c in claims] == CLAIMS[document]
    assert stored.claim_count == len(CLAIMS[document])


@pytest.mark.parametrize("key, reason", [
    ("zzz", "no document matches"),
    ("999", "no document matches"),
    ("c", "2 documents match"),
    (A.content_hash[:7], "no document matches"),   # too short to be a hash prefix
])
def test_a_key_that_names_no_single_document_is_refused(ledger, key, reason):
    ledger.save(make_document("c", "Another page, also called c.", source="other/c.txt"), [], "v1")
    with pytest.raises(StoreError, match=reason):
        ledger.document(key)


@pytest.mark.parametrize("filters, expected", [
    ({}, ["a", "b", "c"]),
    ({"language": "uk"}, ["b"]),
    ({"site": "one.example"}, ["a", "c"]),
    ({"since": "2022-04-15"}, ["b"]),
    ({"until": "2022-03-31"}, ["a"]),
    ({"limit": 1}, ["a"]),
])
def test_document_listing(ledger, filters, expected):
    assert [d.name for d in ledger.documents(**filters)] == expected


def test_a_listing_counts_claims_and_leaves_text_out_unless_asked(ledger):
    assert [(d.claim_count, d.text) for d in ledger.documents()] == [(2, None), (2, None), (1, None)]
    assert [d.text for d in ledger.documents(with_text=True)] == [A_TEXT, B_TEXT, C_TEXT]


def test_stats(ledger):
    stats = ledger.stats()
    assert (stats["documents"], stats["claims"]) == (3, 5)
    assert stats["claims_by_outcome"] == {"killed": 2, "captured": 1, "injured": 1, "missing": 1}
    assert stats["documents_by_language"] == {"en": 2, "uk": 1}
    assert stats["documents_by_site"] == {"one.example": 2, "two.example": 1}
    assert stats["claims_by_extractor_version"] == {"v1": 5}
    assert stats["published"] == {"first": "2022-03-01", "last": "2022-04"}


def test_stats_of_an_empty_store(store):
    assert store.stats()["documents"] == 0 and store.stats()["claims_by_outcome"] == {}


def test_an_unknown_count_has_no_best(ledger):
    [missing] = ledger.claims(outcome="missing")
    assert (missing.claim.count.best, missing.claim.count.kind) == (None, CountKind.UNKNOWN)


def test_saving_while_reading_a_listing(ledger):
    for stored in ledger.claims(outcome="killed"):
        page = make_document(f"re-{stored.id}", f"Re-read of claim {stored.id}.", source=f"re/{stored.id}")
        ledger.save(page, [], "v2")
    assert ledger.stats()["documents"] == 5
