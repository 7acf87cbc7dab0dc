"""Saving pages: round trips, identity (new / unchanged / updated), one transaction per save."""
from __future__ import annotations

from dataclasses import replace

import pytest
import sqlalchemy as sa

from store_helpers import make_claim, make_document
from tollbook.errors import StoreError
from tollbook.model import Claim, Count, CountKind, Outcome, Role, Scope, Victims
from tollbook.store import SaveStatus
from tollbook.store import store as store_module

TEXT = "Three soldiers were killed and 12 were wounded near Bakhmut, the ministry said."
PAGE = make_document("p1", TEXT, url="https://news.example/p1", published="2023-01-05",
                     title="Three killed", site="news.example", language="en")
KILLED = make_claim(TEXT, "Three soldiers were killed", best=3, count_text="Three",
                    victims=Victims("soldiers", Role.MILITARY), location="Bakhmut",
                    reported_by="the ministry")


def _claim(**changes) -> Claim:
    return replace(KILLED, **changes)


ROUND_TRIP = [
    KILLED,
    Claim(Outcome.INJURED, Count(12, CountKind.EXACT, "12"), "12 were wounded", (31, 46)),
    _claim(count=Count(None, CountKind.UNKNOWN, ""), victims=Victims(None)),
    _claim(count=Count(0, CountKind.EXACT, "no one"), location=None, reported_by=None),
    _claim(count=Count(None, CountKind.VAGUE, "dozens"), scope=Scope.CUMULATIVE, date="2023-01-04"),
    _claim(location="Київ", side="Ukraine", origin="Львівська область", reported_by="Зеленський"),
    _claim(evidence="«Ils ont été tués» — 3 morts", victims=Victims("civils, enfants", Role.CIVILIAN)),
    _claim(incident="bakhmut-2023-01", count=Count(1_000_000, CountKind.AT_LEAST, "more than a million")),
    *[_claim(outcome=outcome) for outcome in Outcome],
    *[_claim(count=Count(5, kind, "5")) for kind in CountKind],
    *[_claim(victims=Victims("people", role)) for role in Role],
]


@pytest.mark.parametrize("claim", ROUND_TRIP)
def test_a_claim_reads_back_equal(store, claim):
    store.save(PAGE, [claim], "v1")
    [stored] = list(store.claims())
    assert stored.claim == claim
    assert (stored.url, stored.title, stored.published, stored.site) == (
        PAGE.url, PAGE.title, PAGE.published, PAGE.site)


def test_a_document_reads_back_equal(store):
    store.save(PAGE, [KILLED], "v1")
    stored, _ = store.document("p1")
    assert stored.document() == PAGE
    assert stored.content_hash == PAGE.content_hash


OTHER_TEXT = TEXT.replace("Three", "Four")
NO_URL = replace(PAGE, url=None)

IDENTITY = [
    # (pages saved in order, as (document, extractor_version); expected statuses; documents stored)
    ([(PAGE, "v1"), (PAGE, "v1")], ["new", "unchanged"], 1),
    # a second capture of a url (a live blog, a re-crawl) is a version of the page: both kept
    ([(PAGE, "v1"), (replace(PAGE, text=OTHER_TEXT), "v1")], ["new", "new"], 2),
    ([(NO_URL, "v1"), (replace(NO_URL, text=OTHER_TEXT), "v1")], ["new", "new"], 2),
    # the same text read from another page: a duplicate, not stored again
    ([(PAGE, "v1"), (replace(PAGE, url="https://mirror.example/p1", id="m1"), "v1")], ["new", "duplicate"], 1),
    ([(NO_URL, "v1"), (replace(NO_URL, id="copy", source="pages/copy.txt"), "v1")], ["new", "duplicate"], 1),
    ([(NO_URL, "v1"), (replace(NO_URL, source="moved/p1.txt"), "v1")], ["new", "unchanged"], 1),
    ([(PAGE, "v1"), (replace(PAGE, url="https://news.example/p2", text=OTHER_TEXT), "v1")], ["new", "new"], 2),
    ([(NO_URL, "v1"), (replace(NO_URL, source="pages/other.txt", text=OTHER_TEXT), "v1")], ["new", "new"], 2),
    ([(PAGE, "v1"), (PAGE, "v2"), (PAGE, "v2")], ["new", "updated", "unchanged"], 1),
    ([(replace(NO_URL, source=""), "v1"), (replace(NO_URL, source="", text=OTHER_TEXT), "v1")], ["new", "new"], 2),
]


