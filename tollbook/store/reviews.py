"""Human review of claims: verdicts, corrections that win, and an audit log.

A reviewer accepts, rejects or corrects a claim (any of ``CORRECTABLE``), or
moves it to another incident (a correction of ``incident``). Corrected values
are written into the claim's own row, so every read, filter, count and export
sees them; the review row keeps them too, with the *anchor* that finds the
claim again after the page is extracted anew:

    anchor = (document, evidence text as extracted, outcome as extracted)

``Store.save`` replaces a page's claims when the page or the extractor changes;
it then calls ``reapply``, which points each review of that page at the new
claim with the same anchor (the one nearest the old offset when the sentence
repeats; failing an exact match, a claim of that outcome whose evidence
contains the old one or lies inside it) and writes the corrections into it
again. A review whose sentence is gone keeps its log and waits, unattached
(``claim_id`` NULL), in case the sentence comes back.

Every change appends a ``review_log`` row: who, when, the claim's values
before and after, and an optional note. The log is never rewritten.

Incidents read their members' rows, so a change reaches their figures once
they are summarised again: ``tollbook.pipeline.review_claim`` does both (a
rejected claim leaves its incident, a corrected count replaces the extracted
one, a moved claim changes both incidents).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from tollbook.errors import NotFoundError, StoreError
from tollbook.model import CountKind, Outcome, Role, Scope
from tollbook.store.records import as_utc
from tollbook.store.schema import claims, review_log, reviews

# The claim columns a reviewer may correct. Evidence and span are not among them:
# they are the provenance that a correction is anchored to.
CORRECTABLE = ("outcome", "count_best", "count_kind", "count_text", "victims_text", "victims_role",
               "side", "origin", "location", "date", "scope", "reported_by", "incident")
ENUM_COLUMNS = {"outcome": Outcome, "count_kind": CountKind, "victims_role": Role, "scope": Scope}
NOT_NULL = ("outcome", "count_kind", "count_text", "victims_role", "scope")
ACTIONS = ("accept", "reject", "correct", "move")
ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


@dataclass(frozen=True)
class ReviewEntry:
    """One line of the audit log."""
    id: int
    claim_id: int | None
    action: str
    reviewer: str
    at: datetime
    before: dict[str, Any]
    after: dict[str, Any]
    note: str | None

    def changed(self) -> dict[str, tuple[Any, Any]]:
        """{column: (before, after)} for the values this change altered."""
        return {key: (self.before.get(key), value) for key, value in self.after.items()
                if self.before.get(key) != value}

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "claim_id": self.claim_id, "action": self.action, "reviewer": self.reviewer,
                "at": self.at.isoformat(), "before": self.before, "after": self.after, "note": self.note}


# -- writing -----------------------------------------------------------------------

def review_claim(connection: sa.Connection, claim_id: int, action: str, reviewer: str,
                 changes: dict[str, Any] | None, note: str | None, now: datetime) -> None:
    """Record one reviewer action on a claim: verdict, corrected values, log line."""
    if action not in ACTIONS:
        raise StoreError(f"review: unknown action {action!r}: use one of {', '.join(ACTIONS)}")
    if not reviewer.strip():
        raise StoreError("review: who reviews must be named")
    row = _claim_row(connection, claim_id)
    cleaned = clean_changes(changes or {}) if action in ("correct", "move") else {}
    if action == "move" and set(cleaned) != {"incident"}:
        raise StoreError("review: move changes the incident and nothing else")
    if "count_best" in cleaned:
        cleaned = _count_follows(cleaned, row)
    before = claim_values(row)
    review = _review_of(connection, claim_id) or _new_review(connection, row, reviewer, now)
    corrections = {**json.loads(review.corrections), **cleaned}
    status = "rejected" if action == "reject" else ("corrected" if corrections else "accepted")
    connection.execute(sa.update(reviews).where(reviews.c.id == review.id).values(
        status=status, corrections=json.dumps(corrections), reviewer=reviewer, updated_at=now))
    if cleaned:
        connection.execute(sa.update(claims).where(claims.c.id == claim_id).values(cleaned))
    after = claim_values(_claim_row(connection, claim_id))
    connection.execute(sa.insert(review_log).values(
        review_id=review.id, claim_id=claim_id, action=action, reviewer=reviewer, at=now,
        before=json.dumps({**before, "review": review.status}),
        after=json.dumps({**after, "review": status}), note=note))


def clean_changes(changes: dict[str, Any]) -> dict[str, Any]:
    """Corrections checked and normalised; anything the claims table would refuse is a StoreError."""
    unknown = sorted(set(changes) - set(CORRECTABLE))
    if unknown:
        raise StoreError(f"review: cannot correct {', '.join(unknown)}; correctable: {', '.join(CORRECTABLE)}")
    return {column: _clean_value(column, value) for column, value in changes.items()}


def _count_follows(cleaned: dict[str, Any], row: Any) -> dict[str, Any]:
    """A corrected number replaces the extracted one wherever the figure is shown or counted.

    Unless the reviewer changed them too, the figure's text becomes the number (the
    evidence keeps what the page wrote), and a count that was no number ("dozens")
    becomes an exact one, so that summaries count it.
    """
    best = cleaned["count_best"]
    followed = dict(cleaned)
    if best is not None and "count_text" not in cleaned:
        followed["count_text"] = str(best)
    if best is not None and "count_kind" not in cleaned and row.count_kind in (CountKind.VAGUE, CountKind.UNKNOWN):
        followed["count_kind"] = str(CountKind.EXACT)
    return followed


def _clean_value(column: str, value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
    if value in ("", None):
        if column in NOT_NULL and column != "count_text":
            raise StoreError(f"review: {column} cannot be empty")
        return "" if column == "count_text" else None
    if column in ENUM_COLUMNS:
        try:
            return str(ENUM_COLUMNS[column](str(value).lower()))
        except ValueError:
            known = ", ".join(ENUM_COLUMNS[column])
            raise StoreError(f"review: {column}: not one of {known}: {value!r}") from None
    if column == "count_best":
        return _count(value)
    if column == "date" and not ISO_DATE.fullmatch(str(value)):
        raise StoreError(f"review: date: want YYYY-MM-DD, YYYY-MM or YYYY: {value!r}")
    return str(value)


def _count(value: Any) -> int:
    try:
        number = int(str(value).replace(",", "").strip())
    except ValueError:
        raise StoreError(f"review: count_best: not a whole number: {value!r}") from None
    if number < 0:
        raise StoreError(f"review: count_best: cannot be negative: {value!r}")
    return number


def _new_review(connection: sa.Connection, row: sa.Row, reviewer: str, now: datetime) -> sa.Row:
    """A review anchored to the claim as extracted (no review yet means no correction yet)."""
    review_id = connection.execute(sa.insert(reviews).values(
        document_id=row.document_id, claim_id=row.id, anchor_outcome=row.outcome,
        anchor_evidence=row.evidence, anchor_start=row.span_start, status="accepted",
        corrections="{}", reviewer=reviewer, updated_at=now).returning(reviews.c.id)).scalar_one()
    return connection.execute(sa.select(reviews).where(reviews.c.id == review_id)).one()


# -- re-applying after a re-extraction ---------------------------------------------------

def reapply(connection: sa.Connection, document_id: int) -> None:
    """Point each review of a page at its claim among the page's (new) claims; re-write corrections."""
    found = connection.execute(sa.select(claims).where(claims.c.document_id == document_id)).all()
    taken: set[int] = set()
    page_reviews = connection.execute(
        sa.select(reviews).where(reviews.c.document_id == document_id).order_by(reviews.c.id)).all()
    for review in page_reviews:
        match = find_anchor(review, found, taken)
        claim_id = None if match is None else match.id
        connection.execute(sa.update(reviews).where(reviews.c.id == review.id).values(claim_id=claim_id))
        corrections = json.loads(review.corrections)
        if match is not None:
            taken.add(match.id)
            if corrections:
                connection.execute(sa.update(claims).where(claims.c.id == match.id).values(corrections))


