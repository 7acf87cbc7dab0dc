"""Incidents out of tollbook: one row per incident, figures per outcome, with their sources.

Input: ``(StoredIncident, [StoredClaim])`` pairs, as ``Store.incident(id)`` gives
them. The ACLED and UCDP GED rows take the incident's *killed* figures
(low / best / high); running totals (scope ``cumulative``) are not events and
are left out of those two.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from tollbook.exports.datasets import ACLED_PRECISION, UCDP_PRECISION, _first_day, _last_day
from tollbook.exports.places import locate
from tollbook.model import Outcome, Role, Scope

OUTCOMES = ("killed", "injured", "captured", "missing", "casualties")
INCIDENT_COLUMNS = (
    ("id", "scope", "date", "location", "side", "origin", "first_report", "latest_report", "reports", "pages")
    + tuple(f"{o}_{part}" for o in OUTCOMES for part in ("low", "best", "high", "disagreement"))
    + ("sources", "claim_ids")
)


def incident_rows(details: Iterable[tuple[Any, list[Any]]]) -> Iterator[dict[str, Any]]:
    for stored, claims in details:
        report = stored.report
        row = {"id": report.id, "scope": str(report.scope), "date": report.date, "location": report.location,
               "side": stored.side, "origin": stored.origin, "first_report": report.first_report,
               "latest_report": report.latest_report, "reports": stored.claim_count,
               "pages": stored.document_count, "sources": _sources(report),
               "claim_ids": " ".join(str(c.id) for c in claims)}
        for summary in report.outcomes:
            name = str(summary.outcome)
            row.update({f"{name}_low": summary.low, f"{name}_best": summary.best, f"{name}_high": summary.high,
                        f"{name}_disagreement": summary.disagreement})
        yield row


def incident_acled_rows(details: Iterable[tuple[Any, list[Any]]]) -> Iterator[dict[str, Any]]:
    for stored, claims, killed, when in _killed_events(details):
        report, place = stored.report, locate(stored.report.location)
        yield {"event_id_cnty": f"TB-{report.id}", "event_date": _first_day(when), "year": int(when[:4]),
               "time_precision": ACLED_PRECISION.get(len(when), 3), "actor1": stored.side,
               "civilian_targeting": "Civilian targeting" if _all_civilian(claims) else "",
               "iso": place.iso, "country": place.country, "admin1": place.admin1, "location": report.location,
               "source": "; ".join(sorted({s.site or s.document for s in killed.sources})),
               "notes": _sources(report), "fatalities": killed.best or 0,
               "tags": "sources disagree" if killed.disagreement else "",
               "timestamp": int(datetime.now(UTC).timestamp())}


def incident_ucdp_rows(details: Iterable[tuple[Any, list[Any]]]) -> Iterator[dict[str, Any]]:
    for stored, claims, killed, when in _killed_events(details):
        report, place = stored.report, locate(stored.report.location)
        best = killed.best or 0
        civilian = _all_civilian(claims)
        yield {"id": report.id, "relid": f"tollbook-{report.id}", "year": int(when[:4]),
               "number_of_sources": stored.document_count, "source_article": _sources(report),
               "source_date": report.first_report, "where_coordinates": report.location,
               "where_description": report.location, "adm_1": place.admin1, "country": place.country,
               "event_clarity": 1, "date_prec": UCDP_PRECISION.get(len(when), 4), "date_start": _first_day(when),
               "date_end": _last_day(when), "deaths_a": 0, "deaths_b": 0,
               "deaths_civilians": best if civilian else 0, "deaths_unknown": 0 if civilian else best,
               "best": best, "low": killed.low if killed.low is not None else best,
               "high": killed.high if killed.high is not None else best}


def _killed_events(details: Iterable[tuple[Any, list[Any]]]) -> Iterator[tuple[Any, list[Any], Any, str]]:
    for stored, claims in details:
        killed = stored.outcome(Outcome.KILLED)
        when = stored.report.date or stored.report.first_report
        if stored.report.scope == Scope.INCIDENT and killed is not None and when and len(when) >= 7:
            yield stored, claims, killed, when


def _all_civilian(claims: list[Any]) -> bool:
    killed = [c for c in claims if c.claim.outcome == Outcome.KILLED]
    return bool(killed) and all(c.claim.victims.role == Role.CIVILIAN for c in killed)


def _sources(report: Any) -> str:
    """Every report in one cell: "site date: figure outcome (on whose word)"."""
    parts = []
    for summary in report.outcomes:
        for s in summary.sources:
            who = f" ({s.reported_by})" if s.reported_by else ""
            parts.append(f"{s.site or s.document} {s.published or '?'}: {s.count.text or s.count.best} "
                         f"{summary.outcome}{who}")
    return "; ".join(parts)
