"""What the pages show, computed from stored claims: filters, sorting, timeline, totals, highlights.

Pure functions over StoredClaim-like records (``tollbook.store.StoredClaim``);
no request, no HTML. The templates turn their results into markup, escaping
every piece of text.
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, fields
from datetime import date, timedelta
from typing import Any

from tollbook.model import Count, CountKind, Outcome, Role, Scope
from tollbook.web.worldmap import MapPoint

DATE_PATTERN = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
PAGE_SIZE = 200
WEEKLY_AFTER_DAYS = 92      # a timeline longer than this is drawn per week, not per day
MAX_BAR_WIDTH = 18          # px: a few days of data should not look like a bar chart of slabs


class FilterError(ValueError):
    """A filter value that is not one the page offers (answered with 400)."""


@dataclass(frozen=True)
class ClaimFilters:
    """The ledger's filters, as typed in the query string (blank means no filter)."""
    outcome: str = ""
    since: str = ""
    until: str = ""
    place: str = ""
    side: str = ""
    role: str = ""
    site: str = ""
    reported_by: str = ""
    reviewed: str = ""        # "" | "yes" | "no"

    @classmethod
    def from_query(cls, query: dict[str, str]) -> ClaimFilters:
        filters = cls(**{f.name: str(query.get(f.name) or "").strip()[:200] for f in fields(cls)})
        filters.check()
        return filters

    def check(self) -> None:
        _one_of("outcome", self.outcome, [str(o) for o in Outcome])
        _one_of("role", self.role, [str(r) for r in Role])
        _one_of("reviewed", self.reviewed, ["yes", "no"])
        for name in ("since", "until"):
            value = getattr(self, name)
            if value and not DATE_PATTERN.fullmatch(value):
                raise FilterError(f"{name}: want YYYY-MM-DD, YYYY-MM or YYYY, not {value!r}")

    def store_arguments(self) -> dict[str, Any]:
        """Keyword arguments for ``Store.claims`` (every value is bound, never pasted into SQL)."""
        blank = lambda value: value or None  # noqa: E731
        return {"outcome": blank(self.outcome), "since": blank(self.since), "until": blank(self.until),
                "place": blank(self.place), "side": blank(self.side), "role": blank(self.role),
                "site": blank(self.site), "reported_by": blank(self.reported_by),
                "reviewed": {"yes": True, "no": False}.get(self.reviewed)}

    def query_items(self) -> list[tuple[str, str]]:
        return [(f.name, getattr(self, f.name)) for f in fields(self) if getattr(self, f.name)]


def _one_of(name: str, value: str, allowed: list[str]) -> None:
    if value and value not in allowed:
        raise FilterError(f"{name}: not one of {', '.join(allowed)}: {value!r}")


# -- sorting ----------------------------------------------------------------------------

SORT_KEYS: dict[str, Callable[[Any], Any]] = {
    "date": lambda s: claim_day(s) or "",
    "outcome": lambda s: str(s.claim.outcome),
    "count": lambda s: -1 if s.claim.count.best is None else s.claim.count.best,
    "place": lambda s: (s.claim.location or "").lower(),
    "source": lambda s: (s.site or "").lower(),
    "reported_by": lambda s: (s.claim.reported_by or "").lower(),
    "review": lambda s: s.review or "",
}


def sort_claims(claims: list[Any], key: str, order: str) -> list[Any]:
    """Claims sorted by a known column (an unknown one sorts by date); ``order`` "asc" or "desc"."""
    by = SORT_KEYS.get(key, SORT_KEYS["date"])
    return sorted(claims, key=lambda s: (by(s), s.id), reverse=(order == "desc"))


def claim_day(stored: Any) -> str | None:
    """When the claim happened: its own date, else its page's publication date."""
    return stored.claim.date or stored.published


# -- timeline --------------------------------------------------------------------------

@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    outcome: str
    period: str        # the day, or the Monday of the week, ISO
    value: int

    @property
    def label(self) -> str:
        """The tooltip: "2024-03-04: 12 killed"."""
        return f"{self.period}: {self.value} {self.outcome}"


@dataclass(frozen=True)
class Timeline:
    bars: tuple[Bar, ...]
    first: str
    last: str
    peak: int
    per: str            # "day" | "week" | "month"
    width: int = 720
    height: int = 160
    outside: int = 0    # dated figures outside the window shown


TIMELINE_OUTCOMES = (Outcome.KILLED, Outcome.INJURED)
WINDOW_AFTER_DAYS = 365     # a longer timeline shows the stretch that holds most incidents
WINDOW_SHARE = 0.9          # ... this share of the dated incidents
MONTHLY_AFTER_DAYS = 730    # a window longer than this is drawn per month


