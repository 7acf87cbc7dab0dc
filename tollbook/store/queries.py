"""The SELECTs behind the read side of the store. Every filter value is a bound parameter."""
from __future__ import annotations

import re
from datetime import date

import sqlalchemy as sa

from tollbook.errors import StoreError
from tollbook.model import Outcome
from tollbook.store.schema import claims, documents, reviews

PARTIAL_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def claim_select() -> sa.Select:
    """Claims joined with the document fields a StoredClaim carries (and any review), in insertion order."""
    return (sa.select(claims, documents.c.name, documents.c.url, documents.c.title,
                      documents.c.published, documents.c.site, reviews.c.status.label("review_status"))
            .join(documents, claims.c.document_id == documents.c.id)
            .outerjoin(reviews, reviews.c.claim_id == claims.c.id)
            .order_by(claims.c.id))


def filter_claims(query: sa.Select, *, outcome=None, since=None, until=None, place=None,
                  reported_by=None, document_id=None, side=None, role=None, site=None,
                  reviewed=None, rejected=False) -> sa.Select:
    if outcome is not None:
        query = query.where(claims.c.outcome == known_outcome(outcome))
    if since is not None:
        query = query.where(last_day(claim_date()) >= partial_date(since, "since"))
    if until is not None:
        query = query.where(claim_date() <= last_day_of(partial_date(until, "until")))
    if place is not None:
        query = query.where(claims.c.location.icontains(place, autoescape=True))
    if reported_by is not None:
        query = query.where(claims.c.reported_by.icontains(reported_by, autoescape=True))
    if document_id is not None:
        query = query.where(claims.c.document_id == document_id)
    return filter_review_fields(query, side=side, role=role, site=site, reviewed=reviewed, rejected=rejected)


def filter_review_fields(query: sa.Select, *, side=None, role=None, site=None, reviewed=None,
                         rejected=False) -> sa.Select:
    """The filters the dashboard adds: side, role, site, reviewed or not; rejected claims left out."""
    if side is not None:
        query = query.where(claims.c.side.icontains(side, autoescape=True))
    if role is not None:
        query = query.where(claims.c.victims_role == str(role))
    if site is not None:
        query = query.where(documents.c.site.icontains(site, autoescape=True))
    if reviewed is not None:
        query = query.where(reviews.c.status.is_not(None) if reviewed else reviews.c.status.is_(None))
    if not rejected:
        query = query.where(sa.or_(reviews.c.status.is_(None), reviews.c.status != "rejected"))
    return query


def known_outcome(outcome: str) -> str:
    """The outcome as stored; a word that is not one is refused rather than matching nothing."""
    try:
        return str(Outcome(str(outcome).strip().lower()))
    except ValueError:
        known = ", ".join(Outcome)
        raise StoreError(f"outcome: not one of {known}: {outcome!r}") from None


def claim_date() -> sa.ColumnElement:
    """When a claim happened: its own date, else the date its page was published."""
    return sa.func.coalesce(claims.c.date, documents.c.published)


# Dates are ISO strings, some only "YYYY-MM" (or "YYYY"). A partial date is the
# whole month (or year): it matches `since` when its LAST day is on or after it,
# and `until` when its first day ("2022-03" sorts before "2022-03-01") is on or
# before it. The comparisons are plain string ones, which ISO order makes right.

def last_day(value: sa.ColumnElement) -> sa.ColumnElement:
    """SQL: "2022-03" -> "2022-03-31", "2022" -> "2022-12-31", a full date as it is."""
    return sa.case(
        (sa.func.length(value) == 7, value.concat("-31")),
        (sa.func.length(value) == 4, value.concat("-12-31")),
        else_=value,
    )


def last_day_of(value: str) -> str:
    """The same as ``last_day``, in Python, for a bound given by the caller."""
    return {7: value + "-31", 4: value + "-12-31"}.get(len(value), value)


def partial_date(value: str | date, name: str) -> str:
    """A caller's bound as an ISO string, checked: "2022", "2022-03" or "2022-03-01"."""
    text = value.isoformat() if isinstance(value, date) else str(value).strip()
    if not PARTIAL_DATE.fullmatch(text) or not _is_real_date(text):
        raise StoreError(f"{name}: not a date: {value!r} (want YYYY-MM-DD, YYYY-MM or YYYY)")
    return text


def _is_real_date(text: str) -> bool:
    """"2023-13-45" and "2023-02-30" have the shape of a date but name no day."""
    year, month, day = (text.split("-") + ["01", "01"])[:3]
    try:
        date(int(year), int(month), int(day))
    except ValueError:
        return False
    return True


def document_select(with_text: bool) -> sa.Select:
    """Documents with the number of claims each holds, oldest first."""
    counted = (sa.select(sa.func.count()).where(claims.c.document_id == documents.c.id)
               .scalar_subquery().label("claim_count"))
    columns = [column for column in documents.c if with_text or column.key != "text"]
    return sa.select(*columns, counted).order_by(documents.c.id)


def filter_documents(query: sa.Select, *, language=None, site=None, since=None, until=None) -> sa.Select:
    if language is not None:
        query = query.where(documents.c.language == language)
    if site is not None:
        query = query.where(documents.c.site == site)
    if since is not None:
        query = query.where(last_day(documents.c.published) >= partial_date(since, "since"))
    if until is not None:
        query = query.where(documents.c.published <= last_day_of(partial_date(until, "until")))
    return query