def find_anchor(review: Any, candidates: list[Any], taken: set[int]) -> Any | None:
    """The claim a review belongs to: same outcome and evidence, else overlapping evidence; nearest first."""
    same_outcome = [c for c in candidates if c.outcome == review.anchor_outcome and c.id not in taken]
    old = review.anchor_evidence
    exact = [c for c in same_outcome if c.evidence == old]
    near = exact or [c for c in same_outcome if old in c.evidence or (c.evidence and c.evidence in old)]
    if not near:
        return None
    return min(near, key=lambda c: (abs(c.span_start - review.anchor_start), c.id))


# -- reading ------------------------------------------------------------------------

def log_entries(connection: sa.Connection, *, claim_id: int | None = None,
                document_id: int | None = None) -> list[ReviewEntry]:
    """The audit log of the review now attached to a claim, or of every review of a page; oldest first."""
    query = sa.select(review_log).join(reviews, review_log.c.review_id == reviews.c.id)
    if claim_id is not None:
        query = query.where(reviews.c.claim_id == claim_id)
    if document_id is not None:
        query = query.where(reviews.c.document_id == document_id)
    rows = connection.execute(query.order_by(review_log.c.id)).all()
    return [ReviewEntry(id=r.id, claim_id=r.claim_id, action=r.action, reviewer=r.reviewer, at=as_utc(r.at),
                        before=json.loads(r.before), after=json.loads(r.after), note=r.note) for r in rows]


def claim_values(row: Any) -> dict[str, Any]:
    """The correctable values of a claims row, as a plain dict (what the log records)."""
    return {column: getattr(row, column) for column in CORRECTABLE}


def _claim_row(connection: sa.Connection, claim_id: int) -> sa.Row:
    row = connection.execute(sa.select(claims).where(claims.c.id == claim_id)).first()
    if row is None:
        raise NotFoundError(f"no claim with id {claim_id}")
    return row


def _review_of(connection: sa.Connection, claim_id: int) -> sa.Row | None:
    return connection.execute(sa.select(reviews).where(reviews.c.claim_id == claim_id)).first()
