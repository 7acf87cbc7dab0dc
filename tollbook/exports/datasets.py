"""Rows in the columns of the conflict datasets researchers already load.

ACLED (one row per event) and UCDP GED (one row per event, UCDP's own names)
are fatality datasets, so only claims of people killed become rows, one per
claim (per incident once incidents are stored). Columns tollbook cannot know
(actor codes, interaction codes, coordinates, GW country ids) stay empty rather
than invented; every row names its source article and evidence so that it can
be checked. Dates: the claim's date, else the page's publication date; a
claim with neither has no row.
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
            "time_precision": ACLED_PRECISION.get(len(when), 3),
            "civilian_targeting": "Civilian targeting" if claim.victims.role == Role.CIVILIAN else "",
            "iso": place.iso, "country": place.country, "admin1": place.admin1,
            "location": claim.location, "source": item.site or item.url, "notes": _notes(item),
            "fatalities": claim.count.best or 0, "timestamp": int(datetime.now(UTC).timestamp()),
            "actor1": claim.side, "tags": _tags(claim),
        }


def ucdp_rows(stored: Iterable[Any]) -> Iterator[dict[str, Any]]:
    """UCDP-GED-style rows for the killed claims among stored claims."""
    for item in _dated_killed(stored):
        claim, when = item.claim, _when(item)
        place = locate(claim.location)
        best = claim.count.best or 0
        yield {
            "id": item.id, "relid": f"tollbook-{item.id}", "year": int(when[:4]),
            "code_status": item.review or "unreviewed", "number_of_sources": 1,
            "source_article": _article(item), "source_office": item.site, "source_date": item.published,
            "source_headline": item.title, "source_original": claim.reported_by,
            "where_coordinates": claim.location, "where_description": claim.location,
            "adm_1": place.admin1, "country": place.country, "event_clarity": 1,
            "date_prec": UCDP_PRECISION.get(len(when), 4), "date_start": _first_day(when),
            "date_end": _last_day(when), **_deaths(claim, best),
            "best": best, "low": _low(claim, best), "high": best,
        }


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


def _low(claim: Any, best: int) -> int:
    """A figure given as "up to N" or "about N" has a lower bound tollbook does not know: 0."""
    return 0 if claim.count.kind in (CountKind.AT_MOST, CountKind.VAGUE, CountKind.UNKNOWN) else best


def _notes(item: Any) -> str:
    claim = item.claim
    who = f" according to {claim.reported_by}" if claim.reported_by else ""
    return f'{claim.count.text or claim.count.best} killed{who}: "{claim.evidence}" ({item.url or item.document_name})'


def _article(item: Any) -> str:
    return "; ".join(part for part in (item.site, item.title, item.published, item.url) if part)


def _tags(claim: Any) -> str:
    return "" if claim.count.kind == CountKind.EXACT else f"count {claim.count.kind}"