def timeline(points: Iterable[tuple[str | None, Outcome, int]], width: int = 720,
             height: int = 160) -> Timeline | None:
    """Killed and injured per day (per week, per month over long spans): bars for an SVG.

    ``points`` are (day, outcome, figure): ``incident_points`` (each incident once).
    Over more than a year, the window is the shortest stretch holding 90% of the
    dated figures, so that one report from 2008 does not squeeze 2024 into a spike;
    ``Timeline.outside`` says how many were left out of it.
    """
    totals = _daily_totals(points)
    if not totals:
        return None
    first_day, last_day, outside = _window(totals)
    totals = {day: counts for day, counts in totals.items() if first_day <= day <= last_day}
    span = (last_day - first_day).days
    per = "day" if span <= WEEKLY_AFTER_DAYS else "week" if span <= MONTHLY_AFTER_DAYS else "month"
    buckets = _bucket(totals, per)
    periods = _periods(min(buckets), max(buckets), per)
    peak = max(max(values.values(), default=0) for values in buckets.values()) or 1
    slot = width / len(periods)
    bars = []
    for i, start in enumerate(periods):
        for j, outcome in enumerate(TIMELINE_OUTCOMES):
            value = buckets.get(start, {}).get(outcome, 0)
            if value:
                bar_height = max(1.0, value / peak * (height - 10))
                bars.append(Bar(x=round(i * slot + j * slot / 2, 2), y=round(height - bar_height, 2),
                                width=round(min(max(slot / 2 - 1, 1), MAX_BAR_WIDTH), 2),
                                height=round(bar_height, 2), outcome=str(outcome), period=start.isoformat(),
                                value=value))
    return Timeline(tuple(bars), periods[0].isoformat(), periods[-1].isoformat(), peak, per, width, height,
                    outside)


def _window(totals: dict[date, Counter]) -> tuple[date, date, int]:
    """The first and last day shown, and how many dated figures fall outside them."""
    days = sorted(day for day, counts in totals.items() for _ in range(sum(1 for v in counts.values() if v)))
    if (days[-1] - days[0]).days <= WINDOW_AFTER_DAYS:
        return days[0], days[-1], 0
    keep = max(1, math.ceil(len(days) * WINDOW_SHARE))
    start = min(range(len(days) - keep + 1), key=lambda i: ((days[i + keep - 1] - days[i]).days, -i))
    first, last = days[start], days[start + keep - 1]
    return first, last, sum(1 for day in days if not first <= day <= last)


def incident_points(incidents: Iterable[Any]) -> Iterator[tuple[str | None, Outcome, int]]:
    """Each incident's best figure per outcome on its day: every death counted once.

    Running totals ("since the war began") are no events of a day and are left out.
    """
    for stored in incidents:
        report = stored.report
        if report.scope != Scope.INCIDENT:
            continue
        for summary in report.outcomes:
            yield report.date or report.first_report, summary.outcome, summary.best or 0


def _daily_totals(points: Iterable[tuple[str | None, Outcome, int]]) -> dict[date, Counter]:
    totals: dict[date, Counter] = defaultdict(Counter)
    for day_text, outcome, value in points:
        day = _as_day(day_text)
        if day and outcome in TIMELINE_OUTCOMES and value:
            totals[day][outcome] += value
    return totals


def _as_day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def _bucket(totals: dict[date, Counter], per: str) -> dict[date, Counter]:
    if per == "day":
        return dict(totals)
    buckets: dict[date, Counter] = defaultdict(Counter)
    for day, counts in totals.items():
        start = day - timedelta(days=day.weekday()) if per == "week" else day.replace(day=1)
        buckets[start] += counts
    return buckets


