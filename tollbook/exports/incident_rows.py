"""Incidents out of tollbook: one row per incident, figures per outcome, with their sources.

Input: ``IncidentDetail``s, as ``incident_details(store)`` gives them: the stored
incident with its sources (reviews applied: rejected claims are gone, corrected
figures replace the extracted ones), its member claims, and its canonical place.

The ACLED and UCDP GED rows are events, so only incidents (never running totals)
with a *killed* figure become rows, one per incident:

- ACLED ``fatalities``: the conservative figure, ACLED's rule: the lowest figure
  among the latest day's reports (a toll revised upwards is not a disagreement;
  the latest figures are, and of those ACLED takes the lowest). UCDP ``low`` /
  ``best`` / ``high``: the incident's own.
- A toll no report gives as a number ("dozens", "an unknown number") is not zero:
  the figure cells stay empty and ``tags`` (ACLED) says what was written.
- Dates carry their precision (``event_dates``): the incident's own date when a
  report gives one, else its first report's day, marked as a range of days.
- Country, ISO code, admin1 and coordinates come from the canonical place
  (``tollbook.exports.places``); blank when no claim names a place the gazetteer knows.
"""
from __future__ import annotations

import calendar
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from tollbook.exports.places import ExportPlace, incident_place
from tollbook.model import CountKind, Outcome, Role, Scope

OUTCOMES = ("killed", "injured", "captured", "missing", "casualties")
INCIDENT_COLUMNS = (
    ("id", "scope", "date", "date_precision", "location", "country", "iso", "admin1", "latitude", "longitude",
     "place_precision", "place_from_page", "side", "origin", "first_report", "latest_report", "reports", "pages")
    + tuple(f"{o}_{part}" for o in OUTCOMES for part in ("low", "best", "high", "disagreement"))
    + ("sources", "claim_ids")
)
NUMERIC = (CountKind.EXACT, CountKind.AT_LEAST, CountKind.AT_MOST, CountKind.APPROX)
# An incident known only by its reports happened up to this many days before the first one.
REPORT_DELAY_DAYS = 7


@dataclass(frozen=True)
class IncidentDetail:
    """One stored incident with its sources, its member claims and its canonical place."""
    stored: Any                 # tollbook.store.StoredIncident, sources filled
    claims: list[Any]           # tollbook.store.StoredClaim
    place: ExportPlace


def incident_details(store: Any, **filters: Any) -> Iterator[IncidentDetail]:
    """Every stored incident ``Store.incidents(**filters)`` lists, with sources, claims and place."""
    listed = store.incidents(**filters)
    mentions = store.place_mentions([stored.id for stored in listed])
    for listed_incident in listed:
        stored, members = store.incident(listed_incident.id)
        yield IncidentDetail(stored, members, incident_place(mentions[stored.id]))


@dataclass(frozen=True)
class EventDates:
    """When an incident was, as the datasets code it."""
    day: str              # the date written as the event's (ACLED event_date)
    start: str            # the first and last day it can have been (UCDP date_start / date_end)
    end: str
    acled: int            # ACLED time_precision: 1 the day, 2 a range of days, 3 the month (or coarser)
    ucdp: int             # UCDP date_prec: 1 the day, 3 within a week, 4 the month, 5 the year
    label: str            # "day", "month", "year", or "report" when only the first report dates it


def event_dates(report: Any) -> EventDates | None:
    """The incident's own date with its precision, else the days before its first report; None: undated."""
    if report.date:
        return _own_date(report.date)
    first = report.first_report
    if first and len(first) == 10:
        reported = date.fromisoformat(first)
        start = (reported - timedelta(days=REPORT_DELAY_DAYS)).isoformat()
        return EventDates(first, start, first, acled=2, ucdp=3, label="report")
    if first and len(first) == 7:
        return _own_date(first)
    return None


def _own_date(when: str) -> EventDates:
    if len(when) == 10:
        return EventDates(when, when, when, acled=1, ucdp=1, label="day")
    year = int(when[:4])
    if len(when) == 7:
        last = calendar.monthrange(year, int(when[5:7]))[1]
        return EventDates(f"{when}-01", f"{when}-01", f"{when}-{last:02d}", acled=3, ucdp=4, label="month")
    return EventDates(f"{year}-01-01", f"{year}-01-01", f"{year}-12-31", acled=3, ucdp=5, label="year")


def conservative_figure(summary: Any) -> int | None:
    """ACLED's figure: the lowest of the latest day's figures (subgroups and vague counts never count)."""
    main = [s for s in summary.sources if not s.subgroup and s.count.kind in NUMERIC and s.count.best is not None]
    if not main:
        return summary.low
    dated = [s for s in main if s.published]
    if dated:
        latest = max(s.published for s in dated)
        main = [s for s in dated if s.published == latest]
    return min(s.count.best for s in main)


# -- rows ------------------------------------------------------------------------------

