"""The Store: save pages with their claims, read claims and documents back."""
from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa

from tollbook.errors import NotFoundError, StoreError
from tollbook.model import Claim, Document, Outcome
from tollbook.store import connect, queries, reviews
from tollbook.store.incidents import IncidentMethods
from tollbook.store.records import (SaveResult, SaveStatus, StoredClaim, StoredDocument,
                                    claim_row, document_row, stored_claim_from_row,
                                    stored_document_from_row)
from tollbook.store.schema import claims as claims_table
from tollbook.store.schema import documents as documents_table

HASH_PREFIX = re.compile(r"[0-9a-f]{8,64}")
_GROUPING_LOCK = 0x7011B00D  # PostgreSQL advisory lock key of grouping_lock()


class Store(IncidentMethods):
    """A tollbook database. Open with ``Store.open(url_or_path)``; use as a context manager."""

    def __init__(self, engine: sa.Engine):
        self._engine = engine

    @classmethod
    def open(cls, url_or_path: str | None = None, create: bool = True) -> Store:
        """Open (creating if need be, unless ``create=False``) and migrate to head; see ``connect.resolve_url``."""
        return cls(connect.open_engine(connect.resolve_url(url_or_path), create=create))

    @property
    def url(self) -> str:
        """The database URL, password hidden."""
        return connect.describe(self._engine.url)

    def close(self) -> None:
        self._engine.dispose()

    def grouping_lock(self):
        """A context in which this process alone updates the stored incidents.

        Grouping reads the claims, links them, then writes: two processes doing it at
        once would each write an incident for the same new claims (a pk_incidents
        conflict on PostgreSQL, duplicates on SQLite). The second waits, then finds
        the claims grouped.
        """
        return connect.exclusive(self._engine, _GROUPING_LOCK)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------

    def save(self, document: Document, claims: list[Claim], extractor_version: str) -> SaveResult:
        """Store one page and its claims in one transaction: all of it, or nothing.

        A page is its text (content hash) and where it was read (its url, else its
        name or source path). A text not stored yet -> NEW, also when a stored
        page has its url: live blogs and repeated captures are versions, each kept.
        The same text from the same page -> UNCHANGED, nothing written, or, when
        another extractor version read it, its claims replaced (UPDATED). The same
        text from another page -> DUPLICATE, nothing written. Another process
        saving the same text at the same moment makes this one UNCHANGED or
        DUPLICATE, never an error.
        """
        for attempt in range(2):
            try:
                with connect.writing(self._engine) as connection:
                    return _save(connection, document, list(claims), extractor_version)
            except sa.exc.IntegrityError as e:
                if attempt == 0:  # most likely the same text, just committed by another process
                    continue
                error = e
            except sa.exc.SQLAlchemyError as e:
                error = e
            page = document.url or document.source or document.id
            raise connect.store_error(self._engine.url, error, f"cannot save {page}") from error
        raise AssertionError("unreachable")

    # -- reading ---------------------------------------------------------------

    def claims(self, outcome: Outcome | str | None = None, since: str | date | None = None,
               until: str | date | None = None, place: str | None = None,
               reported_by: str | None = None, document: str | int | None = None,
               limit: int | None = None, *, side: str | None = None, role: str | None = None,
               site: str | None = None, reviewed: bool | None = None,
               rejected: bool = False) -> Iterator[StoredClaim]:
        """Stored claims, oldest first, filtered, with reviewers' corrections applied.

        ``since``/``until`` (inclusive, "YYYY[-MM[-DD]]") compare the claim's date,
        else its page's published date; ``place``, ``reported_by``, ``side`` and
        ``site`` match a case-insensitive part of the field; ``role`` is a victims
        role; ``reviewed`` True/False keeps claims with/without a review;
        claims a reviewer rejected are left out unless ``rejected``; ``document``
        takes any key ``document()`` does.
        """
        # Resolved (and bad filters refused) now, not at the first next().
        document_id = None if document is None else self._document_row(str(document)).id
        query = queries.filter_claims(queries.claim_select(), outcome=outcome, since=since,
                                      until=until, place=place, reported_by=reported_by,
                                      document_id=document_id, side=side, role=role, site=site,
                                      reviewed=reviewed, rejected=rejected)
        return self._rows(query.limit(limit), stored_claim_from_row)

    def claim(self, claim_id: int) -> StoredClaim:
        """One claim by database id (rejected or not); NotFoundError when there is none."""
        query = queries.claim_select().where(claims_table.c.id == int(claim_id))
        found = list(self._rows(query, stored_claim_from_row))
        if not found:
            raise NotFoundError(f"{self.url}: no claim with id {claim_id}")
        return found[0]

    def review(self, claim_id: int, action: str, reviewer: str, changes: dict[str, Any] | None = None,
               note: str | None = None) -> StoredClaim:
        """Accept, reject, correct (``changes``: {column: value}) or move (``{"incident": id}``) a claim.

        The change is logged (who, when, before, after) and survives re-extraction
        of the page (see ``tollbook.store.reviews``). Returns the claim as it now reads.
        """
        try:
            with connect.writing(self._engine) as connection:   # BEGIN IMMEDIATE: waits for another writer
                reviews.review_claim(connection, int(claim_id), action, reviewer, changes, note,
                                     datetime.now(UTC))
        except sa.exc.SQLAlchemyError as e:
            raise connect.store_error(self._engine.url, e, f"cannot review claim {claim_id}") from e
        return self.claim(claim_id)

    def review_log(self, claim_id: int | None = None,
                   document: str | int | None = None) -> list[reviews.ReviewEntry]:
        """The audit log of one claim's review, or of every review on one document; oldest first."""
        document_id = None if document is None else self._document_row(str(document)).id
        with self._reading() as connection:
            return reviews.log_entries(connection, claim_id=claim_id, document_id=document_id)

    def document(self, key: str | int) -> tuple[StoredDocument, list[StoredClaim]]:
        """One document (with its text) and all its claims, rejected ones too (see ``StoredClaim.review``).

        ``key`` is the database id, the document name, its url, or a prefix of
        its content hash (8 hex digits or more). Raises StoreError when no
        document, or more than one, matches.
        """
        stored = self._document_row(str(key))
        found = list(self.claims(document=stored.id, rejected=True))
        return replace(stored, claim_count=len(found)), found

    def documents(self, language: str | None = None, site: str | None = None,
                  since: str | date | None = None, until: str | date | None = None,
                  limit: int | None = None, with_text: bool = False) -> Iterator[StoredDocument]:
        """Stored documents, oldest first, each with its claim count; text only if asked."""
        query = queries.filter_documents(queries.document_select(with_text), language=language,
                                         site=site, since=since, until=until)
        return self._rows(query.limit(limit), stored_document_from_row)

    def stats(self) -> dict[str, Any]:
        """Counts for a summary: documents, claims, and claims or documents by a few fields."""
        with self._reading() as connection:
            scalar = connection.scalar
            return {
                "documents": scalar(sa.select(sa.func.count()).select_from(documents_table)),
                "claims": scalar(sa.select(sa.func.count()).select_from(claims_table)),
                # Claims stored but in no incident yet (an ingest killed before grouping);
                # `tollbook incidents --rebuild` or the next ingest groups them.
                "claims_pending_grouping": scalar(sa.select(sa.func.count()).select_from(claims_table)
                                                  .where(claims_table.c.incident.is_(None))),
                "claims_by_outcome": _count_by(connection, claims_table.c.outcome),
                "claims_by_extractor_version": _count_by(connection, claims_table.c.extractor_version),
                "documents_by_language": _count_by(connection, documents_table.c.language),
                "documents_by_site": _count_by(connection, documents_table.c.site),
                "published": {"first": scalar(sa.select(sa.func.min(documents_table.c.published))),
                              "last": scalar(sa.select(sa.func.max(documents_table.c.published)))},
            }

    # -- helpers -----------------------------------------------------------------

    @contextmanager
    def _reading(self) -> Iterator[sa.Connection]:
        try:
            with self._engine.connect() as connection:
                yield connection
        except sa.exc.SQLAlchemyError as e:
            raise connect.store_error(self._engine.url, e) from e

    def _rows(self, query: sa.Select, convert) -> Iterator[Any]:
        with self._reading() as connection:
            for row in connection.execute(query):
                yield convert(row)

    def _document_row(self, key: str) -> StoredDocument:
        with self._reading() as connection:
            rows = _find_document(connection, key.strip())
        if not rows:
            raise NotFoundError(f"{self.url}: no document matches {key!r}")
        if len(rows) > 1:
            raise StoreError(f"{self.url}: {len(rows)} documents match {key!r}; use the database id")
        return stored_document_from_row(rows[0])