def _periods(first: date, last: date, per: str) -> list[date]:
    periods, current = [], first
    while current <= last:
        periods.append(current)
        if per == "month":
            current = date(current.year + current.month // 12, current.month % 12 + 1, 1)
        else:
            current += timedelta(days=7 if per == "week" else 1)
    return periods


# -- totals ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Totals:
    """Incidents summed honestly: each incident's best figure once, running totals apart."""
    incidents: int               # incidents (scope "incident")
    killed: int                  # sum of their best killed figures
    killed_low: int
    killed_high: int
    with_killed: int             # incidents some report gives a killed number for
    injured: int
    running_totals: int          # cumulative reports: listed, never added


def incident_totals(incidents: Iterable[Any]) -> Totals:
    events, cumulative = [], 0
    for stored in incidents:
        if stored.report.scope == Scope.INCIDENT:
            events.append(stored)
        else:
            cumulative += 1
    killed = [o for o in (_outcome(i, Outcome.KILLED) for i in events) if o and o.best is not None]
    injured = [o for o in (_outcome(i, Outcome.INJURED) for i in events) if o and o.best is not None]
    return Totals(incidents=len(events), killed=sum(o.best for o in killed), killed_low=sum(o.low for o in killed),
                  killed_high=sum(o.high for o in killed), with_killed=len(killed),
                  injured=sum(o.best for o in injured), running_totals=cumulative)


def totals_by_place(incidents: Iterable[Any], places: dict[str, Any], by: str,
                    top: int = 10) -> list[tuple[str, int, int, int]]:
    """(country or place, killed, injured, incidents), best figures of each incident once, largest first.

    ``places``: incident id -> ``tollbook.exports.places.ExportPlace``; "Ukraine",
    "Украина" and "Ucrânia" are one country there. An incident without a known place
    counts under "unknown" (by place: the location as written, in quotes).
    """
    sums: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for stored in incidents:
        if stored.report.scope != Scope.INCIDENT:
            continue
        place = places.get(stored.id)
        if by == "country":
            key = place.country if place and place.country else "unknown"
        else:
            written = stored.report.location
            key = place.place.name if place and place.place else (f"“{written}”" if written else "unknown")
        row = sums[key]
        row[0] += _best(stored, Outcome.KILLED, 0)
        row[1] += _best(stored, Outcome.INJURED, 0)
        row[2] += 1
    table = [(key, *numbers) for key, numbers in sums.items()]
    return sorted(table, key=lambda r: (r[0] == "unknown", -r[1], -r[2], -r[3], r[0]))[:top]


def map_points(incidents: Iterable[Any], places: dict[str, Any]) -> tuple[list[MapPoint], int]:
    """The incidents (never running totals) with a place that has a point; and how many have none."""
    points, unplaced = [], 0
    for stored in incidents:
        if stored.report.scope != Scope.INCIDENT:
            continue
        place = places.get(stored.id)
        if place is None or place.lat is None or place.lon is None:
            unplaced += 1
            continue
        killed = _outcome(stored, Outcome.KILLED)
        figure = f"{killed.best} killed" if killed and killed.best is not None else "no death toll"
        day = stored.report.date or stored.report.first_report or "undated"
        coarse = place.from_page or place.place.precision in ("admin1", "country")
        points.append(MapPoint(stored.id, f"{place.place.name}, {day}: {figure} ({stored.id})", place.lat, place.lon,
                               killed.best if killed else None, coarse))
    return points, unplaced


def _outcome(stored: Any, outcome: Outcome) -> Any:
    return next((o for o in stored.report.outcomes if o.outcome == outcome), None)


INCIDENT_SORT_KEYS: dict[str, Callable[[Any], Any]] = {
    "date": lambda i: i.report.date or i.report.first_report or "",
    "place": lambda i: (i.report.location or "").lower(),
    "killed": lambda i: _best(i, Outcome.KILLED),
    "injured": lambda i: _best(i, Outcome.INJURED),
    "claims": lambda i: i.claim_count,
}


def sort_incidents(incidents: list[Any], key: str, order: str) -> list[Any]:
    by = INCIDENT_SORT_KEYS.get(key, INCIDENT_SORT_KEYS["date"])
    return sorted(incidents, key=lambda i: (by(i), i.id), reverse=(order == "desc"))


def _best(stored: Any, outcome: Outcome, none: int = -1) -> int:
    summary = _outcome(stored, outcome)
    return none if summary is None or summary.best is None else summary.best


def incident_arguments(filters: ClaimFilters) -> dict[str, Any]:
    """The filters ``Store.incidents`` takes (source, on whose word and reviewed are claim filters)."""
    arguments = filters.store_arguments()
    return {key: arguments[key] for key in ("outcome", "since", "until", "place", "side", "role")}


def claim_id(key: str) -> str:
    """A source figure's key ("name@3#17" from the store, or "17") -> the claim id."""
    return str(key).rsplit("#", 1)[-1]


# -- highlighting ------------------------------------------------------------------------

@dataclass(frozen=True)
class Piece:
    """A stretch of text, inside one claim's evidence (``claim``) or outside any."""
    text: str
    claim: Any = None


def highlight(text: str, claims: list[Any]) -> list[Piece]:
    """The document text cut into pieces, each claim's evidence its own piece (overlaps clipped)."""
    pieces, at = [], 0
    for stored in sorted(claims, key=lambda s: (s.claim.span[0], s.id)):
        start, end = stored.claim.span
        start = max(start, at)
        if end <= start or end > len(text):
            continue
        if start > at:
            pieces.append(Piece(text[at:start]))
        pieces.append(Piece(text[start:end], stored))
        at = end
    if at < len(text):
        pieces.append(Piece(text[at:]))
    return pieces


def figure_parts(evidence: str, figure: str) -> tuple[str, str, str]:
    """The evidence split around the first place its figure ("four", "12") appears."""
    at = evidence.lower().find(figure.lower()) if figure else -1
    if at < 0:
        return evidence, "", ""
    return evidence[:at], evidence[at:at + len(figure)], evidence[at + len(figure):]


def count_label(count: Count) -> str:
    """How a figure reads in a table: "12", "at least 30", "dozens"."""
    if count.best is None or count.kind in (CountKind.VAGUE, CountKind.UNKNOWN):
        return count.text or "?"
    prefix = {CountKind.AT_LEAST: "at least ", CountKind.AT_MOST: "up to ", CountKind.APPROX: "about "}
    return prefix.get(count.kind, "") + str(count.best)
