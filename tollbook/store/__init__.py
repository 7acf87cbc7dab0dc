"""The store: the only code that writes SQL. SQLite by default, PostgreSQL by URL.

    store = Store.open(None)          # $TOLLBOOK_DB, else ./tollbook.db; a bare path is SQLite;
                                      # "postgresql://user@host/db" needs tollbook[postgres]
    result = store.save(document, claims, extractor_version="0.1.0")
    result.status                     # SaveStatus.NEW | UNCHANGED | UPDATED
    for stored in store.claims(outcome="killed", since="2022-03", place="kherson"):
        stored.claim, stored.url, stored.published
    document, its_claims = store.document("000_e68090f2c7f8c3aa")   # id, name, url or hash prefix
    store.documents(language="en"); store.stats(); store.close()
    store.incidents(outcome="killed", place="kherson")   # grouped by tollbook.pipeline.update_incidents
    stored_incident, its_claims = store.incident("2022-04-08-kram-3f9a1c0b")
    store.tally("week", outcome="killed")                 # each incident once, running totals never added

``Store.open`` brings the schema to the newest Alembic migration (scripts in
``migrations/``; applied ones are recorded in ``alembic_version``, so opening
again is safe). Each ``save`` is one transaction. Every failure is a
``StoreError`` whose message is one line naming the database and the reason.
"""
from tollbook.store.incidents import StoredIncident, TallyRow
from tollbook.store.records import SaveResult, SaveStatus, StoredClaim, StoredDocument
from tollbook.store.store import Store

__all__ = ["SaveResult", "SaveStatus", "Store", "StoredClaim", "StoredDocument", "StoredIncident", "TallyRow"]