@pytest.mark.parametrize("saves, statuses, documents", IDENTITY)
def test_identity_decides_new_unchanged_updated(store, saves, statuses, documents):
    results = [store.save(page, [KILLED], version) for page, version in saves]
    assert [result.status for result in results] == [SaveStatus(s) for s in statuses]
    assert [str(result) for result in results] == statuses
    assert store.stats()["documents"] == documents
    assert store.stats()["claims"] == documents  # each page holds one claim: none duplicated


def test_a_new_extractor_version_replaces_the_claims(store):
    first = store.save(PAGE, [KILLED, ROUND_TRIP[1]], "v1")
    new_claim = make_claim(TEXT, "Three soldiers were killed", best=3, location="Bakhmut")
    second = store.save(PAGE, [new_claim], "v2")
    stored, claims = store.document(PAGE.url)
    assert (str(second), second.document_id) == ("updated", first.document_id)
    assert stored.extractor_version == "v2"
    assert stored.ingested_at <= stored.updated_at
    assert [c.claim for c in claims] == [new_claim]
    assert [c.extractor_version for c in claims] == ["v2"]


def test_records_sharing_a_url_are_all_kept(store):
    """Three JSONL records with a section url once became one document."""
    texts = [TEXT.replace("Three", word) for word in ("Three", "Four", "Five")]
    results = [store.save(make_document(f"live#{n}", text, url="https://news.example/live"),
                          [make_claim(text, text.split(" were")[0] + " were killed")], "v1")
               for n, text in enumerate(texts, 1)]
    assert [str(result) for result in results] == ["new", "new", "new"]
    assert sorted(s.claim.evidence.split()[0] for s in store.claims()) == ["Five", "Four", "Three"]


BAD_CLAIMS = [
    _claim(span=(10, 2)),
    _claim(span=(-1, 4)),
    _claim(count=Count(-3, CountKind.EXACT, "-3")),
    _claim(outcome="exploded"),
    _claim(evidence=None),
]


def _contents(store) -> tuple[list[str], list[tuple[str, str]]]:
    documents = [d.name for d in store.documents()]
    claims = [(c.document_name, c.claim.evidence) for c in store.claims()]
    return documents, claims


def _first_two(store) -> None:
    for name in ("a", "b"):
        page = make_document(name, TEXT, url=f"https://news.example/{name}", title=name)
        store.save(replace(page, text=f"{name}: {TEXT}"), [replace(KILLED, span=(3, 29))], "v1")


@pytest.mark.parametrize("bad_claim", BAD_CLAIMS)
def test_a_failed_save_leaves_no_part_of_its_page(store, bad_claim):
    _first_two(store)
    before = _contents(store)
    with pytest.raises(StoreError) as error:
        store.save(make_document("c", "c: " + TEXT, url="https://news.example/c"), [KILLED, bad_claim], "v1")
    assert _contents(store) == before
    assert "cannot save https://news.example/c: " in str(error.value)
    assert len(str(error.value).splitlines()) == 1


def test_a_failed_update_keeps_the_old_text_and_claims(store):
    store.save(PAGE, [KILLED], "v1")
    with pytest.raises(StoreError):
        store.save(PAGE, [_claim(span=(9, 1))], "v2")
    stored, claims = store.document(PAGE.url)
    assert (stored.text, stored.extractor_version) == (TEXT, "v1")
    assert [c.claim for c in claims] == [KILLED]


def test_an_error_half_way_rolls_the_save_back(store, monkeypatch):
    _first_two(store)
    before = _contents(store)

    def fail_after_the_document_row(connection, *args):
        assert connection.scalar(sa.text("SELECT count(*) FROM documents")) == 3  # c was written...
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store_module, "_insert_claims", fail_after_the_document_row)
    with pytest.raises(RuntimeError):
        store.save(make_document("c", "c: " + TEXT), [KILLED], "v1")
    assert _contents(store) == before  # ...and rolled back
