"""Rows in the columns of the conflict datasets researchers already load.

ACLED (one row per event) and UCDP GED (one row per event, UCDP's own names)
are fatality datasets. ``tollbook export --format acled|ucdp`` writes one row per
*incident* (``incident_rows``); the rows here are the per-claim form
(``--what claims``): one row per claim of people killed, every report of an
event its own row, so their fatalities must never be added up. Columns tollbook
cannot know (actor codes, interaction codes, GW country ids) stay empty rather
than invented; every row names its source article and evidence so that it can
be checked. Dates: the claim's date, else the page's publication date, marked
as such (``time_precision`` 2, ``date_prec`` 3); a claim with neither has no
row. A count that is no number ("dozens") leaves the figures empty, never 0.
"""
from __future__ import annotations

import calendar
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from tollbook.exports.places import locate
from tollbook.model import CountKind, Outcome, Role

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)

UCDP_GED_COLUMNS = (
    "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id",
    "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name", "side_a_dset_id",
    "side_a_new_id", "side_a", "side_b_dset_id", "side_b_new_id", "side_b", "number_of_sources",
    "source_article", "source_office", "source_date", "source_headline", "source_original",
    "where_prec", "where_coordinates", "where_description", "adm_1", "adm_2", "latitude", "longitude",
    "geom_wkt", "priogrid_gid", "country", "country_id", "region", "event_clarity", "date_prec",
    "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown",
    "best", "high", "low", "gwnoa", "gwnob",
)

# ACLED time_precision: 1 the day is known, 3 only the month. UCDP date_prec: 1 the day, 4 the month.
ACLED_PRECISION = {10: 1, 7: 3}
UCDP_PRECISION = {10: 1, 7: 4}


def acled_rows(stored: Iterable[Any]) -> Iterator[dict[str, Any]]:
    """ACLED-style rows for the killed claims among stored claims (StoredClaim-like records)."""
    for item in _dated_killed(stored):
        claim, when = item.claim, _when(item)
        place = locate(claim.location)
        yield {
            "event_id_cnty": f"TB{item.id}", "event_date": _first_day(when), "year": int(when[:4]),
            "time_precision": 2 if not claim.date else ACLED_PRECISION.get(len(when), 3),
            "civilian_targeting": "Civilian targeting" if claim.victims.role == Role.CIVILIAN else "",
            "iso": place.iso, "country": place.country, "admin1": place.admin1,
            "location": claim.location, "latitude": place.lat, "longitude": place.lon,
            "geo_precision": place.acled_precision(), "source": item.site or item.url, "notes": _notes(item),
            "fatalities": _figure(claim), "timestamp": int(datetime.now(UTC).timestamp()),
            "actor1": claim.side, "tags": _tags(claim),
        }


def ucdp_rows(stored: Iterable[Any]) -> Iterator[dict[str, Any]]:
    """UCDP-GED-style rows for the killed claims among stored claims."""
    for item in _dated_killed(stored):
        claim, when = item.claim, _when(item)
        place = locate(claim.location)
        best = _figure(claim)
        yield {
            "id": item.id, "relid": f"tollbook-{item.id}", "year": int(when[:4]),
            "code_status": item.review or "unreviewed", "number_of_sources": 1,
            "source_article": _article(item), "source_office": item.site, "source_date": item.published,
            "source_headline": item.title, "source_original": claim.reported_by,
            "where_prec": place.ucdp_precision(), "where_coordinates": claim.location,
            "where_description": claim.location, "adm_1": place.admin1, "latitude": place.lat,
            "longitude": place.lon, "country": place.country, "event_clarity": 1,
            "date_prec": 3 if not claim.date else UCDP_PRECISION.get(len(when), 4),
            "date_start": _first_day(when), "date_end": _last_day(when),
            **(_deaths(claim, best) if best is not None else {}),
            "best": best, "low": _low(claim, best), "high": best,
        }


def _figure(claim: Any) -> int | None:
    """The claim's number; None (an empty cell) for "dozens" and unknown counts, never 0."""
    return claim.count.best if claim.count.kind not in (CountKind.VAGUE, CountKind.UNKNOWN) else None


def _dated_killed(stored: Iterable[Any]) -> Iterator[Any]:
    for item in stored:
        if item.claim.outcome == Outcome.KILLED and _when(item):
            yield item


def _when(item: Any) -> str | None:
    """The claim's date, else its page's, if it at least names a month."""
    when = item.claim.date or item.published
    return when if when and len(when) >= 7 else None


def _first_day(when: str) -> str:
    return when if len(when) == 10 else when[:7] + "-01"


def _last_day(when: str) -> str:
    if len(when) == 10:
        return when
    days = calendar.monthrange(int(when[:4]), int(when[5:7]))[1]
    return f"{when[:7]}-{days:02d}"


def _deaths(claim: Any, best: int) -> dict[str, int]:
    """UCDP splits deaths by who died; a role tollbook does not know counts as unknown."""
    civilian = claim.victims.role == Role.CIVILIAN
    return {"deaths_a": 0, "deaths_b": 0, "deaths_civilians": best if civilian else 0,
            "deaths_unknown": 0 if civilian else best}


def _low(claim: Any, best: int | None) -> int | None:
    """A figure given as "up to N" has a lower bound tollbook does not know: 0."""
    return 0 if claim.count.kind is CountKind.AT_MOST and best is not None else best


def _notes(item: Any) -> str:
    claim = item.claim
    who = f" according to {claim.reported_by}" if claim.reported_by else ""
    return f'{claim.count.text or claim.count.best} killed{who}: "{claim.evidence}" ({item.url or item.document_name})'


def _article(item: Any) -> str:
    return "; ".join(part for part in (item.site, item.title, item.published, item.url) if part)


def _tags(claim: Any) -> str:
    """The count's kind when it is no plain number, and the incident the report belongs to."""
    tags = []
    if claim.count.kind in (CountKind.VAGUE, CountKind.UNKNOWN):
        tags.append(f'fatalities not given as a number: "{claim.count.text}"')
    elif claim.count.kind != CountKind.EXACT:
        tags.append(f"count {claim.count.kind}")
    if claim.incident:
        tags.append(f"one report of incident {claim.incident}")
    return "; ".join(tags)
