"""Incidents in the store: the claims grouping reads, and what grouping concluded.

The store does not group claims (``tollbook.incidents`` does; ``tollbook.pipeline``
composes the two). It hands claims out as ``ClaimRecord``s and keeps the result:

    incidents          one row per incident: scope, where, when, side, first / latest report
    incident_outcomes  per (incident, outcome): low / best / high, disagreement, subgroup claims
    incident_pages     the names each page repeats (``ClaimRecord.context``), read once per page
    claims.incident    the incident a claim belongs to

A record's key is ``"<document name>@<document id>#<claim id>"``: unique in the
database and stable while the page is not extracted anew, so incident ids (which
derive from their earliest member's key) are stable too.

Reviewers (``tollbook.store.reviews``) win over grouping:

- a *rejected* claim belongs to no incident and is never handed out;
- a *moved* claim (its review's corrections hold an ``incident``) is *pinned*:
  it is left out of grouping (``claim_records`` gives it only when asked for
  pinned claims) and joins the incident whose id the reviewer gave.

An incident is *stale* when what it was written from changed: its number of
members (a claim re-extracted, rejected, moved in or out) or a member's review
since it was written. ``stale_incidents`` lists them, with the ids reviewers
moved claims to that no row has yet, so an update can write them again.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa

from tollbook.errors import NotFoundError, StoreError
from tollbook.model import (ClaimRecord, Incident, IncidentReport, Outcome, OutcomeSummary, Scope,
                            SourceFigure)
from tollbook.store import connect, queries
from tollbook.store.records import StoredClaim, StoredDocument, as_utc, claim_from_row, stored_claim_from_row
from tollbook.store.schema import claims, documents, incident_outcomes, incident_pages, incidents, reviews

IN_CHUNK = 500          # ids per IN (...) list: SQLite limits bound parameters per statement
TALLY_KEYS = ("place", "origin", "side", "week")
UNKNOWN = "unknown"


@dataclass(frozen=True)
class StoredIncident:
    """An incident as stored: its report, with what the report does not carry.

    In listings ``report.outcomes[*].sources`` is empty; ``Store.incident(id)`` fills it.
    """
    report: IncidentReport
    side: str | None
    origin: str | None
    claim_count: int
    document_count: int
    updated_at: datetime

    @property
    def id(self) -> str:
        return self.report.id

    def outcome(self, outcome: Outcome | str) -> OutcomeSummary | None:
        return next((o for o in self.report.outcomes if o.outcome == outcome), None)

    def to_dict(self) -> dict[str, Any]:
        report = self.report
        return {"id": report.id, "scope": str(report.scope), "location": report.location, "date": report.date,
                "side": self.side, "origin": self.origin, "first_report": report.first_report,
                "latest_report": report.latest_report, "claims": self.claim_count,
                "documents": self.document_count,
                "outcomes": {str(o.outcome): _outcome_dict(o) for o in report.outcomes}}


@dataclass(frozen=True)
class TallyRow:
    """Incidents of one kind (a place, a week...) and one outcome, each counted once."""
    key: str
    outcome: str
    incidents: int          # incidents with this outcome
    with_figure: int        # ... of which some report gives a number
    low: int                # sums over those incidents of their low / best / high
    best: int
    high: int

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "outcome": self.outcome, "incidents": self.incidents,
                "with_figure": self.with_figure, "low": self.low, "best": self.best, "high": self.high}


def _outcome_dict(summary: OutcomeSummary) -> dict[str, Any]:
    return {"low": summary.low, "best": summary.best, "high": summary.high,
            "disagreement": summary.disagreement, "first_report": summary.first_report,
            "latest_report": summary.latest_report,
            "sources": [{"key": s.key, "document": s.document, "site": s.site, "published": s.published,
                         "reported_by": s.reported_by, **s.count.to_dict(), "evidence": s.evidence,
                         "subgroup": s.subgroup} for s in summary.sources]}


# -- keys ---------------------------------------------------------------------------

def record_key(document_name: str, document_id: int, claim_id: int) -> str:
    return f"{document_name}@{document_id}#{claim_id}"


def claim_id_of(key: str) -> int:
    """The claim id in a record key made by ``record_key``."""
    try:
        return int(key.rsplit("#", 1)[1])
    except (IndexError, ValueError):
        raise StoreError(f"incidents: {key!r} is not the key of a stored claim") from None


# -- claims for grouping ------------------------------------------------------------

def _record_select() -> sa.Select:
    """Claims with their page facts, page names and review, leaving out rejected claims."""
    return (sa.select(claims, documents.c.name, documents.c.site, documents.c.published,
                      documents.c.language, documents.c.title, incident_pages.c.names.label("page_names"),
                      reviews.c.corrections)
            .join(documents, claims.c.document_id == documents.c.id)
            .outerjoin(incident_pages, incident_pages.c.document_id == claims.c.document_id)
            .outerjoin(reviews, reviews.c.claim_id == claims.c.id)
            .where(sa.or_(reviews.c.status.is_(None), reviews.c.status != "rejected"))
            .order_by(claims.c.id))


def _is_pinned(row: Any) -> bool:
    return bool(row.corrections) and "incident" in json.loads(row.corrections)


def _record(row: Any) -> ClaimRecord:
    names, words = _page_names(row.page_names)
    return ClaimRecord(key=record_key(row.name, row.document_id, row.id), document=f"{row.name}@{row.document_id}",
                       claim=claim_from_row(row), site=row.site, published=row.published,
                       language=row.language, title=row.title, context=names, page_words=words)


def _page_names(stored: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """(name stems, words) of a page as ``save_page_names`` stored them (a bare list: stems only)."""
    value = json.loads(stored) if stored else []
    if isinstance(value, list):
        return frozenset(value), frozenset()
    return frozenset(value.get("names", ())), frozenset(value.get("words", ()))


def _ungrouped() -> sa.ColumnElement:
    """A claim in no stored incident: none given yet, or its incident was removed."""
    known = sa.select(incidents.c.id).where(incidents.c.id == claims.c.incident).exists()
    return sa.or_(claims.c.incident.is_(None), ~known)


def _within(column: sa.ColumnElement, since: str, until: str) -> sa.ColumnElement:
    """A (possibly partial) date column that can fall between two days (``queries`` explains)."""
    return sa.and_(queries.last_day(column) >= since, column <= queries.last_day_of(until))


def claim_records(connection: sa.Connection, *, ungrouped: bool = False, incident_ids: Iterable[str] | None = None,
                  since: str | None = None, until: str | None = None, pinned: bool = False) -> list[ClaimRecord]:
    """Claims as grouping reads them; see ``Store.claim_records``."""
    query = _record_select()
    if ungrouped:
        query = query.where(_ungrouped())
    if since is not None and until is not None:
        undated = sa.and_(claims.c.date.is_(None), documents.c.published.is_(None))
        query = query.where(sa.or_(_within(claims.c.date, since, until),
                                   _within(documents.c.published, since, until), undated))
    if incident_ids is None:
        return [_record(row) for row in connection.execute(query) if _is_pinned(row) == pinned]
    found = []
    for chunk in _chunks(sorted(set(incident_ids))):
        rows = connection.execute(query.where(claims.c.incident.in_(chunk)))
        found += [_record(row) for row in rows if _is_pinned(row) == pinned]
    return sorted(found, key=lambda record: claim_id_of(record.key))


def _chunks(values: list) -> Iterator[list]:
    for start in range(0, len(values), IN_CHUNK):
        yield values[start:start + IN_CHUNK]


def pages_to_read(connection: sa.Connection) -> list[StoredDocument]:
    """Pages (with their text) that hold a claim in no incident: their names are read (again)."""
    waiting = (sa.select(claims.c.document_id).outerjoin(reviews, reviews.c.claim_id == claims.c.id)
               .where(_ungrouped(), sa.or_(reviews.c.status.is_(None), reviews.c.status != "rejected")))
    query = sa.select(documents).where(documents.c.id.in_(waiting)).order_by(documents.c.id)
    return [StoredDocument(id=r.id, name=r.name, source=r.source, url=r.url, site=r.site, published=r.published,
                           title=r.title, language=r.language, content_hash=r.content_hash,
                           extractor_version=r.extractor_version, ingested_at=as_utc(r.ingested_at),
                           updated_at=as_utc(r.updated_at), text=r.text)
            for r in connection.execute(query)]


def save_page_names(connection: sa.Connection, names: dict[int, tuple[Iterable[str], Iterable[str]]]) -> None:
    """Replace the names of these pages: document id -> (name stems it repeats, capitalised words it
    repeats as written: ``ClaimRecord.context`` and ``ClaimRecord.page_words``)."""
    if not names:
        return
    ids = list(names)
    for chunk in _chunks(ids):
        connection.execute(sa.delete(incident_pages).where(incident_pages.c.document_id.in_(chunk)))
    connection.execute(sa.insert(incident_pages),
                       [{"document_id": i, "names": json.dumps({"names": sorted(names[i][0]),
                                                                "words": sorted(names[i][1])}, ensure_ascii=False)}
                        for i in ids])


def stale_incidents(connection: sa.Connection) -> set[str]:
    """Incidents to write again (see the module docstring), and ids reviewers moved claims to."""
    members = (sa.select(sa.func.count()).select_from(claims.outerjoin(reviews, reviews.c.claim_id == claims.c.id))
               .where(claims.c.incident == incidents.c.id,
                      sa.or_(reviews.c.status.is_(None), reviews.c.status != "rejected"))
               .scalar_subquery())
    reviewed_since = (sa.select(reviews.c.id).join(claims, reviews.c.claim_id == claims.c.id)
                      .where(claims.c.incident == incidents.c.id, reviews.c.updated_at > incidents.c.updated_at)
                      .exists())
    stale = set(connection.scalars(sa.select(incidents.c.id).where(
        sa.or_(members != incidents.c.claim_count, reviewed_since))))
    pinned_to = {record.claim.incident for record in claim_records(connection, pinned=True)}
    stored = _existing(connection, pinned_to)
    return stale | (pinned_to - stored)


def _existing(connection: sa.Connection, ids: set[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(sorted(ids)):
        found |= set(connection.scalars(sa.select(incidents.c.id).where(incidents.c.id.in_(chunk))))
    return found


# -- writing ------------------------------------------------------------------------

def save_incidents(connection: sa.Connection, written: list[tuple[Incident, IncidentReport]],
                   replaced: Iterable[str], now: datetime) -> None:
    """Remove the ``replaced`` incidents, write these, and point their member claims at them."""
    gone = sorted(set(replaced) | {incident.id for incident, _ in written})
    for chunk in _chunks(gone):
        connection.execute(sa.delete(incident_outcomes).where(incident_outcomes.c.incident_id.in_(chunk)))
        connection.execute(sa.delete(incidents).where(incidents.c.id.in_(chunk)))
    if not written:
        return
    connection.execute(sa.insert(incidents), [_incident_row(i, r, now) for i, r in written])
    outcome_rows = [_outcome_row(report.id, summary) for _, report in written for summary in report.outcomes]
    if outcome_rows:
        connection.execute(sa.insert(incident_outcomes), outcome_rows)
    membership = [{"claim": claim_id_of(record.key), "value": incident.id}
                  for incident, _ in written for record in incident.records]
    connection.execute(sa.update(claims).where(claims.c.id == sa.bindparam("claim"))
                       .values(incident=sa.bindparam("value")), membership)


def _incident_row(incident: Incident, report: IncidentReport, now: datetime) -> dict[str, Any]:
    records = incident.records
    return {"id": incident.id, "scope": str(incident.scope), "location": report.location, "date": report.date,
            "side": _most_common(r.claim.side for r in records),
            "origin": _most_common(r.claim.origin for r in records),
            "first_report": report.first_report, "latest_report": report.latest_report,
            "claim_count": len(records), "document_count": len({r.document for r in records}),
            "updated_at": now}


def _outcome_row(incident_id: str, summary: OutcomeSummary) -> dict[str, Any]:
    subgroups = sorted(claim_id_of(s.key) for s in summary.sources if s.subgroup)
    return {"incident_id": incident_id, "outcome": str(summary.outcome), "low": summary.low,
            "best": summary.best, "high": summary.high, "first_report": summary.first_report,
            "latest_report": summary.latest_report, "disagreement": summary.disagreement,
            "source_count": len(summary.sources), "subgroups": json.dumps(subgroups)}


def _most_common(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    return min(counts, key=lambda v: (-counts[v], v)) if counts else None


def clear_incidents(connection: sa.Connection) -> None:
    """Forget every incident and page name; claims moved by a reviewer keep their incident."""
    connection.execute(sa.delete(incident_outcomes))
    connection.execute(sa.delete(incidents))
    connection.execute(sa.delete(incident_pages))
    pinned = [claim_id_of(record.key) for record in claim_records(connection, pinned=True)]
    connection.execute(sa.update(claims).where(claims.c.id.not_in(pinned)).values(incident=None))


# -- reading ------------------------------------------------------------------------

def list_incidents(connection: sa.Connection, *, outcome=None, since=None, until=None, place=None, side=None,
                   role=None, scope=None, ids: Iterable[str] | None = None,
                   limit: int | None = None) -> list[StoredIncident]:
    """Stored incidents, earliest first, filtered (see ``Store.incidents``)."""
    query = _filter_incidents(sa.select(incidents), outcome=outcome, since=since, until=until, place=place,
                              side=side, role=role, scope=scope)
    if ids is not None:
        rows = [row for chunk in _chunks(sorted(set(ids)))
                for row in connection.execute(query.where(incidents.c.id.in_(chunk)))]
        rows = sorted(rows, key=lambda row: (row.date or row.first_report or "", row.id))[:limit]
    else:
        rows = connection.execute(query.order_by(_when(), incidents.c.id).limit(limit)).all()
    summaries = _outcome_rows(connection, [row.id for row in rows])
    return [_stored_incident(row, summaries.get(row.id, [])) for row in rows]


def _when() -> sa.ColumnElement:
    return sa.func.coalesce(incidents.c.date, incidents.c.first_report)


def _filter_incidents(query: sa.Select, *, outcome, since, until, place, side, role, scope) -> sa.Select:
    if outcome is not None:
        query = query.where(sa.select(incident_outcomes.c.outcome).where(
            incident_outcomes.c.incident_id == incidents.c.id,
            incident_outcomes.c.outcome == queries.known_outcome(outcome)).exists())
    if since is not None:
        query = query.where(queries.last_day(_when()) >= queries.partial_date(since, "since"))
    if until is not None:
        query = query.where(_when() <= queries.last_day_of(queries.partial_date(until, "until")))
    if place is not None:
        query = query.where(incidents.c.location.icontains(place, autoescape=True))
    if side is not None:
        query = query.where(incidents.c.side.icontains(side, autoescape=True))
    if scope is not None:
        query = query.where(incidents.c.scope == str(Scope(scope)))
    if role is not None:
        query = query.where(sa.select(claims.c.id).where(claims.c.incident == incidents.c.id,
                                                         claims.c.victims_role == str(role)).exists())
    return query


def _outcome_rows(connection: sa.Connection, ids: list[str]) -> dict[str, list[Any]]:
    found: dict[str, list[Any]] = {}
    for chunk in _chunks(ids):
        for row in connection.execute(sa.select(incident_outcomes).where(incident_outcomes.c.incident_id.in_(chunk))):
            found.setdefault(row.incident_id, []).append(row)
    for rows in found.values():
        rows.sort(key=lambda row: list(Outcome).index(Outcome(row.outcome)))
    return found


def _stored_incident(row: Any, outcome_rows: list[Any], sources: dict[str, tuple] | None = None) -> StoredIncident:
    sources = sources or {}
    outcomes = tuple(OutcomeSummary(outcome=Outcome(o.outcome), low=o.low, best=o.best, high=o.high,
                                    first_report=o.first_report, latest_report=o.latest_report,
                                    sources=sources.get(o.outcome, ()), disagreement=bool(o.disagreement))
                     for o in outcome_rows)
    report = IncidentReport(id=row.id, scope=Scope(row.scope), location=row.location, date=row.date,
                            first_report=row.first_report, latest_report=row.latest_report, outcomes=outcomes)
    return StoredIncident(report=report, side=row.side, origin=row.origin, claim_count=row.claim_count,
                          document_count=row.document_count, updated_at=as_utc(row.updated_at))


def incident_detail(connection: sa.Connection, incident_id: str) -> tuple[StoredIncident, list[StoredClaim]]:
    """One incident with every source figure, and its member claims (rejected ones left out)."""
    row = connection.execute(sa.select(incidents).where(incidents.c.id == incident_id)).first()
    if row is None:
        raise NotFoundError(f"no incident with id {incident_id!r}")
    outcome_rows = _outcome_rows(connection, [incident_id]).get(incident_id, [])
    query = queries.filter_claims(queries.claim_select(), rejected=False).where(claims.c.incident == incident_id)
    members = sorted((stored_claim_from_row(r) for r in connection.execute(query)), key=_report_order)
    subgroups = {claim_id for o in outcome_rows for claim_id in json.loads(o.subgroups)}
    sources: dict[str, tuple] = {}
    for stored in members:
        figure = _source_figure(stored, stored.id in subgroups)
        sources[str(stored.claim.outcome)] = (*sources.get(str(stored.claim.outcome), ()), figure)
    return _stored_incident(row, outcome_rows, sources), members


def _report_order(stored: StoredClaim) -> tuple:
    return (stored.published or stored.claim.date or "9999", stored.id)


def _source_figure(stored: StoredClaim, subgroup: bool) -> SourceFigure:
    claim = stored.claim
    document = f"{stored.document_name}@{stored.document_id}"
    return SourceFigure(key=record_key(stored.document_name, stored.document_id, stored.id), document=document,
                        site=stored.site, published=stored.published or claim.date,
                        reported_by=claim.reported_by, count=claim.count, evidence=claim.evidence,
                        subgroup=subgroup)


@dataclass(frozen=True)
class PlaceMentions:
    """What an incident's reports say about where it was, for resolving its canonical place.

    ``own``: (location as written, page language) of each member claim that names one;
    ``page``: the same for the other claims on its members' pages, for an incident
    whose own claims name no place.
    """
    own: tuple[tuple[str, str | None], ...]
    page: tuple[tuple[str, str | None], ...]


def place_mentions(connection: sa.Connection, incident_ids: Iterable[str]) -> dict[str, PlaceMentions]:
    """Incident id -> the place mentions of its claims and of its pages (rejected claims left out)."""
    ids = sorted(set(incident_ids))
    kept = sa.or_(reviews.c.status.is_(None), reviews.c.status != "rejected")
    select = (sa.select(claims.c.incident, claims.c.document_id, claims.c.location, documents.c.language)
              .join(documents, claims.c.document_id == documents.c.id)
              .outerjoin(reviews, reviews.c.claim_id == claims.c.id).where(kept))
    own: dict[str, list[tuple]] = {i: [] for i in ids}
    pages: dict[str, set[int]] = {i: set() for i in ids}
    for chunk in _chunks(ids):
        for row in connection.execute(select.where(claims.c.incident.in_(chunk)).order_by(claims.c.id)):
            pages[row.incident].add(row.document_id)
            if row.location:
                own[row.incident].append((row.location, row.language))
    on_page: dict[int, list[tuple]] = {}
    for chunk in _chunks(sorted(set().union(*pages.values()))):
        query = select.where(claims.c.document_id.in_(chunk), claims.c.location.is_not(None))
        for row in connection.execute(query.order_by(claims.c.id)):
            on_page.setdefault(row.document_id, []).append((row.location, row.language))
    return {i: PlaceMentions(own=tuple(own[i]),
                             page=tuple(m for d in sorted(pages[i]) for m in on_page.get(d, ())))
            for i in ids}


def tally(connection: sa.Connection, by: str, *, outcome=None, since=None, until=None) -> list[TallyRow]:
    """Totals of incidents (never running totals) by place, origin, side or week; each incident once.

    Each incident adds its own low / best / high once per outcome, so that ten
    reports of one strike count once, and subgroups ("five of them children")
    are never added: they are not in an incident's figures.
    """
    if by not in TALLY_KEYS:
        raise StoreError(f"tally: by {by!r}? use one of {', '.join(TALLY_KEYS)}")
    listed = list_incidents(connection, outcome=outcome, since=since, until=until, scope=Scope.INCIDENT)
    rows = tally_rows(listed, lambda stored: _tally_key(stored, by), outcome)
    return sorted(rows, key=lambda r: (list(Outcome).index(Outcome(r.outcome)), -r.best, r.key))


def tally_rows(listed: list[StoredIncident], key_of, outcome: str | None = None) -> list[TallyRow]:
    """One row per (key_of(incident), outcome): how many incidents, how many with a figure, and their
    low / best / high added, each incident once (unsorted). ``outcome`` keeps only that outcome."""
    wanted = queries.known_outcome(outcome) if outcome is not None else None
    totals: dict[tuple[str, str], list[int]] = {}
    for stored in listed:
        for summary in stored.report.outcomes:
            if wanted is not None and str(summary.outcome) != wanted:
                continue
            numbers = totals.setdefault((key_of(stored), str(summary.outcome)), [0, 0, 0, 0, 0])
            numbers[0] += 1
            if summary.best is not None:
                numbers[1] += 1
                numbers[2] += summary.low
                numbers[3] += summary.best
                numbers[4] += summary.high
    return [TallyRow(key, out, *numbers) for (key, out), numbers in totals.items()]


def _tally_key(stored: StoredIncident, by: str) -> str:
    if by == "week":
        return _iso_week(stored.report.date or stored.report.first_report)
    value = {"place": stored.report.location, "origin": stored.origin, "side": stored.side}[by]
    return value or UNKNOWN


def _iso_week(day: str | None) -> str:
    """"2023-05-16" -> "2023-W20"; a month alone, or nothing, stays as it is ("2023-05", "unknown")."""
    try:
        year, week, _ = date.fromisoformat((day or "")[:10]).isocalendar()
    except ValueError:
        return day or UNKNOWN
    return f"{year}-W{week:02d}"


# -- the Store methods -----------------------------------------------------------------

class IncidentMethods:
    """The incident half of ``Store`` (mixed in there): grouping's input and its results."""

    def claim_records(self, *, ungrouped: bool = False, incident_ids: Iterable[str] | None = None,
                      since: str | None = None, until: str | None = None,
                      pinned: bool = False) -> list[ClaimRecord]:
        """Stored claims as grouping reads them (rejected ones never), oldest first.

        ``ungrouped``: only claims in no stored incident; ``incident_ids``: only
        members of these incidents; ``since``/``until`` (both, ISO days): only claims
        whose date or page date can fall between them, and undated ones.
        Claims a reviewer moved are left out, unless ``pinned``: then only they.
        """
        with self._reading() as connection:
            return claim_records(connection, ungrouped=ungrouped, incident_ids=incident_ids, since=since,
                                 until=until, pinned=pinned)

    def pages_to_read(self) -> list[StoredDocument]:
        """Pages, with their text, whose names grouping has not read (``save_page_names``)."""
        with self._reading() as connection:
            return pages_to_read(connection)

    def save_page_names(self, names: dict[int, tuple[Iterable[str], Iterable[str]]]) -> None:
        self._writing(save_page_names, names, doing="cannot save page names")

    def stale_incidents(self) -> set[str]:
        with self._reading() as connection:
            return stale_incidents(connection)

    def save_incidents(self, written: list[tuple[Incident, IncidentReport]], replaced: Iterable[str] = ()) -> None:
        """In one transaction: drop ``replaced`` incidents, write these, set their claims' ``incident``."""
        self._writing(save_incidents, written, set(replaced), datetime.now(UTC), doing="cannot save incidents")

    def clear_incidents(self) -> None:
        self._writing(clear_incidents, doing="cannot clear incidents")

    def incidents(self, outcome: Outcome | str | None = None, since: str | date | None = None,
                  until: str | date | None = None, place: str | None = None, side: str | None = None,
                  role: str | None = None, scope: Scope | str | None = None,
                  ids: Iterable[str] | None = None, limit: int | None = None) -> list[StoredIncident]:
        """Stored incidents, earliest first (by date, else first report), without their sources.

        ``outcome``: incidents with figures for it; ``since``/``until`` as for claims;
        ``place`` / ``side``: part of the incident's location / side; ``role``: one of
        its claims names victims of that role; ``scope``: "incident" or "cumulative";
        ``ids``: only these incidents.
        """
        with self._reading() as connection:
            return list_incidents(connection, outcome=outcome, since=since, until=until, place=place, side=side,
                                  role=role, scope=scope, ids=ids, limit=limit)

    def place_mentions(self, incident_ids: Iterable[str]) -> dict[str, PlaceMentions]:
        """Incident id -> where its claims, and the other claims of its pages, say it was."""
        with self._reading() as connection:
            return place_mentions(connection, incident_ids)

    def incident(self, incident_id: str) -> tuple[StoredIncident, list[StoredClaim]]:
        """One incident with its sources, and its member claims; NotFoundError when there is none."""
        with self._reading() as connection:
            try:
                return incident_detail(connection, incident_id.strip())
            except NotFoundError as e:
                raise NotFoundError(f"{self.url}: {e}") from None

    def tally(self, by: str = "place", outcome: Outcome | str | None = None, since: str | date | None = None,
              until: str | date | None = None) -> list[TallyRow]:
        with self._reading() as connection:
            return tally(connection, by, outcome=outcome, since=since, until=until)

    def _writing(self, function, *args, doing: str) -> None:
        try:   # BEGIN IMMEDIATE on SQLite: a deferred transaction that reads, then writes fails at once
            with connect.writing(self._engine) as connection:   # when another process wrote in between
                function(connection, *args)
        except sa.exc.SQLAlchemyError as e:
            raise connect.store_error(self._engine.url, e, doing) from e


__all__ = ["IncidentMethods", "PlaceMentions", "StoredIncident", "TallyRow", "claim_id_of", "record_key"]