def _find_document(connection: sa.Connection, key: str) -> list[sa.Row]:
    """Rows matching a document key, trying the most specific kind of key first."""
    table = documents_table
    query = sa.select(table)
    tries = [table.c.name == key, table.c.url == key]
    if key.isdigit():
        tries.insert(0, table.c.id == int(key))
    if HASH_PREFIX.fullmatch(key.lower()):
        tries.append(table.c.content_hash.startswith(key.lower(), autoescape=True))
    for condition in tries:
        rows = connection.execute(query.where(condition).limit(2)).all()
        if rows:
            return rows
    return []


def _count_by(connection: sa.Connection, column: sa.Column) -> dict[str, int]:
    """{value: rows} for one column, most frequent first; NULL shows as "unknown"."""
    count = sa.func.count().label("n")
    rows = connection.execute(sa.select(column, count).group_by(column).order_by(count.desc(), column))
    return {("unknown" if value is None else value): n for value, n in rows}


# -- the save transaction ---------------------------------------------------------

def _save(connection: sa.Connection, document: Document, claims: list[Claim],
          extractor_version: str) -> SaveResult:
    now = datetime.now(UTC)
    row = document_row(document, extractor_version, now)
    same_text = _one(connection, documents_table.c.content_hash == row["content_hash"])
    if same_text is None:
        row["ingested_at"] = now
        document_id = connection.execute(
            sa.insert(documents_table).values(row).returning(documents_table.c.id)).scalar_one()
        _insert_claims(connection, document_id, claims, extractor_version, now)
        return SaveResult(SaveStatus.NEW, document_id, len(claims))
    if not _same_page(same_text, row):
        return SaveResult(SaveStatus.DUPLICATE, same_text.id, _claim_count(connection, same_text.id))
    if same_text.extractor_version == extractor_version:
        return SaveResult(SaveStatus.UNCHANGED, same_text.id, _claim_count(connection, same_text.id))
    document_id = same_text.id
    connection.execute(sa.update(documents_table).where(documents_table.c.id == document_id).values(row))
    connection.execute(sa.delete(claims_table).where(claims_table.c.document_id == document_id))
    _insert_claims(connection, document_id, claims, extractor_version, now)
    reviews.reapply(connection, document_id)  # human corrections outlive re-extraction
    return SaveResult(SaveStatus.UPDATED, document_id, len(claims))


def _same_page(stored: sa.Row, row: dict[str, Any]) -> bool:
    """Whether a stored document with this text was read from the page being saved:
    the same url; with no url on either, the same name or source path."""
    if stored.url or row["url"]:
        return stored.url == row["url"]
    return stored.name == row["name"] or stored.source == row["source"]


def _insert_claims(connection: sa.Connection, document_id: int, claims: list[Claim],
                   extractor_version: str, now: datetime) -> None:
    if claims:
        rows = [claim_row(claim, document_id, extractor_version, now) for claim in claims]
        connection.execute(sa.insert(claims_table), rows)


def _one(connection: sa.Connection, condition: sa.ColumnElement) -> sa.Row | None:
    table = documents_table
    query = sa.select(table.c.id, table.c.extractor_version, table.c.url, table.c.name, table.c.source).where(condition)
    return connection.execute(query.order_by(documents_table.c.id).limit(1)).first()


def _claim_count(connection: sa.Connection, document_id: int) -> int:
    query = sa.select(sa.func.count()).where(claims_table.c.document_id == document_id)
    return connection.scalar(query)