def incident_rows(details: Iterable[IncidentDetail]) -> Iterator[dict[str, Any]]:
    for detail in details:
        stored, place = detail.stored, detail.place
        report = stored.report
        dates = event_dates(report)
        row = {"id": report.id, "scope": str(report.scope), "date": report.date,
               "date_precision": dates.label if dates else None, "location": report.location,
               "country": place.country, "iso": place.iso, "admin1": place.admin1,
               "latitude": place.lat, "longitude": place.lon,
               "place_precision": place.place.precision if place.place else None,
               "place_from_page": place.from_page if place.place else None,
               "side": stored.side, "origin": stored.origin, "first_report": report.first_report,
               "latest_report": report.latest_report, "reports": stored.claim_count,
               "pages": stored.document_count, "sources": _sources(report),
               "claim_ids": " ".join(str(c.id) for c in detail.claims)}
        for summary in report.outcomes:
            name = str(summary.outcome)
            row.update({f"{name}_low": summary.low, f"{name}_best": summary.best, f"{name}_high": summary.high,
                        f"{name}_disagreement": summary.disagreement})
        yield row


def incident_acled_rows(details: Iterable[IncidentDetail]) -> Iterator[dict[str, Any]]:
    for detail, killed, dates in _killed_events(details):
        stored, place = detail.stored, detail.place
        report = stored.report
        fatalities = conservative_figure(killed)
        yield {"event_id_cnty": f"TB-{report.id}", "event_date": dates.day, "year": int(dates.day[:4]),
               "time_precision": dates.acled, "actor1": stored.side,
               "civilian_targeting": "Civilian targeting" if _all_civilian(detail.claims) else "",
               "iso": place.iso, "country": place.country, "admin1": place.admin1,
               "location": place.place.name if place.place else report.location,
               "latitude": place.lat, "longitude": place.lon, "geo_precision": place.acled_precision(),
               "source": _outlets(killed), "notes": _sources(report), "fatalities": fatalities,
               "tags": "; ".join(_tags(killed, dates, place, fatalities)),
               "timestamp": int(datetime.now(UTC).timestamp())}


def incident_ucdp_rows(details: Iterable[IncidentDetail]) -> Iterator[dict[str, Any]]:
    for detail, killed, dates in _killed_events(details):
        stored, place = detail.stored, detail.place
        report = stored.report
        best = killed.best
        civilian = _all_civilian(detail.claims)
        deaths = ({"deaths_a": 0, "deaths_b": 0, "deaths_civilians": best if civilian else 0,
                   "deaths_unknown": 0 if civilian else best} if best is not None else {})
        yield {"id": report.id, "relid": f"tollbook-{report.id}", "year": int(dates.day[:4]),
               "code_status": "reviewed" if any(c.review for c in detail.claims) else "unreviewed",
               "number_of_sources": stored.document_count, "source_article": _sources(report),
               "source_office": _outlets(killed), "source_date": report.first_report,
               "where_prec": place.ucdp_precision(), "where_coordinates": place.place.name if place.place else None,
               "where_description": report.location, "adm_1": place.admin1,
               "latitude": place.lat, "longitude": place.lon,
               "geom_wkt": f"POINT ({place.lon} {place.lat})" if place.lat is not None else None,
               "country": place.country, "event_clarity": 2 if killed.disagreement else 1,
               "date_prec": dates.ucdp, "date_start": dates.start, "date_end": dates.end, **deaths,
               "best": best, "low": killed.low, "high": killed.high}


def _killed_events(details: Iterable[IncidentDetail]) -> Iterator[tuple[IncidentDetail, Any, EventDates]]:
    for detail in details:
        killed = detail.stored.outcome(Outcome.KILLED)
        dates = event_dates(detail.stored.report)
        if detail.stored.report.scope == Scope.INCIDENT and killed is not None and dates is not None:
            yield detail, killed, dates


def _tags(killed: Any, dates: EventDates, place: ExportPlace, fatalities: int | None) -> list[str]:
    tags = []
    if fatalities is None:
        words = sorted({s.count.text for s in killed.sources if s.count.text})
        tags.append("fatalities not given as a number: " + (", ".join(f'"{w}"' for w in words) or "unknown"))
    if killed.disagreement:
        tags.append("sources disagree")
    if dates.label == "report":
        tags.append("date of the first report")
    if place.from_page:
        tags.append("place named elsewhere on the page")
    return tags


def _all_civilian(claims: list[Any]) -> bool:
    killed = [c for c in claims if c.claim.outcome == Outcome.KILLED]
    return bool(killed) and all(c.claim.victims.role == Role.CIVILIAN for c in killed)


def _outlets(summary: Any) -> str:
    return "; ".join(sorted({s.site or s.document for s in summary.sources}))


def _sources(report: Any) -> str:
    """Every report in one cell: "site date: figure outcome (on whose word)"."""
    parts = []
    for summary in report.outcomes:
        for s in summary.sources:
            who = f" ({s.reported_by})" if s.reported_by else ""
            parts.append(f"{s.site or s.document} {s.published or '?'}: {s.count.text or s.count.best} "
                         f"{summary.outcome}{who}")
    return "; ".join(parts)
